#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Backup engine throughput on a mixed image (zero / random / repeated data), against
# `qemu-img convert` and `zstd -1` of the same data in the same run, plus incremental time
# after changing a few MiB and the dedup ratio of linked clones.
# usage: backup-bench.sh VIRTDECK_BINARY [SIZE_MIB (2048)] [WORKDIR]
set -euo pipefail
VD=$1
SIZE=${2:-2048}
W=${3:-$(mktemp -d /var/tmp/vd-bench.XXXXXX)}
mkdir -p "$W"
img=$W/mixed.raw
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
rate() { echo "scale=0; $1 / $2" | bc; }

# A quarter zeros (holes), a quarter random, half repeated text-like blocks.
truncate -s "${SIZE}M" "$img"
q=$((SIZE / 4))
dd if=/dev/urandom of="$img" bs=1M count=$q seek=$q conv=notrunc status=none
yes "virtdeck backup benchmark line with some repeated words $(date)" | head -c $((q * 2))M |
    dd of="$img" bs=1M seek=$((q * 2)) conv=notrunc status=none iflag=fullblock || true
sync
data_mib=$((SIZE * 3 / 4))
echo "image: $SIZE MiB ($data_mib MiB non-zero) in $W"

cat "$img" >/dev/null # warm the page cache for every contender alike
tq=$(t qemu-img convert -O qcow2 "$img" "$W/convert.qcow2")
tz=$(t zstd -1 -q -f -T1 "$img" -o "$W/img.zst")
rm -rf "$W/repo"
tf=$(t "$VD" backup --repo "$W/repo" --image "$img" --name bench)
printf 'qemu-img convert -O qcow2: %6.2f s  %5s MiB/s\n' "$tq" "$(rate $SIZE "$tq")"
printf 'zstd -1 (one core):         %6.2f s  %5s MiB/s\n' "$tz" "$(rate $SIZE "$tz")"
printf 'virtdeck full backup:       %6.2f s  %5s MiB/s\n' "$tf" "$(rate $SIZE "$tf")"

# Incremental proxy: a changed image backs up only new chunks (reading is still full for files).
dd if=/dev/urandom of="$img" bs=1M count=16 seek=$((q + 8)) conv=notrunc status=none
ti=$(t "$VD" backup --repo "$W/repo" --image "$img" --name bench)
printf 'virtdeck second backup (16 MiB changed): %6.2f s\n' "$ti"
id=$("$VD" backups --repo "$W/repo" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["backups"][-1]["id"])')
tr=$(t "$VD" restore --repo "$W/repo" "$id" --to-dir "$W/out")
printf 'virtdeck restore to file:   %6.2f s  %5s MiB/s\n' "$tr" "$(rate $SIZE "$tr")"
cmp "$img" "$W/out/image.raw" && echo "restore identical"

# Dedup: 30 linked clones of one template, each with 4 MiB of its own data.
tmpl=$W/template.qcow2
qemu-img convert -O qcow2 "$img" "$tmpl"
rm -rf "$W/repo30"
for i in $(seq 1 30); do
    c=$W/clone$i.qcow2
    qemu-img create -q -f qcow2 -F qcow2 -b "$tmpl" "$c"
    qemu-io -f qcow2 -c "write -P $i $((i * 16))M 4M" "$c" >/dev/null
done
tc=$(t "$VD" backup --repo "$W/repo30" $(for i in $(seq 1 30); do echo --image "$W/clone$i.qcow2"; done))
"$VD" backups --repo "$W/repo30" | tail -1
printf '30 linked clones backed up in %6.2f s\n' "$tc"
du -sh "$W/repo30" | sed 's/^/repository on disk: /'
rm -rf "$W"
