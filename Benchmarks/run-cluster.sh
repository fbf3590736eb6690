#!/usr/bin/env bash
# Alliance-cluster benchmark: planted-bloc graphs from `stancegraph generate` (10 statements per
# actor, 10 blocs, 10% noise) at 10^3, 10^4 and 10^5 actors, clustered by StanceGraph's fast
# solver (8 runs), leidenalg's CPMVertexPartition on the same signed weights with resolution 0
# (the same objective, iterated until stable) and, where it finishes, igraph's spinglass with
# implementation="neg". Prints a Markdown table with objective, agreement with the planted blocs
# (adjusted Rand index) and time ratios. Usage:
#   Benchmarks/run-cluster.sh [ACTOR COUNTS...]    (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
bin=.build/release
data=.build/bench-data
mkdir -p "$data"
python=$(bash Benchmarks/python/setup-venv.sh | tail -1)
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); $("$python" -c 'import leidenalg, igraph; print("leidenalg", leidenalg.version, "igraph", igraph.__version__)')" >&2

printf '| actors | ties | tool | seconds | disagreement | blocs | ARI vs planted | time ratio |\n'
printf '|---:|---:|---|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  file="$data/planted-$n-actors.csv"
  [ -f "$file" ] || "$bin/stancegraph" generate --actors "$n" --statements $((n * 10)) --blocs 10 --noise 0.1 --seed 42 -o "$file"
  ours=$("$bin/stancegraph-bench" cluster "$file" --blocs 10 --seed 42 --restarts 8)
  tools=leiden
  [ "$n" -le 2000 ] && tools=leiden,spinglass
  theirs=$("$python" Benchmarks/python/cluster_baselines.py "$file" --blocs 10 --seed 42 --tools "$tools" --spinglass-timeout 600)
  python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours = json.loads(sys.argv[1])
rows = [json.loads(line) for line in sys.argv[2].splitlines() if line.strip()]
def row(name, r, ratio):
    print(f"| {ours['actors']:,} | {ours['ties']:,} | {name} | {r['seconds']:.3f} | {r['disagreement']:.0f} | "
          f"{r['blocs']} | {r['ari']:.4f} | {ratio} |")
row("stancegraph fast (8 runs)", ours, "1.0")
for r in rows:
    if "skipped" in r:
        print(f"| {ours['actors']:,} | {ours['ties']:,} | {r['tool']} | - | - | - | - | skipped: {r['skipped']} |")
        continue
    assert r["ties"] == ours["ties"] or r.get("component_only"), (r, ours)
    name = {"leidenalg-cpm": "leidenalg CPM, resolution 0", "igraph-spinglass-neg": "igraph spinglass neg"}[r["tool"]]
    row(name, r, f"{r['seconds'] / ours['seconds']:.1f}x slower" if r['seconds'] >= ours['seconds'] else f"{ours['seconds'] / r['seconds']:.1f}x faster")
    if r["tool"] == "leidenalg-cpm" and ours["disagreement"] > r["disagreement"] + 1e-9:
        print(f"<!-- WARNING: stancegraph's objective {ours['disagreement']} is worse than leidenalg's {r['disagreement']} -->")
print(f"<!-- stancegraph also: load {ours['load_seconds']:.2f} s, projection {ours['project_seconds']:.2f} s, stability {ours['stability']:.3f}, peak {ours['peak_mb']:.0f} MB -->")
PY
done
