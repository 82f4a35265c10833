#!/usr/bin/env bash
# Installs the Debian package in a fresh Debian 12 root, as a stranger's machine would, and checks
# it: `apt-get install` of the .deb (its dependencies from Debian's archive), `stagecraft-cli
# validate` and `deck` on an installed sample, the menu entry, file type and manual pages in
# place, then `apt-get purge` leaving nothing of it behind. Needs root and the network; takes a
# few minutes (debootstrap), so it is not part of scripts/test.sh.
#   scripts/test-package.sh [ROOT_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

ROOT="${1:-/tmp/stagecraft-fresh-root}"
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
MIRROR="${STAGECRAFT_MIRROR:-http://deb.debian.org/debian}"

install_missing_packages
"${sudo[@]}" apt-get install -y -qq --no-install-recommends debootstrap </dev/null >/dev/null
configure_and_build
say "Making the package"
(cd "$BUILD_DIR" && cpack -G DEB -B "$BUILD_DIR/package" >/dev/null)
DEB="$(ls -t "$BUILD_DIR"/package/stagecraft_*.deb | head -1)"
echo "  $DEB"

cleanup() {
  "${sudo[@]}" umount "$ROOT/proc" 2>/dev/null || true
}
trap cleanup EXIT
if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
  say "A fresh Debian 12 root in $ROOT (debootstrap)"
  "${sudo[@]}" rm -rf "$ROOT"
  "${sudo[@]}" debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >/dev/null
fi
"${sudo[@]}" mount -t proc proc "$ROOT/proc"
in_root() { "${sudo[@]}" chroot "$ROOT" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

say "Installing $(basename "$DEB")"
"${sudo[@]}" cp "$DEB" "$ROOT/tmp/stagecraft.deb"
in_root apt-get update -qq
in_root apt-get install -y -qq /tmp/stagecraft.deb >/dev/null

say "Running it"
in_root stagecraft-cli validate /usr/share/stagecraft/examples/coffee-shop.journey.xml
in_root /usr/libexec/stagecraft/stagecraft-render --check   # the editor's pictures can be drawn
in_root stagecraft-cli deck /usr/share/stagecraft/examples/coffee-shop.journey.xml -o /tmp/coffee-shop.pdf
for f in /usr/bin/stagecraft /usr/libexec/stagecraft/stagecraft-render \
         /usr/share/applications/org.stagecraft.Stagecraft.desktop /usr/share/mime/packages/stagecraft.xml \
         /usr/share/icons/hicolor/256x256/apps/org.stagecraft.Stagecraft.png /usr/share/man/man1/stagecraft-cli.1 \
         /usr/share/bash-completion/completions/stagecraft-cli /usr/share/metainfo/org.stagecraft.Stagecraft.metainfo.xml; do
  [ -e "$ROOT$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
# The file type is registered (dpkg's trigger ran update-mime-database).
grep -q 'application/x-stagecraft-journey' "$ROOT/usr/share/mime/globs2" || { echo "file type not registered" >&2; exit 1; }

say "Removing it"
in_root apt-get purge -y -qq stagecraft >/dev/null
left="$( (cd "$ROOT" && ls -d usr/bin/stagecraft* usr/share/stagecraft usr/libexec/stagecraft \
            usr/share/applications/org.stagecraft.* usr/share/man/man1/stagecraft* 2>/dev/null) || true)"
[ -z "$left" ] || { echo "left behind after purge: $left" >&2; exit 1; }
grep -q 'application/x-stagecraft-journey' "$ROOT/usr/share/mime/globs2" && { echo "file type still registered" >&2; exit 1; }
say "The package installs, runs and uninstalls cleanly in a fresh Debian 12 root"
