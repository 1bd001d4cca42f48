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

bool reportsMemoryUse(const DomainStatsRecord &r) {
    using F = DomainStatsRecord;
    return r.has(F::HasBalloonRss) || (r.has(F::HasBalloonAvailable) && r.has(F::HasBalloonUsable));
}

double memoryUsed(const DomainStatsRecord &r, bool allocationFallback) {
    using F = DomainStatsRecord;
    if (r.has(F::HasBalloonAvailable) && r.has(F::HasBalloonUsable) &&
        r.balloonAvailableKiB >= r.balloonUsableKiB)
        return double(r.balloonAvailableKiB - r.balloonUsableKiB) * 1024.0;
    if (r.has(F::HasBalloonRss))
        return double(r.balloonRssKiB) * 1024.0;
    if (allocationFallback && r.has(F::HasBalloonCurrent))
        return double(r.balloonCurrentKiB) * 1024.0;
    return kNoData;
}

namespace {

using Sample = CounterSamples::Sample;

Sample sampleOf(bool has, qint64 ns, quint16 devices, std::initializer_list<quint64> values) {
    Sample s;
    s.valid = has;
    s.ns = ns;
    s.devices = devices;
    std::copy(values.begin(), values.end(), s.values);
    return s;
}

// The time between `last` and `current` when both really had the counter over the same
// devices; 0 when there is no rate to compute. Then `current` becomes the last sample.
qint64 advance(Sample &last, const Sample &current) {
    if (!current.valid)
        return 0; // no sample: the gap stays a gap, the last real sample stays
    const bool comparable = last.valid && last.devices == current.devices && current.ns > last.ns;
    const qint64 elapsed = comparable ? current.ns - last.ns : 0;
    last = current;
    return elapsed;
}

} // namespace

DomainRates domainRates(CounterSamples &last, const DomainStatsRecord &current, qint64 nowNs,
                        bool allocationFallback) {
    using F = DomainStatsRecord;
    DomainRates out;
    out.memoryUsedBytes = memoryUsed(current, allocationFallback);
    if (current.has(F::HasBalloonAvailable))
        out.memoryTotalBytes = double(current.balloonAvailableKiB) * 1024.0;
    else if (current.has(F::HasBalloonCurrent))
        out.memoryTotalBytes = double(current.balloonCurrentKiB) * 1024.0;

    if (current.has(F::HasVcpus) && current.vcpus > 0)
        last.vcpus = current.vcpus;
    const Sample cpuBefore = last.cpu;
    if (const qint64 ns =
            advance(last.cpu, sampleOf(current.has(F::HasCpuTime), nowNs, 0, {current.cpuTimeNs}));
        ns > 0) {
        const int vcpus = std::max(last.vcpus, 1);
        const double busy = double(counterDelta(cpuBefore.values[0], current.cpuTimeNs));
        out.cpuPercent = std::clamp(busy * 100.0 / (double(ns) * vcpus), 0.0, 100.0);
    }
    const Sample blockBefore = last.block;
    if (const qint64 ns =
            advance(last.block, sampleOf(current.has(F::HasBlock), nowNs, current.blockDevices,
                                         {current.readBytes, current.writeBytes,
                                          current.readRequests, current.writeRequests}));
        ns > 0) {
        const quint64 *p = blockBefore.values;
        out.diskReadBps = perSecond(p[0], current.readBytes, ns);
        out.diskWriteBps = perSecond(p[1], current.writeBytes, ns);
        out.diskReadIops = perSecond(p[2], current.readRequests, ns);
        out.diskWriteIops = perSecond(p[3], current.writeRequests, ns);
    }
    const Sample netBefore = last.net;
    if (const qint64 ns =
            advance(last.net, sampleOf(current.has(F::HasNet), nowNs, current.netDevices,
                                       {current.rxBytes, current.txBytes}));
        ns > 0) {
        out.netRxBps = perSecond(netBefore.values[0], current.rxBytes, ns);
        out.netTxBps = perSecond(netBefore.values[1], current.txBytes, ns);
    }
    return out;
}

DomainRates domainRates(const DomainStatsRecord *previous, const DomainStatsRecord &current,
                        qint64 elapsedNs) {
    using F = DomainStatsRecord;
    CounterSamples last;
    if (previous && elapsedNs > 0) {
        const DomainStatsRecord &p = *previous;
        last.cpu = sampleOf(p.has(F::HasCpuTime), 0, 0, {p.cpuTimeNs});
        last.block = sampleOf(p.has(F::HasBlock), 0, p.blockDevices,
                              {p.readBytes, p.writeBytes, p.readRequests, p.writeRequests});
        last.net = sampleOf(p.has(F::HasNet), 0, p.netDevices, {p.rxBytes, p.txBytes});
        if (p.has(F::HasVcpus))
            last.vcpus = p.vcpus;
    }
    return domainRates(last, current, std::max<qint64>(elapsedNs, 0));
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
