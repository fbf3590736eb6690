#!/usr/bin/env bash
# Extraction benchmark: generates N sentences (default 100,000) of news-style text in documents
# of 20 sentences from a seed (Benchmarks/StanceBench/NewsText.swift), runs StanceExtractor over
# it (release build; fastest of 3 runs, on one thread and on $(nproc) threads), then runs the
# same text, written as JSON Lines, through four Python pipelines, each once in its own process
# (Benchmarks/python/extract_baselines.py): spaCy's small English model with a PhraseMatcher of
# the same gazetteer and dependency-based triggers, spaCy's rule-based sentencizer with the same
# matcher, NLTK's Punkt trained in-process with a dictionary lookup, and a regex splitter with
# the same lookup. Prints a Markdown table with sentences/s, MB/s, statements, peak memory and
# time ratios, and whether StanceExtractor meets its goal of 10,000 sentences/s on one core.
# Usage:
#   Benchmarks/run-extract.sh [SENTENCES]        (default 100000)
# SCRATCH=.build-bench builds and runs from another scratch directory (default .build, which
# `make release` has already built); SEED sets the generator's seed (default 42); TOOLS the
# Python pipelines (default spacy-sm,spacy-blank,nltk-punkt,regex; empty for none).
set -euo pipefail
cd "$(dirname "$0")/.."
sentences=${1:-100000}
scratch=${SCRATCH:-.build}
seed=${SEED:-42}
tools=${TOOLS-spacy-sm,spacy-blank,nltk-punkt,regex}
threads=$(nproc)
swift build -c release --scratch-path "$scratch" --product stancegraph-bench >&2
bin="$scratch/release"
data=.build/bench-data
mkdir -p "$data"
corpus="$data/news-$sentences-seed$seed.jsonl"
gazetteer="$data/gazetteer.jsonl"
versions="no Python pipelines"
if [ -n "$tools" ]; then
  python=$(bash Benchmarks/python/setup-venv.sh Benchmarks/python/requirements-extract.txt | tail -1)
  versions=$("$python" -c 'import spacy, nltk, sys; print("python", sys.version.split()[0], "spacy", spacy.__version__, "nltk", nltk.__version__)')
fi

echo "machine: $threads cores, $(uname -m), $(date -u +%Y-%m-%d); swift $(swift --version 2>&1 | head -1 | sed 's/.*version \([0-9.]*\).*/\1/'); $versions; $sentences sentences, seed $seed" >&2
ours=$("$bin/stancegraph-bench" extract --sentences "$sentences" --per-document 20 --seed "$seed" \
  --repeat 3 --threads "$threads" --corpus "$corpus" --gazetteer "$gazetteer")
theirs=""
IFS=, read -r -a pipelines <<<"$tools"
for tool in "${pipelines[@]}"; do
  theirs+=$("$python" Benchmarks/python/extract_baselines.py "$corpus" "$gazetteer" --tool "$tool")
  theirs+=$'\n'
done
python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours = json.loads(sys.argv[1])
rows = [json.loads(line) for line in sys.argv[2].splitlines() if line.strip()]
n, mb = ours["sentences"], ours["bytes"] / 1e6
print("| pipeline | sentences found | seconds | sentences/s | MB/s | statements | peak MB | time ratio |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
def row(name, found, seconds, statements, peak, ratio):
    print(f"| {name} | {found:,} | {seconds:.3f} | {n / seconds:,.0f} | {mb / seconds:.2f} | "
          f"{statements} | {peak} | {ratio} |")
row("stancegraph StanceExtractor, 1 thread (best of 3)", ours["sentences_split"], ours["seconds"],
    f"{ours['statements']:,}", f"{ours['peak_mb']:.0f}", "1.0")
if "parallel_seconds" in ours:
    ratio = ours["seconds"] / ours["parallel_seconds"]
    row(f"stancegraph StanceExtractor, {ours['threads']} threads (best of 3)",
        ours["sentences_split"], ours["parallel_seconds"], "-", "-", f"{ratio:.1f}x faster")
names = {
    "spacy-sm": "spaCy en_core_web_sm + PhraseMatcher + dependency triggers",
    "spacy-blank": "spaCy sentencizer + PhraseMatcher + nearest-actor triggers",
    "nltk-punkt": "NLTK Punkt (trained in-process) + dictionary lookup",
    "regex": "regex sentence split + dictionary lookup",
}
for r in rows:
    assert r["bytes"] == ours["bytes"] and r["documents"] == ours["documents"], (r, ours)
    ratio = r["seconds"] / ours["seconds"]
    ratio = f"{ratio:.1f}x slower" if ratio >= 1 else f"{1 / ratio:.1f}x faster"
    row(names[r["tool"]] + " (1 run)", r["sentences"], r["seconds"], f"{r['statements']:,}",
        f"{r['peak_mb']:.0f}", ratio)
rate = n / ours["seconds"]
print(f"<!-- {n:,} sentences generated ({ours['documents']:,} documents, {mb:.1f} MB, seed "
      f"{ours['seed']}); stancegraph: {ours['junk_skipped']:,} junk lines skipped, statements by "
      f"relation {json.dumps(ours['by_relation'], sort_keys=True)}, graph() "
      f"{ours['graph_seconds']:.2f} s, gazetteer load {ours['gazetteer_seconds']:.2f} s"
      + ("; Python setup (model load, matchers, Punkt training): "
         + ", ".join(f"{r['tool']} {r['setup_seconds']:.1f} s" for r in rows) if rows else "")
      + " -->")
verdict = "met" if rate >= 10_000 else "NOT MET"
print(f"<!-- goal: at least 10,000 sentences/s on one core: {verdict} ({rate:,.0f}) -->")
PY
