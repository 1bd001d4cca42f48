#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and installs it with apt, so Virtdeck appears in the desktop's menu
# and opens with a double-click. Remove it again with: sudo apt remove virtdeck
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

bash installer/deps.sh package
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
(cd build && rm -f virtdeck_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$PWD"/build/virtdeck_*.deb)
# apt (not dpkg -i) pulls in the package's Depends from the archive.
as_root apt-get install -y "$deb"
echo "Installed $(basename "$deb"). Open Virtdeck from the menu, or run: virtdeck"
echo "Remove it with: sudo apt remove virtdeck"
