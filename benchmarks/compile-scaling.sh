#!/usr/bin/env bash
# `dotnet build` of the dataset package from N synthetic articles (net8.0 only), each from a clean output,
# to show the build succeeds and grows about linearly. Usage: benchmarks/compile-scaling.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(100 1000 10000)
work=$(mktemp -d)
dotnet build benchmarks/Dataset.Benchmarks -c Release >/dev/null

echo "| articles | YAML MB | build seconds | ms per article | dll MB |"
echo "|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  data="$work/data-$n/"
  dotnet run -c Release --no-build --project benchmarks/Dataset.Benchmarks -- corpus "$n" "$data" >/dev/null
  out=src/RussiaGeorgiaNato.Dataset/bin/Release/net8.0
  start=$(date +%s%N)
  # The package's own project, pointed at the synthetic folder; --no-incremental so every size starts clean.
  dotnet build src/RussiaGeorgiaNato.Dataset -c Release -f net8.0 --no-incremental \
    -p:DatasetDir="$data" -p:TrackPublicApi=false >"$work/build-$n.log" \
    || { tail -30 "$work/build-$n.log"; exit 1; }
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  mb=$(cat "$data"*.yaml | wc -c | awk '{printf "%.1f", $1 / 1048576}')
  dll=$(awk -v b="$(stat -c %s "$out/RussiaGeorgiaNato.Dataset.dll")" 'BEGIN {printf "%.1f", b / 1048576}')
  seconds=$(awk -v m="$ms" 'BEGIN {printf "%.1f", m / 1000}')
  per_article=$(awk -v m="$ms" -v n="$n" 'BEGIN {printf "%.1f", m / n}')
  echo "| $n | $mb | $seconds | $per_article | $dll |"
done
rm -rf "$work"
echo "(src/RussiaGeorgiaNato.Dataset's Release output now holds the last synthetic build;" \
  "the next build restores the real data)"
