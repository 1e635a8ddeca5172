#!/usr/bin/env bash
# Runs every test: domain and grain unit tests, and end-to-end tests that start their own Azurite
# (free loopback ports, a temporary data folder) and the real hub process, talking gRPC to it.
# Prints one closing line "N passed, N failed, N skipped" and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")"
. scripts/azurite.sh

sq_ensure_node_packages || exit 1
dotnet build SupplyQuality.sln -c Release -v quiet -nologo || exit 1

mkdir -p artifacts
log=artifacts/test-output.log
# One assembly at a time: the machine has two cores and the end-to-end tests start processes of their own.
dotnet test SupplyQuality.sln -c Release --no-build -m:1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

awk '/^(Passed|Failed)! +- Failed:/ { gsub(",",""); f+=$4; p+=$6; s+=$8 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
