#!/usr/bin/env bash
# Load benchmark: generates 10^4, 10^5 and 10^6 statements over 10^4 actors, then loads each
# file as CSV and as JSON with stancegraph and with pandas + networkx (MultiDiGraph), each load
# in its own process, and prints a Markdown table with the ratios. Usage:
#   Benchmarks/run-load.sh [SIZES...]     (default: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
bin=.build/release
data=.build/bench-data
mkdir -p "$data"
python=$(bash Benchmarks/python/setup-venv.sh | tail -1)

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); swift $(swift --version 2>&1 | head -1 | sed 's/.*version \([0-9.]*\).*/\1/'); $("$python" -c 'import pandas, networkx; print("pandas", pandas.__version__, "networkx", networkx.__version__)')" >&2
printf '| statements | format | stancegraph s | stancegraph MB | pandas+networkx s | pandas+networkx MB | time ratio | memory ratio |\n'
printf '|---:|---|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  for format in csv json; do
    file="$data/planted-$n.$format"
    [ -f "$file" ] || "$bin/stancegraph" generate --actors 10000 --statements "$n" --blocs 8 --noise 0.1 --seed 42 -o "$file"
    ours=$("$bin/stancegraph-bench" load "$file" --repeat 3)
    theirs=$("$python" Benchmarks/python/load_networkx.py "$file" --repeat 3)
    python3 - "$n" "$format" "$ours" "$theirs" <<'PY'
import json, sys
n, fmt, ours, theirs = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
assert ours["statements"] == theirs["statements"] == int(n), (ours, theirs)
print(f"| {int(n):,} | {fmt} | {ours['seconds']:.3f} | {ours['peak_mb']:.0f} | {theirs['seconds']:.3f} | "
      f"{theirs['peak_mb']:.0f} | {theirs['seconds'] / ours['seconds']:.1f}x faster | "
      f"{theirs['peak_mb'] / ours['peak_mb']:.1f}x less |")
PY
  done
done
