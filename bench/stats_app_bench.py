#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Virtdeck's cost of watching many VMs, measured on the real program.

Starts Virtdeck offscreen on a test-driver host with N running domains (generated here) and
reports, after a warm-up:
  - time from launch to a populated VM table,
  - steady-state CPU as % of one core (utime+stime from /proc/PID/stat over the window),
  - RSS (VmRSS, and the peak VmHWM),
  - the sampler's cost of one tick on the connection thread against its floor, the raw bulk
    virConnectGetAllDomainStats call (call + free) measured in the same ticks (median ratio).

usage: stats_app_bench.py VIRTDECK_BINARY [--counts 1000,5000] [--warmup 15] [--window 30]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_node import node_xml  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def status_kib(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def run(binary, count, warmup, window):
    tmp = tempfile.mkdtemp(prefix="virtdeck-bench-")
    node = os.path.join(tmp, f"node-{count}.xml")
    with open(node, "w") as f:
        f.write(node_xml(count))
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "XDG_DATA_HOME": os.path.join(tmp, "data"),
        "QT_LOGGING_RULES": "virtdeck.app.startup.debug=true\nvirtdeck.stats.sampler.debug=true",
        "LC_ALL": "C.UTF-8",
    })
    launch_ms = time.time() * 1000
    proc = subprocess.Popen([binary, "--connect", "test://" + node, "--window-size", "1400x800"],
                            env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    populated = threading.Event()
    result = {"populated_ms": None, "ticks": []}

    def reader():
        for line in proc.stderr:
            m = re.search(r"domain table rows=(\d+) epoch_ms=(\d+)", line)
            if m and int(m.group(1)) >= count and result["populated_ms"] is None:
                result["populated_ms"] = int(m.group(2)) - launch_ms
                populated.set()
            m = re.search(r"tick \S+ domains=(\d+) tick_us=(\d+) bulk_us=(\d+)", line)
            if m:
                result["ticks"].append((time.time(), int(m.group(1)), int(m.group(2)),
                                        int(m.group(3))))

    threading.Thread(target=reader, daemon=True).start()
    try:
        if not populated.wait(120):
            raise RuntimeError("the VM table never filled")
        time.sleep(warmup)
        t0, c0 = time.monotonic(), cpu_ticks(proc.pid)
        rss_samples = []
        while time.monotonic() - t0 < window:
            time.sleep(1)
            rss_samples.append(status_kib(proc.pid, "VmRSS"))
        t1, c1 = time.monotonic(), cpu_ticks(proc.pid)
        hwm = status_kib(proc.pid, "VmHWM")
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
    steady = [t for t in result["ticks"] if t[1] == count][2:]  # skip the first ticks
    ratios = [t[2] / t[3] for t in steady if t[3] > 0]
    return {
        "count": count,
        "populated_ms": result["populated_ms"],
        "cpu_percent": 100.0 * (c1 - c0) / CLK_TCK / (t1 - t0),
        "rss_mb": max(rss_samples) / 1024.0,
        "rss_end_mb": rss_samples[-1] / 1024.0,
        "hwm_mb": hwm / 1024.0,
        "ticks": len(steady),
        "tick_ms": statistics.median(t[2] for t in steady) / 1000 if steady else float("nan"),
        "bulk_ms": statistics.median(t[3] for t in steady) / 1000 if steady else float("nan"),
        "ratio": statistics.median(ratios) if ratios else float("nan"),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--counts", default="1000,5000")
    ap.add_argument("--warmup", type=float, default=15)
    ap.add_argument("--window", type=float, default=30)
    args = ap.parse_args()
    print(f"{'VMs':>6} {'table ms':>9} {'CPU %':>7} {'RSS MB':>7} {'peak MB':>8} "
          f"{'tick ms':>8} {'bulk ms':>8} {'ratio':>6} {'ticks':>6}")
    for n in (int(x) for x in args.counts.split(",")):
        r = run(args.binary, n, args.warmup, args.window)
        print(f"{r['count']:>6} {r['populated_ms']:>9.0f} {r['cpu_percent']:>7.2f} "
              f"{r['rss_mb']:>7.1f} {r['hwm_mb']:>8.1f} {r['tick_ms']:>8.2f} "
              f"{r['bulk_ms']:>8.2f} {r['ratio']:>6.2f} {r['ticks']:>6}", flush=True)


if __name__ == "__main__":
    main()
