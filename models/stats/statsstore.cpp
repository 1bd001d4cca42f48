// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsstore.h"

#include <cmath>

namespace virtdeck {

namespace {

float toFloat(double v) {
    return std::isnan(v) ? std::nanf("") : float(v);
}

double metricValue(const DomainRates &r, StatsStore::Metric m) {
    switch (m) {
    case StatsStore::Cpu:
        return r.cpuPercent;
    case StatsStore::MemoryUsed:
        return r.memoryUsedBytes;
    case StatsStore::DiskRead:
        return r.diskReadBps;
    case StatsStore::DiskWrite:
        return r.diskWriteBps;
    case StatsStore::NetRx:
        return r.netRxBps;
    case StatsStore::NetTx:
        return r.netTxBps;
    case StatsStore::MetricCount:
        break;
    }
    return kNoData;
}

// Adds one domain's latest rates to its host's totals. `blockMissing` / `netMissing`: its record
// lacked counters it has had before (a partial record), so the sum misses its share.
void addToTotals(StatsStore::HostTotals &totals, const StatsStore::DomainHistory &d,
                 bool blockMissing, bool netMissing) {
    const DomainRates &r = d.latest;
    bool any = false;
    if (!std::isnan(r.cpuPercent)) {
        totals.vmCpuCores += r.cpuPercent / 100.0 * std::max(d.vcpus, 1);
        totals.hasCpu = any = true;
    }
    if (!std::isnan(r.memoryUsedBytes)) {
        totals.vmMemoryUsedBytes += r.memoryUsedBytes;
        totals.hasMemory = any = true;
    }
    if (!std::isnan(r.diskReadBps)) {
        totals.vmDiskBps += r.diskReadBps + r.diskWriteBps;
        totals.hasDisk = any = true;
    }
    if (!std::isnan(r.netRxBps)) {
        totals.vmNetBps += r.netRxBps + r.netTxBps;
        totals.hasNet = any = true;
    }
    totals.diskIncomplete |= blockMissing && d.hadBlock;
    totals.netIncomplete |= netMissing && d.hadNet;
    totals.reporting += any;
}

} // namespace

StatsStore::StatsStore(QObject *parent, qsizetype capacity)
    : QObject(parent)
    , m_capacity(std::max<qsizetype>(capacity, 2)) {
    qRegisterMetaType<StatsBatch>();
    updateTiers();
}

// Full resolution for the newest 10 minutes of the hour (at least a sparkline's points),
// 30-second buckets for all of it: the buckets of the newest minutes cost little and keep the
// folding a running sum.
void StatsStore::updateTiers() {
    const qsizetype hourTicks = m_capacity - 1;
    m_bucketTicks = m_singleTier ? 0 : int(std::max<qsizetype>(hourTicks / 120, 1));
    // A table's sparkline reads its points from the full-resolution tier.
    m_fineTicks =
        m_singleTier
            ? m_capacity
            : std::min<qsizetype>(std::max<qsizetype>(hourTicks / 6 + 1, kSparklinePoints + 1),
                                  m_capacity);
    m_buckets = m_singleTier ? 0 : (hourTicks + m_bucketTicks - 1) / m_bucketTicks + 1;
}

int StatsStore::fineSeconds() const {
    return int(std::lround(double(m_fineTicks - 1) * 3600.0 / double(m_capacity - 1)));
}

int StatsStore::bucketSeconds() const {
    return int(std::lround(double(m_bucketTicks) * 3600.0 / double(m_capacity - 1)));
}

void StatsStore::setSingleTier(bool single) {
    if (single == m_singleTier)
        return;
    m_singleTier = single;
    m_hosts.clear();
    m_lastHost = nullptr;
    updateTiers();
}

size_t StatsStore::domainHistoryBytes(const QString &connectionId) const {
    const HostHistory *h = findHost(connectionId);
    size_t bytes = 0;
    if (!h)
        return bytes;
    for (const auto &[uuid, d] : h->domains) {
        bytes += sizeof(d) + sizeof(uuid) + size_t(uuid.capacity()) * sizeof(QChar);
        for (const auto &s : d.series)
            bytes += s ? s->bytes() : 0;
    }
    return bytes;
}

std::unique_ptr<StatsSeries> StatsStore::newSeries() const {
    return std::make_unique<StatsSeries>(m_fineTicks, m_bucketTicks, m_buckets);
}

// Pushes `value` into `slot`, allocating the series on its first real value; returns whether
// the table cell showing this series (value and sparkline) looks different now.
bool StatsStore::record(std::unique_ptr<StatsSeries> &slot, quint64 seq, double value) const {
    if (!slot) {
        if (std::isnan(value))
            return false; // never had data: nothing to draw, nothing changed
        slot = newSeries();
    }
    slot->push(seq, toFloat(value));
    return slot->sameRun() <= StatsStore::kSparklinePoints;
}

StatsStore::~StatsStore() = default;

qsizetype StatsStore::capacityForInterval(int intervalSeconds) {
    const int s = std::max(intervalSeconds, 1);
    return (3600 + s - 1) / s + 1;
}

void StatsStore::setCapacity(qsizetype capacity) {
    capacity = std::max<qsizetype>(capacity, 2);
    if (capacity == m_capacity)
        return;
    m_capacity = capacity;
    updateTiers();
    QStringList ids;
    for (const auto &[id, h] : m_hosts)
        ids.append(id);
    m_hosts.clear();
    m_lastHost = nullptr;
    for (const QString &id : std::as_const(ids))
        Q_EMIT hostUpdated(id);
}

void StatsStore::ingest(const StatsBatch &batch) {
    auto [it, inserted] = m_hosts.try_emplace(batch.connectionId);
    HostHistory &h = it->second;
    if (inserted)
        h.timeline.wallMs = RingBuffer<qint64>(m_capacity);
    const quint64 seq = ++h.timeline.lastSeq;
    h.timeline.wallMs.push(batch.wallMs);
    h.bulk = batch.bulk;
    h.error = batch.error;
    h.tickNs = batch.tickNs;
    h.bulkCallNs = batch.bulkCallNs;

    // The host itself.
    h.latest = stats::hostRates(h.hasPrevious ? &h.previous : nullptr, batch.host);
    h.previous = batch.host;
    h.hasPrevious = true;
    h.previousNs = batch.monotonicNs;
    record(h.series[HostCpu], seq, h.latest.cpuPercent);
    record(h.series[HostMemoryUsed], seq, h.latest.memoryUsedBytes);

    // Its running domains.
    h.changes.clear();
    HostTotals totals;
    for (const DomainStatsRecord &rec : batch.domains) {
        DomainHistory &d = h.domains[rec.uuid];
        // A domain that was away (stopped, restarted) starts its counters afresh.
        if (d.lastSeenSeq == 0 || d.lastSeenSeq + 1 != seq)
            d.counters = CounterSamples{};
        h.reportsMemoryUse |= stats::reportsMemoryUse(rec);
        // The allocation is never a sample of the use: a busy QEMU domain's partial record
        // has it and no rss, and on a host that never reports use the charts name it apart.
        d.latest = stats::domainRates(d.counters, rec, batch.monotonicNs, false);
        if (rec.has(DomainStatsRecord::HasVcpus))
            d.vcpus = rec.vcpus;
        if (rec.has(DomainStatsRecord::HasNetCount))
            d.measurableInterfaces = rec.netCount;
        d.hadBlock |= rec.has(DomainStatsRecord::HasBlock);
        d.hadNet |= rec.has(DomainStatsRecord::HasNet);
        d.lastSeenSeq = seq;

        quint32 changed = 0;
        for (int m = 0; m < MetricCount; ++m) {
            if (record(d.series[m], seq, metricValue(d.latest, Metric(m))))
                changed |= 1u << m;
        }
        if (changed)
            h.changes.append({rec.uuid, changed});

        addToTotals(totals, d, !rec.has(DomainStatsRecord::HasBlock),
                    !rec.has(DomainStatsRecord::HasNet));
    }
    h.totals = totals;
    // A sum that misses a busy domain's share is no sample of the host's traffic.
    record(h.series[HostVmDisk], seq,
           totals.hasDisk && !totals.diskIncomplete ? totals.vmDiskBps : kNoData);
    record(h.series[HostVmNet], seq,
           totals.hasNet && !totals.netIncomplete ? totals.vmNetBps : kNoData);

    // Domains that stopped since the last tick: their cells go blank once. Histories that have
    // scrolled out of the window entirely are dropped, so memory follows the domain count.
    const bool sweep = seq % 64 == 0;
    for (auto d = h.domains.begin(); d != h.domains.end();) {
        DomainHistory &dh = d->second;
        if (dh.lastSeenSeq + 1 == seq) {
            quint32 changed = 0;
            for (int m = 0; m < MetricCount; ++m)
                if (dh.series[m])
                    changed |= 1u << m;
            dh.latest = DomainRates{};
            if (changed)
                h.changes.append({d->first, changed});
        } else if (sweep && dh.lastSeenSeq + quint64(m_capacity) < seq) {
            d = h.domains.erase(d);
            continue;
        }
        ++d;
    }
    Q_EMIT hostUpdated(batch.connectionId);
}

void StatsStore::removeHost(const QString &connectionId) {
    m_lastHost = nullptr;
    if (m_hosts.erase(connectionId))
        Q_EMIT hostUpdated(connectionId);
}

void StatsStore::removeDomain(const QString &connectionId, const QString &uuid) {
    auto it = m_hosts.find(connectionId);
    if (it != m_hosts.end())
        it->second.domains.erase(uuid);
}

const StatsStore::HostHistory *StatsStore::findHost(const QString &connectionId) const {
    if (m_lastHost && connectionId == m_lastHostId)
        return m_lastHost;
    auto it = m_hosts.find(connectionId);
    if (it == m_hosts.end())
        return nullptr;
    m_lastHostId = connectionId;
    m_lastHost = &it->second;
    return m_lastHost;
}

const StatsStore::HostHistory *StatsStore::host(const QString &connectionId) const {
    return findHost(connectionId);
}

const StatsStore::DomainHistory *StatsStore::domain(const QString &connectionId,
                                                    const QString &uuid) const {
    const HostHistory *h = findHost(connectionId);
    if (!h)
        return nullptr;
    auto d = h->domains.find(uuid);
    return d == h->domains.end() ? nullptr : &d->second;
}

} // namespace virtdeck
