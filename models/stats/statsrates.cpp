// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsrates.h"

#include <algorithm>
#include <cmath>

namespace virtdeck::stats {

quint64 counterDelta(quint64 previous, quint64 current) {
    if (current >= previous)
        return current - previous;
    constexpr quint64 k32 = quint64(1) << 32;
    // A 32-bit counter that ran over: previous near the top, current near zero.
    if (previous < k32 && previous > k32 / 2 && current < k32 / 2)
        return k32 - previous + current;
    return current; // restarted from zero
}

double perSecond(quint64 previous, quint64 current, qint64 elapsedNs) {
    if (elapsedNs <= 0)
        return kNoData;
    return double(counterDelta(previous, current)) * 1e9 / double(elapsedNs);
}

double memoryUsed(const DomainStatsRecord &r) {
    using F = DomainStatsRecord;
    if (r.has(F::HasBalloonAvailable) && r.has(F::HasBalloonUsable) &&
        r.balloonAvailableKiB >= r.balloonUsableKiB)
        return double(r.balloonAvailableKiB - r.balloonUsableKiB) * 1024.0;
    if (r.has(F::HasBalloonRss))
        return double(r.balloonRssKiB) * 1024.0;
    if (r.has(F::HasBalloonCurrent))
        return double(r.balloonCurrentKiB) * 1024.0;
    return kNoData;
}

DomainRates domainRates(const DomainStatsRecord *previous, const DomainStatsRecord &current,
                        qint64 elapsedNs) {
    using F = DomainStatsRecord;
    DomainRates out;
    out.memoryUsedBytes = memoryUsed(current);
    if (current.has(F::HasBalloonAvailable))
        out.memoryTotalBytes = double(current.balloonAvailableKiB) * 1024.0;
    else if (current.has(F::HasBalloonCurrent))
        out.memoryTotalBytes = double(current.balloonCurrentKiB) * 1024.0;
    if (!previous || elapsedNs <= 0)
        return out;
    const DomainStatsRecord &p = *previous;
    if (p.has(F::HasCpuTime) && current.has(F::HasCpuTime)) {
        const int vcpus = current.has(F::HasVcpus) && current.vcpus > 0 ? current.vcpus
                          : p.has(F::HasVcpus) && p.vcpus > 0           ? p.vcpus
                                                                        : 1;
        const double busy = double(counterDelta(p.cpuTimeNs, current.cpuTimeNs));
        out.cpuPercent = std::clamp(busy * 100.0 / (double(elapsedNs) * vcpus), 0.0, 100.0);
    }
    if (p.has(F::HasBlock) && current.has(F::HasBlock)) {
        out.diskReadBps = perSecond(p.readBytes, current.readBytes, elapsedNs);
        out.diskWriteBps = perSecond(p.writeBytes, current.writeBytes, elapsedNs);
        out.diskReadIops = perSecond(p.readRequests, current.readRequests, elapsedNs);
        out.diskWriteIops = perSecond(p.writeRequests, current.writeRequests, elapsedNs);
    }
    if (p.has(F::HasNet) && current.has(F::HasNet)) {
        out.netRxBps = perSecond(p.rxBytes, current.rxBytes, elapsedNs);
        out.netTxBps = perSecond(p.txBytes, current.txBytes, elapsedNs);
    }
    return out;
}

HostRates hostRates(const HostStatsRecord *previous, const HostStatsRecord &current) {
    HostRates out;
    if (current.hasMemory && current.memoryTotalBytes > 0) {
        out.memoryTotalBytes = double(current.memoryTotalBytes);
        out.memoryUsedBytes =
            double(current.memoryTotalBytes -
                   std::min(current.memoryAvailableBytes, current.memoryTotalBytes));
    }
    if (previous && previous->hasCpu && current.hasCpu) {
        const quint64 total = counterDelta(previous->cpuTotalNs, current.cpuTotalNs);
        const quint64 busy = counterDelta(previous->cpuBusyNs, current.cpuBusyNs);
        // Static counters (the test driver) mean "idle", not "unknown": 0 of 0 is 0 %.
        out.cpuPercent = total > 0 ? std::clamp(double(busy) * 100.0 / double(total), 0.0, 100.0)
                                   : (current.cpuTotalNs > 0 ? 0.0 : kNoData);
    }
    return out;
}

} // namespace virtdeck::stats
