#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Soak test: the console watches a real libvirtd while a second client churns VMs through it
# (defined, started, destroyed, undefined; transient VMs created and destroyed) for a while.
# Samples the console's resident memory and open file descriptors from /proc and fails when
# either grows beyond a bound over its level after a warm-up.
#
#   bench/soak.sh VIRTDECK_BINARY [SECONDS]     default 1800 (30 min) for manual runs
# env: VIRTDECK_SOAK_URI (else VIRTDECK_QEMU_URI; e.g. qemu:///system), VIRTDECK_SOAK_VMS (6 VMs churned in parallel),
#      VIRTDECK_SOAK_RSS_MIB (bound on RSS growth, default 40 MiB + 10 %),
#      VIRTDECK_SOAK_FDS (bound on fd growth, default 16)
# Exit 0: flat; 1: grew beyond a bound; 77: no libvirtd to talk to (skip).
set -uo pipefail
exe=${1:?usage: soak.sh VIRTDECK_BINARY [SECONDS]}
seconds=${2:-1800}
uri=${VIRTDECK_SOAK_URI:-${VIRTDECK_QEMU_URI:-}}
nvms=${VIRTDECK_SOAK_VMS:-6}
rss_slack_mib=${VIRTDECK_SOAK_RSS_MIB:-40}
fd_slack=${VIRTDECK_SOAK_FDS:-16}
prefix=vd-soak-$$

[[ -n $uri ]] || { echo "soak: set VIRTDECK_SOAK_URI (e.g. qemu:///system); skipped"; exit 77; }
virsh -q -c "$uri" version >/dev/null 2>&1 || { echo "soak: $uri does not answer; skipped"; exit 77; }

work=$(mktemp -d /tmp/virtdeck-soak.XXXXXX)
gui=
cleanup() {
  [[ -n $gui ]] && kill "$gui" 2>/dev/null && wait "$gui" 2>/dev/null
  for ((i = 0; i < nvms; i++)); do
    virsh -q -c "$uri" destroy "$prefix-$i" >/dev/null 2>&1
    virsh -q -c "$uri" destroy "$prefix-t$i" >/dev/null 2>&1
    virsh -q -c "$uri" undefine "$prefix-$i" >/dev/null 2>&1
  done
  rm -rf "$work"
}
trap cleanup EXIT

# A diskless 32 MiB VM: QEMU starts it at once and idles in the BIOS.
vmxml() {
  cat <<XML
<domain type='qemu'><name>$1</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='pc'>hvm</type></os>
<devices><emulator>/usr/bin/qemu-system-x86_64</emulator><memballoon model='none'/></devices>
</domain>
XML
}

# The console, offscreen, with settings of its own (no saved hosts), watching the host.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=offscreen
"$exe" --connect "$uri" >"$work/gui.log" 2>&1 &
gui=$!

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$gui/status" 2>/dev/null || echo 0; }
fds() { ls "/proc/$gui/fd" 2>/dev/null | wc -l; }

churn_one() { # one round for VM slot $1
  local n=$prefix-$1 t=$prefix-t$1
  vmxml "$n" >"$work/$n.xml"
  vmxml "$t" >"$work/$t.xml"
  virsh -q -c "$uri" define "$work/$n.xml" >/dev/null &&
    virsh -q -c "$uri" start "$n" >/dev/null &&
    virsh -q -c "$uri" suspend "$n" >/dev/null &&
    virsh -q -c "$uri" resume "$n" >/dev/null &&
    virsh -q -c "$uri" destroy "$n" >/dev/null &&
    virsh -q -c "$uri" undefine "$n" >/dev/null &&
    virsh -q -c "$uri" create "$work/$t.xml" >/dev/null &&
    virsh -q -c "$uri" destroy "$t" >/dev/null
}

start=$(date +%s)
warm=$((seconds / 5 < 20 ? 20 : seconds / 5))
((warm > seconds / 2)) && warm=$((seconds / 2))
base_rss=0 base_fds=0 max_rss=0 max_fds=0 rounds=0 failed=0 last_print=0
echo "soak: ${seconds}s against $uri, $nvms VMs churned in parallel, warm-up ${warm}s"
while :; do
  now=$(date +%s)
  elapsed=$((now - start))
  ((elapsed >= seconds)) && break
  kill -0 "$gui" 2>/dev/null || { echo "soak: the console exited"; cat "$work/gui.log"; exit 1; }
  pids=()
  for ((i = 0; i < nvms; i++)); do churn_one "$i" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
  rounds=$((rounds + 1))
  r=$(rss_kib) f=$(fds)
  if ((elapsed >= warm && base_rss == 0)); then base_rss=$r base_fds=$f; fi
  if ((base_rss > 0)); then
    ((r > max_rss)) && max_rss=$r
    ((f > max_fds)) && max_fds=$f
  fi
  if ((now - last_print >= 10)); then
    echo "soak: t=${elapsed}s rounds=$rounds rss=$((r / 1024))MiB fds=$f"
    last_print=$now
  fi
done
r=$(rss_kib) f=$(fds)
((r > max_rss)) && max_rss=$r
((f > max_fds)) && max_fds=$f
limit_rss=$((base_rss + base_rss / 10 + rss_slack_mib * 1024))
limit_fds=$((base_fds + fd_slack))
echo "soak: $rounds rounds x $nvms VMs ($((rounds * nvms * 2)) VM lifecycles), $failed churn failures"
echo "soak: RSS after warm-up $((base_rss / 1024)) MiB, peak $((max_rss / 1024)) MiB, end $((r / 1024)) MiB (bound $((limit_rss / 1024)) MiB)"
echo "soak: fds after warm-up $base_fds, peak $max_fds, end $f (bound $limit_fds)"
status=0
((rounds >= 2)) || { echo "soak: too few rounds to judge"; status=1; }
((max_rss <= limit_rss)) || { echo "soak: FAIL resident memory grew"; status=1; }
((max_fds <= limit_fds)) || { echo "soak: FAIL file descriptors grew"; status=1; }
exit $status
