#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up what is missing on Debian 12, builds Virtdeck and opens it. Arguments go to the app,
# e.g. app/run.sh --demo, or app/run.sh --connect qemu+ssh://root@host/system
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target virtdeck
exec build/app/virtdeck "$@"
