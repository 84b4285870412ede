#!/usr/bin/env bash
# A million incidents on one machine, measured. Generates the seeded demo data with 1 000 000 incidents, loads it with
# the DemoLoader into a private cluster (first run only), starts the Release server on loopback, replays the mixed map
# load at 50 users for 60 s, then times runAnalysis GI_STAR on the warm server; stops everything it started. The first run
# also puts the incidents in the order of their spatial index (CLUSTER, ~40 s), as docs/scaling.md asks of a deployment.
#   bench/scale-benchmark.sh [work folder, default /tmp/hotspots-scale] [users, default 50] [seconds, default 60] [mixed|map, default mixed]
# Runs longer than 5 minutes (the soak) print requests, failures and server RSS once a minute. HOTSPOTS_BENCH_PORT moves the port.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=${1:-/tmp/hotspots-scale} users=${2:-50} seconds=${3:-60} scenario=${4:-mixed} port=${HOTSPOTS_BENCH_PORT:-5391}
mkdir -p "$work"
dotnet build "$root/server/Hotspots.Server.csproj" -c Release -nologo -v quiet >&2
dotnet build "$root/bench/Hotspots.Load" -c Release -nologo -v quiet >&2
server="$root/server/bin/Release/net10.0"
[ -f "$work/gis/incidents.csv" ] || dotnet "$server/Hotspots.Server.dll" generate-demo --incidents 1000000 --out "$work/gis"
db=$("$root/bench/scale-cluster.sh" start "$work/cluster")
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; "$root/bench/scale-cluster.sh" stop "$work/cluster"; }
trap cleanup EXIT
(cd "$server" && HOTSPOTS_DATABASE="${db/Username=postgres/Username=hotspots_app}" HOTSPOTS_DATABASE_OWNER="$db" Hotspots__LoadDemoData=true Hotspots__DemoDataFolder="$work/gis" \
  Hotspots__ApiRequestsPerSecond=100000 ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet Hotspots.Server.dll >"$work/server.log" 2>&1) &
pid=$!
until curl -sf "http://127.0.0.1:$port/ready" >/dev/null; do kill -0 "$pid" || { tail "$work/server.log"; exit 1; }; sleep 2; done
psql "$(sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/' <<<"$db")" \
  -qAtc "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = 'incidents_location'::regclass AND indisclustered)
    THEN CLUSTER incidents USING incidents_location; END IF; END \$\$" \
  -qAtc "ANALYZE; SELECT 'incidents: ' || count(*) FROM incidents"
load="dotnet $root/bench/Hotspots.Load/bin/Release/net10.0/Hotspots.Load.dll --server http://127.0.0.1:$port --server-pid $pid"
$load --users "$users" --seconds 15 --max-requests 5000 --scenario "$scenario" >/dev/null || true   # warm-up, not reported
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
$load --users "$users" --seconds "$seconds" --max-requests 200000 --scenario "$scenario" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$scenario" = map ] || $load --scenario analysis --analysis-runs 5 --seconds 120 || true
