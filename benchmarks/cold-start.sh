#!/usr/bin/env bash
# First query in a cold process: whole-process wall time, median of RUNS runs per variant, variants interleaved
# so drift on a noisy machine hits all three alike. Usage: benchmarks/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
out=$(mktemp -d)
dotnet build benchmarks/Dataset.ColdStart -c Release -o "$out/app" >/dev/null
app="$out/app/Dataset.ColdStart.dll"
dotnet "$app" export-json articles-yaml "$out/json"

declare -A times
for ((i = 0; i < runs; i++)); do
  for variant in generated yaml json; do
    case $variant in
      generated) cmd=(dotnet "$app" generated) ;;
      yaml) cmd=(dotnet "$app" yaml articles-yaml) ;;
      json) cmd=(dotnet "$app" json "$out/json") ;;
    esac
    start=$(date +%s%N)
    answer=$("${cmd[@]}")
    end=$(date +%s%N)
    times[$variant]+="$(( (end - start) / 1000000 )) "
    [[ $i -eq 0 ]] && echo "$variant answers: $answer quotes by Sergei Lavrov"
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=$(median "${times[generated]}")
echo
echo "| variant | median ms ($runs runs) | ratio |"
echo "|---|---:|---:|"
for variant in generated yaml json; do
  m=$(median "${times[$variant]}")
  echo "| $variant | $m | $(awk -v m="$m" -v b="$base" 'BEGIN {printf "%.2f", m / b}') |"
done
rm -rf "$out"
