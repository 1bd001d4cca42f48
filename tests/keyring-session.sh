#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside its own D-Bus session with an unlocked gnome-keyring (the Secret Service),
# the way a desktop session provides one. Usage: keyring-session.sh PROGRAM [ARGS…]
set -euo pipefail
if [[ -z "${VIRTDECK_IN_KEYRING_SESSION:-}" ]]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
      echo "keyring-session.sh: $tool is missing (installer/deps.sh test installs it)" >&2
      exit 1
    }
  done
  home=$(mktemp -d /tmp/virtdeck-keyring.XXXXXX)
  trap 'rm -rf "$home"' EXIT
  export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  VIRTDECK_IN_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@"
  exit $?
fi
# Inside the session: an unlocked login keyring, then the test.
eval "$(printf 'virtdeck-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
