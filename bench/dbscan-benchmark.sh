#!/usr/bin/env bash
# DBSCAN on the same points in one run: PostGIS ST_ClusterDBSCAN against ./hotspots analyse dbscan, with the agreement
# of their clusters. Private PostGIS cluster in the work folder; stops it at the end.
#   bench/dbscan-benchmark.sh [points, default 1000000] [eps, default 150] [min points, default 8] [work folder]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
points=${1:-1000000} eps=${2:-150} min=${3:-8} work=${4:-/tmp/hotspots-dbscan-bench}
dotnet build "$root/server/Hotspots.Server.csproj" -c Release -nologo -v quiet >&2
dotnet build "$root/bench/Hotspots.Benchmarks" -c Release -nologo -v quiet >&2
db=$(SCALE_DB_PORT=56632 "$root/bench/scale-cluster.sh" start "$work/cluster")
trap '"$root/bench/scale-cluster.sh" stop "$work/cluster"' EXIT
psql "host=127.0.0.1 port=$(cat "$work/cluster/port") user=postgres password=$(cat "$work/cluster/password") dbname=postgres" -qAt \
  -c "SELECT 1 FROM pg_database WHERE datname = 'hotspots'" | grep -q 1 ||
  psql "host=127.0.0.1 port=$(cat "$work/cluster/port") user=postgres password=$(cat "$work/cluster/password") dbname=postgres" -q -c "CREATE DATABASE hotspots"
psql "host=127.0.0.1 port=$(cat "$work/cluster/port") user=postgres password=$(cat "$work/cluster/password") dbname=hotspots" -qAt \
  -c "CREATE EXTENSION IF NOT EXISTS postgis; SELECT 'PostGIS ' || postgis_full_version()" | cut -c1-60
dotnet "$root/bench/Hotspots.Benchmarks/bin/Release/net10.0/Hotspots.Benchmarks.dll" dbscan "$db" "$points" "$eps" "$min"
