#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for SECONDS on a scratch
# copy of its committed seed corpus (tests/fuzz/corpus/<target>/). A crash, leak, timeout or
# sanitizer report fails the run; the input is kept in build-fuzz/artifacts/ — add it to the
# corpus and fix the bug.
#   tests/fuzz/run-fuzzers.sh [SOURCE_DIR] [SECONDS]
set -euo pipefail
top=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
seconds=${2:-60}
build=$top/build-fuzz

CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVIRTDECK_FUZZ=ON -DVIRTDECK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzzers

mkdir -p "$build/artifacts"
# fuzz_chunk and fuzz_repository write their input as files for every run: keep those in memory
# when possible.
[[ -d /dev/shm && -w /dev/shm ]] && export TMPDIR=/dev/shm
status=0
for dir in "$top"/tests/fuzz/corpus/*/; do
  target=$(basename "$dir")
  exe=$build/tests/fuzz/$target
  [[ -x $exe ]] || { echo "run-fuzzers: $target was not built" >&2; status=1; continue; }
  work=$build/corpus/$target
  mkdir -p "$work"
  echo "run-fuzzers: $target for ${seconds}s"
  if ! "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=512 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$target-" "$work" "$dir" >"$build/$target.log" 2>&1; then
    echo "run-fuzzers: $target FAILED; last lines of $build/$target.log:" >&2
    tail -n 60 "$build/$target.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^Done' "$build/$target.log" || true
  fi
done

# The command line itself: generated argument vectors against the built program, failing on a
# crash, a hang or a sanitizer report. The normal build, not the ASan one: with GCC 12's ASan a
# child libvirt forks for ssh can deadlock on the sanitizer's allocator lock between fork and exec
# when another thread held it (opendir -> malloc in virCommandRunAsync), and the open then waits
# for ever: 2-4 in 50 runs of "pools --connect qemu+ssh://…:1 --connect test:///default" under
# ASan, 0 in 100 without. glibc's malloc is fork-safe; the ASan runtime of that compiler is not.
cli=$top/build/app/virtdeck
[[ -x $cli ]] || cli=$top/build-asan/app/virtdeck
if [[ -x $cli ]]; then
  echo "run-fuzzers: fuzz-argv on $cli for ${seconds}s"
  python3 "$top/tests/fuzz/fuzz-argv.py" "$cli" "$seconds" || status=1
else
  echo "run-fuzzers: no built virtdeck for fuzz-argv" >&2
  status=1
fi
exit $status
