#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
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
  mkdir -p "$tmp/cfg/virtdeck"
  # Every shot's Backups pane reads a small repository of its own (made below).
  printf '[preferences]\nbackupRepository=%s\n' "$tmp/repo" >"$tmp/cfg/virtdeck/virtdeck.conf"
  XDG_CONFIG_HOME=$tmp/cfg XDG_DATA_HOME=$tmp/data QT_QPA_PLATFORM=offscreen \
    LC_ALL=${SHOT_LOCALE:-C.UTF-8} LANGUAGE=${SHOT_LANGUAGE:-} \
    "$build/app/virtdeck" --demo --window-size 1400x800 --screenshot "$out/$name.png" "$@"
  echo "wrote $out/$name.png"
}
# A repository with three backups of two "VMs" (disk images of random data): two of web-01 share
# every chunk, so the pane shows deduplication.
head -c $((24 << 20)) /dev/urandom >"$tmp/disk.raw"
for vm in web-01 web-01 db-primary; do
  "$build/app/virtdeck" backup --repo "$tmp/repo" --image "$tmp/disk.raw" --name "$vm" >/dev/null
done
shot main-window --select linux101-alice --screenshot-delay 3000
shot images --page images --screenshot-delay 2000
shot jobs --show-jobs
shot labs --show-labs
shot backups --show-backups --screenshot-delay 1500
SHOT_LOCALE=de_DE.UTF-8 SHOT_LANGUAGE=de shot main-window-de --select linux101-alice
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "make-screenshots: no Chinese font (apt-get install fonts-wqy-microhei): the zh shot would show boxes" >&2
fi
SHOT_LOCALE=zh_CN.UTF-8 SHOT_LANGUAGE=zh_CN shot main-window-zh --select linux101-alice

# A failed lab provisioning and a failed backup in the Jobs view, with the job's log beside it, in
# German and Chinese: what a user reads when things go wrong must be in their language too.
failshot() { # LANGUAGE NAME JOB
  local lang=$1 name=$2 job=$3 d="$tmp/fail-$1"
  rm -rf "$d"
  mkdir -p "$d"
  printf 'id,name,email,group\ns1,Ada Lovelace,ada@example.org,A\ns2,Bob Byte,bob@example.org,A\n' >"$d/roster.csv"
  (
    export XDG_CONFIG_HOME=$d/cfg XDG_DATA_HOME=$d/data QT_QPA_PLATFORM=offscreen LANGUAGE=$lang
    export LC_ALL=$lang.UTF-8
    "$build/app/virtdeck" lab create --lab python101 --template test --roster "$d/roster.csv" \
      --connect test:///default >/dev/null
    "$build/app/virtdeck" jobs add --connect test:///default --action lab-provision \
      --vm python101 >/dev/null 2>&1
    "$build/app/virtdeck" jobs add --connect test:///default --action backup --vm test \
      --param repository=/proc/virtdeck-repo >/dev/null 2>&1
    "$build/app/virtdeck" --connect test:///default --window-size 1366x768 --show-jobs \
      --select-job "$job" --screenshot "$out/$name.png" --screenshot-delay 3000
  )
  echo "wrote $out/$name.png"
}
for lang in de zh_CN; do
  failshot "$lang" "lab-job-log-${lang%_CN}" 1
  failshot "$lang" "backup-failed-${lang%_CN}" 2
done
