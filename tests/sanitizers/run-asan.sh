#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the project with ASan + UBSan in build-asan/ and runs the unit and integration tests
# there (the tests labelled "release", the package and the soak, are left to the normal build). The libraries build as
# unity (jumbo) units here, which takes minutes off the CI hour; the normal build keeps one unit
# per file, so a missing include still shows there. Leak reports, use-after-free,
# overflows and undefined behaviour all make the test that triggered them fail.
#   tests/sanitizers/run-asan.sh [SOURCE_DIR] [ctest args...]
set -euo pipefail
top=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
shift || true
build=$top/build-asan

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DVIRTDECK_SANITIZE=address,undefined \
  -DVIRTDECK_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build "$build"

supp=$top/tests/sanitizers
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=0:strict_string_checks=0:check_initialization_order=1
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp
# Integration tests get more time: instrumented code runs about twice as slow. The soak test
# stays in the normal build: it judges resident memory, which under ASan is mostly ASan's own
# quarantine of freed blocks (it grew 182 -> 343 MiB in 90 s here, with no leak).
cd "$build"
status=0
ctest --output-on-failure --timeout 1200 -L unit -j2 "$@" || status=1
ctest --output-on-failure --timeout 1200 -LE 'unit|release' "$@" || status=1
exit $status
