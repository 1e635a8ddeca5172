#!/usr/bin/env bash
# Mints a development token with the local development key (.data/dev-signing-key, made by ./run.sh).
# Usage: scripts/dev-token.sh --org OEM-HUAXIN --kind oem --role oem_quality_engineer [--name wang.li] [--hours 12]
# Roles by kind: oem -> oem_quality_engineer | oem_manager; supplier -> supplier_quality; platform -> administrator.
set -euo pipefail
cd "$(dirname "$0")/.."
key_file=.data/dev-signing-key
hub=src/SupplyQuality.Host/bin/Release/net10.0
if [ ! -f "$key_file" ] || [ ! -f "$hub/SupplyQuality.Host.dll" ]; then
  echo "Run ./run.sh once first: it builds the hub and creates the development key." >&2
  exit 2
fi
key=$(cat "$key_file")
cd "$hub" && exec dotnet SupplyQuality.Host.dll mint-dev-token "--Auth:DevelopmentSigningKey=$key" "$@"
