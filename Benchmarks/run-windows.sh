#!/usr/bin/env bash
# Windowed-clustering benchmark (docs/time.md): 10^6 dated statements over ten years (200
# actors, 4 planted blocs, 5% noise, one actor switching in year 6, a bloc splitting in year 8),
# clustered in 120 monthly windows by one `stancegraph clusters --window 1m` process, against the
# same loop over `stancegraph query --since M --until M --to csv | stancegraph clusters -`
# processes (one pair a month). Both use the fast solver with the default 8 runs and --json.
# Usage:
#   Benchmarks/run-windows.sh [STATEMENTS] [BASELINE_MONTHS]   (default: 1000000 120)
# BASELINE_MONTHS below 120 runs the loop for that many months and scales its time to 120
# (said so in the output).
set -euo pipefail
cd "$(dirname "$0")/.."
statements=${1:-1000000}
months=${2:-120}
bin=.build/release/stancegraph
data=.build/bench-data
mkdir -p "$data"
file="$data/timeline-$statements.csv"
[ -f "$file" ] || "$bin" generate --actors 200 --blocs 4 --statements "$statements" --noise 0.05 \
  --years 10 --switch a3@6 --split b0@8 --seed 42 -o "$file"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); input $file ($statements statements)" >&2

now() { date +%s.%N; }
start=$(now)
"$bin" clusters "$file" --window 1m --method fast --json >"$data/windows.jsonl"
ours=$(python3 -c "print($(now) - $start)")
windows=$(wc -l <"$data/windows.jsonl")

start=$(now)
count=0
for year in $(seq 2015 2024); do
  for month in 01 02 03 04 05 06 07 08 09 10 11 12; do
    [ "$count" -lt "$months" ] || break 2
    "$bin" query "$file" --since "$year-$month" --until "$year-$month" --to csv |
      "$bin" clusters - --from csv --method fast --json >/dev/null
    count=$((count + 1))
  done
done
theirs=$(python3 -c "print(($(now) - $start) * 120 / $count)")

printf '| statements | windows | tool | seconds | time ratio |\n'
printf '|---:|---:|---|---:|---:|\n'
printf '| %s | %s | stancegraph clusters --window 1m (one process) | %.2f | 1.0 |\n' "$statements" "$windows" "$ours"
python3 - "$statements" "$ours" "$theirs" "$count" <<'PY'
import sys
statements, ours, theirs, count = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
note = "" if count == 120 else f" ({count} months run, scaled to 120)"
print(f"| {statements} | 120 | query \\| clusters per month{note} | {theirs:.2f} | {theirs / ours:.1f}x slower |")
PY
