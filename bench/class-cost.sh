#!/usr/bin/env bash
# Cost of each finding class as a share of the CPU of analysing a C# tree (issue 14, done-when 3).
#
#   bash bench/class-cost.sh DIR [ROUNDS]
#
# Runs the bench harness's whole-compilation analysis (`analyzers DIR --telemetry ROUNDS`: parse, the compiler's
# binding, all product analyzers in one driver) under `perf record` with the runtime's perf map, then counts, for
# every type of Compliance.Analyzers, the share of CPU samples whose stack holds one of its methods (inclusive, each
# sample counted once per type). A class's own code (PlaintextPassword, SplitRowFields, LoggerMessageTemplates, …) is
# one type, an analyzer one more, so the line of a type is what that class costs, binding it asks for included.
# Samples are CPU time, not wall time, and shares come from one process: other processes' load does not move them
# (bench/results/2026-12-07-perf6.md). The denominator is the whole process: runtime start, JIT, parse, binding, GC.
# METHODS="PiiFlowTracer::ToStringOverride,…" adds a line per method (a class that is a branch of a shared type);
# KEEP=DIR keeps perf.data and telemetry.txt there to aggregate again.
set -euo pipefail
dir=${1:?usage: class-cost.sh DIR [ROUNDS]}; rounds=${2:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
bench=$root/bench/Compliance.Bench/bin/Release/net10.0/Compliance.Bench.dll
[ -f "$bench" ] || dotnet build "$root/bench/Compliance.Bench" -c Release -p:UseSharedCompilation=false -m:1 >/dev/null
out=${KEEP:-$(mktemp -d)}; mkdir -p "$out"
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -F 299 -g -o "$out/perf.data" -- \
  dotnet "$bench" analyzers "$dir" --telemetry "$rounds" > "$out/telemetry.txt"
grep -v '^  ' "$out/telemetry.txt" | grep -v '^summary' || true
perf script -i "$out/perf.data" -F comm,tid,ip,sym 2>/dev/null | python3 "$root/bench/class-cost/aggregate.py" - "${TOP:-60}"
[ -n "${KEEP:-}" ] || rm -rf "$out"
