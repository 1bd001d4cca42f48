// SPDX-License-Identifier: GPL-3.0-or-later
// Rates from two successive stats records: pure functions, no state, no libvirt.
#pragma once

#include "statsrecord.h"

#include <limits>

namespace virtdeck {

inline constexpr double kNoData = std::numeric_limits<double>::quiet_NaN();

// Per-second rates and levels of one domain for one tick; NaN where there is no data.
struct DomainRates {
    double cpuPercent = kNoData; // of the domain's vCPUs: 100 = every vCPU busy
    double memoryUsedBytes = kNoData;
    double memoryTotalBytes = kNoData;
    double diskReadBps = kNoData;
    double diskWriteBps = kNoData;
    double diskReadIops = kNoData;
    double diskWriteIops = kNoData;
    double netRxBps = kNoData;
    double netTxBps = kNoData;
};

struct HostRates {
    double cpuPercent = kNoData; // of all host CPUs
    double memoryUsedBytes = kNoData;
    double memoryTotalBytes = kNoData;
};

// The last real sample of each cumulative counter of one domain. A record that lacks a counter
// (a partial record from a busy daemon) leaves that counter's sample as it was, so the next rate
// spans the gap between two real samples instead of inventing a 0 or a spike.
struct CounterSamples {
    struct Sample {
        bool valid = false;
        qint64 ns = 0;          // steady clock of the record that had it
        quint16 devices = 0;    // disks / interfaces summed
        quint64 values[4] = {}; // cpu: time; block: rd, wr bytes, rd, wr reqs; net: rx, tx
    };
    Sample cpu, block, net;
    int vcpus = 0; // the last vCPU count reported, for records that lack it
};

namespace stats {

// How far a cumulative counter moved. A counter that went down either wrapped (a 32-bit counter
// close to its end) or restarted from zero (the VM was restarted): then it counts from zero,
// as Prometheus' rate() does, so the estimate is a lower bound rather than a spike.
quint64 counterDelta(quint64 previous, quint64 current);
// Per second over `elapsedNs`; NaN when no time passed.
double perSecond(quint64 previous, quint64 current, qint64 elapsedNs);
// Memory in use as the guest sees it (available - usable) where the balloon driver says so,
// else the QEMU process' resident size, else - only when `allocationFallback` - the current
// allocation. The history passes false: a busy domain's partial record has the allocation but
// not the use, and the allocation is not a sample of the use.
double memoryUsed(const DomainStatsRecord &r, bool allocationFallback = true);
// Whether `r` carries a measured memory use (not only the allocation).
bool reportsMemoryUse(const DomainStatsRecord &r);
// Rates of `current` against the last real sample of each counter in `last`, which it updates.
// `nowNs` is the steady-clock time of `current`.
DomainRates domainRates(CounterSamples &last, const DomainStatsRecord &current, qint64 nowNs,
                        bool allocationFallback = true);
// Rates between two records `elapsedNs` apart (no previous record: levels only).
DomainRates domainRates(const DomainStatsRecord *previous, const DomainStatsRecord &current,
                        qint64 elapsedNs);
HostRates hostRates(const HostStatsRecord *previous, const HostStatsRecord &current);

} // namespace stats
} // namespace virtdeck
