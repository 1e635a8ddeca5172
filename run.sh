#!/usr/bin/env bash
# Runs the hub with a demo supply chain: installs what is missing, starts Azurite (data in .data/azurite)
# and the hub on fixed loopback ports. Ctrl-C stops both; running it again finds the data still there.
#   ./run.sh              one silo: board on 5080, gRPC on 5081
#   ./run.sh --silos 3    a local cluster of 3 silos: silo i serves the board on 5080+10*i and gRPC on 5081+10*i
# Any other arguments go to every hub process as configuration (e.g. --Hub:LoadDemoData=false, which also leaves out
# the demo activity). The demo activity is sq-sim demo (src/SupplyQuality.Simulator), a client of the partner API.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/azurite.sh

silos=1
demo_activity=true
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos=${2:?--silos needs a number}; shift 2 ;;
    --silos=*) silos=${1#--silos=}; shift ;;
    --Hub:LoadDemoData=false) demo_activity=false; args+=("$1"); shift ;;
    *) args+=("$1"); shift ;;
  esac
done
if ! [[ "$silos" =~ ^[1-9][0-9]?$ ]]; then
  echo "--silos takes a number from 1 to 99" >&2
  exit 2
fi

sq_ensure_node_packages
echo "Building the hub and the simulator..."
dotnet build src/SupplyQuality.Host -c Release -v quiet -nologo
dotnet build src/SupplyQuality.Simulator -c Release -v quiet -nologo

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

grpc_addresses=$(for ((i = 0; i < silos; i++)); do printf 'http://127.0.0.1:%d,' $((5081 + 10 * i)); done)
grpc_addresses=${grpc_addresses%,}
cat <<TEXT

SupplyQuality hub ($silos silo(s), one Orleans cluster on Azure Table membership)
  Workbench:        http://127.0.0.1:5080/account/dev-sign-in
                    (development sign-in: one click per demo user, e.g. li.wei@huaxin, OEM-HUAXIN's manager, opens
                    the risk board; wang.li@huaxin is its SQE, zhao.min@jinggong a supplier; English or Chinese from
                    the browser, switchable; every silo serves it, silo i on port 5080+10*i)
  Risk board link:  http://127.0.0.1:5080/board#token=${manager_token}
                    (for tools and kiosks: the board without signing in, as the OEM-HUAXIN manager)
  gRPC (partners):  ${grpc_addresses}
                    (HTTP/2, package supplyquality.v1, contracts in protos/; any silo answers any call;
                    send "authorization: Bearer <token>"; tokens: scripts/dev-token.sh --help)
  Azurite storage:  http://127.0.0.1:10000 (blob), data in .data/azurite
Demo OEMs: OEM-HUAXIN, OEM-LONGMA$([ "$demo_activity" = true ] && echo "; demo activity by sq-sim demo, its log in .data/sq-sim.log").
Press Ctrl-C to stop.

TEXT
# The silos run in the background so that Ctrl-C (or a TERM) reaches them as a graceful stop, then Azurite stops.
# Fixed ports per silo: a silo restarted on its old endpoint replaces its dead predecessor in the membership table
# at once. The first silo loads the demo; the others join its cluster. The simulator keeps the demo moving.
hubs=()
sim=()
for ((i = 0; i < silos; i++)); do
  demo=$([ "$i" -eq 0 ] && echo true || echo false)
  (cd src/SupplyQuality.Host/bin/Release/net10.0 && exec dotnet SupplyQuality.Host.dll \
    --Hub:LoadDemoData=$demo \
    --Hub:SiloPort=$((11111 + i)) --Hub:GatewayPort=$((30000 + i)) \
    --Kestrel:Endpoints:Web:Url=http://127.0.0.1:$((5080 + 10 * i)) \
    --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$((5081 + 10 * i)) \
    ${args[@]+"${args[@]}"}) &
  hubs+=($!)
  if [ "$silos" -gt 1 ] && [ "$i" -eq 0 ]; then
    # Let the first silo create the cluster before the others join it.
    for _ in $(seq 1 300); do
      (exec 3<>/dev/tcp/127.0.0.1/5081) 2>/dev/null && break
      sleep 0.2
    done
  fi
done
# Background jobs of a script ignore SIGINT, so Ctrl-C is passed on as SIGTERM, which each silo takes as a graceful
# stop and the simulator as the end of its demo.
stopping=false
stop() {
  stopping=true
  kill -TERM ${sim[@]+"${sim[@]}"} "${hubs[@]}" 2>/dev/null || true
}
trap stop INT TERM
if [ "$demo_activity" = true ]; then
  # The demo activity starts once the first silo serves: sq-sim registers what the demo lacks, sends the demo history
  # (the same request ids every time, so nothing doubles) and then a lot every few seconds, NCRs, 8D answers with
  # delays of seconds to minutes (some late, some sent back) and escalations. Tokens from the development key.
  for _ in $(seq 1 600); do
    [ "$stopping" = false ] && kill -0 "${hubs[0]}" 2>/dev/null || break
    (exec 3<>/dev/tcp/127.0.0.1/5081) 2>/dev/null && break
    sleep 0.2
  done
  if [ "$stopping" = false ] && kill -0 "${hubs[0]}" 2>/dev/null; then
    (cd src/SupplyQuality.Simulator/bin/Release/net10.0 && exec dotnet sq-sim.dll demo --hub "$grpc_addresses") >.data/sq-sim.log 2>&1 &
    sim=($!)
  fi
fi
for pid in "${hubs[@]}"; do
  wait "$pid" || true
  wait "$pid" 2>/dev/null || true
done
# The hubs are gone (stopped, or failed on their own): the demo has nothing left to talk to.
for pid in ${sim[@]+"${sim[@]}"}; do
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
