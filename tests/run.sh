#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up what is missing on Debian 12, builds Virtdeck and runs every test.
# As root it also starts a real libvirtd (QEMU/TCG) and a throwaway sshd on 127.0.0.1 for the
# integration tests; as another user those tests skip and say why. Either way it starts a
# throwaway PostgreSQL server and exports its admin URL as VIRTDECK_TEST_POSTGRES.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
# Each stage says when it starts (minutes:seconds since this script began): the CI hour is
# spent by these, and a stage that grows shows here first.
stage() { printf 'tests/run.sh: %02d:%02d %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

stage "installing what is missing"
bash installer/deps.sh test
stage "building"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build

services=tests/integration/services.sh
ssh_state=$(mktemp -d /tmp/virtdeck-sshd.XXXXXX)
ssh_port=${VIRTDECK_SSH_PORT:-2299}
pg_state=$(mktemp -d /tmp/virtdeck-postgres.XXXXXX)
cleanup() {
  bash "$services" stop-postgres "$pg_state" >/dev/null 2>&1 || true
  rm -rf "$pg_state"
  bash "$services" stop-sshd "$ssh_state" >/dev/null 2>&1 || true
  bash "$services" stop-libvirtd2 >/dev/null 2>&1 || true
  bash "$services" stop-libvirtd-bare >/dev/null 2>&1 || true
  rm -rf "$ssh_state"
}
trap cleanup EXIT

# A throwaway PostgreSQL server (unix socket only) for the tests of the PostgreSQL store, as root
# and as another user alike; the sanitizer stage inherits it. A server that does not start ends
# the run here, instead of those tests skipping unnoticed.
stage "starting PostgreSQL"
pg_url=$(bash "$services" start-postgres "$pg_state" | tail -n 1)
export VIRTDECK_TEST_POSTGRES=$pg_url

if [[ $(id -u) -eq 0 ]]; then
  bash "$services" start-libvirtd
  export VIRTDECK_QEMU_URI=qemu:///system
  # A second, independent libvirtd (own host UUID) as the migration target.
  export VIRTDECK_QEMU2_URI=$(bash "$services" start-libvirtd2 | tail -n 1)
  # A third one as a user's bare host has it: no storage pool, no network (wiped at each start).
  export VIRTDECK_BARE_URI=$(bash "$services" start-libvirtd-bare | tail -n 1)
  export VIRTDECK_SSH_URI=$(bash "$services" start-sshd "$ssh_port" "$ssh_state" | tail -n 1)
  export VIRTDECK_SSH_STATEDIR=$ssh_state VIRTDECK_SSH_PORT=$ssh_port
  export VIRTDECK_PACKAGE_TEST=1
  # This machine's libvirtd is ours alone: the fault tests may kill it (and start it again).
  export VIRTDECK_ALLOW_LIBVIRTD_KILL=1
else
  echo "tests/run.sh: not root, so no libvirtd/sshd is started; integration tests will skip." >&2
fi

status=0
# Unit tests two at a time (they share nothing; this is also the "both cores busy" run).
stage "unit tests"
(cd build && ctest --output-on-failure --timeout 900 -L unit -j2 "$@") || status=1

# The integration tests run once, one at a time (they share the daemons, and the fault tests stop
# and start libvirtd): under AddressSanitizer + UndefinedBehaviorSanitizer (leaks included), where
# any report also fails the test that triggered it. Only the tests labelled "release" judge the
# normal build: the Debian package, and the soak's resident memory. VIRTDECK_SANITIZE_STAGE=0
# runs them all in the normal build instead.
if [[ ${VIRTDECK_SANITIZE_STAGE:-1} != 0 ]]; then
  stage "package and soak tests"
  (cd build && ctest --output-on-failure --timeout 900 -L release "$@") || status=1
  stage "sanitizer stage"
  bash tests/sanitizers/run-asan.sh "$top" "$@" || status=1
else
  stage "integration and package tests"
  (cd build && ctest --output-on-failure --timeout 900 -LE unit "$@") || status=1
fi

# Last, a short libFuzzer run of every parser of outside input on its committed corpus.
# VIRTDECK_FUZZ_SECONDS per target (default 20: eight targets and the command line fit the
# hour CI has; 0 skips the stage). Longer runs by hand: tests/fuzz/run-fuzzers.sh . 600
if [[ ${VIRTDECK_FUZZ_SECONDS:-20} != 0 ]]; then
  stage "fuzzers"
  bash tests/fuzz/run-fuzzers.sh "$top" "${VIRTDECK_FUZZ_SECONDS:-20}" || status=1
fi
stage "done (status $status)"
exit $status
