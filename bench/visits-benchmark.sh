#!/usr/bin/env bash
# Visits: ranking 10 000 candidate targets and ordering 40 stops, on a throwaway PostGIS. Usage: bench/visits-benchmark.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=$(mktemp /tmp/hotspots-visits-bench.XXXXXX)
HOTSPOTS_BENCH_OUT="$out" "$root/hotspots" test --filter "FullyQualifiedName~Hotspots.Tests.Visits.VisitBenchmarks" >"$out.log" 2>&1 || { tail -n 30 "$out.log"; exit 1; }
rm -f "$out.log"
cat "$out"
rm -f "$out"
