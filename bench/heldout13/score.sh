#!/usr/bin/env bash
# Scores the scanner on the thirteenth held-out corpus (bench/heldout13): the same matching, views and
# output as bench/heldout/score.sh, which this calls with --corpus. Takes the same options:
#   bash bench/heldout13/score.sh [--cli path/to/compliance.dll] [--out DIR] [--results results.json]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../heldout/score.sh" --corpus "$here" "$@"
