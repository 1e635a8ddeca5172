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
# A development signing key of this checkout (never committed): the hub accepts tokens signed with it only in the
# Development environment.
if [ ! -s .data/dev-signing-key ]; then
  head -c 48 /dev/urandom | base64 -w0 > .data/dev-signing-key
fi
export ASPNETCORE_ENVIRONMENT=Development
export Auth__DevelopmentSigningKey="$(cat .data/dev-signing-key)"
manager_token=$(scripts/dev-token.sh --org OEM-HUAXIN --kind oem --role oem_manager --name li.wei@huaxin)

sq_start_azurite .data/azurite 10000 10001 10002 .data/azurite.log
trap sq_stop_azurite EXIT

cat <<TEXT

SupplyQuality hub
  Risk board:       http://127.0.0.1:5080/#token=${manager_token}
                    (signed in as the OEM-HUAXIN manager with a development token)
  gRPC (partners):  http://127.0.0.1:5081   (HTTP/2, package supplyquality.v1, contracts in protos/;
                    send "authorization: Bearer <token>"; tokens: scripts/dev-token.sh --help)
  Azurite storage:  http://127.0.0.1:10000 (blob), data in .data/azurite
Demo OEMs: OEM-HUAXIN, OEM-LONGMA. Press Ctrl-C to stop.

TEXT
# The hub runs in the background so that Ctrl-C (or a TERM) reaches it as a graceful stop, then Azurite stops.
(cd src/SupplyQuality.Host/bin/Release/net10.0 && exec dotnet SupplyQuality.Host.dll --Hub:LoadDemoData=true --Hub:SimulateDemoActivity=true "$@") &
hub=$!
# Background jobs of a script ignore SIGINT, so Ctrl-C is passed on as SIGTERM, which the hub takes as a graceful stop.
trap 'kill -TERM "$hub" 2>/dev/null || true' INT TERM
wait "$hub" || true
wait "$hub" 2>/dev/null || true
