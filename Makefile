# StanceGraph: the README's commands.
#   make demo          install what is missing, build, run the main job on the bundled example
#   make test          install what is missing, run every test and the format lint
#   make check         longer checks (exhaustive comparisons) beyond make test
#   make bench         benchmarks against the Python tools (figures go in docs/performance.md)
#   make install-deps  libgraphviz-dev, graphviz, zlib1g-dev and coinor-libcbc-dev through apt-get, only when missing
#   make scale-test    the Spark job (scale/) against `stancegraph import --aggregate`, 10^5 rows

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE := Examples/korea-armistice/claims.yaml
BIN := .build/release/stancegraph

.PHONY: scaling-check scale-test fuzz leakcheck memcheck docs demo test check bench install-deps install-test-deps build release lint format clean man completions

install-deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then \
	  echo "Installing libgraphviz-dev and graphviz with apt-get..."; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    pkg-config libgraphviz-dev graphviz; \
	fi
	@if ! pkg-config --exists zlib; then \
	  echo "Installing zlib1g-dev (gzip and zip event files) with apt-get..."; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    zlib1g-dev; \
	fi
	@if ! pkg-config --exists cbc; then \
	  echo "Installing coinor-libcbc-dev (COIN-OR CBC, the exact solvers' MILP backend) with apt-get..."; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    pkg-config coinor-libcbc-dev; \
	fi

# The browser test of the HTML report needs headless Chromium.
install-test-deps: install-deps
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
	  echo "Installing chromium (headless browser for the report test) with apt-get..."; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    chromium fonts-dejavu-core; \
	fi

build: install-deps
	$(SWIFT) build

release: install-deps
	$(SWIFT) build -c release

demo: release
	@echo
	@echo "== Validating the bundled example: $(EXAMPLE)"
	$(BIN) validate $(EXAMPLE)
	@echo
	@echo "== Summary"
	$(BIN) stats $(EXAMPLE)
	@echo
	@echo "== Alliance blocs (people rolled up into the states they speak for)"
	$(BIN) clusters $(EXAMPLE) --roll-up
	@echo
	@echo "== North Korea's stances and the stances toward it"
	$(BIN) stances $(EXAMPLE) --roll-up --actor "North Korea"
	@echo
	@echo "== Drawing"
	@mkdir -p demo
	$(BIN) render $(EXAMPLE) --roll-up --clusters --legend -o demo/korea-armistice.svg
	$(BIN) report $(EXAMPLE) --roll-up -o demo/korea-armistice.html
	@echo
	@echo "Wrote demo/korea-armistice.svg and demo/korea-armistice.html: open them in a browser"
	@echo "(the report is one self-contained page; tooltips carry the evidence)."

test: install-test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

# Longer checks: the test suite under AddressSanitizer and ThreadSanitizer (the Graphviz lock
# included), the exhaustive 6-actor comparison and the 200 random graphs of ProvenOptimaTests
# (MILP against branch and bound) in release mode. Leaks are left to the
# valgrind check (Benchmarks/leakcheck.sh), which tells our frames from Graphviz's and
# fontconfig's own leaks.
check: install-test-deps memcheck
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan
	TSAN_OPTIONS=report_signal_unsafe=0 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan \
	  --skip ReportBrowserTests --skip KilledWriteTests
	STANCEGRAPH_EXHAUSTIVE=1 $(SWIFT) test -c release -Xswiftc -enable-testing \
	  --scratch-path .build-check --filter "ExhaustiveSixActorTests|ProvenOptimaTests"
	$(MAKE) scaling-check

# No quadratic path (issue 14): every reader and writer on n and 2n, at most 2.5x the time,
# release build (Tests/StanceGraphTests/ScalingTests.swift; docs/limits.md).
scaling-check: install-deps
	STANCEGRAPH_SCALING=1 $(SWIFT) test -c release -Xswiftc -enable-testing \
	  --scratch-path .build-check --filter ScalingTests

lint:
	$(SWIFT) format lint --strict -r Sources Tests Benchmarks Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Benchmarks Package.swift

bench: release
	Benchmarks/run-load.sh
	Benchmarks/run-cluster.sh
	Benchmarks/run-layout.sh
	Benchmarks/run-extract.sh
	Benchmarks/run-events.sh
	Benchmarks/run-windows.sh

# The scale-out path (scale/): PySpark in a virtual environment under .build/ (and a JDK through
# apt-get when java is missing) runs scale/aggregate.py in local mode on a generated 10^5-row
# GDELT sample and checks its part files equal `stancegraph import --aggregate`, row for row.
# First run: about 320 MB download for pyspark; then about 30 s (docs/event-data.md).
SCALE_VENV := .build/scale-venv
SCALE_DIR := .build/scale
SCALE_ROWS ?= 100000
scale-test: release
	@if ! command -v java >/dev/null 2>&1; then \
	  echo "Installing a JDK (openjdk-17-jre-headless) for Spark with apt-get..."; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    openjdk-17-jre-headless; \
	fi
	@if [ ! -x $(SCALE_VENV)/bin/spark-submit ]; then \
	  python3 -m venv $(SCALE_VENV) && $(SCALE_VENV)/bin/pip install -q 'pyspark==3.5.3'; \
	fi
	@mkdir -p $(SCALE_DIR)
	python3 scale/generate.py --rows $(SCALE_ROWS) --seed 17 --format gdelt1 > $(SCALE_DIR)/sample.tsv
	$(BIN) import gdelt1 $(SCALE_DIR)/sample.tsv --aggregate month -o $(SCALE_DIR)/stancegraph.tsv
	rm -rf $(SCALE_DIR)/spark
	PATH="$(CURDIR)/$(SCALE_VENV)/bin:$$PATH" spark-submit --master 'local[2]' \
	  --conf spark.ui.enabled=false --conf spark.log.level=WARN scale/aggregate.py --input $(SCALE_DIR)/sample.tsv \
	  --format gdelt1 --level country --period month --output $(SCALE_DIR)/spark
	python3 scale/compare.py $(SCALE_DIR)/stancegraph.tsv $(SCALE_DIR)/spark

# libFuzzer targets (Fuzz/): each reader, the DOT encoder and the extractor for FUZZ_SECONDS (60 in
# CI runs); then the CLI surface: Fuzz/cli_mutate.py, a seeded mutation driver over the release
# binary (mutated files, random subcommands and options; outputs checked by real parsers).
FUZZ_SECONDS ?= 60
FUZZ_SEED ?= 1
fuzz: install-deps release
	Fuzz/run.sh $(FUZZ_SECONDS)
	python3 Fuzz/cli_mutate.py $(BIN) --seconds $(FUZZ_SECONDS) --seed $(FUZZ_SEED)

# Valgrind over N and 4N in-process renders: fails if our definitely-lost bytes grow with N.
leakcheck: install-deps
	Benchmarks/leakcheck.sh

# Valgrind memcheck over every drawing combination and engine: no invalid read, write or free.
memcheck: install-deps
	Benchmarks/memcheck.sh

# DocC archives of the three library modules (swift-docc-plugin).
docs: install-deps
	$(SWIFT) package generate-documentation --target StanceGraph --target StanceAnalysis \
	  --target StanceExport --target StanceGraphviz --target StanceReport --target StanceEvents
	@echo "archives: .build/plugins/Swift-DocC/outputs/*.doccarchive"

# Man pages from the CLI's own definitions (swift-argument-parser's generate-manual plugin).
man:
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --multi-page
	@echo "man pages: .build/plugins/GenerateManual/outputs/stancegraph/ (try: man -l .build/plugins/GenerateManual/outputs/stancegraph/stancegraph.1)"

# Shell completion scripts for bash, zsh and fish.
completions: release
	@mkdir -p .build/completions
	for shell in bash zsh fish; do \
	  $(BIN) --generate-completion-script $$shell > .build/completions/stancegraph.$$shell; \
	done
	@echo "completions: .build/completions/ (bash: source .build/completions/stancegraph.bash)"

clean:
	rm -rf .build
