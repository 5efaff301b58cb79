#!/usr/bin/env bash
# Analyzer package overhead in `dotnet build` (issue 16): a generated project built with no extra analyzers,
# with the Compliance.Analyzers package (packed from analyzers/Compliance.Analyzers.Package into a local feed),
# with SecurityCodeScan.VS2019 5.6.7 and with SonarAnalyzer.CSharp 9.32.0.97167, in alternation (median of
# --runs). Wall and CPU time (user+sys of the whole build, from /usr/bin/time): on a loaded machine compare CPU.
# Then per-analyzer times of the Compliance package from csc's -p:ReportAnalyzer=true.
# Usage: bash bench/build-overhead.sh [--runs N] [--peer-runs K] [--files N] [--dense] [--baseline-nupkg FILE] [--out FILE]
#   --peer-runs K: SecurityCodeScan and Sonar only in the first K rounds (they take 3–4× a plain build): more rounds of
#     the product's own variants in the same time.
#   --dense: the personal-data-dense tree as a project (generate-cs --dense --project; N a multiple of 40).
#   --baseline-nupkg FILE: another build of the package (e.g. main's, `dotnet pack … -p:Version=0.0.0-base`) timed as a
#     fifth variant "compliance-base" in the same alternation: a branch's before/after against the same peer runs.
# Prints markdown table rows (and writes them to --out FILE when given). bench/run.sh calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=5; files=1000; dense=""; out=""; basepkg=""; peerruns=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    --files) files=$2; shift 2;;
    --dense) dense="--dense --project"; shift;;
    --out) out=$2; shift 2;;
    --peer-runs) peerruns=$2; shift 2;;
    --baseline-nupkg) basepkg=$(realpath "$2"); shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true
work="$repo/bench/work"; mkdir -p "$work"
bench="dotnet $repo/bench/Compliance.Bench/bin/Release/net10.0/Compliance.Bench.dll"
[ -f "$repo/bench/Compliance.Bench/bin/Release/net10.0/Compliance.Bench.dll" ] || dotnet build bench/Compliance.Bench -c Release -nologo -v q >/dev/null
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# prints "wall_s cpu_s" of one build
time_build() { /usr/bin/time -f "%e %U %S" -o "$work/build-time.txt" dotnet build "$sol" --no-incremental --no-restore -nologo -v q -m:1 -p:UseSharedCompilation=false >"$work/build-last.log" 2>&1 || { echo "build failed, see $work/build-last.log" >&2; exit 1; }; awk '{printf "%s %.2f\n", $1, $2+$3}' "$work/build-time.txt" | tail -1; }

feed="$work/feed"; rm -rf "$feed"; mkdir -p "$feed"
dotnet pack analyzers/Compliance.Analyzers.Package -c Release -o "$feed" -p:Version=0.0.0-bench -nologo -v q >/dev/null
variants="none compliance securitycodescan sonar"
if [ -n "$basepkg" ]; then
  cp "$basepkg" "$feed/"
  basever=$(basename "$basepkg" .nupkg); basever=${basever#Compliance.Analyzers.}
  variants="none compliance-base compliance securitycodescan sonar"
fi
sol="$work/buildsol${dense:+-dense}-$files"; rm -rf "$sol"
read -r nfiles lines < <($bench generate-cs "$sol" "$files" 7 $dense)
cat > "$sol/nuget.config" <<XML
<configuration><packageSources><add key="local" value="$feed" /><add key="nuget" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
variant() { # name packageref-xml
  sed -i '/<ItemGroup Label="bench">/d' "$sol/BenchService.csproj"
  if [ -n "$2" ]; then sed -i "s#</Project>#<ItemGroup Label=\"bench\">$2</ItemGroup>\n</Project>#" "$sol/BenchService.csproj"; fi
  (cd "$sol" && dotnet restore -v q >/dev/null)
}
declare -A refs=(
  [none]=""
  [compliance]='<PackageReference Include="Compliance.Analyzers" Version="0.0.0-bench" PrivateAssets="all" />'
  [compliance-base]="<PackageReference Include=\"Compliance.Analyzers\" Version=\"${basever:-none}\" PrivateAssets=\"all\" />"
  [securitycodescan]='<PackageReference Include="SecurityCodeScan.VS2019" Version="5.6.7" PrivateAssets="all" />'
  [sonar]='<PackageReference Include="SonarAnalyzer.CSharp" Version="9.32.0.97167" PrivateAssets="all" />'
)
declare -A walls cpus
loads=""
for i in $(seq 1 "$runs"); do
  loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
  for v in $variants; do
    if [ -n "$peerruns" ] && [ "$i" -gt "$peerruns" ] && { [ "$v" = securitycodescan ] || [ "$v" = sonar ]; }; then continue; fi
    variant "$v" "${refs[$v]}"
    l0=$(cut -d' ' -f1 /proc/loadavg)
    read -r w c < <(time_build)
    walls[$v]="${walls[$v]:-} $w"; cpus[$v]="${cpus[$v]:-} $c"
    echo "run $i $v: wall $w s, cpu $c s, load $l0-$(cut -d' ' -f1 /proc/loadavg)" >&2
  done
done
rows=()
bw=$(printf '%s\n' ${walls[none]} | median); bc=$(printf '%s\n' ${cpus[none]} | median)
kind=$([ -n "$dense" ] && echo "dense project" || echo "project")
rows+=("| build, $kind ($nfiles files, $lines lines), $runs alternated runs, 1-min load:$loads | no extra analyzers | $bw s | $bc s | | | |")
for v in ${variants#none }; do
  w=$(printf '%s\n' ${walls[$v]} | median); c=$(printf '%s\n' ${cpus[$v]} | median)
    # spread: each round's added CPU against the same round's build without extra analyzers
  spread=$(paste <(printf '%s\n' ${cpus[$v]}) <(printf '%s\n' ${cpus[none]}) | awk -F'\t' '$1!="" && $2!="" {d=($1-$2)/$2*100; if (NR==1||d<lo) lo=d; if (NR==1||d>hi) hi=d} END {printf "%+.1f … %+.1f%%", lo, hi}')
  rows+=("| | + $v | $w s | $c s | +$(awk -v a="$w" -v b="$bw" 'BEGIN{printf "%.1f", (a-b)/b*100}')% | +$(awk -v a="$c" -v b="$bc" 'BEGIN{printf "%.1f", (a-b)/b*100}')% | $spread |")
done
variant compliance "${refs[compliance]}"
(cd "$sol" && dotnet build --no-incremental --no-restore -nologo -v d -m:1 -p:ReportAnalyzer=true -p:UseSharedCompilation=false > "$work/reportanalyzer.txt" 2>&1 || true)
# csc prints "Total analyzer execution time", then one line per assembly and per analyzer.
grep -A40 'Total analyzer execution time' "$work/reportanalyzer.txt" | grep -E 'Total analyzer|Time \(s\)|Compliance\.Analyzers' | sed -E 's/^ +//' | head -40 > "$work/per-analyzer.txt" || true
{
  echo "| what | variant | wall (median) | CPU user+sys (median) | added wall | added CPU | added CPU per round (min … max) |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
} | tee ${out:+"$out"}
