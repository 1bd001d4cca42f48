#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a libvirt test-driver node document with N running domains (for the benchmarks)."""
import sys
import uuid


def node_xml(count: int) -> str:
    parts = ["<?xml version='1.0'?>\n<node>\n",
             "  <cpu><nodes>1</nodes><sockets>2</sockets><cores>16</cores><threads>2</threads>"
             "<active>64</active><mhz>2400</mhz><model>x86_64</model></cpu>\n",
             "  <memory>536870912</memory>\n"]
    for i in range(count):
        u = uuid.UUID(int=(0x5eed << 96) + i)
        parts.append(
            f"  <domain type='test'><name>bench-{i:05d}</name><uuid>{u}</uuid>"
            f"<memory>1048576</memory><currentMemory>1048576</currentMemory>"
            f"<vcpu>{1 + i % 4}</vcpu><os><type arch='x86_64'>hvm</type></os></domain>\n")
    parts.append("</node>\n")
    return "".join(parts)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: gen_node.py COUNT OUTPUT.xml")
    with open(sys.argv[2], "w") as f:
        f.write(node_xml(int(sys.argv[1])))
