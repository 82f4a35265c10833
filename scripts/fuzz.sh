#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang and runs them on corpora of real input. The journey
# reader: the samples, the test cases, and the same files as Windows editors save them (CRLF line
# ends, &#13; references, UTF-16 with a byte order mark). The Mermaid and Markdown readers: the
# Mermaid sample and test inputs, every sample written as Mermaid, and CRLF and UTF-16 forms.
# The CSV reader and rows layout: the CSV test inputs and every sample written as CSV. The
# workbook reader: every sample written as a workbook.
# Not part of the two commands.
#   scripts/fuzz.sh [RUNS] [reader|mermaid|csv|xlsx|all]   (default 10000000 executions of each; prints
#                                                 libFuzzer's final stats)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-10000000}"
WHICH="${2:-all}"
BUILD="$ROOT/build/fuzz"
CORPUS="$BUILD/corpus"

command -v clang++ >/dev/null || { echo "error: clang++ is needed (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTAGECRAFT_FUZZ=ON -DSTAGECRAFT_BUILD_APP=OFF -DSTAGECRAFT_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD" --target fuzz_reader fuzz_mermaid fuzz_csv fuzz_xlsx

mkdir -p "$CORPUS"
for f in "$ROOT"/samples/*.journey.xml "$ROOT"/tests/data/cases/*.journey.xml; do
  base="$(basename "$f" .journey.xml)"
  cp "$f" "$CORPUS/$base.xml"
  sed 's/$/\r/' "$f" > "$CORPUS/$base-crlf.xml"
  sed 's/<\/title>/\&#13;\&#10;\&#9;<\/title>/; s/name="\([^"]*\)"/name="\1\&#13;"/' "$f" > "$CORPUS/$base-refs.xml"
  if iconv -f UTF-8 -t UTF-16 "$f" > "$CORPUS/$base-utf16.xml" 2>/dev/null; then :; else rm -f "$CORPUS/$base-utf16.xml"; fi
done
# run NAME CORPUS [libFuzzer options...]: the harness fuzz_NAME on its corpus, when asked for.
run() {
  local name="$1" corpus="$2"
  shift 2
  if [ "$WHICH" = all ] || [ "$WHICH" = "$name" ]; then
    echo "== fuzz_$name"
    "$BUILD/tests/fuzz/fuzz_$name" -runs="$RUNS" -print_final_stats=1 "$@" "$corpus" 2>&1 | tail -25
  fi
}
run reader "$CORPUS" -max_len=65536

MCORPUS="$BUILD/corpus-mermaid"
mkdir -p "$MCORPUS"
CLI="$ROOT/build/main/app/cli/stagecraft-cli"
for f in "$ROOT"/samples/*.mmd "$ROOT"/tests/data/mermaid/*; do cp "$f" "$MCORPUS/"; done
if [ -x "$CLI" ]; then
  for f in "$ROOT"/samples/*.journey.xml; do
    "$CLI" convert "$f" --to mermaid -o - > "$MCORPUS/$(basename "$f" .journey.xml).mmd" 2>/dev/null || true
  done
fi
for f in "$MCORPUS"/*.mmd; do
  sed 's/$/\r/' "$f" > "${f%.mmd}-crlf.mmd"
  iconv -f UTF-8 -t UTF-16 "$f" > "${f%.mmd}-utf16.mmd" 2>/dev/null || rm -f "${f%.mmd}-utf16.mmd"
done
run mermaid "$MCORPUS" -max_len=16384

CCORPUS="$BUILD/corpus-csv"
mkdir -p "$CCORPUS"
for f in "$ROOT"/tests/data/csv/*; do cp "$f" "$CCORPUS/"; done
if [ -x "$CLI" ]; then
  for f in "$ROOT"/samples/*.journey.xml; do
    "$CLI" convert "$f" --to csv -o - > "$CCORPUS/$(basename "$f" .journey.xml).csv" 2>/dev/null || true
  done
fi
run csv "$CCORPUS" -max_len=16384

XCORPUS="$BUILD/corpus-xlsx"
mkdir -p "$XCORPUS"
if [ -x "$CLI" ]; then
  for f in "$ROOT"/samples/*.journey.xml; do
    "$CLI" convert "$f" --to xlsx -o "$XCORPUS/$(basename "$f" .journey.xml).xlsx" --force 2>/dev/null || true
  done
fi
run xlsx "$XCORPUS" -max_len=65536 -rss_limit_mb=4096
