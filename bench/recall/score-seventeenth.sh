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
# --pins FILE (anywhere in the arguments) scores another pins file's samples (score-eighteenth.sh).
pins="$here/seventeenth-repos.tsv"; args=()
while [ $# -gt 0 ]; do
  case "$1" in --pins) pins=$2; shift 2 ;; *) args+=("$1"); shift ;; esac
done
out=${args[0]:?usage: score-seventeenth.sh OUT [--misses] [--pins FILE]}; show=${args[1]:-}

# Every pinned repository that has a sample in the category.
declare -A S
for c in weak-hash secret pii; do
  S[$c]=""
  while IFS=$'\t' read -r name _; do
    [ -f "$here/$c/$name/labels.tsv" ] && S[$c]+="$name "
  done < <(tail -n +2 "$pins")
done

source "$here/score-lib.sh"
score_samples "$out" "$show" S
