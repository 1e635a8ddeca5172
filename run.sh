#!/usr/bin/env bash
# Runs the hub with a demo supply chain: installs what is missing, starts Azurite (data in .data/azurite)
# and the hub on fixed loopback ports. Ctrl-C stops both; running it again finds the data still there.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/azurite.sh

sq_ensure_node_packages
echo "Building the hub..."
dotnet build src/SupplyQuality.Host -c Release -v quiet -nologo

mkdir -p .data
sq_start_azurite .data/azurite 10000 10001 10002 .data/azurite.log
trap sq_stop_azurite EXIT

cat <<'TEXT'

SupplyQuality hub
  gRPC (partners):  http://127.0.0.1:5081   (HTTP/2, package supplyquality.v1, contracts in protos/)
  Web:              http://127.0.0.1:5080
  Azurite storage:  http://127.0.0.1:10000 (blob), data in .data/azurite
Demo OEMs: OEM-HUAXIN, OEM-LONGMA. Press Ctrl-C to stop.

TEXT
# The hub runs in the background so that Ctrl-C (or a TERM) reaches it as a graceful stop, then Azurite stops.
(cd src/SupplyQuality.Host/bin/Release/net10.0 && exec dotnet SupplyQuality.Host.dll --Hub:LoadDemoData=true --Hub:SimulateDemoActivity=true "$@") &
hub=$!
trap 'kill -INT "$hub" 2>/dev/null || true' INT TERM
wait "$hub" || true
wait "$hub" 2>/dev/null || true
