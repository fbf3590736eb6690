#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/Package.swift with AddressSanitizer, seeds their corpora
# from the repository's fixtures, runs each target for SECONDS seconds (default 60) and prints a
# summary. Exits non-zero when a target finds a crash, a timeout, a leak or an out-of-memory.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]      e.g. Fuzz/run.sh 60, Fuzz/run.sh 300 fuzz-yaml
#
# Everything it writes is under .build-fuzz/ (ignored by git):
#   .build-fuzz/release/fuzz-*       the fuzzers (SwiftPM scratch path .build-fuzz)
#   .build-fuzz/seeds/<target>/      seeds, rebuilt on every run from the fixtures
#   .build-fuzz/corpus/<target>/     the corpus libFuzzer grows; kept between runs
#   .build-fuzz/artifacts/<target>/  crash-*, timeout-*, leak-*, oom-* reproducers
#   .build-fuzz/logs/<target>.log    libFuzzer's output
# Reproduce one finding: .build-fuzz/release/fuzz-json .build-fuzz/artifacts/fuzz-json/crash-…
set -euo pipefail

SECONDS_PER_TARGET="${1:-60}"
shift || true
ALL_TARGETS=(fuzz-json fuzz-yaml fuzz-csv fuzz-jsonl fuzz-dot fuzz-layout fuzz-extract)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

case "$SECONDS_PER_TARGET" in
  '' | *[!0-9]*) echo "usage: Fuzz/run.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac

FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FUZZ_DIR/.." && pwd)"
OUT="$ROOT/.build-fuzz"
SWIFT="${SWIFT:-swift}"
mkdir -p "$OUT/logs"

# --- Build -------------------------------------------------------------------------------------
# -sanitize=fuzzer,address instruments every Swift module (the root package's and Yams') and
# links libFuzzer; -fsanitize=fuzzer-no-link,address does the same for C (libyaml in Yams).
echo "== Building the fuzzers (release, ASan + libFuzzer) into $OUT"
# Resolve the root package's dependencies at the versions it pinned, when it has pinned them.
if [ -f "$ROOT/Package.resolved" ]; then cp "$ROOT/Package.resolved" "$FUZZ_DIR/Package.resolved"; fi
if ! (cd "$FUZZ_DIR" && "$SWIFT" build -c release --scratch-path "$OUT" \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address) \
  >"$OUT/logs/build.log" 2>&1; then
  grep -v "Cannot export local symbol '__asan" "$OUT/logs/build.log" | tail -40 >&2
  echo "fuzz build failed; the whole log is $OUT/logs/build.log" >&2
  exit 1
fi
BIN="$OUT/release"

# --- Seeds -------------------------------------------------------------------------------------
# The example and the test fixtures, their conversions by the CLI, and Fuzz/Seeds/<format>/.
echo "== Preparing seeds"
STANCEGRAPH="${STANCEGRAPH:-}"
if [ -z "$STANCEGRAPH" ]; then
  for candidate in "$ROOT/.build/release/stancegraph" "$ROOT/.build/debug/stancegraph"; do
    if [ -x "$candidate" ]; then STANCEGRAPH="$candidate"; break; fi
  done
fi
if [ -z "$STANCEGRAPH" ]; then
  echo "   building the CLI for the conversions (no .build/*/stancegraph yet)"
  (cd "$ROOT" && "$SWIFT" build --product stancegraph --scratch-path "$OUT/cli") \
    >"$OUT/logs/cli-build.log" 2>&1 || {
    tail -20 "$OUT/logs/cli-build.log" >&2
    exit 1
  }
  STANCEGRAPH="$OUT/cli/debug/stancegraph"
fi

convert() {
  "$STANCEGRAPH" convert "$@" >/dev/null 2>>"$OUT/logs/seeds.log" || {
    cat "$OUT/logs/seeds.log" >&2
    echo "converting a seed failed: $STANCEGRAPH convert $*" >&2
    exit 1
  }
}
: >"$OUT/logs/seeds.log"
SEEDS="$OUT/seeds"
rm -rf "$SEEDS"
mkdir -p "$SEEDS"/{fuzz-json,fuzz-yaml,fuzz-csv,fuzz-jsonl,fuzz-dot,fuzz-layout,fuzz-extract}
KOREA="$ROOT/Examples/korea-armistice/claims.yaml"
GAHUKU="$ROOT/Tests/StanceAnalysisTests/Fixtures/gahuku-gama.csv"
cp "$KOREA" "$SEEDS/fuzz-yaml/korea.yaml"
cp "$GAHUKU" "$SEEDS/fuzz-csv/gahuku-gama.csv"
for format in json yaml csv jsonl; do
  convert "$KOREA" -o "$SEEDS/fuzz-$format/korea-converted.$format"
  convert "$GAHUKU" -o "$SEEDS/fuzz-$format/gahuku-gama-converted.$format"
done
convert "$KOREA" -o "$SEEDS/fuzz-csv/korea-converted.tsv"
for format in json yaml csv jsonl; do
  cp "$FUZZ_DIR/Seeds/$format/"* "$SEEDS/fuzz-$format/"
done
# The DOT target reads chunks split at 0xFF, each a control byte then id 0xFE name 0xFE aliases
# (see Sources/fuzz-dot/FuzzDOT.swift): the Korea edge list's rows make one such input.
tr ',\n' '\376\377' <"$SEEDS/fuzz-csv/korea-converted.csv" >"$SEEDS/fuzz-dot/korea-rows"
tr ',\n' '\376\377' <"$GAHUKU" >"$SEEDS/fuzz-dot/gahuku-gama-rows"
printf '\x01US\xfeUnited States\xfeU.S.\xfeWashington\xff\x25KP\xfeNorth Korea\xff\x8bRU\xfeRussia' \
  >"$SEEDS/fuzz-dot/small"
printf '\x03a"b\xfeback\\slash\xfe%%x\xff\x64c&amp;d\xfetab\tand\nnewline\xff\x0f\\N\\G\xfe\r\n\xff\xe7\x7f\x01\xfe\xef\xbf\xbe' \
  >"$SEEDS/fuzz-dot/escapes"
printf '\x05legend_0_from\xff\x06~0\xff\x07cluster_1\xff\x08node\xff\x09edge\xff\x0a--\xff\x0b->' \
  >"$SEEDS/fuzz-dot/keywords"
# The layout target reads four steering bytes (engine, options, view, style) and then the DOT
# target's chunks (see Sources/fuzz-layout/FuzzLayout.swift): one seed per engine and view.
for engine in 0 1 2 3 4 5 6 7; do
  for view in 0 2 3 4 5; do
    { printf "\\$(printf '%03o' "$engine")\\$(printf '%03o' $((engine * 37 % 256)))"
      printf "\\$(printf '%03o' "$view")\\$(printf '%03o' $((engine * 11 + view)))"
      cat "$SEEDS/fuzz-dot/korea-rows"; } >"$SEEDS/fuzz-layout/korea-e$engine-v$view"
  done
done
cp "$SEEDS/fuzz-dot/escapes" "$SEEDS/fuzz-dot/keywords" "$SEEDS/fuzz-layout/"
# The extractor reads news text: the example article, the dev set's articles and
# Fuzz/Seeds/extract/ (short sentences for each rule; a form feed starts another document).
cp "$ROOT/Examples/korea-armistice/article.txt" "$SEEDS/fuzz-extract/korea-article.txt"
for article in "$ROOT"/Tests/StanceExtractionTests/DevSet/dev/*.txt; do
  if [ -f "$article" ]; then cp "$article" "$SEEDS/fuzz-extract/dev-$(basename "$article")"; fi
done
cp "$FUZZ_DIR/Seeds/extract/"* "$SEEDS/fuzz-extract/"

# --- Run ---------------------------------------------------------------------------------------
# SWIFT_BACKTRACE=enable=no: libFuzzer and ASan report crashes; Swift's backtracer would only
# make each one take seconds. Leak checking is on (libFuzzer's -detect_leaks defaults to 1).
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
echo "== Fuzzing ${#TARGETS[@]} target(s) for $SECONDS_PER_TARGET s each"
declare -A EXECS RATE FOUND STATUS
# The reproducers libFuzzer saves in a directory (not its slow-unit-* notes).
findings() {
  local dir="$1"
  shift
  find "$dir" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'oom-*' \) "$@"
}
failed=0
for target in "${TARGETS[@]}"; do
  corpus="$OUT/corpus/$target"
  artifacts="$OUT/artifacts/$target"
  log="$OUT/logs/$target.log"
  mkdir -p "$corpus" "$artifacts"
  start="$OUT/logs/$target.start"
  touch "$start"
  before=$(findings "$artifacts" | wc -l)
  dict=()
  case "$target" in
    fuzz-dot | fuzz-layout) ;;
    fuzz-extract) dict=(-dict="$FUZZ_DIR/Dictionaries/extract.dict") ;;
    *) dict=(-dict="$FUZZ_DIR/Dictionaries/schema.dict") ;;
  esac
  # Graphviz and its libraries leak on their own (docs/rendering.md, "Leaks"): suppressed for
  # the targets that lay out, so a leak of ours still fails the run.
  lsan=""
  case "$target" in
    fuzz-layout) lsan="suppressions=$FUZZ_DIR/lsan-graphviz.supp:print_suppressions=0" ;;
  esac
  echo "-- $target"
  set +e
  LSAN_OPTIONS="${LSAN_OPTIONS:-$lsan}" "$BIN/$target" "$corpus" "$SEEDS/$target" "${dict[@]}" \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  status=$?
  set -e
  # Executions: the final stats, or the last status line when the run stopped at a finding.
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [ -z "$execs" ]; then
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    rate=$(grep -oE 'exec/s: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  fi
  after=$(findings "$artifacts" | wc -l)
  found=$((after - before))
  EXECS[$target]="${execs:-?}"
  RATE[$target]="${rate:-?}"
  FOUND[$target]=$found
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    STATUS[$target]="FAILED (exit $status)"
    failed=1
    grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*Fatal error:)' "$log" | head -5 | sed 's/^/   /'
    findings "$artifacts" -newer "$start" | head -5 | sed 's/^/   artifact: /'
    # In CI the artifact goes with the machine: print a small one so the log can reproduce it.
    first=$(findings "$artifacts" -newer "$start" | head -1)
    if [ -n "$first" ] && [ "$(wc -c <"$first")" -le 4096 ]; then
      echo "   its bytes, base64 (base64 -d > input, then $BIN/$target input):"
      base64 -w 76 "$first" | sed 's/^/     /'
    fi
    echo "   log: $log"
  else
    STATUS[$target]=ok
  fi
done

# --- Summary -----------------------------------------------------------------------------------
echo
printf '%-12s %12s %8s %8s  %s\n' target executions exec/s findings status
for target in "${TARGETS[@]}"; do
  printf '%-12s %12s %8s %8s  %s\n' "$target" "${EXECS[$target]}" "${RATE[$target]}" \
    "${FOUND[$target]}" "${STATUS[$target]}"
done
echo "corpora: $OUT/corpus, findings: $OUT/artifacts, logs: $OUT/logs"
exit $failed
