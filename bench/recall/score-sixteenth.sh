#!/usr/bin/env bash
# Recall on the sixteenth-session check samples (branch recall12; README.md "Sixteenth-session check samples").
# These samples are for MEASUREMENT ONLY: no fix may be tuned on their misses.
#
#   bash bench/precision/rescan.sh --src /work/repos --cli DLL --out OUT <the repositories below>
#   bash bench/recall/score-sixteenth.sh OUT [--misses]
#
# Views, matching and --misses: see score-lib.sh (shared with score-seventeenth.sh).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:?usage: score-sixteenth.sh OUT [--misses]}; show=${2:-}

# The sixteenth-session samples (other folders of the same category belong to the fifteenth session).
declare -A S
S[weak-hash]="WTM Admin.Core grandnode2 Exceptionless YiShaAdmin POPForums Smartstore Jackett Sonarr"
S[secret]="WTM IoTSharp lin-cms-dotnetcore SimpleAdmin squidex Admin.Core POPForums YiShaAdmin dotnet-starter-kit MASA.MC hospital-management-emr Kavita Smartstore"
S[pii]="Exceptionless oqtane skoruba-admin POPForums Kavita squidex grandnode2 SimpleAdmin Admin.Core WTM IoTSharp Ombi lin-cms-dotnetcore eShopOnAbp"

source "$here/score-lib.sh"
score_samples "$out" "$show" S
