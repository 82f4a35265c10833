#!/usr/bin/env bash
# Checks of the desktop integration and the package, one per ctest test:
#   check_desktop.sh CHECK SOURCE_DIR BUILD_DIR
# desktop-entry, appstream, mime-type, man-cli, man-editor, completion, package.
set -euo pipefail
CHECK="$1"
SRC="$2"
BUILD="$3"
CLI="$BUILD/app/cli/stagecraft-cli"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

# The option words of a help text: -x and --long-name, as a sorted list.
options_of() { grep -oE '(^|[ ,(\[|])--?[a-z][a-z0-9-]*' | sed -E 's/^[ ,(\[|]//' | sort -u; }
# A man page's text with roff's escaped hyphens as plain ones.
man_text() { sed -e 's/\\-/-/g' "$1"; }
# Whether the text on standard input names option $1 as a word of its own ("--detail", not "--detailx").
names_option() { grep -qE -- "(^|[^a-z0-9-])$1([^a-z0-9-]|\$)"; }

case "$CHECK" in
  desktop-entry)
    out="$(desktop-file-validate "$SRC/desktop/org.stagecraft.Stagecraft.desktop" 2>&1)" || fail "$out"
    if grep -qE 'error|warning' <<<"$out"; then fail "$out"; fi
    grep -q '^MimeType=application/x-stagecraft-journey;$' "$SRC/desktop/org.stagecraft.Stagecraft.desktop" ||
      fail "the menu entry does not open journeys"
    ;;
  appstream)
    appstreamcli validate --no-net "$BUILD/desktop/org.stagecraft.Stagecraft.metainfo.xml" || fail "AppStream"
    for shot in $(grep -oE 'desktop/screenshots/[a-z0-9-]+\.png' "$BUILD/desktop/org.stagecraft.Stagecraft.metainfo.xml"); do
      [ -s "$SRC/$shot" ] || fail "the screenshot $shot is not in the repository"
    done
    ;;
  mime-type)
    mkdir -p "$TMP/mime/packages"
    cp "$SRC/desktop/stagecraft-journey.xml" "$TMP/mime/packages/stagecraft.xml"
    update-mime-database "$TMP/mime" || fail "update-mime-database refused the file type"
    grep -q ':application/x-stagecraft-journey:\*\.journey\.xml' "$TMP/mime/globs2" || fail "no glob *.journey.xml"
    grep -q 'urn:stagecraft:journey journey application/x-stagecraft-journey' "$TMP/mime/XMLnamespaces" ||
      fail "no root-element match on <journey> in urn:stagecraft:journey"
    grep -q 'application/x-stagecraft-journey application/xml' "$TMP/mime/subclasses" || fail "not a kind of XML"
    ;;
  man-cli)
    page="$(man_text "$SRC/desktop/man/stagecraft-cli.1")"
    commands="$("$CLI" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && $1 != "Commands:" {print $1}')"
    [ -n "$commands" ] || fail "no commands in stagecraft-cli --help"
    for c in $commands; do
      grep -qE "^\.SS $c( |$)" <<<"$page" || fail "the man page has no section for '$c'"
      for o in $("$CLI" "$c" --help | options_of); do
        names_option "$o" <<<"$page" || fail "the man page does not name '$c $o'"
      done
    done
    ;;
  man-editor)
    page="$(man_text "$SRC/desktop/man/stagecraft.1")"
    help="$("$BUILD/app/editor/stagecraft" --help 2>&1)" || fail "stagecraft --help failed (it needs no display)"
    grep -q 'Usage: stagecraft' <<<"$help" || fail "stagecraft --help: $help"
    for o in $(options_of <<<"$help"); do names_option "$o" <<<"$page" || fail "stagecraft.1 does not name '$o'"; done
    ;;
  completion)
    complete_words() {   # the completions of the words given, the last being completed
      bash -c 'source /usr/share/bash-completion/bash_completion; source "$0"
               COMP_WORDS=("${@}"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="${COMP_WORDS[*]}"
               COMP_POINT=${#COMP_LINE}; _stagecraft_cli; printf "%s\n" "${COMPREPLY[@]}"' \
        "$SRC/desktop/completion/stagecraft-cli" "$@"
    }
    [ "$(complete_words stagecraft-cli de)" = "deck" ] || fail "'de' does not complete to deck"
    grep -qx blueprint <<<"$(complete_words stagecraft-cli export x.journey.xml --view "")" || fail "views"
    grep -qx a4-landscape <<<"$(complete_words stagecraft-cli deck x.journey.xml --page a)" || fail "page shapes"
    grep -qx -- --all-views <<<"$(complete_words stagecraft-cli export --a)" || fail "export's options"
    mkdir -p "$TMP/w" && touch "$TMP/w/plan.journey.xml" "$TMP/w/notes.txt" && cd "$TMP/w"
    got="$(complete_words stagecraft-cli check "")"
    grep -qx plan.journey.xml <<<"$got" || fail "journey files: $got"
    if grep -qx notes.txt <<<"$got"; then fail "offers a file that is not a journey"; fi
    ;;
  package)
    cd "$BUILD"
    cpack -G DEB -B "$TMP/deb" >"$TMP/cpack.log" 2>&1 || { cat "$TMP/cpack.log"; fail "cpack"; }
    deb="$(ls "$TMP"/deb/*.deb)"
    cmake --install . --prefix "$TMP/root/usr" >/dev/null
    (cd "$TMP/root" && find . -type f | sed 's|^\./|/|' | sort) >"$TMP/installed"
    dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\./|/|' | sort >"$TMP/packaged"
    diff -u "$TMP/installed" "$TMP/packaged" || fail "the package does not hold what cmake --install installs"
    depends="$(dpkg-deb -f "$deb" Depends)"
    for d in libgvc6 libgvc6-plugins-gtk libwx fonts-urw-base35 libpugixml libxlsxwriter librsvg2; do
      grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
    done
    ;;
  *)
    fail "no check '$CHECK'"
    ;;
esac
echo "ok: $CHECK"
