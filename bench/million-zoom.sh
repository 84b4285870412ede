#!/usr/bin/env bash
# The browser journey #15 asks for at a million incidents: an analyst zooms from the district to a street and sees each
# incident (tests/Map/MillionZoomTests). Needs a server already on the million demo incidents (bench/scale-benchmark.sh's
# data, e.g. started as that script does) and the Debug tests built (./hotspots test builds them).
#   bench/million-zoom.sh [server, default http://127.0.0.1:5391]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOTSPOTS_MILLION_SERVER=${1:-http://127.0.0.1:5391} dotnet test "$root/tests" --no-build -c Debug -nologo \
  --filter "FullyQualifiedName~MillionZoomTests" --logger "console;verbosity=normal"
echo "screenshots: $root/tests/bin/Debug/net10.0/screenshots/million-*.png"
