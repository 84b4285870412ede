#!/usr/bin/env bash
# GIS import memory benchmark (not run by tests): bench/gis-import-benchmark.sh [points, default 1000000]
# Writes the same seeded points as a zipped Shapefile and as a GeoPackage (bench/gis-files.py), then imports each as
# incidents with ./hotspots import under /usr/bin/time -v into an empty database on the local cluster, and prints
# the wall time and the peak resident memory of the import process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
points=${1:-1000000}
work=$(mktemp -d /tmp/hotspots-gis-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$root/hotspots" import incidents "$work/none.csv" >/dev/null 2>&1 || true
port=$(cat "$root/.data/port"); export PGPASSWORD; PGPASSWORD=$(cat "$root/.data/password")
export HOTSPOTS_DATABASE="Host=127.0.0.1;Port=$port;Username=postgres;Password=$PGPASSWORD;Database=hotspots_gis_bench"
psql_() { psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
python3 "$root/bench/gis-files.py" "$points" "$work"
ls -l "$work"/incidents* | awk '{print $5, $9}' >&2
for file in incidents-shp.zip incidents.gpkg; do
  psql_ -d postgres -c "DROP DATABASE IF EXISTS hotspots_gis_bench WITH (FORCE)"
  echo "== ./hotspots import incidents $file ($points points)"
  /usr/bin/time -v "$root/hotspots" import incidents "$work/$file" --agency police 2> "$work/time" >"$work/out" || { cat "$work/time" >&2; exit 1; }
  grep -E "rows read|imported|time by phase" "$work/out"
  grep -E "Elapsed \(wall|Maximum resident" "$work/time"
done
psql_ -d postgres -c "DROP DATABASE IF EXISTS hotspots_gis_bench WITH (FORCE)"
