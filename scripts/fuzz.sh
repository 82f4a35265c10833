#!/usr/bin/env bash
# Builds the libFuzzer harness of the journey reader with clang and runs it on a corpus of real
# journeys: the samples, the test cases, and the same files as Windows editors save them (CRLF
# line ends, &#13; references, UTF-16 with a byte order mark). Not part of the two commands.
#   scripts/fuzz.sh [RUNS]      (default 10000000 executions; prints libFuzzer's final stats)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-10000000}"
BUILD="$ROOT/build/fuzz"
CORPUS="$BUILD/corpus"

command -v clang++ >/dev/null || { echo "error: clang++ is needed (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTAGECRAFT_FUZZ=ON -DSTAGECRAFT_BUILD_APP=OFF -DSTAGECRAFT_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD" --target fuzz_reader

mkdir -p "$CORPUS"
for f in "$ROOT"/samples/*.journey.xml "$ROOT"/tests/data/cases/*.journey.xml; do
  base="$(basename "$f" .journey.xml)"
  cp "$f" "$CORPUS/$base.xml"
  sed 's/$/\r/' "$f" > "$CORPUS/$base-crlf.xml"
  sed 's/<\/title>/\&#13;\&#10;\&#9;<\/title>/; s/name="\([^"]*\)"/name="\1\&#13;"/' "$f" > "$CORPUS/$base-refs.xml"
  if iconv -f UTF-8 -t UTF-16 "$f" > "$CORPUS/$base-utf16.xml" 2>/dev/null; then :; else rm -f "$CORPUS/$base-utf16.xml"; fi
done
"$BUILD/tests/fuzz/fuzz_reader" -runs="$RUNS" -max_len=65536 -print_final_stats=1 "$CORPUS" 2>&1 | tail -25
