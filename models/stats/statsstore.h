// SPDX-License-Identifier: GPL-3.0-or-later
// Every host's and domain's recent history, fed by the sampler's batches. Lives on the GUI
// thread and is only touched there, so views read it without locks.
#pragma once

#include "ringbuffer.h"
#include "statsrates.h"
#include "statsrecord.h"
#include "statsseries.h"

#include <QHash>
#include <QObject>

#include <array>
#include <memory>
#include <unordered_map>

namespace virtdeck {

class StatsStore : public QObject {
    Q_OBJECT
public:
    struct KeyHash {
        size_t operator()(const QString &s) const { return qHash(s); }
    };

    // The metrics kept as history (IOPS are only kept as the latest rates: no chart shows them,
    // and a series costs 7 KiB per VM for the hour).
    enum Metric : quint8 { Cpu, MemoryUsed, DiskRead, DiskWrite, NetRx, NetTx, MetricCount };
    Q_ENUM(Metric)
    enum HostMetric : quint8 {
        HostCpu,
        HostMemoryUsed,
        HostVmDisk, // the host's VMs' disk bytes/s, summed
        HostVmNet,  // the host's VMs' network bytes/s, summed
        HostMetricCount
    };
    Q_ENUM(HostMetric)

    // Points a table sparkline shows.
    static constexpr int kSparklinePoints = 30;

    // The instants of one host's ticks, newest last; tick numbers start at 1.
    struct Timeline {
        RingBuffer<qint64> wallMs;
        quint64 lastSeq = 0;
        quint64 firstSeq() const { return lastSeq - quint64(wallMs.size()) + 1; }
        qint64 wallMsAt(quint64 seq) const {
            return wallMs.at(wallMs.size() - 1 - qsizetype(lastSeq - seq));
        }
    };

    struct DomainHistory {
        DomainRates latest; // NaN everywhere while the domain is not running
        int vcpus = 0;
        // Interfaces libvirt can measure, as last reported; -1: the driver never said.
        int measurableInterfaces = -1;
        bool hadBlock = false, hadNet = false; // its records have had these counters
        std::array<std::unique_ptr<StatsSeries>, MetricCount> series;
        const StatsSeries *get(Metric m) const { return series[m].get(); }
        // The tick that last reported the domain running.
        quint64 lastSeen() const { return lastSeenSeq; }

    private:
        friend class StatsStore;
        CounterSamples counters; // the last real sample of each counter
        quint64 lastSeenSeq = 0;
    };

    // What the host's domains add up to in the latest tick.
    struct HostTotals {
        double vmCpuCores = 0; // busy vCPUs, e.g. 2.5 = two and a half cores' worth
        double vmMemoryUsedBytes = 0;
        double vmDiskBps = 0; // read + write
        double vmNetBps = 0;  // rx + tx
        int reporting = 0;    // running domains with any data
        bool hasCpu = false, hasMemory = false, hasDisk = false, hasNet = false;
        // A domain that has had the counters lacked them: the sum misses its share.
        bool diskIncomplete = false, netIncomplete = false;
    };

    // A domain whose table cells changed in the latest tick: bit i set for Metric i.
    struct DomainChange {
        QString uuid;
        quint32 metrics = 0;
    };

    struct HostHistory {
        Timeline timeline;
        HostRates latest;
        HostTotals totals;
        std::array<std::unique_ptr<StatsSeries>, HostMetricCount> series;
        std::unordered_map<QString, DomainHistory, KeyHash> domains; // by uuid
        QList<DomainChange> changes;                                 // of the latest tick
        bool bulk = true;
        QString error;
        qint64 tickNs = 0, bulkCallNs = 0;
        const StatsSeries *get(HostMetric m) const { return series[m].get(); }
        // Whether a domain of this host has reported its memory use (not only the allocation).
        bool memoryUseReported() const { return reportsMemoryUse; }

    private:
        friend class StatsStore;
        HostStatsRecord previous;
        bool hasPrevious = false;
        qint64 previousNs = 0;
        // A domain of this host reported its memory use once: the driver does, so the charts
        // wait for the use instead of drawing the allocation as a stand-in.
        bool reportsMemoryUse = false;
    };

    // `capacity`: ticks of history (one hour at the default two-second interval). The newest
    // sixth of them (10 minutes, what the charts show by default) is kept at full resolution,
    // the whole hour as 30-second means.
    explicit StatsStore(QObject *parent = nullptr, qsizetype capacity = 1801);
    ~StatsStore() override;

    qsizetype capacity() const { return m_capacity; }
    // Drops all history: series are allocated once at their full size.
    void setCapacity(qsizetype capacity);
    // Ticks held at full resolution, and ticks per coarse bucket.
    qsizetype fineTicks() const { return m_fineTicks; }
    int bucketTicks() const { return m_bucketTicks; }
    // The same in seconds, from the interval the capacity was made for.
    int fineSeconds() const;
    int bucketSeconds() const;
    // For the benchmark's reference only: every tick of the hour at full resolution, the
    // layout before the coarse tier (drops all history, like setCapacity).
    void setSingleTier(bool single);
    // The memory the histories of `connectionId`'s domains hold, counted from their layout.
    size_t domainHistoryBytes(const QString &connectionId) const;
    // Points needed for an hour at `intervalSeconds`, plus the one that closes the hour.
    static qsizetype capacityForInterval(int intervalSeconds);

    void ingest(const StatsBatch &batch);
    void removeHost(const QString &connectionId);
    void removeDomain(const QString &connectionId, const QString &uuid);

    const HostHistory *host(const QString &connectionId) const;
    const DomainHistory *domain(const QString &connectionId, const QString &uuid) const;

Q_SIGNALS:
    // A tick of `connectionId` was stored: its rates, totals, series and changes() are new.
    void hostUpdated(const QString &connectionId);

private:
    void updateTiers();
    std::unique_ptr<StatsSeries> newSeries() const;
    bool record(std::unique_ptr<StatsSeries> &slot, quint64 seq, double value) const;

    qsizetype m_capacity;
    qsizetype m_fineTicks = 0;
    int m_bucketTicks = 0;
    qsizetype m_buckets = 0;
    bool m_singleTier = false;
    const HostHistory *findHost(const QString &connectionId) const;

    std::unordered_map<QString, HostHistory, KeyHash> m_hosts;
    // The last host looked up: a table sorting by a live column asks for the same host tens of
    // thousands of times in a row. Nodes of the map stay put, so only erasing invalidates it.
    mutable QString m_lastHostId;
    mutable const HostHistory *m_lastHost = nullptr;
};

} // namespace virtdeck
