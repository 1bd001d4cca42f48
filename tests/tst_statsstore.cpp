// SPDX-License-Identifier: GPL-3.0-or-later
// The bounded history: ring buffers, series aligned with ticks, what a tick reports as changed.
#include "stats/ringbuffer.h"
#include "stats/statsseries.h"
#include "stats/statsstore.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kHost = u"host-1"_s;

DomainStatsRecord running(const QString &uuid, quint64 cpuNs, quint64 readBytes = 0) {
    DomainStatsRecord r;
    r.uuid = uuid;
    r.cpuTimeNs = cpuNs;
    r.vcpus = 1;
    r.readBytes = readBytes;
    r.balloonCurrentKiB = 1024 * 1024;
    r.balloonRssKiB = 512 * 1024;
    r.fields = DomainStatsRecord::HasCpuTime | DomainStatsRecord::HasVcpus |
               DomainStatsRecord::HasBalloonCurrent | DomainStatsRecord::HasBalloonRss |
               DomainStatsRecord::HasBlock;
    return r;
}

StatsBatch batch(int tick, const QList<DomainStatsRecord> &domains) {
    StatsBatch b;
    b.connectionId = kHost;
    b.monotonicNs = qint64(tick) * 2'000'000'000;
    b.wallMs = 1'700'000'000'000 + qint64(tick) * 2000;
    b.host.hasMemory = true;
    b.host.memoryTotalBytes = 8ull << 30;
    b.host.memoryAvailableBytes = 2ull << 30;
    b.domains = domains;
    return b;
}

quint32 changesOf(const StatsStore &store, const QString &uuid) {
    for (const auto &c : store.host(kHost)->changes)
        if (c.uuid == uuid)
            return c.metrics;
    return 0;
}
} // namespace

class TestStatsStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ringBufferKeepsTheNewest();
    void ringBufferZeroCapacity();
    void seriesFillsGapsWithNoData();
    void historyStaysBounded();
    void ratesFromSuccessiveTicks();
    void changesOnlyWhenCellsLookDifferent();
    void stoppedVmReportsOnceThenGoesQuiet();
    void restartedVmDoesNotSpike();
    void partialRecordsAreGapsNotValues();
    void capacityForInterval();
    void seriesFoldsTicksIntoBuckets();
    void hourIsTwoTiersOfTheSameValues();
    void memoryPerVmWithinBudget();
};

void TestStatsStore::ringBufferKeepsTheNewest() {
    RingBuffer<int> r(3);
    QCOMPARE(r.capacity(), 3);
    QVERIFY(r.isEmpty());
    for (int i = 1; i <= 2; ++i)
        r.push(i);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0), 1);
    QCOMPARE(r.last(), 2);
    for (int i = 3; i <= 10; ++i)
        r.push(i);
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0), 8);
    QCOMPARE(r.at(1), 9);
    QCOMPARE(r.at(2), 10);
    r.clear();
    QCOMPARE(r.size(), 0);
    r.push(11);
    QCOMPARE(r.last(), 11);
}

void TestStatsStore::ringBufferZeroCapacity() {
    RingBuffer<int> r(0);
    r.push(1);
    QCOMPARE(r.size(), 0);
}

void TestStatsStore::seriesFillsGapsWithNoData() {
    StatsSeries s(5);
    s.push(1, 10.f);
    s.push(2, 20.f);
    s.push(5, 50.f); // ticks 3 and 4 missed: the VM was off
    QCOMPARE(s.lastSeq(), quint64(5));
    QCOMPARE(s.valueAt(1), 10.f);
    QCOMPARE(s.valueAt(2), 20.f);
    QVERIFY(std::isnan(s.valueAt(3)));
    QVERIFY(std::isnan(s.valueAt(4)));
    QCOMPARE(s.valueAt(5), 50.f);
    QVERIFY(std::isnan(s.valueAt(6)));
    s.push(100, 1.f); // a gap longer than the buffer: only the newest survives
    QCOMPARE(s.size(), 5);
    QCOMPARE(s.valueAt(100), 1.f);
    QVERIFY(std::isnan(s.valueAt(99)));
    QVERIFY(std::isnan(s.valueAt(5)));
}

void TestStatsStore::historyStaysBounded() {
    StatsStore store(nullptr, 50);
    const QString a = u"a"_s;
    for (int t = 1; t <= 500; ++t)
        store.ingest(batch(t, {running(a, quint64(t) * 1'000'000'000)}));
    const auto *h = store.host(kHost);
    QVERIFY(h);
    QCOMPARE(h->timeline.wallMs.size(), 50);
    QCOMPARE(h->timeline.lastSeq, quint64(500));
    QCOMPARE(h->timeline.firstSeq(), quint64(451));
    const auto *d = store.domain(kHost, a);
    QVERIFY(d);
    // Full resolution for a sparkline's points, the rest as one-tick buckets (the hour of 50
    // ticks is too short for coarser ones).
    QCOMPARE(d->get(StatsStore::Cpu)->size(), StatsStore::kSparklinePoints + 1);
    QCOMPARE(d->get(StatsStore::Cpu)->capacity(), StatsStore::kSparklinePoints + 1);
    QCOMPARE(d->get(StatsStore::Cpu)->bucketTicks(), 1);
    QCOMPARE(d->get(StatsStore::Cpu)->bucketCapacity(), 50);
    // Series without data in any tick are never allocated.
    QVERIFY(!d->get(StatsStore::NetRx));
    QVERIFY(d->get(StatsStore::DiskRead));

    // A domain that stopped is forgotten once its history has scrolled out of the window.
    for (int t = 501; t <= 620; ++t)
        store.ingest(batch(t, {}));
    QVERIFY(!store.domain(kHost, a));
    QCOMPARE(h->timeline.wallMs.size(), 50);
}

void TestStatsStore::ratesFromSuccessiveTicks() {
    StatsStore store;
    QSignalSpy updated(&store, &StatsStore::hostUpdated);
    store.ingest(batch(1, {running(u"a"_s, 10'000'000'000, 0)}));
    QCOMPARE(updated.size(), 1);
    QVERIFY(std::isnan(store.domain(kHost, u"a"_s)->latest.cpuPercent)); // one record: no rate
    store.ingest(batch(2, {running(u"a"_s, 11'000'000'000, 4'000'000)}));
    const auto *d = store.domain(kHost, u"a"_s);
    QCOMPARE(d->latest.cpuPercent, 50.0);
    QCOMPARE(d->latest.diskReadBps, 2'000'000.0);
    QCOMPARE(d->get(StatsStore::Cpu)->valueAt(2), 50.f);
    QVERIFY(std::isnan(d->get(StatsStore::Cpu)->valueAt(1)));
    const auto *h = store.host(kHost);
    QCOMPARE(h->latest.memoryUsedBytes, double(6ull << 30));
    QCOMPARE(h->totals.vmCpuCores, 0.5);
    QCOMPARE(h->totals.vmDiskBps, 2'000'000.0);
    QCOMPARE(h->totals.reporting, 1);
    QVERIFY(!h->totals.hasNet);
}

void TestStatsStore::changesOnlyWhenCellsLookDifferent() {
    StatsStore store;
    const QString a = u"a"_s, b = u"b"_s;
    // a: CPU changes every tick. b: perfectly constant load.
    int t = 1;
    for (; t <= 3; ++t)
        store.ingest(batch(
            t, {running(a, quint64(t * t) * 100'000'000), running(b, quint64(t) * 1'000'000'000)}));
    QVERIFY(changesOf(store, a) & (1u << StatsStore::Cpu));
    QVERIFY(changesOf(store, b) & (1u << StatsStore::Cpu));
    // Memory is constant from the first tick, but its sparkline still scrolls in for a while.
    QVERIFY(changesOf(store, b) & (1u << StatsStore::MemoryUsed));
    for (; t <= StatsStore::kSparklinePoints + 5; ++t)
        store.ingest(batch(
            t, {running(a, quint64(t * t) * 100'000'000), running(b, quint64(t) * 1'000'000'000)}));
    // Once the whole sparkline window is one value, b's cells no longer change at all.
    QCOMPARE(changesOf(store, b), 0u);
    QCOMPARE(changesOf(store, a), 1u << StatsStore::Cpu);
    QCOMPARE(store.host(kHost)->changes.size(), 1);
}

void TestStatsStore::stoppedVmReportsOnceThenGoesQuiet() {
    StatsStore store;
    const QString a = u"a"_s;
    store.ingest(batch(1, {running(a, 0)}));
    store.ingest(batch(2, {running(a, 1'000'000'000)}));
    store.ingest(batch(3, {})); // a stopped
    QVERIFY(changesOf(store, a) & (1u << StatsStore::Cpu));
    QVERIFY(std::isnan(store.domain(kHost, a)->latest.cpuPercent));
    store.ingest(batch(4, {}));
    QCOMPARE(changesOf(store, a), 0u);
    QVERIFY(store.host(kHost)->changes.isEmpty());
}

void TestStatsStore::restartedVmDoesNotSpike() {
    StatsStore store;
    const QString a = u"a"_s;
    store.ingest(batch(1, {running(a, 500'000'000'000)}));
    store.ingest(batch(2, {running(a, 501'000'000'000)}));
    store.ingest(batch(3, {})); // off
    // Back after a gap with a fresh counter: no rate from a record two ticks old.
    store.ingest(batch(4, {running(a, 100'000'000)}));
    QVERIFY(std::isnan(store.domain(kHost, a)->latest.cpuPercent));
    store.ingest(batch(5, {running(a, 600'000'000)}));
    QCOMPARE(store.domain(kHost, a)->latest.cpuPercent, 25.0);
    const StatsSeries *cpu = store.domain(kHost, a)->get(StatsStore::Cpu);
    QCOMPARE(cpu->valueAt(2), 50.f);
    QVERIFY(std::isnan(cpu->valueAt(3)));
    QVERIFY(std::isnan(cpu->valueAt(4)));
    QCOMPARE(cpu->valueAt(5), 25.f);
}

void TestStatsStore::capacityForInterval() {
    QCOMPARE(StatsStore::capacityForInterval(2), 1801);
    QCOMPARE(StatsStore::capacityForInterval(1), 3601);
    QCOMPARE(StatsStore::capacityForInterval(7), 516);
    QCOMPARE(StatsStore::capacityForInterval(0), 3601);
    StatsStore store(nullptr, 100);
    store.ingest(batch(1, {running(u"a"_s, 0)}));
    QSignalSpy updated(&store, &StatsStore::hostUpdated);
    store.setCapacity(200);
    QCOMPARE(updated.size(), 1);
    QVERIFY(!store.host(kHost));
}

// Bucket b holds ticks (b-1)*3+1 … b*3: a mean of the real samples, a gap when none, and only
// the newest buckets are held.
void TestStatsStore::seriesFoldsTicksIntoBuckets() {
    StatsSeries s(4, 3, 3);
    s.push(1, 1.f);
    s.push(2, 2.f);
    s.push(3, 6.f);
    QCOMPARE(s.bucketMean(1), 3.f); // still open: the mean so far
    s.push(4, 10.f);
    s.push(5, std::nanf("")); // a partial record: no sample, not a zero
    s.push(6, 20.f);
    s.push(10, 7.f); // ticks 7-9 missed (the VM was off): bucket 3 had no sample at all
    QCOMPARE(s.bucketMean(1), 3.f);
    QCOMPARE(s.bucketMean(2), 15.f);
    QVERIFY(std::isnan(s.bucketMean(3)));
    QCOMPARE(s.bucketMean(4), 7.f);
    QVERIFY(std::isnan(s.bucketMean(5)));
    // The full-resolution tier holds the newest four ticks only.
    QVERIFY(std::isnan(s.valueAt(6)));
    QVERIFY(std::isnan(s.valueAt(9)));
    QCOMPARE(s.valueAt(10), 7.f);
    // The window slides: three closed buckets (and the open one) are held.
    for (quint64 q = 11; q <= 19; ++q)
        s.push(q, float(q));
    QCOMPARE(s.bucketOf(19), quint64(7));
    QVERIFY(std::isnan(s.bucketMean(3)));
    QCOMPARE(s.bucketMean(4), 10.f); // ticks 10-12: 7, 11, 12
    QCOMPARE(s.bucketMean(5), 14.f);
    QCOMPARE(s.bucketMean(6), 17.f);
    QCOMPARE(s.bucketMean(7), 19.f);
    QVERIFY(std::isnan(s.bucketMean(1)));
    // A gap longer than everything held leaves only gaps behind the newest value.
    s.push(100, 5.f);
    QCOMPARE(s.bucketMean(34), 5.f);
    QVERIFY(std::isnan(s.bucketMean(33)));
    QVERIFY(std::isnan(s.bucketMean(7)));
}

// An hour and more of a VM with a varying load and a stop in the middle, against the layout
// that keeps every tick: the newest 10 minutes are the same values, every older 30-second
// bucket is the mean of exactly its ticks' samples, and a bucket while it was off is a gap.
void TestStatsStore::hourIsTwoTiersOfTheSameValues() {
    StatsStore tiered;
    StatsStore reference;
    reference.setSingleTier(true);
    QCOMPARE(tiered.fineTicks(), 301);
    QCOMPARE(tiered.bucketTicks(), 15);
    QCOMPARE(tiered.fineSeconds(), 600);
    QCOMPARE(tiered.bucketSeconds(), 30);
    const QString a = u"a"_s;
    quint64 cpuNs = 0;
    for (int t = 1; t <= 2000; ++t) {
        cpuNs += quint64((t * 37) % 100) * 20'000'000; // 0-99 % of a 2-s tick
        const bool off = t > 1000 && t <= 1040;        // ticks 1001-1040: buckets 68-69 empty
        const StatsBatch b = batch(t, off ? QList<DomainStatsRecord>{} : QList{running(a, cpuNs)});
        tiered.ingest(b);
        reference.ingest(b);
    }
    const StatsSeries *cpu = tiered.domain(kHost, a)->get(StatsStore::Cpu);
    const StatsSeries *all = reference.domain(kHost, a)->get(StatsStore::Cpu);
    QCOMPARE(cpu->capacity(), 301);
    QCOMPARE(all->capacity(), 1801);
    for (quint64 q = 1700; q <= 2000; ++q)
        QCOMPARE(cpu->valueAt(q), all->valueAt(q));
    QVERIFY(std::isnan(cpu->valueAt(1699)));
    int buckets = 0, gaps = 0;
    // The reference holds ticks 200-2000: bucket 14 (ticks 196-210) only in part.
    for (quint64 b = cpu->bucketOf(2000 - 1800) + 1; b < cpu->bucketOf(1700); ++b) {
        double sum = 0;
        int n = 0;
        for (quint64 q = (b - 1) * 15 + 1; q <= b * 15; ++q)
            if (const float v = all->valueAt(q); !std::isnan(v)) {
                sum += v;
                ++n;
            }
        const float mean = cpu->bucketMean(b);
        if (n == 0) {
            QVERIFY2(std::isnan(mean), qPrintable(u"bucket %1: %2"_s.arg(b).arg(mean)));
            ++gaps;
        } else {
            QVERIFY2(std::abs(mean - sum / n) < 1e-3,
                     qPrintable(u"bucket %1: %2, not %3"_s.arg(b).arg(mean).arg(sum / n)));
            ++buckets;
        }
    }
    QCOMPARE(gaps, 2);     // buckets 68 and 69 (ticks 1006-1035) had no sample
    QCOMPARE(buckets, 97); // buckets 15-113 (ticks 211-1695) but the two gaps
}

// The budget: 100 MB for 5000 VMs, every series allocated, counted from the layout.
void TestStatsStore::memoryPerVmWithinBudget() {
    const auto perVm = [](bool single) {
        StatsStore store;
        store.setSingleTier(single);
        for (int t = 1; t <= 3; ++t) {
            QList<DomainStatsRecord> domains;
            for (int v = 0; v < 20; ++v) {
                DomainStatsRecord r = running(u"vm-%1"_s.arg(v), quint64(t * v) * 1'000'000);
                r.rxBytes = r.txBytes = r.writeBytes = quint64(t) * 1000;
                r.fields |= DomainStatsRecord::HasNet;
                domains.append(r);
            }
            store.ingest(batch(t, domains));
        }
        for (int m = 0; m < StatsStore::MetricCount; ++m)
            if (!store.domain(kHost, u"vm-7"_s)->get(StatsStore::Metric(m)))
                return size_t(0);
        return store.domainHistoryBytes(kHost) / 20;
    };
    const size_t tiered = perVm(false), single = perVm(true);
    qInfo("history per VM: %zu bytes (every tick of the hour: %zu)", tiered, single);
    QVERIFY(tiered > 0);
    QVERIFY2(tiered <= 100'000'000 / 5000, qPrintable(QString::number(tiered)));
    QVERIFY(single > 2 * tiered);
}

// A busy libvirtd (another client holds the domain's job) answers NOWAIT with partial records:
// balloon.current and the disks' names, but no balloon.rss and no rd.bytes. Alternating complete
// and partial records must leave the memory at the resident size (never the allocation) and the
// disk rate at its true value (never 0 and a spike), with gaps where the samples were missing.
void TestStatsStore::partialRecordsAreGapsNotValues() {
    using F = DomainStatsRecord;
    const QString uuid = u"partial"_s;
    StatsStore store;
    const quint64 rssKiB = 46 * 1024, allocationKiB = 256 * 1024;
    quint64 readBytes = 1'000'000, cpuNs = 0;
    for (int t = 1; t <= 21; ++t) {
        // The counters move steadily: 1 KiB read and 0.2 s of CPU per second.
        readBytes += 2048;
        cpuNs += 400'000'000;
        DomainStatsRecord r;
        r.uuid = uuid;
        r.vcpus = 1;
        r.cpuTimeNs = cpuNs;
        r.balloonCurrentKiB = allocationKiB;
        r.balloonMaximumKiB = allocationKiB;
        r.fields = F::HasCpuTime | F::HasVcpus | F::HasBalloonCurrent | F::HasBalloonMaximum;
        if (t % 2 == 1) { // complete
            r.balloonRssKiB = rssKiB;
            r.readBytes = readBytes;
            r.blockDevices = 1;
            r.fields |= F::HasBalloonRss | F::HasBlock;
        }
        store.ingest(batch(t, {r}));
    }
    const auto *d = store.domain(kHost, uuid);
    QVERIFY(d);
    const StatsSeries *memory = d->get(StatsStore::MemoryUsed);
    const StatsSeries *disk = d->get(StatsStore::DiskRead);
    const StatsSeries *cpu = d->get(StatsStore::Cpu);
    QVERIFY(memory && disk && cpu);
    int diskPoints = 0;
    for (quint64 q = 1; q <= 21; ++q) {
        const bool complete = q % 2 == 1;
        const float m = memory->valueAt(q);
        if (complete)
            QCOMPARE(m, float(rssKiB * 1024));
        else
            QVERIFY2(std::isnan(m), qPrintable(u"tick %1: memory %2"_s.arg(q).arg(m)));
        const float rd = disk->valueAt(q);
        if (complete && q > 1) {
            QCOMPARE(rd, 1024.0f); // over the four seconds since the last real sample
            ++diskPoints;
        } else {
            QVERIFY2(std::isnan(rd), qPrintable(u"tick %1: read %2 B/s"_s.arg(q).arg(rd)));
        }
        if (q > 1) // the CPU counter comes in every record
            QCOMPARE(cpu->valueAt(q), 20.0f);
    }
    QCOMPARE(diskPoints, 10);
    // The host's sum of its VMs' traffic has the same gaps: without the busy VM it is no sum.
    const StatsSeries *hostDisk = store.host(kHost)->get(StatsStore::HostVmDisk);
    QVERIFY(hostDisk);
    for (quint64 q = 2; q <= 21; ++q) {
        if (q % 2 == 1)
            QCOMPARE(hostDisk->valueAt(q), 1024.0f);
        else
            QVERIFY(std::isnan(hostDisk->valueAt(q)));
    }
    // Nor is the allocation a sample of the use where the host never reports use (the test
    // driver): the charts draw it as a reference line of its own, named so.
    StatsStore sparse;
    for (int t = 1; t <= 3; ++t) {
        DomainStatsRecord r;
        r.uuid = uuid;
        r.balloonCurrentKiB = allocationKiB;
        r.fields = F::HasBalloonCurrent;
        sparse.ingest(batch(t, {r}));
    }
    QVERIFY(std::isnan(sparse.domain(kHost, uuid)->latest.memoryUsedBytes));
    QVERIFY(!sparse.domain(kHost, uuid)->get(StatsStore::MemoryUsed));
    QVERIFY(!sparse.host(kHost)->memoryUseReported());
}

QTEST_GUILESS_MAIN(TestStatsStore)
#include "tst_statsstore.moc"
