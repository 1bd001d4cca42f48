#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Replication to a standby: the first (whole) copy of a running VM's disk, then an incremental
# run after changing CHANGE_PCT % of it — scattered 64 KiB writes, as a guest's own writes
# land — with the bytes read from the VM's host and the bytes written to the standby, as
# `virtdeck replicas --json` reports them. Run as root next to a libvirtd (SOURCE) and a
# second one (STANDBY, e.g. `tests/integration/services.sh start-libvirtd2`).
# usage: replication-bench.sh VIRTDECK_BINARY STANDBY_URI [SIZE_MIB (1024)] [CHANGE_PCT (1)]
set -euo pipefail
VD=$1
STANDBY=$2
SIZE=${3:-1024}
PCT=${4:-1}
SOURCE=qemu:///system
W=$(mktemp -d /var/tmp/vd-repbench.XXXXXX)
vm=vdbench-rep-$$
disk=/var/lib/libvirt/images/$vm.qcow2
cleanup() {
    virsh -q -c "$SOURCE" destroy "$vm" >/dev/null 2>&1 || true
    for c in $(virsh -q -c "$SOURCE" checkpoint-list "$vm" --name 2>/dev/null); do
        virsh -q -c "$SOURCE" checkpoint-delete "$vm" "$c" --metadata >/dev/null 2>&1 || true
    done
    virsh -q -c "$SOURCE" undefine "$vm" --remove-all-storage >/dev/null 2>&1 || true
    virsh -q -c "$STANDBY" undefine "$vm" --remove-all-storage >/dev/null 2>&1 || true
    rm -rf "$W"
}
trap cleanup EXIT
now() { date +%s.%N; }

# Three quarters of the disk hold data (distinct per MiB, so nothing deduplicates away).
qemu-img create -q -f qcow2 "$disk" "${SIZE}M"
args=()
for ((m = 0; m < SIZE * 3 / 4; m += 1)); do args+=(-c "write -P $((m % 251 + 1)) ${m}M 1M"); done
qemu-io -f qcow2 "${args[@]}" "$disk" >/dev/null
virsh -q -c "$SOURCE" pool-refresh default >/dev/null
sed "s|@NAME@|$vm|; s|@DISK@|$disk|" "$(dirname "$0")/../tests/data/tiny-vm.xml" >"$W/vm.xml"
virsh -q -c "$SOURCE" define "$W/vm.xml" >/dev/null
virsh -q -c "$SOURCE" start "$vm" >/dev/null

moved() {
    "$VD" replicas --connect "$STANDBY" --json |
        python3 -c "import json,sys; print([r for r in json.load(sys.stdin)['replicas'] if r['vm']=='$1'][0]['last_moved'])"
}
replicate() {
    local s e
    s=$(now)
    "$VD" replicate --connect "$SOURCE" --standby "$STANDBY" --repo "$W/repo" "$vm" 2>/dev/null |
        sed 's/.*(/  (/'
    e=$(now)
    printf '  %.2f s, %s bytes written to the standby\n' "$(echo "$e - $s" | bc)" "$(moved "$vm")"
}

echo "disk: $SIZE MiB qcow2, $((SIZE * 3 / 4)) MiB of data; standby $STANDBY"
echo "first replication (whole):"
replicate
blocks=$((SIZE * 1024 * PCT / 100 / 64))
echo "changing $PCT % in the running guest: $blocks scattered 64 KiB writes"
for ((i = 0; i < blocks; i++)); do
    off=$(((RANDOM * 32768 + RANDOM) % (SIZE * 16) * 64))
    virsh -q -c "$SOURCE" qemu-monitor-command --hmp "$vm" \
        "qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"write -P 0x5$((i % 10)) ${off}k 64k\"" >/dev/null
done
echo "second replication (changes):"
replicate
