#!/usr/bin/env bash
# The test command (README and .ci/run call exactly this). Idempotently installs what the tests
# need, then runs every test project. Prints per-phase timings and a final "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

t0=$(date +%s)
phase_start=$t0
phase() { local now; now=$(date +%s); echo "[phase] $1: $((now - phase_start)) s"; phase_start=$now; }

# 1. System packages: Chromium (report rendering test), a CJK font (readable zh-CN screenshots/PDF), poppler-utils (the PDF page test),
#    openssh-server and nginx (differential tests against the real parsers).
need=()
for pkg in chromium fonts-wqy-zenhei poppler-utils openssh-server nginx; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "warning: not root; cannot install ${need[*]} (tests that need them fail under CI=true, skip otherwise)"
  fi
fi
phase "system packages"

# 2. The SARIF validator (npm), into .tools/ (git-ignored).
if [ ! -x "$repo/.tools/node_modules/.bin/sarif-multitool" ]; then
  npm install --silent --no-audit --no-fund --prefix "$repo/.tools" @microsoft/sarif-multitool >/dev/null
fi
export COMPLIANCE_SARIF_MULTITOOL="$repo/.tools/node_modules/.bin/sarif-multitool"
phase "npm tools"

# 3. Build once, then test every project.
dotnet build Compliance.sln -c Release -nologo -v q -p:UseSharedCompilation=false
phase "build"

log=$(mktemp)
set +e
dotnet test Compliance.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
phase "tests"

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "[phase] total: $(( $(date +%s) - t0 )) s"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
