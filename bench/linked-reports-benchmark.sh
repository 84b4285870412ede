#!/usr/bin/env bash
# What counting linked reports once costs: N generated incidents (default 1 000 000) in a private cluster, a share of
# them (default 1 %) reported again by another agency 20 m away and linked as the importer links them, then the count
# every analysis input makes (IncidentAccess.Seen, as CellCounts reads it) timed with EXPLAIN ANALYZE without the
# one-per-report condition (before) and with it (after), for a police analyst and a health partner. Stops what it started.
#   bench/linked-reports-benchmark.sh [incidents] [linked share, e.g. 0.01] [work folder]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
incidents=${1:-1000000} share=${2:-0.01} work=${3:-/tmp/hotspots-linked-${1:-1000000}} runs=${LINKED_BENCH_RUNS:-3}
db=$(SCALE_DB_PORT=56632 "$root/bench/scale-cluster.sh" start "$work/cluster")
trap '"$root/bench/scale-cluster.sh" stop "$work/cluster"' EXIT
conn() { sed "s/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=[a-z]*/dbname=$1/" <<<"$db"; }
run() { psql "$(conn hotspots)" -v ON_ERROR_STOP=1 -qAt "$@"; }
# LINKED_BENCH_REUSE=1 times again the database an earlier run left in the work folder.
if [ "${LINKED_BENCH_REUSE:-0}" != 1 ]; then
psql "$(conn postgres)" -qAtc "DROP DATABASE IF EXISTS hotspots" -c "CREATE DATABASE hotspots"
# The migrations as DbUp applies them, with the journal table it keeps.
run -c "CREATE TABLE schemaversions (schemaversionsid serial PRIMARY KEY, scriptname text NOT NULL, applied timestamp NOT NULL)"
for migration in "$root"/server/Database/Migrations/*.sql; do run -f "$migration" >/dev/null; done
run -c "
INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
    location_precision, sensitivity, agreement_reference)
SELECT ST_SetSRID(ST_MakePoint(401000 + random() * 27000, 402000 + random() * 25500), 27700),
    timestamptz '2024-01-01' + random() * interval '730 days',
    (ARRAY['sexual','labour','cannabis_cultivation','forced_begging','domestic_servitude'])[1 + floor(random() * 5)],
    (ARRAY['adult','child'])[1 + floor(random() * 2)], (ARRAY['police','council','health','housing'])[1 + floor(random() * 4)],
    'G' || n, 'exact', CASE WHEN random() < 0.2 THEN 'official_sensitive' ELSE 'official' END,
    CASE WHEN random() < 0.7 THEN 'KMSP-ISA-2023-01' END
FROM generate_series(1, $incidents) n;
WITH copies AS (
    INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
        location_precision, sensitivity, agreement_reference)
    SELECT ST_Translate(location, 20, 0), occurred_from + interval '1 day', exploitation_type, victim_age_group,
        CASE source_agency WHEN 'police' THEN 'council' ELSE 'police' END, 'L' || id, 'postcode', sensitivity, agreement_reference
    FROM incidents WHERE id % round(1 / $share)::bigint = 0
    RETURNING id, source_reference)
INSERT INTO incident_links (incident_id, linked_incident_id, distance_m, days_apart)
SELECT id, substr(source_reference, 2)::bigint, 20, 1 FROM copies;
SELECT 'linked records labelled: ' || relabel_linked_groups(array(SELECT incident_id FROM incident_links));
ANALYZE;"
fi
declare -A query counted
# IncidentAccess.From for one viewer, with or without IncidentAccess.Representative.
seen() {
  local agency=$1 role=$2 user=$3 once=$4
  access() { echo "incident_access($1.id, $1.source_agency, $1.sensitivity, $1.agreement_reference, '$agency', '$role', r.opened, r.granted, r.agreements, r.assigned)"; }
  rank() { echo "(CASE $(access "$1") WHEN 'full' THEN 0 WHEN 'generalised' THEN 1 WHEN 'signpost' THEN 2 ELSE 3 END,
    CASE $1.location_precision WHEN 'exact' THEN 0 WHEN 'postcode' THEN 1 WHEN 'street' THEN 2 ELSE 3 END,
    coalesce($1.reported_on, 'infinity'::date), $1.occurred_from, $1.id)"; }
  local where=TRUE
  [ "$once" = after ] && where="(i.linked_group IS NULL OR i.id NOT IN (SELECT o.id FROM incidents o
    JOIN incidents b ON b.linked_group = o.linked_group AND b.id <> o.id, viewer_rights('$user', '$agency') r
    WHERE o.linked_group IS NOT NULL AND $(rank b) < $(rank o)))"
  echo "(SELECT i.*, $(access i) AS access, ST_SetSRID(ST_MakePoint(floor(ST_X(i.location) / p.cell) * p.cell + p.cell / 2,
      floor(ST_Y(i.location) / p.cell) * p.cell + p.cell / 2), 27700) AS cell_centre
    FROM incidents i, (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres') p,
      viewer_rights('$user', '$agency') r WHERE $where) seen"
}
echo "incidents: $(run -c 'SELECT count(*) FROM incidents'), linked groups: $(run -c 'SELECT count(DISTINCT linked_group) FROM incidents')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Before and after alternate, so that the shared machine's changing load falls on both alike.
for viewer in "police analyst analyst.police" "health partner partner.health"; do
  read -r agency role user <<<"$viewer"
  declare -A times=([before]="" [after]="")
  for once in before after; do
    query[$once]="SELECT count(*), count(*) FILTER (WHERE access = 'full')
      FROM (SELECT CASE access WHEN 'full' THEN location ELSE cell_centre END AS p, access FROM $(seen "$agency" "$role" "$user" "$once")
            WHERE access IN ('full', 'generalised')) s"
    counted[$once]=$(run -c "${query[$once]}" | tr '|' ' ')
  done
  for _ in $(seq "$runs"); do
    for once in before after; do
      times[$once]+="$(run -c "EXPLAIN (ANALYZE, FORMAT JSON) ${query[$once]}" | grep -o '"Execution Time": [0-9.]*' | grep -o '[0-9]*' | head -1) "
    done
  done
  for once in before after; do
    printf '%s %s %s: counted (all, full) %s; execution ms sorted: %s\n' "$agency" "$role" "$once" "${counted[$once]}" \
      "$(tr ' ' '\n' <<<"${times[$once]}" | grep . | sort -n | tr '\n' ' ')"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
run -c "EXPLAIN $(sed 's/^/ /' <<<"SELECT count(*) FROM $(seen police analyst analyst.police after) WHERE access IN ('full', 'generalised')")"
