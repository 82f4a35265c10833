#!/usr/bin/env bash
# Exports every view of every sample (and of the test cases) to SVG and DOT, plus the cast sheet
# as CSV and HTML and the journey itself as canonical XML (stagecraft-cli format), and either
# keeps the files as a reference or compares them with one kept earlier, byte for byte. Used to show that a change to the code leaves every diagram unchanged.
#
#   scripts/compare-exports.sh save DIR    write the reference into DIR
#   scripts/compare-exports.sh check DIR   export again and compare with DIR (exit 1 on a difference)
#
# Uses the stagecraft-cli in build/main (or $STAGECRAFT_BUILD_DIR); run scripts/test.sh first.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STAGECRAFT_BUILD_DIR:-$root/build/main}"
cli="$build/app/cli/stagecraft-cli"
mode="${1:-}"
dir="${2:-}"
if [ -z "$mode" ] || [ -z "$dir" ] || { [ "$mode" != save ] && [ "$mode" != check ]; }; then
  echo "usage: $0 save|check DIR" >&2
  exit 2
fi
[ -x "$cli" ] || { echo "error: $cli not found; build first (scripts/test.sh)" >&2; exit 2; }

export_all() {
  local out="$1"
  mkdir -p "$out"
  local inputs=("$root"/samples/*.journey.xml)
  # Cases with errors are refused by export; the others are exported like the samples.
  for f in "$root"/tests/data/cases/*.journey.xml; do
    "$cli" validate "$f" >/dev/null 2>&1 && inputs+=("$f")
  done
  for format in svg dot; do
    "$cli" export "${inputs[@]}" --all-views --format "$format" -d "$out" -q
  done
  for format in csv html; do
    "$cli" export "${inputs[@]}" --view castsheet --format "$format" -d "$out" -q
  done
  for f in "${inputs[@]}"; do
    cp "$f" "$out/$(basename "$f" .journey.xml).canonical.journey.xml"
  done
  "$cli" format "$out"/*.canonical.journey.xml >/dev/null
  rm -f "$out"/*.bak
}

if [ "$mode" = save ]; then
  rm -rf "$dir"
  export_all "$dir"
  echo "reference: $(find "$dir" -type f | wc -l) files in $dir"
  exit 0
fi

fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
export_all "$fresh"
if diff -r -q "$dir" "$fresh"; then
  echo "identical: $(find "$fresh" -type f | wc -l) files match $dir"
else
  echo "error: exports differ from the reference in $dir" >&2
  exit 1
fi
