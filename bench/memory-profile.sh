#!/usr/bin/env bash
# Where the server's memory goes under the scale benchmark: runs bench/scale-benchmark.sh with the same arguments,
# records the .NET runtime counters every 3 s (GC heap by generation, large-object heap and its fragmentation,
# allocation rate, working set) and takes a heap dump a chosen number of seconds into the measured run.
#   bench/memory-profile.sh [seconds into the run for the heap dump, default 45] [scale-benchmark arguments...]
# Writes to $work/memory: counters.csv, heap.gcdump (read with: dotnet-gcdump report heap.gcdump) and bench.txt.
# dotnet-counters and dotnet-gcdump are installed into $work/tools from the package registry on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
after=${1:-45}; shift || true
work=${1:-/tmp/hotspots-scale} port=${HOTSPOTS_BENCH_PORT:-5391}
out="$work/memory" tools="$work/tools"
mkdir -p "$out" "$tools"
for tool in dotnet-counters dotnet-gcdump; do
  [ -x "$tools/$tool" ] || dotnet tool install "$tool" --version 10.0.750501 --tool-path "$tools" >/dev/null
done
"$root/bench/scale-benchmark.sh" "$@" >"$out/bench.txt" 2>&1 &
bench=$!
until pid=$(pgrep -f "^dotnet Hotspots.Server.dll" | head -1) && curl -sf "http://127.0.0.1:$port/ready" >/dev/null; do
  kill -0 "$bench" 2>/dev/null || { tail "$out/bench.txt"; exit 1; }; sleep 2
done
"$tools/dotnet-counters" collect -p "$pid" --format csv -o "$out/counters.csv" --refresh-interval 3 --counters System.Runtime >/dev/null 2>&1 &
counters=$!
until grep -q "load average before" "$out/bench.txt"; do sleep 1; done
sleep "$after"
echo "RSS before the heap dump: $(grep VmRSS "/proc/$pid/status")"
"$tools/dotnet-gcdump" collect -p "$pid" -o "$out/heap.gcdump" >/dev/null
wait "$bench" || true
kill "$counters" 2>/dev/null || true
grep -A8 -E "^(map|mixed|analysis):" "$out/bench.txt" | grep -v '^|---' || true
echo "counters: $out/counters.csv; heap: $out/heap.gcdump ($tools/dotnet-gcdump report $out/heap.gcdump)"
