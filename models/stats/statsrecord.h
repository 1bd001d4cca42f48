// SPDX-License-Identifier: GPL-3.0-or-later
// Raw counters read in one sampling tick, copied from the connection thread to the GUI thread.
// Plain values only: the rate computation and the history never see libvirt.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

// One domain's counters as libvirt reported them in one tick. Absent fields are flagged, not zero:
// a busy daemon (another client holds the domain's job) answers with a partial record, and a
// missing field is "no sample", never a value.
struct DomainStatsRecord {
    enum Field : quint32 {
        HasCpuTime = 1 << 0,
        HasVcpus = 1 << 1,
        HasBalloonCurrent = 1 << 2,
        HasBalloonMaximum = 1 << 3,
        HasBalloonRss = 1 << 4,
        HasBalloonUsable = 1 << 5,
        HasBalloonAvailable = 1 << 6,
        HasBlock = 1 << 7, // block byte and request counters (not just the disks' names)
        HasNet = 1 << 8,   // interface byte counters (not just the interfaces' names)
        HasNetCount = 1 << 9,
    };

    QString uuid;
    quint32 fields = 0;
    int vcpus = 0;
    quint64 cpuTimeNs = 0;
    quint64 balloonCurrentKiB = 0; // the guest's current allocation
    quint64 balloonMaximumKiB = 0;
    quint64 balloonRssKiB = 0;       // resident size of the QEMU process
    quint64 balloonUsableKiB = 0;    // what the guest could use without swapping
    quint64 balloonAvailableKiB = 0; // what the guest sees as its total memory
    quint64 readBytes = 0;           // block.*: summed over the disks
    quint64 writeBytes = 0;
    quint64 readRequests = 0;
    quint64 writeRequests = 0;
    quint64 rxBytes = 0; // net.*: summed over the interfaces
    quint64 txBytes = 0;
    // How many disks / interfaces the sums above cover: sums over different sets of devices
    // are not comparable, so a rate needs the same count on both sides.
    quint16 blockDevices = 0;
    quint16 netDevices = 0;
    // net.count: the interfaces libvirt can measure (a user-mode NIC has no host device, so it
    // is not one of them). Its absence means the driver reports no interfaces at all.
    quint16 netCount = 0;

    bool has(Field f) const { return (fields & f) != 0; }
};

// The host's own counters in one tick.
struct HostStatsRecord {
    bool hasCpu = false;
    quint64 cpuBusyNs = 0;  // kernel + user, summed over all CPUs
    quint64 cpuTotalNs = 0; // busy + idle + iowait
    bool hasMemory = false;
    quint64 memoryTotalBytes = 0;
    quint64 memoryAvailableBytes = 0; // free + buffers + cached where the driver says so
};

// Everything one host reported in one tick.
struct StatsBatch {
    QString connectionId;
    qint64 monotonicNs = 0; // when the bulk call returned (steady clock): deltas use this
    qint64 wallMs = 0;      // the same instant as wall-clock time: charts use this
    HostStatsRecord host;
    QList<DomainStatsRecord> domains; // active domains only
    bool bulk = true;                 // false: the driver lacks the bulk call, per-domain reads
    qint64 tickNs = 0;                // cost of the whole tick on the connection thread
    qint64 bulkCallNs = 0;            // of which the bulk call itself (call + free)
    QString error;                    // the bulk call failed: libvirt's message
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::StatsBatch)
