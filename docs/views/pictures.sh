#!/usr/bin/env bash
# Draws docs/views/*.png: the seed, a 250-actor and a 4,000-actor generated graph in each view,
# with the real tool. Usage: docs/views/pictures.sh [path/to/stancegraph]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
S="${1:-$ROOT/.build/debug/stancegraph}"
OUT="$ROOT/docs/views"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/Examples/korea-armistice/claims.yaml" "$WORK/seed.yaml"
"$S" generate --actors 250 --statements 1000 --blocs 6 --seed 7 -o "$WORK/g250.csv"
"$S" generate --actors 4000 --statements 16000 --blocs 8 --seed 7 -o "$WORK/g4000.csv"
# -Gsize caps the picture at 9 by 7 inches (at most 864 by 672 pixels at 96 dpi).
for input in seed:seed.yaml:"North Korea" g250:g250.csv:a001 g4000:g4000.csv:a0001; do
  IFS=: read -r name file actor <<<"$input"
  for view in whole summary bloc top focus; do
    case "$view" in
      whole) args=(--clusters) ;;
      summary) args=(--summary) ;;
      bloc) args=(--bloc 1 --top 60) ;;
      top) args=(--top 30 --clusters) ;;
      focus) args=(--focus "$actor" --depth 1 --clusters) ;;
    esac
    start=$(date +%s.%N)
    "$S" render "$WORK/$file" "${args[@]}" --legend -Gsize=9,7 -o "$OUT/$name-$view.png" 2>"$WORK/err" \
      || { cat "$WORK/err" >&2; exit 1; }
    end=$(date +%s.%N)
    printf '%-14s %8d bytes %6.2f s  %s\n' "$name-$view" "$(stat -c %s "$OUT/$name-$view.png")" \
      "$(echo "$end - $start" | bc)" "$(grep -o 'laid out with [a-z]*' "$WORK/err" || true)"
  done
done
