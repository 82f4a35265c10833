#!/usr/bin/env bash
# Installs what Stagecraft needs, builds it and opens the editor on a sample journey.
# Without a display it renders the sample's diagrams to files instead and says where they are.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

SAMPLE="${1:-$STAGECRAFT_ROOT/samples/coffee-shop.journey.xml}"

install_missing_packages
configure_and_build --target stagecraft-cli $( [ -f "$STAGECRAFT_ROOT/app/editor/CMakeLists.txt" ] && echo stagecraft )

CLI="$BUILD_DIR/app/cli/stagecraft-cli"
EDITOR="$BUILD_DIR/app/editor/stagecraft"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$EDITOR" ]; then
  say "Opening the editor on $SAMPLE"
  exec "$EDITOR" "$SAMPLE"
fi

OUT="$STAGECRAFT_ROOT/out"
mkdir -p "$OUT"
say "No display: checking and rendering $SAMPLE instead"
"$CLI" validate "$SAMPLE"
"$CLI" stats "$SAMPLE"
if "$CLI" export --help >/dev/null 2>&1; then
  "$CLI" export "$SAMPLE" --all-views --format svg -d "$OUT"
  "$CLI" export "$SAMPLE" --all-views --format png -d "$OUT"
  if "$CLI" deck --help >/dev/null 2>&1; then
    STEM="$(basename "$SAMPLE")"
    STEM="${STEM%.journey.xml}"
    "$CLI" deck "$SAMPLE" -o "$OUT/$STEM-deck.pdf" -q
  fi
  echo
  echo "Diagrams and the deck of $(basename "$SAMPLE") written to $OUT:"
  ls -1 "$OUT" | sed 's/^/  /'
fi
