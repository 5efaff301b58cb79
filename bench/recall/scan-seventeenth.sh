#!/usr/bin/env bash
# Scans the repositories pinned in bench/recall/seventeenth-repos.tsv (the seventeenth-session check samples,
# README.md) once each, one at a time, as bench/precision/rescan.sh does: --untrusted (fallback compilation,
# no MSBuild code of the scanned repository runs), --lang en, JSON, --fail-on none.
#
#   bash bench/recall/scan-seventeenth.sh --cli DLL --src DIR --out OUT [--reuse] [NAME...]
#     --src DIR  folder holding one checkout per repository, named as the pins file's `name`, at its `commit`
#                (a checkout whose HEAD differs is skipped with a warning: the labels belong to that commit)
#     --cli DLL  the CLI to measure (copy its directory first if it may be rebuilt meanwhile)
#     --out OUT  OUT/NAME/results.json per repository, OUT/NAME.log, OUT/times.tsv (seconds per scan)
#     --reuse    do not re-scan when OUT/NAME/results.json exists
#     --pins F   pins file (default: seventeenth-repos.tsv beside this script; scan-eighteenth.sh passes its own)
#   then: bash bench/recall/score-seventeenth.sh OUT [--misses]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=""; cli=""; out=""; reuse=0; names=(); pins="$here/seventeenth-repos.tsv"
while [ $# -gt 0 ]; do
  case "$1" in
    --src) src=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --pins) pins=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
[ -n "$src" ] && [ -n "$cli" ] && [ -n "$out" ] || { echo "usage: scan-seventeenth.sh --cli DLL --src DIR --out OUT" >&2; exit 2; }
src=$(cd "$src" && pwd); mkdir -p "$out"; out=$(cd "$out" && pwd)
[ -f "$out/times.tsv" ] || printf 'name\tseconds\tstatus\n' > "$out/times.tsv"
while IFS=$'\t' read -r name repo commit lines; do
  if [ ${#names[@]} -gt 0 ] && ! printf '%s\n' "${names[@]}" | grep -qx "$name"; then continue; fi
  dir="$src/$name"
  if [ ! -d "$dir" ]; then echo "skip $name: $dir not found (check out $repo at $commit)" >&2; continue; fi
  head=$(git -c safe.directory='*' -C "$dir" rev-parse HEAD)
  if [ "$head" != "$commit" ]; then echo "skip $name: HEAD $head, labels are for $commit" >&2; continue; fi
  if [ $reuse -eq 1 ] && [ -f "$out/$name/results.json" ]; then continue; fi
  echo "scanning $name ($lines C# lines) ..." >&2
  t0=$(date +%s); status=ok
  ( cd "$src" && dotnet "$cli" scan "$name" --output "$out/$name" --fail-on none --untrusted --format json --lang en ) \
    > "$out/$name.log" 2>&1 || { status=failed; echo "scan of $name failed, see $out/$name.log" >&2; }
  printf '%s\t%s\t%s\n' "$name" $(( $(date +%s) - t0 )) "$status" >> "$out/times.tsv"
done < <(tail -n +2 "$pins")
