#!/usr/bin/env bash
# Scores the scanner on the eleventh held-out corpus (bench/heldout11): the same matching, views and
# output as bench/heldout/score.sh, which this calls with --corpus. Takes the same options:
#   bash bench/heldout11/score.sh [--cli path/to/compliance.dll] [--out DIR] [--results results.json]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../heldout/score.sh" --corpus "$here" "$@"
