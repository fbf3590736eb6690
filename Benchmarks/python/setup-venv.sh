#!/usr/bin/env bash
# Create (if missing) the Python benchmark virtual env at $REPO/.build/bench-venv
# and install Benchmarks/python/requirements.txt into it. Idempotent: the install
# is skipped when the stamp file records the current requirements hash.
# With an argument, requirements-NAME.txt, the env is $REPO/.build/bench-venv-NAME
# and holds that file's packages instead (run-extract.sh: requirements-extract.txt).
# The last line of stdout is the venv's python path.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd)"
REQS="${1:-$SCRIPT_DIR/requirements.txt}"
NAME="$(basename "$REQS" .txt)"
if [ "$NAME" = requirements ]; then
    VENV="$REPO/.build/bench-venv"
else
    VENV="$REPO/.build/bench-venv-${NAME#requirements-}"
fi
STAMP="$VENV/.requirements.sha256"
PY="$VENV/bin/python"

if [ ! -x "$PY" ]; then
    mkdir -p "$REPO/.build"
    python3 -m venv "$VENV" >&2
fi

HASH="$(sha256sum "$REQS" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$HASH" ]; then
    "$PY" -m pip install --quiet --disable-pip-version-check -r "$REQS" >&2
    echo "$HASH" > "$STAMP"
fi

echo "$PY"
