# Shared scoring of hand-labelled recall samples (sourced by score-sixteenth.sh and score-seventeenth.sh).
#
#   score_samples OUT SHOW NAME_OF_ASSOC_ARRAY
#
# The associative array maps a category (weak-hash, secret, pii) to the space-separated repositories whose
# sample bench/recall/<category>/<repository>/labels.tsv is scored against OUT/<repository>/results.json.
# Prints, per category and repository, the positives and how many are found in three views (same matching
# and rule mapping as bench/heldout/score.sh: a finding of the label's category in the same file within
# +-2 lines; CMP19xx/29xx/39xx and CMP2090 not counted):
#   all      any finding, whatever its precision and severity
#   gate     precision not low (the default gate)
#   >=med    precision not low and severity critical/high/medium (the issue-14 target)
# then totals per category. SHOW=--misses also prints (on stderr) every positive not found at >=med
# (path:line, note, and whether it was found in a weaker view). A repository whose OUT/NAME/results.json is
# missing is reported as "not scanned" and left out of the totals.
score_samples() {
  local out=$1 show=$2; local -n _samples=$3
  local here; here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  local tmp; tmp=$(mktemp)
  local c r lab res line tp ta tg tm
  printf '%-10s %-24s %4s %5s %5s %6s\n' category repository pos all gate '>=med'
  for c in weak-hash secret pii; do
    tp=0; ta=0; tg=0; tm=0
    for r in ${_samples[$c]}; do
      lab=$here/$c/$r/labels.tsv; res=$out/$r/results.json
      if [ ! -f "$res" ]; then printf '%-10s %-24s not scanned\n' "$c" "$r"; continue; fi
      jq -r '.findings[] | select(.ruleId | test("^CMP[123][0-8][0-9][0-9]$")) | select(.ruleId != "CMP2090")
        | [ .file, (.startLine|tostring),
            (if (.ruleId|startswith("CMP1")) then "secret" elif (.ruleId|startswith("CMP2")) then "weak-hash" else "pii" end),
            (.precision // "unknown"), (.severity // "unknown") ] | @tsv' "$res" > "$tmp"
      line=$(awk -F'\t' -v c="$c" -v r="$r" -v show="$show" '
        FILENAME==ARGV[1] { if ($3!=c) next; n[$1]++; L[$1,n[$1]]=$2; P[$1,n[$1]]=$4; V[$1,n[$1]]=$5; next }
        FNR==1 { next }
        $4=="positive" { pos++; a=0; g=0; m=0
          for (i=1;i<=n[$1];i++) if (L[$1,i]>=$2-2 && L[$1,i]<=$2+2) {
            a=1; if (P[$1,i]!="low") { g=1; if (V[$1,i]=="critical"||V[$1,i]=="high"||V[$1,i]=="medium") m=1 } }
          A+=a; G+=g; M+=m
          if (!m && show=="--misses") printf "  MISS %s %s %s:%s  %s%s\n", c, r, $1, $2, $5, (g?" [found below medium]":(a?" [found at low precision]":"")) > "/dev/stderr" }
        END { printf "%d %d %d %d\n", pos, A, G, M }' "$tmp" "$lab")
      set -- $line
      printf '%-10s %-24s %4d %5d %5d %6d\n' "$c" "$r" "$1" "$2" "$3" "$4"
      tp=$((tp+$1)); ta=$((ta+$2)); tg=$((tg+$3)); tm=$((tm+$4))
    done
    awk -v c="$c" -v p=$tp -v a=$ta -v g=$tg -v m=$tm 'BEGIN { d=(p?p:1);
      printf "%-10s %-24s %4d %5d %5d %6d   recall all %.2f, gate %.2f, >=med %.2f\n", c, "TOTAL", p, a, g, m, a/d, g/d, m/d }'
  done
  rm -f "$tmp"
}
