#!/usr/bin/env bash
# Runs every test: domain and grain unit tests, and end-to-end tests that start their own Azurite
# (free loopback ports, a temporary data folder) and the real hub process, talking gRPC to it.
# Prints one closing line "N passed, N failed, N skipped" and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")"
. scripts/azurite.sh

sq_ensure_node_packages || exit 1

# The board page's browser test drives Debian's Chromium (Playwright downloads no browser here); Chinese labels
# need a CJK font to render.
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  echo "Installing chromium and fonts-noto-cjk (apt-get)..."
  if ! apt-get update -qq; then
    echo "apt-get update failed: cannot install chromium and fonts-noto-cjk for the board page's browser test" >&2
    exit 1
  fi
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk; then
    echo "apt-get install chromium fonts-noto-cjk failed (needs root and Debian's package sources): the board page's browser test cannot run" >&2
    exit 1
  fi
fi
dotnet build SupplyQuality.sln -c Release -v quiet -nologo || exit 1

mkdir -p artifacts
log=artifacts/test-output.log
# One assembly at a time: the machine has two cores and the end-to-end tests start processes of their own.
dotnet test SupplyQuality.sln -c Release --no-build -m:1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

awk '/^(Passed|Failed)! +- Failed:/ { gsub(",",""); f+=$4; p+=$6; s+=$8 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
