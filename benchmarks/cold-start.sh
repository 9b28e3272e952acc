#!/usr/bin/env bash
# First query in a cold process, on the same data for every variant: the package built from it (generated), the YAML
# read with YamlDotNet, the same data as JSON read with System.Text.Json's source-generated context. One fresh
# `dotnet` process per run (JIT, default settings), variants interleaved so drift on a noisy machine hits all alike;
# medians of RUNS runs, of the whole process and of Main to the answer.
# Usage: benchmarks/cold-start.sh [N|real] [RUNS]   N synthetic articles (default 1000), or 'real' for articles-yaml.
# READY_TO_RUN=1 publishes the app ReadyToRun (code compiled ahead of time, for this machine's runtime) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1000}
runs=${2:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [[ $size == real ]]; then
  data=articles-yaml
  build=()
else
  dotnet build benchmarks/Dataset.Benchmarks -c Release >/dev/null
  data="$out/yaml"
  dotnet run -c Release --no-build --project benchmarks/Dataset.Benchmarks -- corpus "$size" "$data/" >/dev/null
  build=(-p:DatasetDir="$data/" -p:TrackPublicApi=false)
fi
# The app, and the package it references, built from this data; the package's own output is rebuilt from the real
# data by its next ordinary build.
if [[ ${READY_TO_RUN:-0} == 1 ]]; then
  dotnet publish benchmarks/Dataset.ColdStart -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$out/app" "${build[@]}" >"$out/build.log" \
    || { tail -20 "$out/build.log"; exit 1; }
else
  dotnet build benchmarks/Dataset.ColdStart -c Release -o "$out/app" "${build[@]}" >"$out/build.log" \
    || { tail -20 "$out/build.log"; exit 1; }
fi
app="$out/app/Dataset.ColdStart.dll"
dotnet "$app" export-json "$data" "$out/json" >/dev/null
# The article found by id: the last in file order.
last=$(ls "$data"/*.yaml | grep -v '/entities.yaml$' | sort | tail -n 1)
find_id=$(basename "$last" .yaml)

declare -A wall main
variants=(generated generated-all generated-find json yaml)
for ((i = 0; i < runs; i++)); do
  for variant in "${variants[@]}"; do
    case $variant in
      generated) cmd=(dotnet "$app" generated) ;;
      generated-all) cmd=(dotnet "$app" generated-all) ;;
      generated-find) cmd=(dotnet "$app" generated-find "$find_id") ;;
      yaml) cmd=(dotnet "$app" yaml "$data") ;;
      json) cmd=(dotnet "$app" json "$out/json") ;;
    esac
    start=$(date +%s%N)
    read -r answer inside < <("${cmd[@]}")
    end=$(date +%s%N)
    wall[$variant]+="$(( (end - start) / 1000000 )) "
    main[$variant]+="$inside "
    [[ $i -eq 0 ]] && echo "$variant answers: $answer"
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base_wall=$(median "${wall[json]}")
base_main=$(median "${main[json]}")
echo
echo "$size articles, $runs runs each; ratios against System.Text.Json (json)"
echo
echo "| variant | process ms | ratio | Main to answer ms | ratio |"
echo "|---|---:|---:|---:|---:|"
for variant in "${variants[@]}"; do
  w=$(median "${wall[$variant]}")
  m=$(median "${main[$variant]}")
  wall_ratio=$(awk -v a="$w" -v b="$base_wall" 'BEGIN {printf "%.2f", a / b}')
  main_ratio=$(awk -v a="$m" -v b="$base_main" 'BEGIN {printf "%.2f", a / b}')
  echo "| $variant | $w | $wall_ratio | $m | $main_ratio |"
done
