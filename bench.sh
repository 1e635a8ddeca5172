#!/usr/bin/env bash
# Runs the benchmark (issue 10): the hub against a conventional PostgreSQL design, on this machine, in one run.
# Installs what is missing (Azurite from npm, PostgreSQL from Debian's packages), builds in Release, then runs
# bench/SupplyQuality.Benchmark, which starts its own Azurite, PostgreSQL cluster and hub on loopback, prints a table
# and writes docs/benchmarks.json, docs/benchmarks.md and docs/read-latency.png. It stops by itself within a time
# budget: 14 minutes 20 seconds from the start of this script (SQ_BENCH_TOTAL_SECONDS), building included.
#   ./bench.sh            the full run
#   ./bench.sh --quick    a smoke run (small data, short windows; results in artifacts/bench-quick/)
#   ./bench.sh --help     every option
set -euo pipefail
cd "$(dirname "$0")"
. scripts/azurite.sh
started=$(date +%s)
total=${SQ_BENCH_TOTAL_SECONDS:-860}

if [[ " $* " == *" --help "* || " $* " == *" -h "* ]]; then
  dotnet build bench/SupplyQuality.Benchmark -c Release -v quiet -nologo >/dev/null
  exec dotnet bench/SupplyQuality.Benchmark/bin/Release/net10.0/SupplyQuality.Benchmark.dll --help
fi

sq_ensure_node_packages

# PostgreSQL's server programs live in /usr/lib/postgresql/<version>/bin (Debian puts only wrappers on PATH).
if ! ls /usr/lib/postgresql/*/bin/initdb /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Installing PostgreSQL (apt-get install postgresql)..."
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; }; then
    echo "apt-get install postgresql failed (needs root and Debian's package sources): the peer cannot run" >&2
    exit 1
  fi
fi

echo "Building the hub and the benchmark (Release)..."
dotnet build src/SupplyQuality.Host -c Release -v quiet -nologo
dotnet build bench/SupplyQuality.Benchmark -c Release -v quiet -nologo

work=$(mktemp -d "${TMPDIR:-/tmp}/sq-bench-XXXXXX")
cleanup() {
  # The benchmark stops everything it started; this only catches what is left if the benchmark itself was killed.
  if [ -f "$work/pids" ]; then
    while read -r pid; do
      [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
    done < "$work/pids"
  fi
  if [ -f "$work/postgres/data/postmaster.pid" ]; then
    pg_ctl_bin=$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)
    if [ "$(id -u)" -eq 0 ]; then
      runuser -u postgres -- "$pg_ctl_bin" stop -D "$work/postgres/data" -m immediate >/dev/null 2>&1 || true
    else
      "$pg_ctl_bin" stop -D "$work/postgres/data" -m immediate >/dev/null 2>&1 || true
    fi
  fi
  rm -rf "$work"
}
trap cleanup EXIT

budget=$(( total - ($(date +%s) - started) ))
args=("$@")
if [[ " $* " != *" --budget-seconds "* ]]; then
  args+=(--budget-seconds "$budget")
fi
status=0
dotnet bench/SupplyQuality.Benchmark/bin/Release/net10.0/SupplyQuality.Benchmark.dll run --work "$work" "${args[@]}" || status=$?
echo "bench.sh: $(( $(date +%s) - started )) s in all"
exit "$status"
