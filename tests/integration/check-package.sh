#!/usr/bin/env bash
# Builds the Debian package, installs it with apt like a user would, and runs the installed
# program: --version, a window-less listing, and an offscreen window on the demo hosts.
# Usage: check-package.sh BUILD_DIR SOURCE_DIR. Exits 77 (skipped) unless root with
# VIRTDECK_PACKAGE_TEST=1, because it installs into /usr.
set -euo pipefail
build=$1 src=$2
if [[ $(id -u) -ne 0 || -z "${VIRTDECK_PACKAGE_TEST:-}" ]]; then
  echo "skipped: installs a package; needs root and VIRTDECK_PACKAGE_TEST=1 (tests/run.sh sets it)"
  exit 77
fi
step() { echo "== $*"; }

step "validators"
desktop-file-validate "$src/installer/virtdeck.desktop"
appstreamcli validate --no-net "$src/installer/io.github.virtdeck.Virtdeck.metainfo.xml"

step "cpack"
cd "$build"
rm -f virtdeck_*.deb
cpack -G DEB >/dev/null
deb=$(ls "$PWD"/virtdeck_*_*.deb)
dpkg-deb -f "$deb" Package Version Depends
dpkg-deb -f "$deb" Depends | grep -q 'libvirt0' || { echo "Depends lacks libvirt0" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || { echo "Depends lacks Qt" >&2; exit 1; }

step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends --reinstall "$deb" >/dev/null
for f in /usr/bin/virtdeck /usr/share/applications/virtdeck.desktop \
         /usr/share/metainfo/io.github.virtdeck.Virtdeck.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/virtdeck.svg \
         /usr/share/icons/hicolor/48x48/apps/virtdeck.png; do
  [[ -e $f ]] || { echo "not installed: $f" >&2; exit 1; }
done

step "installed program"
/usr/bin/virtdeck --version
/usr/bin/virtdeck list --connect test:///default --json | grep -q '"name": "test"'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
XDG_CONFIG_HOME=$tmp QT_QPA_PLATFORM=offscreen timeout 60 \
  /usr/bin/virtdeck --demo --screenshot "$tmp/shot.png" --window-size 1200x700
[[ -s $tmp/shot.png ]] || { echo "no screenshot from the installed program" >&2; exit 1; }
echo "package OK: $(basename "$deb")"
