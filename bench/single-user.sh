#!/usr/bin/env bash
# Single-user timings against a running server (e.g. one started by bench/scale-benchmark.sh, or ./hotspots run on the
# million incidents): for each account, 5 incidentMap pans of the densest 1.5 × 1 km window (Huddersfield centre), 5
# different z14 tiles beside it (so the tile cache does not answer), and N runAnalysis GI_STAR (100 m, 500 m); prints every
# time in ms, the median and the load average. Write down the load beside the figures: on a shared machine it moves them.
#   bench/single-user.sh [server, default http://127.0.0.1:5391] [Gi* runs per account, default 2] [accounts...]
set -euo pipefail
base=${1:-http://127.0.0.1:5391} runs=${2:-2}; shift $(( $# > 2 ? 2 : $# ))
if [ $# -gt 0 ]; then accounts=("$@"); else accounts=(analyst.police partner.health); fi
map='{"query":"query Pan($filter: IncidentFilter) { incidentMap(filter: $filter) { fullRecords shown generalisedRecords { display } features } }","variables":{"filter":{"boundingBox":{"minX":-1.7946,"minY":53.6413,"maxX":-1.7726,"maxY":53.6503,"crs":"WGS_84"}}}}'
gistar='{"query":"mutation { runAnalysis(request: { method: GI_STAR, cellSize: 100, distanceBand: 500 }) { id incidentCount } }"}'
ms() { curl -sf -o /dev/null -w '%{time_total}' "$@" | awk '{printf "%d", $1 * 1000}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
for account in "${accounts[@]}"; do
  token=$(curl -sf -X POST "$base/auth/sign-in" -H 'content-type: application/json' \
    -d "{\"username\":\"$account\",\"password\":\"demo-hotspots\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  auth=(-H "authorization: Bearer $token")
  bbox=(); tiles=(); analyses=()
  for i in 0 1 2 3 4; do bbox+=("$(ms "${auth[@]}" -H 'content-type: application/json' -d "$map" "$base/graphql")"); done
  for i in 0 1 2 3 4; do tiles+=("$(ms "${auth[@]}" "$base/tiles/incidents/14/$((8108 + i))/5287.mvt")"); done
  for ((i = 0; i < runs; i++)); do analyses+=("$(ms --max-time 300 "${auth[@]}" -H 'content-type: application/json' -d "$gistar" "$base/graphql")"); done
  echo "$account bbox ${bbox[*]} (median $(median "${bbox[@]}")) | tile ${tiles[*]} (median $(median "${tiles[@]}"))" \
    "| gistar ${analyses[*]:-} | load $(cut -d' ' -f1-3 /proc/loadavg)"
done
