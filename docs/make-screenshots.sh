#!/usr/bin/env bash
# Regenerates the README's screenshots from the built-in demo hosts, so they never go stale.
# Usage: docs/make-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shot() { # NAME [ARGS…]: a first start (fresh settings and data), English unless LANGUAGE says
  local name=$1
  shift
  rm -rf "$tmp/cfg" "$tmp/data"
  XDG_CONFIG_HOME=$tmp/cfg XDG_DATA_HOME=$tmp/data QT_QPA_PLATFORM=offscreen \
    LC_ALL=${SHOT_LOCALE:-C.UTF-8} LANGUAGE=${SHOT_LANGUAGE:-} \
    "$build/app/virtdeck" --demo --window-size 1400x800 --screenshot "$out/$name.png" "$@"
  echo "wrote $out/$name.png"
}
shot main-window --select linux101-alice --screenshot-delay 3000
shot images --page images --screenshot-delay 2000
shot jobs --show-jobs
SHOT_LOCALE=de_DE.UTF-8 SHOT_LANGUAGE=de shot main-window-de --select linux101-alice
SHOT_LOCALE=zh_CN.UTF-8 SHOT_LANGUAGE=zh_CN shot main-window-zh --select linux101-alice
