#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts/stops the real services the Virtdeck integration tests talk to:
# a root libvirtd with QEMU (TCG), throwaway loopback sshd instances for
# qemu+ssh:// connections, and a throwaway PostgreSQL server for the shared store.
# Meant for disposable Debian 12 test machines/containers without systemd. Every
# subcommand is idempotent. Run as root (start-postgres/stop-postgres also as another user).
set -euo pipefail

readonly SYS_URI="qemu:///system"
readonly QEMU_CONF=/etc/libvirt/qemu.conf
readonly LIBVIRTD_PIDFILE=/var/run/libvirtd.pid
readonly IMAGES_DIR=/var/lib/libvirt/images
readonly START_TIMEOUT="${VIRTDECK_START_TIMEOUT:-30}"   # seconds
readonly STOP_TIMEOUT="${VIRTDECK_STOP_TIMEOUT:-15}"     # seconds

prog=$(basename "$0")

die() { echo "$prog: error: $*" >&2; exit 1; }
note() { echo "$prog: $*" >&2; }

usage() {
    cat >&2 <<EOF
usage: $prog start-libvirtd | stop-libvirtd | restart-libvirtd
       $prog start-libvirtd2 [STATEDIR]   # a second, independent libvirtd; prints its URI
       $prog stop-libvirtd2 [STATEDIR]
       $prog start-libvirtd-bare [STATEDIR]   # no pool, no network; prints its URI
       $prog stop-libvirtd-bare [STATEDIR]
       $prog kill-libvirtd
       $prog purge-domains PREFIX         # remove those VMs, also when stuck in a job
       $prog start-sshd PORT STATEDIR     # prints the qemu+ssh URI as last stdout line
       $prog stop-sshd STATEDIR
       $prog kill-ssh-sessions STATEDIR   # drop open connections, keep listener
       $prog start-postgres STATEDIR      # PostgreSQL 15 on a unix socket in STATEDIR/sock (no
                                          # TCP), trust auth, superuser 'virtdeck'; prints its
                                          # admin URL as last stdout line:
                                          # postgresql://virtdeck@/postgres?host=STATEDIR/sock
                                          # As root the server runs as user postgres, which then
                                          # owns STATEDIR; as another user, as that user.
       $prog stop-postgres STATEDIR       # fast shutdown; keeps STATEDIR
       $prog status [STATEDIR...]
env:   VIRTDECK_START_TIMEOUT (default 30 s; libvirtd's very first start probes
       QEMU capabilities, ~8 s), VIRTDECK_STOP_TIMEOUT (default 15 s),
       VIRTDECK_LIBVIRT_MINIMAL=1 (qemu.conf: no namespaces/cgroups/security driver),
       VIRTDECK_LOCKD=1 (start-libvirtd2: its disks locked by a virtlockd of its own)
EOF
}

need_root() { [[ $(id -u) -eq 0 ]] || die "must run as root"; }

need_cmds() {
    local c
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || die "'$c' not found (install the Debian package providing it)"
    done
}

# True if pid $1 still exists. A zombie whose other threads are gone counts as
# dead (orphans are reaped by whatever runs as pid 1, which may be slow); a
# zombie thread-group leader with live threads (libvirtd shutting down) does not.
alive() {
    [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null || return 1
    local stat threads
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} == Z ]] || return 0
    threads=$(awk '/^Threads:/ {print $2}' "/proc/$1/status" 2>/dev/null) || return 1
    ((${threads:-0} > 1))
}

# Reads a pid from a pidfile; prints nothing if missing, stale, or if the pid
# now belongs to a process other than $2 (we kill by these pids).
pid_from_file() {
    local f=$1 comm=$2 pid
    [[ -r $f ]] || return 0
    pid=$(tr -dc '0-9' <"$f")
    if alive "$pid" && [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$comm" ]]; then
        echo "$pid"
    fi
}

# Waits (bounded) until pid $1 has exited; SIGKILLs it after the timeout.
wait_gone() {
    local pid=$1 what=$2 i
    for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
        alive "$pid" || return 0
        sleep 0.1
    done
    note "$what (pid $pid) ignored SIGTERM for ${STOP_TIMEOUT}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        alive "$pid" || return 0
        sleep 0.1
    done
    die "$what (pid $pid) does not go away"
}

# All descendants of pid $1 (depth first), one per line.
descendants() {
    local child
    for child in $(pgrep -P "$1" || true); do
        echo "$child"
        descendants "$child"
    done
}

# ---------------------------------------------------------------- libvirtd

# Sets `key = value` in qemu.conf (replacing an active setting of that key,
# else appending). Returns 0 if the file changed.
set_qemu_conf() {
    local key=$1 line="$1 = $2"
    if grep -qxF "$line" "$QEMU_CONF"; then return 1; fi
    if grep -qE "^[[:space:]]*${key}[[:space:]]*=" "$QEMU_CONF"; then
        sed -i -E "s|^[[:space:]]*${key}[[:space:]]*=.*|${line}|" "$QEMU_CONF"
    else
        echo "$line" >>"$QEMU_CONF"
    fi
    return 0
}

configure_qemu() {
    local changed=1
    [[ -f $QEMU_CONF ]] || printf '# Written by Virtdeck tests/integration/services.sh\n' >"$QEMU_CONF"
    # Run QEMU as root: no chown/ACL dance for images under /var/lib/libvirt.
    set_qemu_conf user '"root"' && changed=0
    set_qemu_conf group '"root"' && changed=0
    # Opt-in for stricter containers where QEMU's private mount namespace,
    # cgroup placement or the security driver fail. Not needed on the reference
    # machine, and cgroups feed the cpu.user/cpu.system domain stats.
    if [[ ${VIRTDECK_LIBVIRT_MINIMAL:-0} == 1 ]]; then
        set_qemu_conf namespaces '[]' && changed=0
        set_qemu_conf cgroup_controllers '[]' && changed=0
        set_qemu_conf security_driver '"none"' && changed=0
    fi
    return $changed
}

# libvirt's QEMU driver resolves its compiled-in default user (Debian:
# libvirt-qemu) before it reads qemu.conf, so the driver fails to initialise
# ("Failed to parse user 'libvirt-qemu'") unless the account exists, even with
# user = "root". libvirt-daemon-system would create it; we don't install that.
ensure_qemu_user() {
    getent group libvirt-qemu >/dev/null || groupadd --system libvirt-qemu
    getent passwd libvirt-qemu >/dev/null \
        || useradd --system --gid libvirt-qemu --no-create-home --home-dir /var/lib/libvirt \
            --shell /usr/sbin/nologin libvirt-qemu
}

libvirtd_pid() {
    local pid
    pid=$(pid_from_file "$LIBVIRTD_PIDFILE" libvirtd)
    if [[ -z $pid ]]; then
        # Started by someone else (other pidfile); pgrep also lists zombies.
        local p
        for p in $(pgrep -x libvirtd || true); do
            # Not the second daemon (start-libvirtd2), which runs with a --config of its own.
            tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q -- '--config' && continue
            if alive "$p"; then pid=$p; break; fi
        done
    fi
    echo "$pid"
}

libvirtd_answers() { virsh -q -c "$SYS_URI" version >/dev/null 2>&1; }

ensure_default_pool() {
    # The pool is persistent in /etc/libvirt/storage, so only define it once.
    if ! virsh -q -c "$SYS_URI" pool-info default >/dev/null 2>&1; then
        virsh -q -c "$SYS_URI" pool-define-as default dir --target "$IMAGES_DIR" >/dev/null \
            || die "cannot define storage pool 'default'"
    fi
    # A pool that lost its /etc config but is still in libvirt's runtime state
    # comes back transient; make it persistent again.
    if [[ $(virsh -q -c "$SYS_URI" pool-info default | awk '/^Persistent:/ {print $2}') != yes ]]; then
        virsh -q -c "$SYS_URI" pool-dumpxml default >/var/run/libvirt/virtdeck-pool-default.xml
        virsh -q -c "$SYS_URI" pool-define /var/run/libvirt/virtdeck-pool-default.xml >/dev/null \
            || die "cannot make storage pool 'default' persistent"
        rm -f /var/run/libvirt/virtdeck-pool-default.xml
    fi
    if [[ $(virsh -q -c "$SYS_URI" pool-info default | awk '/^State:/ {print $2}') != running ]]; then
        virsh -q -c "$SYS_URI" pool-start default >/dev/null || die "cannot start storage pool 'default'"
    fi
    virsh -q -c "$SYS_URI" pool-autostart default >/dev/null || note "warning: cannot autostart pool 'default'"
}

cmd_start_libvirtd() {
    need_root
    need_cmds libvirtd virtlogd virsh qemu-system-x86_64 pgrep getent useradd groupadd
    mkdir -p /var/log/libvirt /var/run/libvirt "$IMAGES_DIR" /etc/libvirt
    ensure_qemu_user

    local conf_changed=no
    if configure_qemu; then conf_changed=yes; fi

    # virtlogd collects QEMU's stdout/stderr; without it domain start fails.
    if ! pgrep -x virtlogd >/dev/null; then
        virtlogd -d || die "virtlogd -d failed"
    fi

    local pid
    pid=$(libvirtd_pid)
    if [[ -n $pid && $conf_changed == yes ]]; then
        note "qemu.conf changed, restarting libvirtd (pid $pid)"
        cmd_stop_libvirtd
        pid=""
    fi
    if [[ -z $pid ]]; then
        rm -f "$LIBVIRTD_PIDFILE"
        libvirtd -d || die "libvirtd -d failed (see /var/log/libvirt)"
    fi

    local i
    for ((i = 0; i < START_TIMEOUT * 10; i++)); do
        libvirtd_answers && break
        # libvirtd -d reports nothing when the daemon dies during start-up.
        if ((i >= 20)) && [[ -z $(libvirtd_pid) ]]; then
            die "libvirtd exited during start-up (see /var/log/libvirt/libvirtd.log; try 'libvirtd -v' in the foreground)"
        fi
        sleep 0.1
    done
    if ! libvirtd_answers; then
        virsh -c "$SYS_URI" version >&2 || true
        die "libvirtd did not answer on $SYS_URI within ${START_TIMEOUT}s"
    fi
    ensure_default_pool
    note "libvirtd running (pid $(libvirtd_pid))"
}

cmd_stop_libvirtd() {
    need_root
    local pid
    pid=$(libvirtd_pid)
    if [[ -z $pid ]]; then
        note "libvirtd not running"
        return 0
    fi
    # SIGTERM makes libvirtd exit cleanly. QEMU processes are daemonised, keep
    # running and are re-attached by the next libvirtd; virtlogd stays up too.
    kill -TERM "$pid" 2>/dev/null || true
    wait_gone "$pid" libvirtd
    rm -f "$LIBVIRTD_PIDFILE"
    note "libvirtd stopped"
}

# SIGKILL: the daemon dies mid-call without any cleanup, as in a crash or an OOM kill.
cmd_kill_libvirtd() {
    need_root
    local pid
    pid=$(libvirtd_pid)
    [[ -n $pid ]] || { note "libvirtd not running"; return 0; }
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" libvirtd
    rm -f "$LIBVIRTD_PIDFILE"
    note "libvirtd killed (pid $pid)"
}

cmd_restart_libvirtd() {
    cmd_stop_libvirtd
    cmd_start_libvirtd
}

# Removes every domain whose name starts with PREFIX, with its storage. A domain whose start was
# cut short by a killed libvirtd keeps a "start" job in its status file after the daemon comes
# back: it stays "paused (starting up)", refuses destroy ("cannot acquire state change lock") and
# stalls every later call on it. Such leftovers are only cleared with the daemon down: its QEMU
# (if any) is killed and the status file removed, so the restarted daemon sees them shut off.
cmd_purge_domains() {
    need_root
    local prefix=${1:?purge-domains needs a name prefix} name stuck=()
    for name in $(virsh list --all --name | grep "^$prefix" || true); do
        if [[ $(virsh domstate "$name" 2>/dev/null) != "shut off" ]]; then
            timeout 15 virsh destroy "$name" >/dev/null 2>&1 || stuck+=("$name")
        fi
    done
    if ((${#stuck[@]})); then
        note "clearing domains stuck in a job: ${stuck[*]}"
        cmd_kill_libvirtd
        for name in "${stuck[@]}"; do
            local pidfile=/run/libvirt/qemu/$name.pid
            [[ -s $pidfile ]] && kill -KILL "$(cat "$pidfile")" 2>/dev/null || true
            rm -f "/run/libvirt/qemu/$name.xml" "$pidfile"
        done
        cmd_start_libvirtd
    fi
    for name in $(virsh list --all --name | grep "^$prefix" || true); do
        virsh undefine "$name" --remove-all-storage --checkpoints-metadata --snapshots-metadata \
            --nvram >/dev/null 2>&1 || virsh undefine "$name" >/dev/null 2>&1 || true
    done
    [[ -z $(virsh list --all --name | grep "^$prefix" || true) ]]
}

# ---------------------------------------------------------------- second libvirtd

# A second libvirtd on the same machine, as a migration target: libvirt refuses to migrate to
# the host a VM is on (it compares host UUIDs), so this one has a host_uuid of its own. It runs
# in a private mount namespace where /etc/libvirt, /run/libvirt, /var/lib/libvirt (so its
# `default` pool's images too), /var/cache/libvirt and /var/log/libvirt are directories under
# STATEDIR, and listens on STATEDIR/sock/libvirt-sock, which the first daemon can also dial for
# peer-to-peer migration. QEMU's stdio goes to files (no virtlogd of its own) and it places
# nothing in cgroups (a VM of the same name and id under the first daemon would collide there).
readonly LIBVIRTD2_DIR_DEFAULT=/tmp/virtdeck-libvirtd2

libvirtd2_uri() { echo "qemu+unix:///system?socket=$1/sock/libvirt-sock"; }
libvirtd2_pid() { pid_from_file "$1/libvirtd.pid" libvirtd; }

cmd_start_libvirtd2() {
    local dir uri
    dir=$(statedir_arg "${1:-$LIBVIRTD2_DIR_DEFAULT}")
    uri=$(start_private_libvirtd "$dir" 49300 "second libvirtd")
    if ! virsh -q -c "$uri" pool-info default >/dev/null 2>&1; then
        virsh -q -c "$uri" pool-define-as default dir --target "$IMAGES_DIR" >/dev/null \
            || die "cannot define the second daemon's pool 'default'"
        virsh -q -c "$uri" pool-autostart default >/dev/null || true
    fi
    if [[ $(virsh -q -c "$uri" pool-info default | awk '/^State:/ {print $2}') != running ]]; then
        virsh -q -c "$uri" pool-start default >/dev/null || die "cannot start the second daemon's pool"
    fi
    echo "$uri"
}

# A bare host as a user has it right after installing libvirt-daemon-system without its
# default network: no storage pool, no network. Each fresh start wipes what an earlier run
# defined, so the tests that use it always begin from nothing.
readonly LIBVIRTD_BARE_DIR_DEFAULT=/tmp/virtdeck-libvirtd-bare

cmd_start_libvirtd_bare() {
    local dir
    dir=$(statedir_arg "${1:-$LIBVIRTD_BARE_DIR_DEFAULT}")
    if [[ -z $(libvirtd2_pid "$dir") ]]; then
        rm -rf "$dir"/{etc,run,lib,cache,log}
    fi
    start_private_libvirtd "$dir" 49364 "bare libvirtd"
}

# Starts a private libvirtd (see above) in STATEDIR $1, with migration ports from $2 on, and
# prints its URI.
start_private_libvirtd() {
    need_root
    need_cmds libvirtd virsh unshare mount qemu-system-x86_64
    local dir=$1 port_min=$2 what=$3 uri
    uri=$(libvirtd2_uri "$dir")
    if [[ -z $(libvirtd2_pid "$dir") ]]; then
        ensure_qemu_user
        mkdir -p "$dir"/{etc,run,lib/images,cache,log,sock}
        chmod 755 "$dir" "$dir/sock"
        [[ -s $dir/host-uuid ]] || cat /proc/sys/kernel/random/uuid >"$dir/host-uuid"
        printf '%s\n' \
            "# $what for the Virtdeck integration tests (services.sh)." \
            "unix_sock_dir = \"$dir/sock\"" \
            'unix_sock_group = "root"' \
            'unix_sock_rw_perms = "0770"' \
            'auth_unix_rw = "none"' \
            'auth_unix_ro = "none"' \
            "host_uuid = \"$(cat "$dir/host-uuid")\"" \
            "log_outputs = \"3:file:$dir/libvirtd.log\"" >"$dir/etc/libvirtd.conf"
        printf '%s\n' 'user = "root"' 'group = "root"' 'stdio_handler = "file"' \
            'cgroup_controllers = [ ]' "migration_port_min = $port_min" \
            "migration_port_max = $((port_min + 63))" >"$dir/etc/qemu.conf"
        # virtlockd locks each disk file itself (fcntl), so two daemons that share a folder
        # cannot both run a VM on one disk, as two hosts on one NFS share cannot.
        local lockd=
        if [[ ${VIRTDECK_LOCKD:-0} == 1 ]]; then
            need_cmds virtlockd
            echo 'lock_manager = "lockd"' >>"$dir/etc/qemu.conf"
            lockd=1
        fi
        rm -f "$dir/libvirtd.pid" "$dir/virtlockd.pid"
        unshare -m --propagation private bash -c '
            set -e
            d=$1
            mkdir -p /run/libvirt /var/lib/libvirt /var/cache/libvirt /var/log/libvirt
            mount --bind "$d/etc" /etc/libvirt
            mount --bind "$d/run" /run/libvirt
            mount --bind "$d/lib" /var/lib/libvirt
            mount --bind "$d/cache" /var/cache/libvirt
            mount --bind "$d/log" /var/log/libvirt
            if [[ -n $2 ]]; then virtlockd -d -p "$d/virtlockd.pid"; fi
            exec libvirtd -d --config "$d/etc/libvirtd.conf" --pid-file "$d/libvirtd.pid"
        ' start-libvirtd2 "$dir" "$lockd" || die "the $what failed to start (see $dir/libvirtd.log)"
    fi
    local i
    for ((i = 0; i < START_TIMEOUT * 10; i++)); do
        virsh -q -c "$uri" version >/dev/null 2>&1 && break
        sleep 0.1
    done
    virsh -q -c "$uri" version >/dev/null 2>&1 \
        || die "the $what did not answer on $uri within ${START_TIMEOUT}s (see $dir/libvirtd.log)"
    note "$what running (pid $(libvirtd2_pid "$dir"), host UUID $(cat "$dir/host-uuid"))"
    echo "$uri"
}

cmd_stop_libvirtd2() {
    stop_private_libvirtd "$(statedir_arg "${1:-$LIBVIRTD2_DIR_DEFAULT}")" "second libvirtd"
}

cmd_stop_libvirtd_bare() {
    stop_private_libvirtd "$(statedir_arg "${1:-$LIBVIRTD_BARE_DIR_DEFAULT}")" "bare libvirtd"
}

stop_private_libvirtd() {
    need_root
    local dir=$1 what=$2 pid
    pid=$(libvirtd2_pid "$dir")
    if [[ -z $pid ]]; then
        note "$what not running"
    else
        kill -TERM "$pid" 2>/dev/null || true
        wait_gone "$pid" "$what"
        rm -f "$dir/libvirtd.pid"
        note "$what stopped"
    fi
    # Also when its libvirtd was killed: a test's host that "died".
    pid=$(pid_from_file "$dir/virtlockd.pid" virtlockd)
    if [[ -n $pid ]]; then
        kill -TERM "$pid" 2>/dev/null || true
        wait_gone "$pid" "its virtlockd"
        rm -f "$dir/virtlockd.pid"
    fi
}

# ---------------------------------------------------------------- sshd

# Normalises STATEDIR to an absolute path without whitespace (it ends up in
# sshd_config and in a URI).
statedir_arg() {
    [[ -n ${1:-} ]] || { usage; die "STATEDIR missing"; }
    local d
    d=$(realpath -m -- "$1")
    [[ $d =~ ^[A-Za-z0-9_./+-]+$ ]] || die "STATEDIR '$d' must only contain [A-Za-z0-9_./+-]"
    echo "$d"
}

sshd_pid() { pid_from_file "$1/sshd.pid" sshd; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ssh_uri() {
    echo "qemu+ssh://root@127.0.0.1:$1/system?keyfile=$2/id_ed25519&no_verify=1&no_tty=1"
}

cmd_start_sshd() {
    need_root
    [[ $# -eq 2 ]] || { usage; die "start-sshd needs PORT STATEDIR"; }
    local port=$1 dir
    if ! [[ $port =~ ^[0-9]{1,5}$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
        die "bad PORT '$port'"
    fi
    port=$((10#$port))
    dir=$(statedir_arg "$2")
    need_cmds ssh-keygen pgrep
    [[ -x /usr/sbin/sshd ]] || die "/usr/sbin/sshd missing (install openssh-server)"

    local pid
    pid=$(sshd_pid "$dir")
    if [[ -n $pid && $(cat "$dir/port" 2>/dev/null) != "$port" ]]; then
        note "sshd in $dir runs on another port, restarting it"
        cmd_stop_sshd "$dir"
        pid=""
    fi

    if [[ -z $pid ]]; then
        port_open "$port" && die "127.0.0.1:$port is already in use by something else"
        mkdir -p "$dir"
        chmod 700 "$dir"
        # sshd refuses to start without its privilege separation directory.
        mkdir -p /run/sshd
        chmod 755 /run/sshd
        [[ -f $dir/ssh_host_ed25519_key ]] \
            || ssh-keygen -q -t ed25519 -N '' -C virtdeck-test-host -f "$dir/ssh_host_ed25519_key"
        [[ -f $dir/id_ed25519 ]] \
            || ssh-keygen -q -t ed25519 -N '' -C virtdeck-test-client -f "$dir/id_ed25519"
        cp "$dir/id_ed25519.pub" "$dir/authorized_keys"
        chmod 600 "$dir/authorized_keys"
        # StrictModes off: STATEDIR may live under a world-writable /tmp, which
        # sshd's path checks would reject for the AuthorizedKeysFile.
        cat >"$dir/sshd_config" <<EOF
# Throwaway sshd for Virtdeck integration tests (services.sh).
Port $port
ListenAddress 127.0.0.1
HostKey $dir/ssh_host_ed25519_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
AllowUsers root
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PrintMotd no
LogLevel INFO
EOF
        /usr/sbin/sshd -t -f "$dir/sshd_config" || die "sshd rejects $dir/sshd_config"
        echo "$port" >"$dir/port"
        rm -f "$dir/sshd.pid"
        /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log" \
            || die "sshd failed to start (see $dir/sshd.log)"
    fi

    local i
    for ((i = 0; i < START_TIMEOUT * 10; i++)); do
        [[ -n $(sshd_pid "$dir") ]] && port_open "$port" && break
        sleep 0.1
    done
    if [[ -z $(sshd_pid "$dir") ]] || ! port_open "$port"; then
        die "sshd did not listen on 127.0.0.1:$port within ${START_TIMEOUT}s (see $dir/sshd.log)"
    fi
    note "sshd running (pid $(sshd_pid "$dir")) on 127.0.0.1:$port"
    ssh_uri "$port" "$dir"
}

# Kills the per-connection processes (children of the listener and their
# descendants: sshd monitors, the remote virt-ssh-helper/nc).
kill_sessions() {
    local listener=$1 pids
    pids=$(descendants "$listener" | tr '\n' ' ')
    [[ -n ${pids// /} ]] || return 0
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
    local p
    for p in $pids; do wait_gone "$p" "sshd session"; done
}

cmd_kill_ssh_sessions() {
    need_root
    [[ $# -eq 1 ]] || { usage; die "kill-ssh-sessions needs STATEDIR"; }
    local dir pid
    dir=$(statedir_arg "$1")
    pid=$(sshd_pid "$dir")
    [[ -n $pid ]] || die "no sshd running for $dir"
    kill_sessions "$pid"
    alive "$pid" || die "sshd listener (pid $pid) died too"
    note "sessions of sshd $pid killed, listener still up"
}

# The qemu+ssh URI (no_verify=1) makes ssh append our throwaway host key to
# root's ~/.ssh/known_hosts; drop that entry again, but only if it is ours.
forget_host_key() {
    local dir=$1 port key kh=/root/.ssh/known_hosts
    port=$(cat "$dir/port" 2>/dev/null) || return 0
    key=$(awk '{print $2}' "$dir/ssh_host_ed25519_key.pub" 2>/dev/null) || return 0
    [[ -n $port && -n $key && -f $kh ]] || return 0
    if ssh-keygen -F "[127.0.0.1]:$port" -f "$kh" 2>/dev/null | grep -qF "$key"; then
        ssh-keygen -R "[127.0.0.1]:$port" -f "$kh" >/dev/null 2>&1 || true
        rm -f "$kh.old"
    fi
}

cmd_stop_sshd() {
    need_root
    [[ $# -eq 1 ]] || { usage; die "stop-sshd needs STATEDIR"; }
    local dir pid
    dir=$(statedir_arg "$1")
    pid=$(sshd_pid "$dir")
    if [[ -z $pid ]]; then
        note "no sshd running for $dir"
        rm -f "$dir/sshd.pid"
        forget_host_key "$dir"
        return 0
    fi
    # Stopping the listener alone leaves established sessions alive, and killing the sessions
    # first lets a client that reconnects at once get a new one, which outlives the listener. So
    # the listener is frozen (it accepts nothing more), its sessions die, then it does.
    kill -STOP "$pid" 2>/dev/null || true
    kill_sessions "$pid"
    kill -TERM "$pid" 2>/dev/null || true
    kill -CONT "$pid" 2>/dev/null || true
    wait_gone "$pid" sshd
    rm -f "$dir/sshd.pid"
    forget_host_key "$dir"
    note "sshd $pid stopped"
}

# ---------------------------------------------------------------- PostgreSQL

# A throwaway cluster in STATEDIR/data for the tests of the PostgreSQL store: it listens on a unix
# socket in STATEDIR/sock only, trusts every local connection and has the superuser `virtdeck`.
# Built for speed, not durability (no fsync; a crash may lose it, which a test's cluster may).
readonly PG_BIN=${VIRTDECK_PG_BIN:-/usr/lib/postgresql/15/bin}

postgres_url() { echo "postgresql://virtdeck@/postgres?host=$1/sock"; }

# Runs a PostgreSQL program as the cluster's owner: initdb and the server refuse to run as root,
# so as root that is the postgres account (from /, which it may not be able to read otherwise);
# as anyone else, that user.
pg_as() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

postgres_running() { pg_as "$PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1; }

cmd_start_postgres() {
    [[ $# -eq 1 ]] || { usage; die "start-postgres needs STATEDIR"; }
    local dir
    dir=$(statedir_arg "$1")
    need_cmds "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/pg_isready"
    mkdir -p "$dir/sock"
    if [[ $(id -u) -eq 0 ]]; then
        need_cmds runuser
        getent passwd postgres >/dev/null || die "no user 'postgres' (install the postgresql package)"
        chown postgres: "$dir" "$dir/sock"
    fi
    # Root (the tests) and the owner connect through the socket; trust does the rest.
    chmod 755 "$dir" "$dir/sock"
    if [[ ! -s $dir/data/PG_VERSION ]]; then
        rm -rf "$dir/data"
        pg_as "$PG_BIN/initdb" -D "$dir/data" -U virtdeck --auth=trust --no-sync --no-locale \
            -E UTF8 >"$dir/initdb.log" 2>&1 || die "initdb failed (see $dir/initdb.log)"
        pg_as tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF
# Throwaway server for the Virtdeck tests (services.sh).
listen_addresses = ''
unix_socket_directories = '$dir/sock'
unix_socket_permissions = 0777
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 50
EOF
    fi
    if ! postgres_running "$dir"; then
        pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t "$START_TIMEOUT" -s \
            start || die "PostgreSQL failed to start (see $dir/postgres.log)"
    fi
    "$PG_BIN/pg_isready" -q -h "$dir/sock" -U virtdeck -d postgres -t "$START_TIMEOUT" \
        || die "PostgreSQL does not answer on $dir/sock within ${START_TIMEOUT}s (see $dir/postgres.log)"
    note "PostgreSQL running (pid $(head -n 1 "$dir/data/postmaster.pid")) on $dir/sock"
    postgres_url "$dir"
}

cmd_stop_postgres() {
    [[ $# -eq 1 ]] || { usage; die "stop-postgres needs STATEDIR"; }
    local dir
    dir=$(statedir_arg "$1")
    if [[ ! -d $dir/data ]] || ! postgres_running "$dir"; then
        note "no PostgreSQL running in $dir"
        return 0
    fi
    pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t "$STOP_TIMEOUT" -s stop \
        || die "PostgreSQL in $dir does not stop (see $dir/postgres.log)"
    note "PostgreSQL in $dir stopped"
}

# ---------------------------------------------------------------- status

cmd_status() {
    local pids="" p
    echo "== daemons"
    # Skip zombies: pid 1 here may be slow to reap them.
    for p in $(pgrep -x 'libvirtd|virtlogd|sshd' || true) $(pgrep -f '^/usr/bin/qemu-system' || true); do
        if alive "$p"; then pids+=${pids:+,}$p; fi
    done
    if [[ -n $pids ]]; then
        ps -o pid,ppid,etime,args -p "$pids"
    else
        echo "(none of libvirtd, virtlogd, sshd, qemu running)"
    fi
    echo "== libvirtd ($SYS_URI)"
    if libvirtd_answers; then
        virsh -c "$SYS_URI" list --all
        virsh -c "$SYS_URI" pool-list --all
    else
        echo "not answering"
    fi
    local d dir pid
    for d in "$@"; do
        dir=$(statedir_arg "$d")
        pid=$(sshd_pid "$dir")
        echo "== sshd $dir"
        if [[ -n $pid ]]; then
            echo "pid $pid, port $(cat "$dir/port"), sessions: $(descendants "$pid" | wc -l) processes"
            ssh_uri "$(cat "$dir/port")" "$dir"
        else
            echo "not running"
        fi
    done
}

main() {
    local cmd=${1:-}
    [[ $# -gt 0 ]] && shift
    case $cmd in
        start-libvirtd) cmd_start_libvirtd "$@" ;;
        stop-libvirtd) cmd_stop_libvirtd "$@" ;;
        restart-libvirtd) cmd_restart_libvirtd "$@" ;;
        start-libvirtd2) cmd_start_libvirtd2 "$@" ;;
        stop-libvirtd2) cmd_stop_libvirtd2 "$@" ;;
        start-libvirtd-bare) cmd_start_libvirtd_bare "$@" ;;
        stop-libvirtd-bare) cmd_stop_libvirtd_bare "$@" ;;
        kill-libvirtd) cmd_kill_libvirtd "$@" ;;
        purge-domains) cmd_purge_domains "$@" ;;
        start-sshd) cmd_start_sshd "$@" ;;
        stop-sshd) cmd_stop_sshd "$@" ;;
        kill-ssh-sessions) cmd_kill_ssh_sessions "$@" ;;
        start-postgres) cmd_start_postgres "$@" ;;
        stop-postgres) cmd_stop_postgres "$@" ;;
        status) cmd_status "$@" ;;
        -h | --help | help) usage ;;
        *) usage; exit 2 ;;
    esac
}

main "$@"
