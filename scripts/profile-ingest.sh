#!/usr/bin/env bash
# Profiles the hub during durable ingest: where the CPU goes, and which process is the limit.
# Starts its own Azurite and hub on loopback (a temporary data folder), drives them with the simulator's benchmark
# preset at 32 callers, and during the receipt phase and the NCR phase takes, for a 20 s window each:
#   - CPU seconds of the hub, of Azurite and of the simulator (from /proc), and the calls/s of that phase;
#   - dotnet-counters (runtime, Kestrel, HTTP client: exceptions, GC, requests to Azurite by status);
#   - a dotnet-trace sample of the hub's threads (profile dotnet-sampled-thread-time), summarised by
#     scripts/profile-summary.py into managed CPU by component and the hottest methods.
# Results in artifacts/profile/<name>/ (summary.txt, cpu.log, *.nettrace, *-counters.csv).
#   scripts/profile-ingest.sh [name]        default name: ingest
# Environment: SQ_PROFILE_HUB_ENV="VAR=value ..." passes variables to the hub (e.g. runtime knobs to compare).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/azurite.sh
name=${1:-ingest}
out=artifacts/profile/$name
rm -rf "$out"
mkdir -p "$out"
tools=.tools
trace_version=10.0.750501
for tool in dotnet-trace dotnet-counters; do
  if [ ! -x "$tools/$tool" ]; then
    dotnet tool install --tool-path "$tools" "$tool" --version "$trace_version" >/dev/null
  fi
done
sq_ensure_node_packages
dotnet build src/SupplyQuality.Host -c Release -v quiet -nologo >/dev/null
dotnet build src/SupplyQuality.Simulator -c Release -v quiet -nologo >/dev/null

data=$(mktemp -d "${TMPDIR:-/tmp}/sq-profile-XXXXXX")
blob=10100 queue=10101 table=10102 web=5180 grpc=5181
key=$(head -c 48 /dev/urandom | base64 -w0)
# Azurite's well-known development account (public, documented by Microsoft), on this script's ports.
account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
hub="" sim=""
cleanup() {
  [ -n "$sim" ] && kill -TERM "$sim" 2>/dev/null || true
  [ -n "$hub" ] && kill -TERM "$hub" 2>/dev/null && wait "$hub" 2>/dev/null || true
  sq_stop_azurite
  rm -rf "$data"
}
trap cleanup EXIT
sq_start_azurite "$data/azurite" $blob $queue $table "$out/azurite.log"

(cd src/SupplyQuality.Host/bin/Release/net10.0 && exec env ${SQ_PROFILE_HUB_ENV:-} ASPNETCORE_ENVIRONMENT=Development \
  Auth__DevelopmentSigningKey="$key" dotnet SupplyQuality.Host.dll --Hub:LoadDemoData=false \
  --Hub:StorageConnectionString="$storage" --Hub:ClusterId=profile --Hub:SiloPort=11200 --Hub:GatewayPort=30200 \
  --Kestrel:Endpoints:Web:Url=http://127.0.0.1:$web --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$grpc \
  --Logging:LogLevel:Default=Warning) >"$out/hub.log" 2>&1 &
hub=$!
(cd src/SupplyQuality.Simulator/bin/Release/net10.0 && exec dotnet sq-sim.dll load --preset benchmark --seed 7 \
  --hub http://127.0.0.1:$grpc --dev-key "$key" --wait 00:01:00 --progress-every 00:00:01) >"$out/sim.log" 2>&1 &
sim=$!

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
sent() { tail -1 "$out/sim.log" 2>/dev/null | grep -o "$1 [0-9]*" | awk '{print $2}' || true; }
# window NAME REQUEST FROM: waits until the simulator has settled FROM requests of that kind, then measures 20 s.
window() {
  local label=$1 kind=$2 from=$3 count
  for _ in $(seq 1 1200); do
    count=$(sent "$kind")
    [ -n "$count" ] && [ "$count" -ge "$from" ] && break
    kill -0 "$sim" 2>/dev/null || { echo "the simulator stopped early; see $out/sim.log" >&2; exit 1; }
    sleep 0.5
  done
  local c0 h0 a0 s0 t0 c1 h1 a1 s1 t1
  c0=$(sent "$kind") h0=$(cpu_ticks $hub) a0=$(cpu_ticks "$SQ_AZURITE_PID") s0=$(cpu_ticks $sim) t0=$(date +%s.%N)
  "$tools/dotnet-counters" collect -p $hub --duration 00:00:20 --format csv -o "$out/$label-counters.csv" \
    --counters System.Runtime,Microsoft.AspNetCore.Server.Kestrel,System.Net.Http >/dev/null 2>&1 &
  local counters=$!
  "$tools/dotnet-trace" collect -p $hub --profile dotnet-sampled-thread-time --duration 00:00:20 \
    -o "$out/$label.nettrace" >"$out/$label-trace.log" 2>&1
  wait $counters || true
  c1=$(sent "$kind") h1=$(cpu_ticks $hub) a1=$(cpu_ticks "$SQ_AZURITE_PID") s1=$(cpu_ticks $sim) t1=$(date +%s.%N)
  local hz; hz=$(getconf CLK_TCK)
  awk -v l="$label" -v k="$kind" -v c0="$c0" -v c1="$c1" -v t="$(echo "$t1 - $t0" | bc)" -v hz="$hz" \
    -v h="$((h1 - h0))" -v a="$((a1 - a0))" -v s="$((s1 - s0))" 'BEGIN {
      n = c1 - c0; printf "%s: %s %d calls in %.1f s = %.0f/s; CPU seconds: hub %.1f, Azurite %.1f, simulator %.1f; per call: hub %.2f ms, Azurite %.2f ms\n",
        l, k, n, t, n / t, h / hz, a / hz, s / hz, 1000 * h / hz / n, 1000 * a / hz / n }' | tee -a "$out/cpu.log"
  "$tools/dotnet-trace" convert "$out/$label.nettrace" --format Speedscope -o "$out/$label" >/dev/null
}

window receipts RecordReceipt 8000
window ncrs RaiseNonconformance 800
{
  cat "$out/cpu.log"
  for label in receipts ncrs; do
    echo
    echo "== $label: exceptions/s and Azurite requests (dotnet-counters means over the window)"
    grep -E 'dotnet.exceptions|http.client.request.duration.*Percentile=50' "$out/$label-counters.csv" \
      | awk -F, '{ k = $3; s[k] += $NF; n[k]++ } END { for (k in s) printf "  %.4g  %s\n", s[k] / n[k], k }' \
      | sed -E 's/network.protocol.version=1.1;server.address=127.0.0.1;//; s/url.scheme=http;//' | sort -k2
    echo
    echo "== $label: managed CPU of the hub by component"
    python3 scripts/profile-summary.py "$out/$label.speedscope.json"
  done
} >"$out/summary.txt"
rm -f "$out"/*.speedscope.json
echo "Summary: $out/summary.txt"
