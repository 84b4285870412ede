#!/usr/bin/env bash
# Import benchmark (not run by tests): bench/import-benchmark.sh [rows, default 1000000]
# Generates an incident CSV, imports it with ./hotspots import under /usr/bin/time -v, then loads the same rows
# into the same (emptied) incidents table with psql \copy, in one run on the local cluster (database hotspots_bench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows=${1:-1000000}
work=$(mktemp -d /tmp/hotspots-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Starts the project's local cluster (and builds the server) without importing anything.
"$root/hotspots" import incidents "$work/none.csv" >/dev/null 2>&1 || true
port=$(cat "$root/.data/port"); export PGPASSWORD; PGPASSWORD=$(cat "$root/.data/password")
export HOTSPOTS_DATABASE="Host=127.0.0.1;Port=$port;Username=postgres;Password=$PGPASSWORD;Database=hotspots_bench"
psql_() { psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS hotspots_bench WITH (FORCE)"

python3 - "$rows" "$work" <<'PY'
import random, sys
n, work = int(sys.argv[1]), sys.argv[2]
types = ['sexual', 'labour', 'cannabis_cultivation', 'child_criminal_exploitation', 'domestic_servitude']
ages = ['adult', 'child', 'unknown']
rnd = random.Random(42)
with open(f'{work}/incidents.csv', 'w') as ours, open(f'{work}/copy.csv', 'w') as plain:
    ours.write('reference,occurred_from,exploitation_type,victim_age_group,easting,northing\n')
    for i in range(n):
        e, no = rnd.randint(400000, 430000), rnd.randint(405000, 425000)
        d = f'2024-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}'
        t, a = rnd.choice(types), rnd.choice(ages)
        ours.write(f'B{i},{d},{t},{a},{e},{no}\n')
        plain.write(f'B{i},{d},{t},{a},police,exact,official,SRID=27700;POINT({e} {no})\n')
PY
ls -l "$work"/*.csv | awk '{print $5, $9}' >&2

echo "== ./hotspots import ($rows rows)" >&2
/usr/bin/time -v "$root/hotspots" import incidents "$work/incidents.csv" --agency police 2> "$work/import.time" >"$work/import.out" || { cat "$work/import.time" >&2; exit 1; }
cat "$work/import.out"
grep -E "Elapsed \(wall|Maximum resident" "$work/import.time"
import_s=$(grep "Elapsed (wall" "$work/import.time" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')

psql_ -d hotspots_bench -c "TRUNCATE incidents, import_rows, incident_links CASCADE"
echo "== psql \\copy ($rows rows)" >&2
start=$(date +%s.%N)
psql_ -d hotspots_bench -c "\\copy incidents (source_reference, occurred_from, exploitation_type, victim_age_group, source_agency, location_precision, sensitivity, location) FROM '$work/copy.csv' WITH (FORMAT csv)"
copy_s=$(echo "$(date +%s.%N) - $start" | bc)
count=$(psql_ -d hotspots_bench -c "SELECT count(*) FROM incidents")
python3 -c "
r=$rows; i=$import_s; c=$copy_s
print(f'import: {i:.1f} s, {r/i:,.0f} rows/s; psql \\\\copy: {c:.1f} s, {r/c:,.0f} rows/s ($count rows); import/copy speed {c/i:.2f}')"
psql_ -d postgres -c "DROP DATABASE IF EXISTS hotspots_bench WITH (FORCE)"
