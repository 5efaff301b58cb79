#!/usr/bin/env bash
# Recall on the eighteenth-session check samples (branch recall14; README.md "Eighteenth-session check
# samples"): repositories the product had never been run on, pinned in eighteenth-repos.tsv.
# These samples are for MEASUREMENT ONLY: no fix may be tuned on their misses.
#
#   bash bench/recall/scan-eighteenth.sh --cli DLL --src /work/ext --out OUT
#   bash bench/recall/score-eighteenth.sh OUT [--misses]
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec bash "$here/score-seventeenth.sh" --pins "$here/eighteenth-repos.tsv" "$@"
