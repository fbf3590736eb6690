#!/usr/bin/env bash
# Event import benchmark: generates a GDELT 1.0 sample of 10^6 rows (scale/generate.py, seed
# 17), repeats it to 10^7 rows (2 GB), and times `stancegraph import gdelt1 --aggregate month`
# on both (wall seconds, rows per second, peak resident memory from /usr/bin/time), plus the
# 10^6 file gzipped and imported without aggregation, and pandas on the 10^6 file as a baseline.
# Prints a Markdown table. Usage:
#   Benchmarks/run-events.sh [ROWS]      (default 10000000; a multiple of 10^6)
set -euo pipefail
cd "$(dirname "$0")/.."
total=${1:-10000000}
bin=.build/release/stancegraph
data=.build/bench-data/events
mkdir -p "$data"
python=$(bash Benchmarks/python/setup-venv.sh Benchmarks/python/requirements-events.txt | tail -1)

base="$data/gdelt1-1000000.tsv"
[ -f "$base" ] || python3 scale/generate.py --rows 1000000 --seed 17 --format gdelt1 > "$base"
big="$data/gdelt1-$total.tsv"
if [ ! -f "$big" ]; then
  for _ in $(seq 1 $((total / 1000000))); do cat "$base"; done > "$big"
fi
[ -f "$base.gz" ] || gzip -c -1 "$base" > "$base.gz"

# One timed run: prints "seconds peak_mb".
measure() {
  /usr/bin/time -f '%e %M' -o "$data/time.txt" "$@" > /dev/null 2> "$data/stderr.txt"
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$data/time.txt"
}

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); swift $(swift --version 2>&1 | head -1 | sed 's/.*version \([0-9.]*\).*/\1/'); one run each, noisy shared machine" >&2
printf '| input | rows | MB | mode | seconds | rows/s | peak MB | statements |\n'
printf '|---|---:|---:|---|---:|---:|---:|---:|\n'
row() {
  local label=$1 rows=$2 file=$3 mode=$4
  shift 4
  read -r seconds peak < <(measure "$@")
  local statements
  statements=$(grep -o '[0-9]* statements' "$data/stderr.txt" | head -1 | cut -d' ' -f1)
  python3 -c "import sys; r, s = int(sys.argv[1]), float(sys.argv[2]); print(f'| $label | {r:,} | {int(sys.argv[3]) // 1000000:,} | $mode | {s:.2f} | {r / s:,.0f} | $peak | {int(sys.argv[4]):,} |')" "$rows" "$seconds" "$(stat -c %s "$file")" "${statements:-0}"
}
row "gdelt1 (generated)" 1000000 "$base" "--aggregate month" \
  "$bin" import gdelt1 "$base" --aggregate month -o "$data/out-1m.tsv"
row "gdelt1 (generated)" "$total" "$big" "--aggregate month" \
  "$bin" import gdelt1 "$big" --aggregate month -o "$data/out-big.tsv"
row "gdelt1 .gz (level 1)" 1000000 "$base.gz" "--aggregate month" \
  "$bin" import gdelt1 "$base.gz" --aggregate month -o "$data/out-gz.tsv"
row "gdelt1 (generated)" 1000000 "$base" "one statement per event" \
  "$bin" import gdelt1 "$base" -o "$data/out-events.tsv"
cmp -s <(tail -n +2 "$data/out-1m.tsv" | cut -f1-4) <(tail -n +2 "$data/out-gz.tsv" | cut -f1-4) \
  || { echo "gzip and plain outputs differ" >&2; exit 1; }

theirs=$("$python" Benchmarks/python/aggregate_pandas.py "$base")
ours=$(grep -o '[0-9]* statements' "$data/stderr.txt" | head -1)
python3 - "$theirs" "$(tail -n +2 "$data/out-1m.tsv" | wc -l)" <<'PY'
import json, sys
theirs, statements = json.loads(sys.argv[1]), int(sys.argv[2])
assert theirs["statements"] == statements, (theirs, statements)
print(f"| pandas baseline (read_csv + groupby) | {theirs['rows']:,} | | --aggregate month | "
      f"{theirs['seconds']:.2f} | {theirs['rows'] / theirs['seconds']:,.0f} | | {statements:,} |")
PY
