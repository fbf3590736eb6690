#!/usr/bin/env bash
# Layout engine benchmark, for `render --layout auto` (LayoutEngine.autoDotLimit): generates
# planted-bloc graphs of A actors and 3A statements (5 blocs, noise 0.1, seed 1), then lays out
# and renders each to SVG in-process with `dot` and with `sfdp`, each run in its own process
# under `timeout 120`, and prints a Markdown table (docs/rendering.md). Usage:
#   Benchmarks/run-layout.sh [ACTORS...]     (default: 50 100 200 400 800 1600)
# SCRATCH=.build-layout builds and runs from another scratch directory (default .build, which
# `make release` has already built); LIMIT sets the timeout in seconds (default 120); SEED the
# generator's seed (default 1); ENGINES the engines to time (default "dot sfdp"); CLUSTERS=1
# draws the blocs (`render --clusters`), to choose the engine auto gives clustered graphs.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-50 100 200 400 800 1600}")
read -r -a sizes <<<"${sizes[*]}"
scratch=${SCRATCH:-.build}
limit=${LIMIT:-120}
seed=${SEED:-1}
read -r -a engines <<<"${ENGINES:-dot sfdp}"
clusters=()
[ "${CLUSTERS:-0}" = 1 ] && clusters=(--clusters)
swift build -c release --scratch-path "$scratch" --product stancegraph >&2
swift build -c release --scratch-path "$scratch" --product stancegraph-bench >&2
bin="$scratch/release"
data=.build/bench-data
mkdir -p "$data"

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); libgvc $(pkg-config --modversion libgvc); seed $seed; timeout $limit s" >&2
printf '| actors | statements | nodes+edges |'
printf ' %s s |' "${engines[@]}"
printf '\n|---:|---:|---:|'
printf -- '---:|%.0s' "${engines[@]}"
printf '\n'
for a in "${sizes[@]}"; do
  file="$data/layout-$a-seed$seed.csv"
  [ -f "$file" ] || "$bin/stancegraph" generate --actors "$a" --statements "$((3 * a))" \
    --blocs 5 --noise 0.1 --seed "$seed" -o "$file"
  nodes=$a edges=$((3 * a))
  row=()
  for engine in "${engines[@]}"; do
    status=0
    line=$(timeout "$limit" "$bin/stancegraph-bench" layout "$file" --engine "$engine" "${clusters[@]}") ||
      status=$?
    if [ "$status" = 124 ]; then
      row+=("timeout (> $limit s)")
    elif [ "$status" != 0 ]; then
      row+=("failed (exit $status)")
    else
      read -r seconds nodes edges < <(python3 -c 'import json, sys; r = json.loads(sys.argv[1]); print("%.2f" % r["seconds"], r["nodes"], r["edges"])' "$line")
      row+=("$seconds")
    fi
  done
  # Actors with no statement are not in the CSV: the table shows the actors drawn.
  printf '| %s | %s | %s |' "$nodes" "$edges" "$((nodes + edges))"
  printf ' %s |' "${row[@]}"
  printf '\n'
done
