#!/usr/bin/env bash
# Memory-error check of in-process layout (issue: Graphviz 2.43's dot corrupted the heap when it
# freed a layout with clusters and edge labels). Runs `stancegraph-bench drawings` under valgrind's
# memcheck: every combination of claims, clusters, legend, roll-up and edge mode, laid out and
# rendered by every engine, on the seed example (or FILE). Fails on any invalid read, write or
# free. Leaks are the leak check's business (Benchmarks/leakcheck.sh).
#
#   Benchmarks/memcheck.sh [FILE]
#
# Builds in debug in .build-leak with DWARF 4 (valgrind 3.19 cannot read Swift 6's DWARF 5).
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-Examples/korea-armistice/claims.yaml}
scratch=${SCRATCH:-.build-leak}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2 && exit 2; }
swift build --product stancegraph-bench --scratch-path "$scratch" \
  -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >&2
mkdir -p "$scratch/memcheck"
log="$scratch/memcheck/drawings.txt"
echo "valgrind memcheck: stancegraph-bench drawings --file $file (report: $log)" >&2
if valgrind --error-exitcode=99 --leak-check=no --num-callers=30 --log-file="$log" \
  "$scratch/debug/stancegraph-bench" drawings --file "$file"; then
  echo "memcheck: no memory errors ($(grep -o 'ERROR SUMMARY: [0-9]* errors' "$log"))"
else
  status=$?
  echo "memcheck FAILED (exit $status); first errors:" >&2
  grep -m 20 -E 'Invalid|uninitialised|free|==[0-9]+== +(at|by)' "$log" >&2 || true
  exit 1
fi
