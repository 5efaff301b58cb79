#!/usr/bin/env bash
# Scores the scanner on the independent held-out corpus (issue 14).
#
#   bash bench/heldout/score.sh [--corpus DIR] [--cli path/to/compliance.dll] [--out DIR] [--results results.json]
#
# Scans CORPUS/src (default corpus: bench/heldout; bench/heldout2 is the second, independently written
# one) with the given CLI (default: this clone's Release build), joins the findings of results.json
# with CORPUS/labels.tsv and prints, per category, TP / FP / FN, precision, recall and F1, then every
# false negative and false positive.
#
# Matching (see README.md): a positive label is found when a finding of its category lies in the
# same file within +-2 lines. A finding with no positive label of its category within +-2 lines is
# a false positive (decoy labels only document intent). precision = TP / (TP + FP) with TP counted
# in labels and FP in findings; recall = TP / (TP + FN).
# Categories from rule ids: CMP1xxx secret, CMP2xxx weak-hash, CMP3xxx pii; other themes ignored.
# Not counted: CMP19xx/CMP29xx/CMP39xx (observations: a credential read from configuration, a slow
# hash, masked data, the personal-data inventory) and CMP2090 (weak hash in non-security use, the
# tool's own "this is fine" id).
#
# Three views are printed:
#   all            every finding, whatever its precision and severity
#   default gate   findings whose precision is not "low" (what gates and headline counts use)
#   gate>=medium   precision not low and severity critical/high/medium (the issue-14 target)
#
# Needs bash, dotnet (unless --results is given), jq and awk. Output is deterministic.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/cli/Compliance.Cli/bin/Release/net10.0/compliance.dll"
corpus="$here"
out=""
results=""

while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus="$(cd "$2" && pwd)" || { echo "score.sh: no corpus directory '$2'" >&2; exit 2; }; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --results) results="$2"; shift 2 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "score.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

command -v jq >/dev/null || { echo "score.sh: jq is required" >&2; exit 2; }
labels="$corpus/labels.tsv"
[ -f "$labels" ] || { echo "score.sh: no labels.tsv in $corpus" >&2; exit 2; }
rel="${corpus#"$root"/}"
[ -n "$out" ] || out="${TMPDIR:-/tmp}/compliance-$(basename "$corpus")"

if [ -z "$results" ]; then
  case "$corpus/" in "$root"/*) ;; *) echo "score.sh: the corpus must be inside this clone ($root) to be scanned" >&2; exit 2 ;; esac
  [ -f "$cli" ] || { echo "score.sh: CLI not found: $cli (build it: dotnet build cli/Compliance.Cli -c Release)" >&2; exit 2; }
  mkdir -p "$out"
  # Scan with a path relative to the clone so results.json paths are relative to $rel/src.
  (cd "$root" && dotnet "$cli" scan "$rel/src" --output "$out" --fail-on none --format json --lang en) \
    > "$out/scan.log" 2>&1 || { echo "score.sh: scan failed, see $out/scan.log" >&2; tail -20 "$out/scan.log" >&2; exit 1; }
  results="$out/results.json"
fi
[ -f "$results" ] || { echo "score.sh: no results.json at $results" >&2; exit 2; }

# One finding per line: file, line, category, ruleId, precision, severity.
findings="$(mktemp)"
trap 'rm -f "$findings"' EXIT
jq -r '
  .findings[]
  | select(.ruleId | test("^CMP[123][0-8][0-9][0-9]$"))
  | select(.ruleId != "CMP2090")
  | [ .file, (.startLine|tostring),
      (if (.ruleId|startswith("CMP1")) then "secret" elif (.ruleId|startswith("CMP2")) then "weak-hash" else "pii" end),
      .ruleId, (.precision // "unknown"), (.severity // "unknown") ]
  | @tsv' "$results" | LC_ALL=C sort -t$'\t' -k1,1 -k2,2n -k4,4 > "$findings"

label_name=""; [ "$corpus" = "$here" ] || label_name=" ($rel)"
echo "Held-out corpus$label_name: $(awk -F'\t' 'NR>1 && $4=="positive"' "$labels" | wc -l | tr -d ' ') positives, $(awk -F'\t' 'NR>1 && $4=="decoy"' "$labels" | wc -l | tr -d ' ') decoys; results: $results"
jq -r '"Scanner: \(.tool.name) \(.tool.version), catalog \(.tool.catalogVersion), C# mode \(.scan.csharpMode // "?")"' "$results"
if [ -f "$cli" ]; then
  cli_commit="$(git -c safe.directory='*' -C "$(dirname "$cli")" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "CLI: $cli (clone at commit $cli_commit)"
fi

score() { # $1 = view name
  LC_ALL=C awk -F'\t' -v view="$1" '
    function keep(prec, sev) {
      if (view == "all") return 1
      if (prec == "low") return 0
      if (view == "default") return 1
      return (sev == "critical" || sev == "high" || sev == "medium")
    }
    FNR == 1 { fileno++ }
    fileno == 1 && FNR > 1 {                    # labels.tsv
      if ($4 == "positive") { n++; pf[n] = $1; pl[n] = $2; pc[n] = $3; pn[n] = $5 }
      next
    }
    fileno == 2 {                               # findings
      if (!keep($5, $6)) next
      m++; ff[m] = $1; fl[m] = $2; fc[m] = $3; fr[m] = $4; fp[m] = $5; fs[m] = $6
    }
    END {
      split("secret weak-hash pii", cats, " ")
      for (i = 1; i <= n; i++) hit[i] = 0
      for (j = 1; j <= m; j++) {
        near = 0
        for (i = 1; i <= n; i++) {
          if (pf[i] == ff[j] && pc[i] == fc[j] && pl[i] - fl[j] <= 2 && fl[j] - pl[i] <= 2) { hit[i] = 1; near = 1 }
        }
        if (!near) { fpc[fc[j]]++; fps[++nfp] = fc[j] "\t" ff[j] ":" fl[j] " " fr[j] " (" fs[j] ", precision " fp[j] ")" }
        if (fp[j] == "low") lows[++nlow] = "  " (near ? "TP " : "FP ") fc[j] " " ff[j] ":" fl[j] " " fr[j] " (" fs[j] ")"
      }
      for (i = 1; i <= n; i++) {
        if (hit[i]) tp[pc[i]]++
        else { fn[pc[i]]++; fns[++nfn] = pc[i] "\t" pf[i] ":" pl[i] "  " pn[i] }
      }
      printf "\n== view: %s ==\n", (view == "all" ? "all findings" : view == "default" ? "default gate (precision low excluded)" : "gate >= medium (precision low excluded, severity critical/high/medium)")
      printf "%-10s %4s %4s %4s %9s %7s %6s\n", "category", "TP", "FP", "FN", "precision", "recall", "F1"
      for (c = 1; c <= 3; c++) {
        k = cats[c]; t = tp[k] + 0; f = fpc[k] + 0; x = fn[k] + 0
        p = (t + f) ? t / (t + f) : 0; r = (t + x) ? t / (t + x) : 0; f1 = (p + r) ? 2 * p * r / (p + r) : 0
        printf "%-10s %4d %4d %4d %9.2f %7.2f %6.2f\n", k, t, f, x, p, r, f1
        T += t; F += f; X += x
      }
      p = (T + F) ? T / (T + F) : 0; r = (T + X) ? T / (T + X) : 0; f1 = (p + r) ? 2 * p * r / (p + r) : 0
      printf "%-10s %4d %4d %4d %9.2f %7.2f %6.2f\n", "total", T, F, X, p, r, f1
      if (view != "all") exit
      for (c = 1; c <= 3; c++) {
        printf "\nFalse negatives (%s):\n", cats[c]
        for (i = 1; i <= nfn; i++) { split(fns[i], a, "\t"); if (a[1] == cats[c]) print "  " a[2] }
        printf "False positives (%s):\n", cats[c]
        for (i = 1; i <= nfp; i++) { split(fps[i], a, "\t"); if (a[1] == cats[c]) print "  " a[2] }
      }
      printf "\nLow-precision findings (left out by the default gate), near a positive (TP) or not (FP):\n"
      for (i = 1; i <= nlow; i++) print lows[i]
      if (!nlow) print "  (none)"
    }' "$labels" "$findings"
}

score all
score default
score medium
