#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`virtdeck list` on a local host and the same host over ssh, side by side.

    source /work/tools/itest-env.sh   # the loopback sshd ($VIRTDECK_SSH_STATEDIR, _PORT)
    python3 bench/bench_remote.py build/app/virtdeck --counts 1000,5000 --repeat 5

For each count it writes a test-driver node (gen_node.py) and times `virtdeck list` with
`test:///node.xml` and with `test+ssh://root@127.0.0.1:PORT/node.xml` (median of --repeat runs),
counts the RPC calls of one remote listing from libvirt's client log, and times a bare
`virsh -c URI uri` over the same ssh link: the connection set-up the goal allows on top of the
local figure. With --qemu it also lists qemu:///system locally and over qemu+ssh.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_node import node_xml  # noqa: E402


def timed(cmd, env=None):
    t0 = time.monotonic()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr.decode()}")
    return time.monotonic() - t0


def median_of(cmd, repeat, env=None):
    return statistics.median(timed(cmd, env) for _ in range(repeat))


def rpc_calls(binary, uri, log):
    env = dict(os.environ, LIBVIRT_LOG_FILTERS="1:rpc.netclient 4:*",
               LIBVIRT_LOG_OUTPUTS=f"1:file:{log}")
    timed([binary, "list", "--timeout", "600", "--connect", uri], env)
    with open(log) as f:
        return sum("RPC_CLIENT_MSG_TX_QUEUE" in line for line in f)


def ssh_uri(scheme, path, statedir, port):
    return (f"{scheme}://root@127.0.0.1:{port}{path}?keyfile={statedir}/id_ed25519"
            "&no_verify=1&no_tty=1")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--counts", default="1000,5000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--qemu", action="store_true")
    a = ap.parse_args()
    statedir = os.environ.get("VIRTDECK_SSH_STATEDIR")
    port = os.environ.get("VIRTDECK_SSH_PORT")
    if not statedir or not port:
        sys.exit("source tools/itest-env.sh first (VIRTDECK_SSH_STATEDIR, VIRTDECK_SSH_PORT)")
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| VMs | list local | list ssh | ssh set-up | ssh / (local + set-up) | RPCs |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(c) for c in a.counts.split(",")):
            node = os.path.join(tmp, f"node-{n}.xml")
            with open(node, "w") as f:
                f.write(node_xml(n))
            local = median_of([a.binary, "list", "--timeout", "600", "--connect", f"test://{node}"], a.repeat)
            remote_uri = ssh_uri("test+ssh", node, statedir, port)
            remote = median_of([a.binary, "list", "--timeout", "600", "--connect", remote_uri], a.repeat)
            setup = median_of(["virsh", "-c", remote_uri, "uri"], a.repeat)
            calls = rpc_calls(a.binary, remote_uri, os.path.join(tmp, f"rpc-{n}.log"))
            print(f"| {n} | {local:.2f} s | {remote:.2f} s | {setup:.2f} s | "
                  f"{remote / (local + setup):.2f} | {calls} |")
        if a.qemu:
            local = median_of([a.binary, "list", "--timeout", "600", "--connect", "qemu:///system"], a.repeat)
            uri = ssh_uri("qemu+ssh", "/system", statedir, port)
            remote = median_of([a.binary, "list", "--timeout", "600", "--connect", uri], a.repeat)
            setup = median_of(["virsh", "-c", uri, "uri"], a.repeat)
            print(f"| qemu:///system | {local:.2f} s | {remote:.2f} s | {setup:.2f} s | "
                  f"{remote / (local + setup):.2f} | {rpc_calls(a.binary, uri, tmp + '/q.log')} |")


if __name__ == "__main__":
    main()
