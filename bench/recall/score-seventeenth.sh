#!/usr/bin/env bash
# Recall on the seventeenth-session check samples (branch recall13; README.md "Seventeenth-session check
# samples"): repositories the product had never been run on, pinned in seventeenth-repos.tsv.
# These samples are for MEASUREMENT ONLY: no fix may be tuned on their misses.
#
#   bash bench/recall/scan-seventeenth.sh --cli DLL --src /work/ext --out OUT
#   bash bench/recall/score-seventeenth.sh OUT [--misses]
#
# Views, matching and --misses: see score-lib.sh (shared with score-sixteenth.sh).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:?usage: score-seventeenth.sh OUT [--misses]}; show=${2:-}

# Every pinned repository that has a sample in the category.
declare -A S
for c in weak-hash secret pii; do
  S[$c]=""
  while IFS=$'\t' read -r name _; do
    [ -f "$here/$c/$name/labels.tsv" ] && S[$c]+="$name "
  done < <(tail -n +2 "$here/seventeenth-repos.tsv")
done

source "$here/score-lib.sh"
score_samples "$out" "$show" S
