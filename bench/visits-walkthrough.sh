#!/usr/bin/env bash
# Visits "done when": hotspot → targets → operation → briefing → outcome → map, on the demo data. Usage: bench/visits-walkthrough.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=$(mktemp /tmp/hotspots-visits-walk.XXXXXX)
HOTSPOTS_BENCH_OUT="$out" "$root/hotspots" test --filter "FullyQualifiedName~Hotspots.Tests.Visits.WalkThroughTests" >"$out.log" 2>&1 || { tail -n 30 "$out.log"; exit 1; }
rm -f "$out.log"
cat "$out"
rm -f "$out"
