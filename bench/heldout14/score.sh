#!/usr/bin/env bash
# Scores the scanner on the fourteenth held-out corpus (bench/heldout14): the same matching, views and
# output as bench/heldout/score.sh, which this calls with --corpus. Takes the same options:
#   bash bench/heldout14/score.sh [--cli path/to/compliance.dll] [--out DIR] [--results results.json]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../heldout/score.sh" --corpus "$here" "$@"
