#!/usr/bin/env bash
# What the viewer's view costs at a million incidents: the plain-PostGIS floor for the same reads (no need-to-know),
# then the workspace's own through bench/single-user.sh, in one run, with the load average beside each figure.
# Needs a running server on the million incidents (bench/scale-benchmark.sh's data, e.g. started as in that script) and
# its database's connection string.
#   bench/view-benchmark.sh "Host=…;Port=…;Username=…;Password=…;Database=hotspots" [server, default http://127.0.0.1:5391]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db=$1 base=${2:-http://127.0.0.1:5391}
conn=$(sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/' <<<"$db")
# The densest 1.5 × 1 km window the single-user pan asks for (Huddersfield centre), in British National Grid.
window="ST_Transform(ST_MakeEnvelope(-1.7946, 53.6413, -1.7726, 53.6503, 4326), 27700)"
floor() {
  local name=$1 sql=$2 times=()
  for i in 1 2 3 4 5; do
    times+=("$(psql "$conn" -qAt -c '\timing on' -c "$sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{printf "%d", $1}')")
  done
  echo "floor $name: ${times[*]} ms (median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)) | load $(cut -d' ' -f1-3 /proc/loadavg)"
}
floor "count the densest window" "SELECT count(*) FROM incidents WHERE location && $window"
floor "the densest window per 100 m cell" "SELECT count(*) FROM (SELECT floor(ST_X(location) / 100), floor(ST_Y(location) / 100), count(*) FROM incidents WHERE location && $window GROUP BY 1, 2) c"
floor "the district per 100 m cell" "SELECT count(*) FROM (SELECT floor(ST_X(location) / 100), floor(ST_Y(location) / 100), count(*) FROM incidents GROUP BY 1, 2) c"
floor "a z14 tile beside it with every point (ST_AsMVT)" "SELECT length(ST_AsMVT(q)) FROM (SELECT ST_AsMVTGeom(ST_Transform(location, 3857), ST_TileEnvelope(14, 8110, 5287)) AS geom FROM incidents WHERE location && ST_Transform(ST_TileEnvelope(14, 8110, 5287), 27700)) q"
"$root/bench/single-user.sh" "$base" 3 analyst.police partner.health
