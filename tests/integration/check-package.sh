#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and proves it on a clean system: lintian and the desktop validators
# on the host, then a fresh Debian 12 root (debootstrap, minbase: nothing of the build machine)
# where apt installs the package with its Depends, and the installed program runs: --version, a
# window-less listing, and an offscreen window on the demo hosts.
# Usage: check-package.sh BUILD_DIR SOURCE_DIR. Exits 77 (skipped) unless root with
# VIRTDECK_PACKAGE_TEST=1: it builds a root file system and mounts into it.
set -euo pipefail
build=$1 src=$2
if [[ $(id -u) -ne 0 || -z "${VIRTDECK_PACKAGE_TEST:-}" ]]; then
  echo "skipped: builds a clean root; needs root and VIRTDECK_PACKAGE_TEST=1 (tests/run.sh sets it)"
  exit 77
fi
step() { echo "== $*"; }
fail() { echo "check-package: $*" >&2; exit 1; }

step "validators"
desktop-file-validate "$src/installer/virtdeck.desktop"
appstreamcli validate --no-net "$src/installer/io.github.virtdeck.Virtdeck.metainfo.xml"

step "cpack"
cd "$build"
rm -f virtdeck_*.deb
cpack -G DEB >/dev/null
deb=$(ls "$PWD"/virtdeck_*_*.deb)
dpkg-deb -f "$deb" Package Version Depends
depends=$(dpkg-deb -f "$deb" Depends)
contents=$(dpkg-deb -c "$deb")
for need in libvirt0 libqt6widgets6 libqt6sql6-sqlite; do
  grep -q "$need" <<<"$depends" || fail "Depends lacks $need"
done
# The QtSql driver a PostgreSQL store needs: recommended, as SQLite is the default store.
grep -q libqt6sql6-psql <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks libqt6sql6-psql"
for f in ./usr/share/doc/virtdeck/copyright ./usr/share/doc/virtdeck/changelog.gz; do
  grep -q " $f\$" <<<"$contents" || fail "the package lacks $f"
done

step "lintian"
lintian --fail-on error "$deb"

# A fresh Debian 12 root: debootstrap's minimal base, the host's apt sources, the host's package
# cache (only to save downloads: apt still resolves every Depends from the archive's metadata).
root=$(mktemp -d /var/tmp/virtdeck-clean-root.XXXXXX)
mounts=()
cleanup() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
bindmount() { mkdir -p "$root$1"; mount --bind "$1" "$root$1"; mounts+=("$root$1"); }

step "debootstrap bookworm (minbase) into $root"
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
debootstrap --variant=minbase --cache-dir=/var/cache/apt/archives bookworm "$root" \
  "${mirror:-http://deb.debian.org/debian}" >"$build/debootstrap.log" 2>&1 ||
  { tail -20 "$build/debootstrap.log"; fail "debootstrap failed"; }
rm -f "$root/etc/apt/sources.list"
cp -a /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null ||
  cp -a /etc/apt/sources.list "$root/etc/apt/"
mount -t proc proc "$root/proc"; mounts+=("$root/proc")
bindmount /dev
bindmount /var/cache/apt/archives
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get install ./$(basename "$deb") in the clean root"
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$build/clean-root-install.log" 2>&1 ||
  { tail -30 "$build/clean-root-install.log"; fail "apt could not install the package"; }
for f in /usr/bin/virtdeck /usr/share/applications/virtdeck.desktop \
         /usr/share/metainfo/io.github.virtdeck.Virtdeck.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/virtdeck.svg \
         /usr/share/icons/hicolor/48x48/apps/virtdeck.png \
         /usr/share/doc/virtdeck/copyright; do
  [[ -e $root$f ]] || fail "not installed: $f"
done

step "the installed program, in the clean root"
in_root /usr/bin/virtdeck --version
in_root /usr/bin/virtdeck list --connect test:///default --json | grep -q '"name": "test"' ||
  fail "virtdeck list printed no VM of test:///default"
in_root /usr/bin/env XDG_CONFIG_HOME=/tmp/xdg XDG_DATA_HOME=/tmp/xdg-data QT_QPA_PLATFORM=offscreen \
  timeout 60 /usr/bin/virtdeck --demo --screenshot /tmp/shot.png --window-size 1200x700
[[ -s $root/tmp/shot.png ]] || fail "no screenshot from the installed program"
cp "$root/tmp/shot.png" "$build/clean-root-window.png"

step "apt-get remove"
in_root apt-get remove -y -q virtdeck >/dev/null
[[ ! -e $root/usr/bin/virtdeck ]] || fail "apt-get remove left /usr/bin/virtdeck"
echo "package OK on a clean Debian 12 root: $(basename "$deb")"
