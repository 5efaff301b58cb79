#!/usr/bin/env bash
# Benchmark harness (not part of the test run). Measures, each as a ratio against a peer run in
# the same invocation (alternating runs, median of RUNS):
#   1. CLI scan throughput vs DevSkim CLI and secretlint over the same files (two sizes: linearity),
#      against the CLI's own whole-compilation mode (COMPLIANCE_FULL_ANALYSIS=1) and against a plain
#      `dotnet build` of the same tree; peak memory on a ~1M-line tree;
#   2. analyzer overhead in `dotnet build` vs SecurityCodeScan.VS2019 and SonarAnalyzer.CSharp 9.32 (bench/build-overhead.sh);
#   3. policy engine documents/s vs a YamlDotNet parse-only floor;
#   4. report rendering of 10,000 findings (HTML, SARIF) vs plain JSON serialization.
# Usage: bash bench/run.sh [--runs N] [--files N] [--repo PATH] [--dense] [--baseline DLL] [--skip-build-overhead] [--skip-1m] [--quick]
#   --quick: runs=3, 400-file trees, 200-file build solution, 2,000/4,000 config documents, no 1M-line run.
#   --dense: the generated trees are personal-data-dense (generate-cs --dense: loose files, most members handle
#            PII-carrying requests; issue 16), the 1M-line run too.
#   --baseline DLL: another build of the CLI (e.g. main's, `dotnet publish` output) timed in the same alternation
#            (before/after rows against the same DevSkim runs).
# Writes bench/results/<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=5; files=2000; target=""; skip_build=0; skip_1m=0; quick=0; buildfiles=1000; cfgdocs=20000; dense=""; baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    --files) files=$2; shift 2;;
    --repo) target=$(cd "$2" && pwd); shift 2;;
    --dense) dense="--dense"; shift;;
    --baseline) baseline=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2;;
    --skip-build-overhead) skip_build=1; shift;;
    --skip-1m) skip_1m=1; shift;;
    --quick) quick=1; runs=3; files=400; buildfiles=200; cfgdocs=4000; skip_1m=1; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true
work="$repo/bench/work"; mkdir -p "$work"
date_tag=$(date -u +%Y-%m-%d)
result_md="$repo/bench/results/$date_tag.md"
rows=()

command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

echo "== building (Release)"
# The CLI as it ships: a RID-specific publish, ReadyToRun (Roslyn's NuGet assemblies are IL only).
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64;; *) rid=linux-x64;; esac
dotnet publish cli/Compliance.Cli -c Release -r "$rid" --self-contained false -o "$work/cli" -nologo -v q >/dev/null
dotnet build cli/Compliance.Cli -c Release -nologo -v q >/dev/null
dotnet build bench/Compliance.Bench -c Release -nologo -v q >/dev/null
cli="dotnet $work/cli/compliance.dll"
# The plain `dotnet build` output (JIT only), measured beside it on the larger tree.
cli_jit="dotnet $repo/cli/Compliance.Cli/bin/Release/net10.0/compliance.dll"
bench="dotnet $repo/bench/Compliance.Bench/bin/Release/net10.0/Compliance.Bench.dll"

echo "== peers"
if [ ! -x "$work/tools/devskim" ]; then dotnet tool install --tool-path "$work/tools" microsoft.cst.devskim.cli --version 1.0.100 >/dev/null; fi
if [ ! -x "$work/node/node_modules/.bin/secretlint" ]; then
  npm install --silent --no-audit --no-fund --prefix "$work/node" secretlint@13 @secretlint/secretlint-rule-preset-recommend@13 >/dev/null
fi
echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > "$work/secretlintrc.json"

# time_cmd OUTVAR-prefix cmd... : runs once, prints "wall_s peak_rss_kb"
time_cmd() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/last.err" || true; cat "$work/time.txt" | tail -1; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

scan_tree() { # name dir lines files with-build(0|1)
  local name=$1 dir=$2 lines=$3 nfiles=$4 with_build=${5:-0}
  (cd "$dir" && [ -f BenchService.csproj ] && dotnet restore -v q >/dev/null 2>&1 || true)
  local c=() f=() d=() s=() b=() bn=() cm=() fm=() dm=() sm=() j=() bl=() blm=()
  for i in $(seq 1 "$runs"); do
    if [ -n "$baseline" ]; then
      read -r w m < <(time_cmd dotnet "$baseline" scan "$dir" --output "$work/out-$name-baseline" --format json --fail-on none --no-restore); bl+=("$w"); blm+=("$m")
    fi
    read -r w m < <(time_cmd $cli scan "$dir" --output "$work/out-$name" --format json --fail-on none --no-restore); c+=("$w"); cm+=("$m")
    read -r w m < <(COMPLIANCE_FULL_ANALYSIS=1 time_cmd $cli scan "$dir" --output "$work/out-$name-full" --format json --fail-on none --no-restore); f+=("$w"); fm+=("$m")
    read -r w m < <(time_cmd "$work/tools/devskim" analyze -I "$dir" -O "$work/devskim-$name.sarif" -f sarif); d+=("$w"); dm+=("$m")
    read -r w m < <(time_cmd "$work/node/node_modules/.bin/secretlint" --secretlintrc "$work/secretlintrc.json" --no-gitignore --no-color "$dir/**/*"); s+=("$w"); sm+=("$m")
    if [ "$with_build" = 1 ]; then
      read -r w m < <(time_cmd $cli_jit scan "$dir" --output "$work/out-$name-jit" --format json --fail-on none --no-restore); j+=("$w")
      read -r w m < <(time_cmd dotnet build "$dir" --no-incremental --no-restore -nologo -v q -p:UseSharedCompilation=false -p:RunAnalyzers=false); bn+=("$w")
      read -r w m < <(time_cmd dotnet build "$dir" --no-incremental --no-restore -nologo -v q -p:UseSharedCompilation=false); b+=("$w")
    fi
  done
  local cw fw dw sw cr fr dr sr
  cw=$(printf '%s\n' "${c[@]}" | median); fw=$(printf '%s\n' "${f[@]}" | median); dw=$(printf '%s\n' "${d[@]}" | median); sw=$(printf '%s\n' "${s[@]}" | median)
  cr=$(printf '%s\n' "${cm[@]}" | median); fr=$(printf '%s\n' "${fm[@]}" | median); dr=$(printf '%s\n' "${dm[@]}" | median); sr=$(printf '%s\n' "${sm[@]}" | median)
  local findings full_findings same
  findings=$(grep -o '"ruleId"' "$work/out-$name/results.json" 2>/dev/null | wc -l)
  full_findings=$(grep -o '"ruleId"' "$work/out-$name-full/results.json" 2>/dev/null | wc -l)
  same=$(cmp -s "$work/out-$name/results.json" "$work/out-$name-full/results.json" && echo "results.json identical" || echo "results.json DIFFERS")
  # secretlint's own count of the files it read: since v13 it skips .gitignored paths (bench/work is one), hence --no-gitignore
  local sl_files; sl_files=$("$work/node/node_modules/.bin/secretlint" --secretlintrc "$work/secretlintrc.json" --no-gitignore --format json --no-color "$dir/**/*" 2>/dev/null | grep -o '"filePath"' | wc -l || true)
  rows+=("| scan $name ($nfiles files, $lines lines) | compliance | $cw s | $(awk -v l="$lines" -v w="$cw" 'BEGIN{printf "%.0f", l/w}') lines/s, $(awk -v f="$nfiles" -v w="$cw" 'BEGIN{printf "%.0f", f/w}') files/s | $((${cr%.*}/1024)) MiB | $findings findings |")
  if [ -n "$baseline" ]; then
    local blw blr blsame; blw=$(printf '%s\n' "${bl[@]}" | median); blr=$(printf '%s\n' "${blm[@]}" | median)
    blsame=$(cmp -s <(grep -v -E '"(durationMs|startedAt|finishedAt|revision|elapsed[A-Za-z]*)"' "$work/out-$name/results.json") <(grep -v -E '"(durationMs|startedAt|finishedAt|revision|elapsed[A-Za-z]*)"' "$work/out-$name-baseline/results.json") && echo "results.json identical" || echo "results.json DIFFERS")
    rows+=("| | compliance, baseline ($baseline) | $blw s | $(awk -v l="$lines" -v w="$blw" 'BEGIN{printf "%.0f", l/w}') lines/s | $((${blr%.*}/1024)) MiB | baseline/devskim = $(awk -v a="$blw" -v b="$(printf '%s\n' "${d[@]}" | median)" 'BEGIN{printf "%.2f", a/b}'); $blsame |")
  fi
  rows+=("| | compliance, whole compilation (COMPLIANCE_FULL_ANALYSIS=1) | $fw s | $(awk -v l="$lines" -v w="$fw" 'BEGIN{printf "%.0f", l/w}') lines/s | $((${fr%.*}/1024)) MiB | $full_findings findings, $same; candidate/whole = $(awk -v a="$cw" -v b="$fw" 'BEGIN{printf "%.2f", a/b}') |")
  rows+=("| | DevSkim 1.0.100 | $dw s | $(awk -v l="$lines" -v w="$dw" 'BEGIN{printf "%.0f", l/w}') lines/s | $((${dr%.*}/1024)) MiB | compliance/devskim = $(awk -v a="$cw" -v b="$dw" 'BEGIN{printf "%.2f", a/b}') |")
  rows+=("| | secretlint 13 | $sw s | $(awk -v l="$lines" -v w="$sw" 'BEGIN{printf "%.0f", l/w}') lines/s | $((${sr%.*}/1024)) MiB | compliance/secretlint = $(awk -v a="$cw" -v b="$sw" 'BEGIN{printf "%.2f", a/b}'); secretlint reported $sl_files file results |")
  if [ "$with_build" = 1 ]; then
    local bw bnw jw; bw=$(printf '%s\n' "${b[@]}" | median); bnw=$(printf '%s\n' "${bn[@]}" | median); jw=$(printf '%s\n' "${j[@]}" | median)
    rows+=("| | compliance, \`dotnet build\` output (JIT, no ReadyToRun) | $jw s | $(awk -v l="$lines" -v w="$jw" 'BEGIN{printf "%.0f", l/w}') lines/s | | jit/devskim = $(awk -v a="$jw" -v b="$dw" 'BEGIN{printf "%.2f", a/b}') |")
    rows+=("| | dotnet build --no-incremental, analyzers off | $bnw s | $(awk -v l="$lines" -v w="$bnw" 'BEGIN{printf "%.0f", l/w}') lines/s | | compliance/build = $(awk -v a="$cw" -v b="$bnw" 'BEGIN{printf "%.2f", a/b}') (target ≤ 0.25) |")
    rows+=("| | dotnet build --no-incremental, SDK default analyzers | $bw s | $(awk -v l="$lines" -v w="$bw" 'BEGIN{printf "%.0f", l/w}') lines/s | | compliance/build = $(awk -v a="$cw" -v b="$bw" 'BEGIN{printf "%.2f", a/b}') |")
  fi
}

echo "== 1. CLI scan throughput"
if [ -n "$target" ]; then
  lines=$(find "$target" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | xargs -0 cat 2>/dev/null | wc -l)
  nf=$(find "$target" -type f -not -path '*/.git/*' | wc -l)
  scan_tree "repo" "$target" "$lines" "$nf" 0
else
  half=$((files / 2))
  for n in "$half" "$files"; do
    dir="$work/tree-$n"
    if [ -n "$dense" ]; then dir="$work/dense-$n"; fi
    if [ ! -d "$dir" ]; then read -r nf lines < <($bench generate-cs "$dir" "$n" $dense); echo "$nf $lines" > "$dir.meta"; fi
    read -r nf lines < "$dir.meta"
    scan_tree "$n${dense:+-dense}" "$dir" "$lines" "$nf" $([ "$n" = "$files" ] && echo 1 || echo 0)
  done
  if [ "$skip_1m" = 0 ]; then
    # Peak memory on ~1M lines (one run each: the figure is memory, not time).
    big=9600; dir="$work/tree-$big"; if [ -n "$dense" ]; then dir="$work/dense-$big"; fi
    if [ ! -d "$dir" ]; then read -r nf lines < <($bench generate-cs "$dir" "$big" $dense); echo "$nf $lines" > "$dir.meta"; fi
    read -r nf lines < "$dir.meta"
    (cd "$dir" && dotnet restore -v q >/dev/null 2>&1 || true)
    read -r w m < <(time_cmd $cli scan "$dir" --output "$work/out-$big" --format json --fail-on none --no-restore)
    read -r dw dm < <(time_cmd "$work/tools/devskim" analyze -I "$dir" -O "$work/devskim-$big.sarif" -f sarif)
    rows+=("| scan 1M ($nf files, $lines lines), single run | compliance | $w s | $(awk -v l="$lines" -v x="$w" 'BEGIN{printf "%.0f", l/x}') lines/s | $((${m%.*}/1024)) MiB | target ≤ 2048 MiB |")
    rows+=("| | DevSkim 1.0.100 | $dw s | $(awk -v l="$lines" -v x="$dw" 'BEGIN{printf "%.0f", l/x}') lines/s | $((${dm%.*}/1024)) MiB | compliance/devskim = $(awk -v a="$w" -v b="$dw" 'BEGIN{printf "%.2f", a/b}') |")
  fi
fi

rm -f "$work/build-overhead.md" "$work/per-analyzer.txt"
if [ "$skip_build" = 0 ]; then
  echo "== 2. analyzer overhead in dotnet build"
  # With --dense the build solution is the dense tree as a project (a multiple of 40 files).
  bash bench/build-overhead.sh --runs "$runs" --files "$buildfiles" ${dense:+--dense} --out "$work/build-overhead.md"
fi

echo "== 3. policy engine"
cfg="$work/config-$cfgdocs"; [ -d "$cfg" ] || $bench generate-config "$cfg" "$cfgdocs" >/dev/null
cfg2="$work/config-$((cfgdocs / 2))"; [ -d "$cfg2" ] || $bench generate-config "$cfg2" "$((cfgdocs / 2))" >/dev/null
p1=$($bench policy "$cfg2" "$runs"); p2=$($bench policy "$cfg" "$runs")
echo "$p1"; echo "$p2"

echo "== 4. report rendering"
r=$($bench render 10000 "$runs"); echo "$r"

{
  echo "# Benchmark results $date_tag"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(dotnet --version) SDK. Runs: $runs, alternating, medians."
  echo
  echo "| what | tool | wall (median) | throughput | peak RSS | ratio / note |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Policy engine (engine vs YamlDotNet parse-only floor over the same files):"
  echo '```'; echo "$p1"; echo "$p2"; echo '```'
  echo
  echo "Rendering (10,000 findings; peer: JSON serialization of the same result):"
  echo '```'; echo "$r"; echo '```'
  if [ -s "$work/build-overhead.md" ]; then echo; echo "Analyzer overhead in \`dotnet build\` (bench/build-overhead.sh):"; echo; cat "$work/build-overhead.md"; fi
  if [ -s "$work/per-analyzer.txt" ]; then echo; echo "Per-analyzer times (-p:ReportAnalyzer=true):"; echo '```'; cat "$work/per-analyzer.txt"; echo '```'; fi
} > "$result_md"
cat "$result_md"
