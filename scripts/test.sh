#!/usr/bin/env bash
# Installs what Stagecraft needs, builds everything and runs the whole test suite through ctest
# (GUI tests run under xvfb-run, so no display is needed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages
check_formatting
configure_and_build
say "Running the tests"
cd "$BUILD_DIR"
ctest --output-on-failure -j "$(nproc)" "$@"
