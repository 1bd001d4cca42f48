#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Virtdeck needs, only those that are missing.
#   installer/deps.sh build   compile and run the app
#   installer/deps.sh package also what building the .deb uses (installer/install.sh)
#   installer/deps.sh test    also what the tests use: libvirtd + QEMU, sshd, PostgreSQL, Xvfb,
#                             validators
set -euo pipefail

build_pkgs=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  libvirt-dev libxml2-dev libssl-dev libzstd-dev qtkeychain-qt6-dev libglpk-dev
  libvterm-dev
  libvncserver-dev libspice-client-glib-2.0-dev
)
test_pkgs=(
  libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients
  qemu-system-x86 qemu-utils openssh-server openssh-client netcat-openbsd
  xvfb xauth procps iproute2 desktop-file-utils appstream dpkg-dev file
  dbus gnome-keyring
  iptables dnsmasq-base
  clang libclang-rt-14-dev
  libguestfs-tools linux-image-amd64 busybox-static cpio
  debootstrap lintian
  postgresql libqt6sql6-psql
)

want=("${build_pkgs[@]}")
[[ "${1:-build}" == package ]] && want+=(dpkg-dev file)
[[ "${1:-build}" == test ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "deps.sh: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
echo "deps.sh: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
