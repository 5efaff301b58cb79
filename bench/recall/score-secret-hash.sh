#!/usr/bin/env bash
# Recall of the secret and weak-hash samples of the fifteenth session (branch hashsecreal), from scans made
# with bench/precision/rescan.sh --out OUT. Prints per repository and category: positives, found in the view
# "default gate" (precision not low) and in "all"; then the misses of the FIT repositories only (the check
# repositories' misses are not printed: they are read once, at the end, with --show-check).
#   bash bench/recall/score-secret-hash.sh OUT [--show-check]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$1; show=${2:-}
fit="Admin.NET Zr.Admin.NET WaterCloud Blog.Core CoreShop"; check="Yi OpenAuth.Core Masuit.MyBlogs"; post="NetModular"
printf '%-16s %-6s %-10s %4s %6s %6s\n' repository half category pos gate all
for half in fit check post; do
  for r in $(eval echo \$$half); do
    for c in secret weak-hash; do
      f=$here/$c/$r/labels.tsv; [ -f "$f" ] || continue
      res=$out/$r/results.json
      # one line per finding: path line category precision
      jq -r '.findings[] | select(.ruleId|test("^CMP[12]")) | select(.ruleId|test("^CMP(19|29)|^CMP2090")|not)
             | [.file, (.startLine|tostring), (if (.ruleId|startswith("CMP1")) then "secret" else "weak-hash" end), (.precision // "high")] | @tsv' "$res" > /tmp/hsr-f.tsv
      awk -F'\t' -v c=$c -v r=$r -v half=$half -v show="$show" '
        FNR==NR { n[$1]++; L[$1,n[$1]]=$2; C[$1,n[$1]]=$3; P[$1,n[$1]]=$4; next }
        FNR==1 { next }
        $4=="positive" { pos++; g=0; a=0
          for (i=1;i<=n[$1];i++) if (C[$1,i]==c && L[$1,i]>=$2-2 && L[$1,i]<=$2+2) { a=1; if (P[$1,i]!="low") g=1 }
          gate+=g; all+=a
          if (!g && (half=="fit" || half=="post" || show=="--show-check")) miss[++m]=sprintf("  MISS %s %s:%s %s%s", r, $1, $2, $5, a?" (found at low precision)":"") }
        END { printf "%-16s %-6s %-10s %4d %6d %6d\n", r, half, c, pos, gate, all; for(i=1;i<=m;i++) print miss[i] > "/dev/stderr" }
      ' /tmp/hsr-f.tsv "$f"
    done
  done
done
