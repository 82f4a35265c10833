# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run): installs the Debian
# packages Stagecraft needs when any is missing, then configures and builds into build/main.
set -euo pipefail

STAGECRAFT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${STAGECRAFT_BUILD_DIR:-$STAGECRAFT_ROOT/build/main}"

# Everything the build, the tests and the editor need, from Debian 12's archive.
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libwxgtk3.2-dev libgraphviz-dev graphviz libpugixml-dev catch2
  # The Graphviz renderer of the bitmaps the editor shows.
  libgvc6-plugins-gtk
  libpango1.0-dev libcairo2-dev
  # Journeys in and out of spreadsheets: CSV parsed by libcsv.
  libcsv-dev
  # Excel workbooks: read as a zip package with libzip (parts inflated by libdeflate), written
  # with libxlsxwriter.
  libzip-dev libdeflate-dev libxlsxwriter-dev
  # Slides and decks: pictures drawn onto cairo pages by librsvg; PDFs read back in tests.
  librsvg2-dev
  # Desktop integration: the icon's PNG sizes made from its SVG (rsvg-convert), and the tools the
  # tests judge the menu entry, metadata, file type, completion and package with.
  librsvg2-bin desktop-file-utils appstream shared-mime-info bash-completion dpkg-dev
  xvfb xauth poppler-utils
  # The house style (.clang-format), checked by scripts/test.sh.
  clang-format
  # The faces the diagrams are measured and drawn in: Nimbus Sans (Helvetica's metrics) for
  # Latin, DejaVu Sans for symbols, Noto for the other scripts people write, colour emoji.
  fonts-urw-base35 fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  say "Installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "error: packages are missing (${missing[*]}) and this is not root and sudo is not available." >&2
      echo "Run this script as root, or install the packages listed above." >&2
      exit 2
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq </dev/null
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

configure_and_build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  say "Configuring (build directory: $BUILD_DIR)"
  cmake -S "$STAGECRAFT_ROOT" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTAGECRAFT_WERROR="$werror" >/dev/null
  say "Building"
  cmake --build "$BUILD_DIR" -j "$(nproc)" "$@"
}

# Fails, listing the files, when a source file is not formatted as .clang-format says.
check_formatting() {
  say "Checking the formatting (.clang-format)"
  local files=()
  while IFS= read -r -d '' f; do files+=("$f"); done < <(
    find "$STAGECRAFT_ROOT"/{model,export,app,tests,bench} -type f \( -name '*.cpp' -o -name '*.hpp' \) -print0)
  local bad=()
  for f in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then bad+=("${f#"$STAGECRAFT_ROOT"/}"); fi
  done
  if [ ${#bad[@]} -gt 0 ]; then
    echo "error: these files are not formatted as .clang-format says:" >&2
    printf '  %s\n' "${bad[@]}" >&2
    echo "Run: clang-format -i FILE... (or scripts/format.sh) and commit the result." >&2
    return 1
  fi
}
