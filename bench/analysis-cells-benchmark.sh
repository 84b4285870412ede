#!/usr/bin/env bash
# Gi* over GraphQL, before and after counting cells in PostGIS, on one database in one run. Loads the demo data (the
# committed 20 000 incidents, or N generated ones) into a private cluster, compares reading every visible incident into
# the server with counting the cells in PostGIS (in process, same data source and rules as the server), then times the
# whole runAnalysis GI_STAR request on the warm Release server. Stops everything it started.
#   bench/analysis-cells-benchmark.sh [incidents, default 20000] [work folder, default /tmp/hotspots-analysis-cells-N]
#   ANALYSIS_BENCH_RUNS (default 5) sets the timed runs of each measurement.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
incidents=${1:-20000} work=${2:-/tmp/hotspots-analysis-cells-${1:-20000}} port=${ANALYSIS_BENCH_PORT:-5393} runs=${ANALYSIS_BENCH_RUNS:-5}
mkdir -p "$work"
dotnet build "$root/server/Hotspots.Server.csproj" -c Release -nologo -v quiet >&2
dotnet build "$root/bench/Hotspots.Benchmarks" -c Release -nologo -v quiet >&2
server="$root/server/bin/Release/net10.0"
gis="$root/gis-data"
if [ "$incidents" != 20000 ]; then
  gis="$work/gis"
  [ -f "$gis/incidents.csv" ] || dotnet "$server/Hotspots.Server.dll" generate-demo --incidents "$incidents" --out "$gis"
fi
db=$(SCALE_DB_PORT=56532 "$root/bench/scale-cluster.sh" start "$work/cluster")
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; "$root/bench/scale-cluster.sh" stop "$work/cluster"; }
trap cleanup EXIT
(cd "$server" && HOTSPOTS_DATABASE="${db/Username=postgres/Username=hotspots_app}" HOTSPOTS_DATABASE_OWNER="$db" Hotspots__LoadDemoData=true Hotspots__DemoDataFolder="$gis" \
  Hotspots__ApiRequestsPerSecond=100000 ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet Hotspots.Server.dll >"$work/server.log" 2>&1) &
pid=$!
until curl -sf "http://127.0.0.1:$port/ready" >/dev/null; do kill -0 "$pid" || { tail "$work/server.log"; exit 1; }; sleep 2; done
psql "$(sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/' <<<"$db")" \
  -qAtc "ANALYZE; SELECT 'incidents: ' || count(*) FROM incidents"
echo "Gi* input, 100 m cells, $runs runs after one warm-up each:"
dotnet "$root/bench/Hotspots.Benchmarks/bin/Release/net10.0/Hotspots.Benchmarks.dll" cells "$db" 100 "$runs"
echo "Whole runAnalysis GI_STAR request (100 m cells, 500 m band), warm server, $runs runs after one warm-up:"
for account in analyst.police partner.health; do
  token=$(curl -sf "http://127.0.0.1:$port/auth/sign-in" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$account\",\"password\":\"demo-hotspots\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  query='{"query":"mutation { runAnalysis(request: { method: GI_STAR, cellSize: 100, distanceBand: 500 }) { id incidentCount } }"}'
  times=()
  for run in $(seq 0 "$runs"); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "$query")
    [ "$run" = 0 ] || times+=("$t")
  done
  printf '  %s: %s s (load %s)\n' "$account" "$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')" "$(cut -d' ' -f1 /proc/loadavg)"
done
