#!/usr/bin/env bash
# Real-world precision corpus (issue 14): re-scan each pinned public repository and join the findings
# at severity >= medium with the hand judgements in bench/precision/repos/<name>.yaml, by fingerprint
# (results.json finding id = rule, path, anchor). Prints per repository: findings >= medium,
# TP / FP / debatable / unjudged, precision, false alarms per 10,000 lines; then the unjudged findings
# as YAML lines ready to judge. Not part of the test run: the repositories are not in the clone and
# nothing is fetched here.
#
# Usage: bench/precision/rescan.sh --src DIR [--cli compliance.dll] [--out DIR] [--reuse] [NAME...]
#   --src DIR   folder holding one checkout per repository, named as the YAML's `name:`, each at the
#               YAML's `commit:` (git -C DIR/NAME checkout COMMIT). A repository whose HEAD differs is
#               skipped with a warning: the judgements belong to that commit.
#   --cli DLL   the CLI to measure (default: this clone's Release build,
#               cli/Compliance.Cli/bin/Release/net10.0/compliance.dll; build it first).
#   --out DIR   where scan results go (default: $TMPDIR/compliance-precision).
#   --reuse     do not re-scan when OUT/NAME/results.json exists (to re-join after judging).
#   --include-low-precision  also count findings whose `precision` is low (results.json v2). By
#               default they are left out, as from the gate and the report's headline counts.
#   --markdown  print the table as a Markdown table (for docs/precision.md).
#   NAME...     only these repositories (default: every YAML file).
# Needs bash, git, jq and dotnet. Scans run with --untrusted (fallback compilation: no MSBuild code of
# the scanned repository runs) and --lang en, one at a time (a 100k-line repository takes minutes).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
src=""; cli="$root/cli/Compliance.Cli/bin/Release/net10.0/compliance.dll"
out="${TMPDIR:-/tmp}/compliance-precision"; reuse=0; lowp=false; md=0; names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --src) src=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --include-low-precision) lowp=true; shift ;;
    --markdown) md=1; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
[ -n "$src" ] || { echo "--src DIR is required (see --help)" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is required (apt-get install jq)" >&2; exit 2; }
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/repos/*.yaml; do names+=("$(basename "$f" .yaml)"); done
fi
mkdir -p "$out"

field() { sed -n "s/^$1: *//p" "$2" | head -1 | sed 's/ *#.*$//; s/^"\(.*\)"$/\1/'; }
# Judgements are YAML flow mappings written in JSON syntax, one per line under `findings:`.
# (A new repository's file has none yet: grep finds nothing, which must not stop the script under pipefail.)
judgements() { { grep '^  - {' "$1" || true; } | sed 's/^  - //' | jq -s '.'; }

# Joins one results.json with its judgements and prints one TSV row of the table.
join=$(cat <<'JQ'
($r[0].findings | map(select((.severity == "medium" or .severity == "high" or .severity == "critical") and ($lowp or (.precision // "high") != "low")))) as $f
| ($j[0] | map({key: .id, value: .}) | from_entries) as $jm
| ($f | map(. + {verdict: ($jm[.id].verdict // "?")})) as $v
| def count(x): $v | map(select(.verdict == x)) | length;
  # Sampled repositories: within each rule, the judged findings stand for the unjudged ones in the
  # same proportion (the sample is stratified by rule); a rule with no judged finding adds nothing.
  def est(x): [$v | group_by(.ruleId)[] | (map(select(.verdict != "?")) | length) as $k
               | if $k == 0 then 0 else (map(select(.verdict == x)) | length) * length / $k end] | add // 0;
  def ratio(a; b): if b == 0 then "-" else ((a * 1000 / b | round) / 1000 | tostring) end;
  def per10k(a): ((a * 100000 / $lines | round) / 10 | tostring);
($f | map(.id)) as $ids
| ($j[0] | map(select(.id as $i | $ids | index($i) | not))) as $gone
| (est("TP")) as $tp | (est("FP")) as $fp | (est("debatable")) as $deb
| [$name, ($r[0].scan.csharpMode + (if $r[0].scan.csharpMode == $pinned then "" else "(!" + $pinned + ")" end)),
   $lines, ($f | length), count("TP"), count("FP"), count("debatable"), count("?"),
   ratio($tp; $tp + $fp), ratio($tp; $tp + $fp + $deb), per10k($fp), per10k($fp + $deb),
   ($gone | map(select(.verdict == "TP")) | length), ($gone | map(select(.verdict != "TP")) | length),
   $tp, $fp, $deb] | @tsv
JQ
)

rows=()
for name in "${names[@]}"; do
  y="$here/repos/$name.yaml"
  [ -f "$y" ] || { echo "no judgement file $y" >&2; continue; }
  commit=$(field commit "$y"); mode=$(field mode "$y")
  [ -n "$(field lines_csharp "$y")" ] && [ -n "$(field lines_config "$y")" ] \
    || { echo "skip $name: lines_csharp and lines_config are required in $y" >&2; continue; }
  lines=$(( $(field lines_csharp "$y") + $(field lines_config "$y") ))
  dir="$src/$name"
  if [ ! -d "$dir" ]; then echo "skip $name: $dir not found" >&2; continue; fi
  head=$(git -c safe.directory='*' -C "$dir" rev-parse HEAD)
  if [ "$head" != "$commit" ]; then echo "skip $name: HEAD $head, judgements are for $commit" >&2; continue; fi
  res="$out/$name/results.json"
  if [ $reuse -eq 0 ] || [ ! -f "$res" ]; then
    echo "scanning $name ..." >&2
    ( cd "$src" && dotnet "$cli" scan "$name" --output "$out/$name" --fail-on none --untrusted --format json --lang en ) \
      > "$out/$name.log" 2>&1 || { echo "scan of $name failed, see $out/$name.log" >&2; continue; }
  fi
  judgements "$y" > "$out/$name.judgements.json"
  row=$(jq -r -n --slurpfile r "$res" --slurpfile j "$out/$name.judgements.json" \
      --arg name "$name" --arg pinned "$mode" --argjson lines "$lines" --argjson lowp "$lowp" "$join")
  rows+=("$row")
  jq -r -n --slurpfile r "$res" --slurpfile j "$out/$name.judgements.json" --argjson lowp "$lowp" '
    ($j[0] | map(.id)) as $known
    | $r[0].findings[]
    | select((.severity == "medium" or .severity == "high" or .severity == "critical") and ($lowp or (.precision // "high") != "low"))
    | select(.id as $i | $known | index($i) | not)
    | "  - " + ({id, rule: .ruleId, severity, path: .file, line: .startLine, verdict: "?", class: "", reason: ""} | tojson)' \
    > "$out/$name.unjudged.yaml"
done

{
  printf 'repository\tmode\tlines\tfindings>=medium\tTP\tFP\tdebatable\tunjudged\tprecision\tprecision(debatable=FP)\tFP/10k\t(FP+debatable)/10k\tTP gone\tFP/debatable gone\n'
  # Columns 15-17 are the estimated TP/FP/debatable counts: summed into the total row, not printed.
  printf '%s\n' "${rows[@]}" | awk -F'\t' -v OFS='\t' '
    function r(a, b) { return b == 0 ? "-" : sprintf("%.3f", a / b) }
    { print $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14
      for (i = 3; i <= 8; i++) t[i] += $i; t[13] += $13; t[14] += $14; tp += $15; fp += $16; deb += $17; n++ }
    END { if (n > 1) print "total", "", t[3], t[4], t[5], t[6], t[7], t[8], r(tp, tp + fp), r(tp, tp + fp + deb),
            sprintf("%.1f", fp * 10000 / t[3]), sprintf("%.1f", (fp + deb) * 10000 / t[3]), t[13], t[14] }'
} | if [ $md -eq 1 ]; then
  awk -F'\t' 'NR == 1 { h = "|"; s = "|"; for (i = 1; i <= NF; i++) { h = h " " $i " |"; s = s (i <= 2 ? " --- |" : " ---: |") } print h; print s; next }
               { l = "|"; for (i = 1; i <= NF; i++) l = l " " $i " |"; print l }'
else column -t -s $'\t'; fi
echo
echo "TP/FP/debatable = judged findings still reported. precision = TP/(TP+FP); FP/10k = per 10,000 C# + configuration"
echo "lines of the pinned commit. Sampled repositories: both are estimated per rule (judged share x findings of the rule)."
echo "gone = judged findings no longer reported >= medium (TP gone = recall lost)."
# False-alarm classes among the judged findings still reported (what to fix next).
echo
echo "false alarms (FP) and debatable findings still reported, by class (count, one example):"
for name in "${names[@]}"; do
  [ -f "$out/$name.judgements.json" ] && [ -f "$out/$name/results.json" ] || continue
  jq -c -n --slurpfile r "$out/$name/results.json" --slurpfile j "$out/$name.judgements.json" --arg name "$name" --argjson lowp "$lowp" '
    ($r[0].findings | map(select((.severity == "medium" or .severity == "high" or .severity == "critical")
        and ($lowp or (.precision // "high") != "low")) | .id)) as $ids
    | $j[0][] | select(.verdict != "TP" and (.id as $i | $ids | index($i)))
    | {verdict, class, example: ($name + "/" + .path)}'
done | jq -r -s 'group_by([.verdict, .class]) | sort_by(-length) | .[]
  | "  \(.[0].verdict)\t\(length)\t\(.[0].class)\t\(.[0].example)"' | column -t -s $'\t'

for name in "${names[@]}"; do
  u="$out/$name.unjudged.yaml"
  if [ -s "$u" ]; then
    n=$(wc -l < "$u")
    echo; echo "unjudged in $name ($n): paste into bench/precision/repos/$name.yaml and judge"
    if [ "$n" -le 20 ]; then cat "$u"; else echo "  (listed in $u)"; fi
  fi
done
