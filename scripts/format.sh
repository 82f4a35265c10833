#!/usr/bin/env bash
# Formats every C++ source file as .clang-format says (scripts/test.sh checks that they are).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
find "$ROOT"/{model,export,app,tests,bench} -type f \( -name '*.cpp' -o -name '*.hpp' \) -print0 | xargs -0 clang-format -i
