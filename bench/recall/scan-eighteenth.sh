#!/usr/bin/env bash
# Scans the eighteenth-session check samples (branch recall14; README.md "Eighteenth-session check samples"),
# pinned in eighteenth-repos.tsv. Thin wrapper: same options and behaviour as scan-seventeenth.sh.
#
#   bash bench/recall/scan-eighteenth.sh --cli DLL --src /work/ext --out OUT [--reuse] [NAME...]
#   then: bash bench/recall/score-eighteenth.sh OUT [--misses]
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec bash "$here/scan-seventeenth.sh" --pins "$here/eighteenth-repos.tsv" "$@"
