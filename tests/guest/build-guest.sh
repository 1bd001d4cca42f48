#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the tiny test guest: the kernel that linux-image-amd64 depends on plus an initramfs of
# busybox-static. Idempotent: a stamp records what was built from, so a second run costs nothing.
#   tests/guest/build-guest.sh [DIR]     DIR defaults to ${VIRTDECK_GUEST_DIR:-/var/tmp/virtdeck-guest}
# Prints DIR on success. DIR holds vmlinuz, initrd.img and stamp.
# The kernel is fetched with apt-get download and unpacked into a temp dir: nothing is installed
# into the machine. Boot it with cmdline "console=tty0 console=ttyS0,115200"; it prints
# "VIRTDECK GUEST READY" on tty1 and ttyS0 and then runs a shell on both.
set -euo pipefail

out=${1:-${VIRTDECK_GUEST_DIR:-/var/tmp/virtdeck-guest}}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
busybox=/bin/busybox
die() { echo "build-guest: $*" >&2; exit 1; }

# Not `busybox --list | grep -q`: grep's early exit makes the pipe fail under pipefail.
[[ -x $busybox && $'\n'$("$busybox" --list)$'\n' == *$'\nudhcpc\n'* ]] ||
  die "busybox-static is not installed (installer/deps.sh test)"
command -v cpio >/dev/null || die "cpio is not installed (installer/deps.sh test)"
quick="script $(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16) busybox $(dpkg-query -W -f='${Version}' busybox-static)"
# The fast path: nothing changed since the stamp, not even apt's package lists (apt-cache costs
# a second or two).
if [[ -f $out/stamp && $(head -n 1 "$out/stamp") == "$quick" && -s $out/vmlinuz && -s $out/initrd.img &&
  -z $(find /var/lib/apt/lists -maxdepth 1 -newer "$out/stamp" -print -quit 2>/dev/null) ]]; then
  echo "$out"
  exit 0
fi
kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
[[ -n $kpkg ]] || die "apt-cache knows no linux-image-amd64 (apt-get update?)"
kver=$(apt-cache policy "$kpkg" | awk '/Candidate:/ {print $2}')
# What the result depends on: this script (its /init), busybox and the kernel.
want="$quick
$kpkg $kver"

mkdir -p "$out"
exec 9>"$out/.lock"
flock 9 # two test runs at once build once
if [[ -f $out/stamp && $(cat "$out/stamp") == "$want" && -s $out/vmlinuz && -s $out/initrd.img ]]; then
  echo "$out"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp" # apt-get download runs as _apt where it can
(cd "$tmp" && apt-get download -q "$kpkg" >&2) || die "apt-get download $kpkg failed"
dpkg-deb -x "$tmp"/"$kpkg"_*.deb "$tmp/k"
kdir=$(ls -d "$tmp"/k/lib/modules/*/ | head -n 1)
kdir=${kdir%/}

root=$tmp/root
mkdir -p "$root"/{bin,sbin,dev,proc,sys,etc,tmp,run,lib/modules,usr/share/udhcpc}
cp "$busybox" "$root/bin/busybox"

# Modules and their dependencies, in load order (dependencies first).
declare -A seen=()
order=()
add_module() {
  local name=${1//-/_} file dep
  [[ -n ${seen[$name]:-} ]] && return 0
  seen[$name]=1
  file=$(find "$kdir/kernel" -name "$name.ko*" -o -name "${name//_/-}.ko*" | head -n 1)
  [[ -n $file ]] || return 0 # built in
  for dep in $(modinfo -F depends "$file" | tr ',' ' '); do add_module "$dep"; done
  cp "$file" "$root/lib/modules/"
  order+=("$(basename "$file")")
}
for m in virtio_pci virtio_net e1000 virtio_console; do add_module "$m"; done
printf '%s\n' "${order[@]}" >"$root/lib/modules/order"

cat >"$root/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for m in $(cat /lib/modules/order); do insmod /lib/modules/$m 2>/dev/null; done
exec /bin/init
INIT
cat >"$root/etc/inittab" <<'TAB'
::sysinit:/etc/rcS
ttyS0::respawn:-/bin/sh
tty1::respawn:-/bin/sh
::once:/etc/dhcp.sh
TAB
cat >"$root/etc/rcS" <<'RCS'
#!/bin/sh
hostname virtdeck-guest
for t in /dev/tty1 /dev/ttyS0; do
  printf '\n*** VIRTDECK GUEST READY (%s) ***\n' "$(uname -r)" >$t
done
RCS
cat >"$root/etc/dhcp.sh" <<'DHCP'
#!/bin/sh
# A DHCP address on every NIC there is; the address is printed on both consoles.
for n in /sys/class/net/*; do
  n=${n##*/}
  [ "$n" = lo ] && continue
  ip link set "$n" up
  if udhcpc -i "$n" -q -n -t 5 -T 1 -s /usr/share/udhcpc/default.script >/dev/null 2>&1; then
    a=$(ip -4 -o addr show dev "$n" | awk '{print $4}')
    for t in /dev/tty1 /dev/ttyS0; do echo "VIRTDECK GUEST ADDRESS $n $a" >$t; done
  else
    for t in /dev/tty1 /dev/ttyS0; do echo "VIRTDECK GUEST NO ADDRESS $n" >$t; done
  fi
done
DHCP
cat >"$root/usr/share/udhcpc/default.script" <<'UDH'
#!/bin/sh
case "$1" in
  deconfig) ip -4 addr flush dev "$interface"; ip link set "$interface" up ;;
  bound|renew)
    ip -4 addr flush dev "$interface"
    ip -4 addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route add default via "${router%% *}" dev "$interface"
    : >/etc/resolv.conf
    for d in $dns; do echo "nameserver $d" >>/etc/resolv.conf; done ;;
esac
exit 0
UDH
echo "export PS1='guest# '" >"$root/etc/profile"
chmod 755 "$root/init" "$root/etc/rcS" "$root/etc/dhcp.sh" "$root/usr/share/udhcpc/default.script"

(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0 | gzip -6) >"$tmp/initrd.img"
cp "$tmp"/k/boot/vmlinuz-* "$tmp/vmlinuz"
# Readable by libvirt-qemu (QEMU does not run as root everywhere); rename = atomic for readers.
chmod 644 "$tmp/vmlinuz" "$tmp/initrd.img"
chmod 755 "$out"
mv -f "$tmp/vmlinuz" "$out/vmlinuz"
mv -f "$tmp/initrd.img" "$out/initrd.img"
echo "$want" >"$out/stamp"
echo "$out"
