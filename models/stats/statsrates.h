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

namespace stats {

// How far a cumulative counter moved. A counter that went down either wrapped (a 32-bit counter
// close to its end) or restarted from zero (the VM was restarted): then it counts from zero,
// as Prometheus' rate() does, so the estimate is a lower bound rather than a spike.
quint64 counterDelta(quint64 previous, quint64 current);
// Per second over `elapsedNs`; NaN when no time passed.
double perSecond(quint64 previous, quint64 current, qint64 elapsedNs);
// Memory in use as the guest sees it (available - usable) where the balloon driver says so,
// else the QEMU process' resident size, else the current allocation.
double memoryUsed(const DomainStatsRecord &r);
DomainRates domainRates(const DomainStatsRecord *previous, const DomainStatsRecord &current,
                        qint64 elapsedNs);
HostRates hostRates(const HostStatsRecord *previous, const HostStatsRecord &current);

} // namespace stats
} // namespace virtdeck
