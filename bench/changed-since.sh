#!/usr/bin/env bash
# Pull-request scan timing (issue 18): `compliance scan` of a whole repository vs
# `--changed-since HEAD~1` after a one-file change, alternating runs, median of N.
# The repository is exported from a git directory (e.g. a snapshot fetched for reading) into
# bench/work/pr-repo (git-ignored) and committed twice there: its code is never committed here.
# Usage: bash bench/changed-since.sh GIT_DIR [--runs N] [--msbuild]
#   --msbuild: load projects with MSBuild (needs a restore; default: --untrusted fallback compilation)
# Appends a section to bench/results/<date>-changed-since.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
src=$1; shift
runs=3; mode=--untrusted
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    --msbuild) mode=--no-restore; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work="$repo/bench/work/pr"; rm -rf "$work"; mkdir -p "$work/repo"
dotnet build cli/Compliance.Cli -c Release -nologo -v q -p:UseSharedCompilation=false >/dev/null
cli="$repo/cli/Compliance.Cli/bin/Release/net10.0/compliance.dll"

name=$(git -c safe.directory='*' --git-dir="$src" remote get-url origin 2>/dev/null || basename "$(dirname "$src")")
commit=$(git -c safe.directory='*' --git-dir="$src" rev-parse HEAD)
git -c safe.directory='*' --git-dir="$src" archive HEAD | tar -x -C "$work/repo"
cd "$work/repo"
git init -q -b main && git config user.email bench@example.com && git config user.name bench && git config commit.gpgsign false
git add -A && git commit -qm snapshot
cs_files=$(git ls-files '*.cs' | wc -l); cs_lines=$(git ls-files -z '*.cs' | xargs -0 cat | wc -l)
# The one-file change: a new class at the end of the largest C# file that is neither generated nor a test.
# (|| true: head closes the pipe early, which pipefail would count as a failure.)
target=$(git ls-files -z '*.cs' | xargs -0 wc -l | grep -v ' total$' | grep -viE 'designer|\.g\.cs|migrations/|tests?/' | sort -rn | awk 'NR == 1 {print $2}' || true)
printf '\ninternal static class BenchPullRequestChange\n{\n    internal static byte[] Digest(byte[] data) => System.Security.Cryptography.MD5.HashData(data);\n}\n' >> "$target"
git commit -qam "one-file change"

declare -a full pr full_cpu pr_cpu
for i in $(seq 1 "$runs"); do
  for kind in full pr; do
    args=(scan . --output "$work/out-$kind" --format json --fail-on none "$mode")
    [ "$kind" = pr ] && args+=(--changed-since HEAD~1)
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" dotnet "$cli" "${args[@]}" >/dev/null 2>"$work/stderr-$kind" || true
    read -r secs rss user sys < "$work/time"
    cpu=$(python3 -c "print(round($user + $sys, 2))")
    if [ "$kind" = full ]; then full+=("$secs"); full_cpu+=("$cpu"); full_rss=$rss; else pr+=("$secs"); pr_cpu+=("$cpu"); pr_rss=$rss; fi
    echo "run $i $kind ${secs}s wall ${cpu}s cpu ${rss}KiB"
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mf=$(median "${full[@]}"); mp=$(median "${pr[@]}"); cf=$(median "${full_cpu[@]}"); cp=$(median "${pr_cpu[@]}")
findings() { python3 -c "import json,sys;d=json.load(open(sys.argv[1]));print(len(d['findings']))" "$1"; }
ff=$(findings "$work/out-full/results.json"); fp=$(findings "$work/out-pr/results.json")
pr_files=$(python3 -c "import json,sys;print(','.join(json.load(open(sys.argv[1]))['scan']['changedSince']['files']))" "$work/out-pr/results.json")
cd "$repo"
out="bench/results/$(date -u +%Y-%m-%d)-changed-since.md"
[ -f "$out" ] || printf '# Pull-request scans (`--changed-since`)\n\n%s cores, %s, .NET SDK %s. Not part of the test run; `bash bench/changed-since.sh GIT_DIR`.\n' \
  "$(nproc)" "$(free -g | awk '/Mem:/ {print $2 " GiB"}')" "$(dotnet --version)" > "$out"
cat >> "$out" <<MD

## $name @ ${commit:0:12} ($cs_files C# files, $cs_lines lines), scan mode \`$mode\`, median of $runs

| scan | wall time | CPU (user+sys) | peak RSS | findings |
| --- | --- | --- | --- | --- |
| full | ${mf} s | ${cf} s | $((full_rss / 1024)) MiB | $ff |
| \`--changed-since HEAD~1\` (1 file changed: \`$target\`) | ${mp} s | ${cp} s | $((pr_rss / 1024)) MiB | $fp (changed files: $pr_files) |

pr/full = $(python3 -c "print(round($mp/$mf, 2))") wall, $(python3 -c "print(round($cp/$cf, 2))") CPU. The pull-request scan still parses and compiles every file (semantic
context) and runs every configuration policy; it analyses and reports only the changed file.
MD
echo "wrote $out"
