// SPDX-License-Identifier: GPL-3.0-or-later
// Rates from recorded stats records: pure functions, one _data() row per case.
#include "stats/statsrates.h"

#include <QTest>

#include <cmath>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
using F = DomainStatsRecord;

DomainStatsRecord cpuRecord(quint64 cpuNs, int vcpus) {
    DomainStatsRecord r;
    r.uuid = u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s;
    r.cpuTimeNs = cpuNs;
    r.vcpus = vcpus;
    r.fields = F::HasCpuTime | F::HasVcpus;
    return r;
}

DomainStatsRecord ioRecord(quint64 rd, quint64 wr, quint64 rdReq, quint64 wrReq, quint64 rx,
                           quint64 tx) {
    DomainStatsRecord r;
    r.readBytes = rd;
    r.writeBytes = wr;
    r.readRequests = rdReq;
    r.writeRequests = wrReq;
    r.rxBytes = rx;
    r.txBytes = tx;
    r.fields = F::HasBlock | F::HasNet;
    return r;
}
} // namespace

class TestStatsRates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void counterDelta_data();
    void counterDelta();
    void cpuPercent_data();
    void cpuPercent();
    void diskAndNetworkRates();
    void ratesNeedTwoRecords();
    void restartedVmCountsFromZero();
    void memoryUsed_data();
    void memoryUsed();
    void hostRates_data();
    void hostRates();
    void ratesSpanMissingSamples();
};

void TestStatsRates::counterDelta_data() {
    QTest::addColumn<quint64>("previous");
    QTest::addColumn<quint64>("current");
    QTest::addColumn<quint64>("delta");
    QTest::newRow("steady") << quint64(1000) << quint64(1500) << quint64(500);
    QTest::newRow("unchanged") << quint64(42) << quint64(42) << quint64(0);
    QTest::newRow("restart from zero") << quint64(9'000'000'000) << quint64(300) << quint64(300);
    QTest::newRow("32-bit wrap") << quint64(0xFFFFFF00u) << quint64(0x100) << quint64(0x200);
    QTest::newRow("small counter reset, not a wrap") << quint64(5000) << quint64(10) << quint64(10);
    QTest::newRow("64-bit large") << quint64(1) << quint64(1ull << 62) << quint64((1ull << 62) - 1);
}

void TestStatsRates::counterDelta() {
    QFETCH(quint64, previous);
    QFETCH(quint64, current);
    QFETCH(quint64, delta);
    QCOMPARE(stats::counterDelta(previous, current), delta);
}

void TestStatsRates::cpuPercent_data() {
    QTest::addColumn<quint64>("previousNs");
    QTest::addColumn<quint64>("currentNs");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<qint64>("elapsedNs");
    QTest::addColumn<double>("percent");
    const qint64 twoSeconds = 2'000'000'000;
    QTest::newRow("idle") << quint64(5e9) << quint64(5e9) << 1 << twoSeconds << 0.0;
    QTest::newRow("one vCPU half busy") << quint64(5e9) << quint64(6e9) << 1 << twoSeconds << 50.0;
    QTest::newRow("four vCPUs, one busy") << quint64(0) << quint64(2e9) << 4 << twoSeconds << 25.0;
    QTest::newRow("four vCPUs all busy")
        << quint64(1e9) << quint64(9e9) << 4 << twoSeconds << 100.0;
    // Accounting jitter can show a little more than the wall time: clamp, never above 100.
    QTest::newRow("jitter above 100") << quint64(0) << quint64(2.1e9) << 1 << twoSeconds << 100.0;
    QTest::newRow("restarted VM: from zero")
        << quint64(80e9) << quint64(0.5e9) << 1 << twoSeconds << 25.0;
}

void TestStatsRates::cpuPercent() {
    QFETCH(quint64, previousNs);
    QFETCH(quint64, currentNs);
    QFETCH(int, vcpus);
    QFETCH(qint64, elapsedNs);
    QFETCH(double, percent);
    const auto prev = cpuRecord(previousNs, vcpus);
    const auto cur = cpuRecord(currentNs, vcpus);
    const DomainRates r = stats::domainRates(&prev, cur, elapsedNs);
    QVERIFY(!std::isnan(r.cpuPercent));
    QCOMPARE(r.cpuPercent, percent);
    QVERIFY(std::isnan(r.diskReadBps)); // no block stats in the records: no data, not zero
    QVERIFY(std::isnan(r.netRxBps));
}

void TestStatsRates::diskAndNetworkRates() {
    const auto prev = ioRecord(1'000'000, 2'000'000, 100, 200, 10'000, 20'000);
    const auto cur = ioRecord(3'000'000, 2'000'000, 300, 260, 16'000, 20'500);
    const DomainRates r = stats::domainRates(&prev, cur, 2'000'000'000);
    QCOMPARE(r.diskReadBps, 1'000'000.0);
    QCOMPARE(r.diskWriteBps, 0.0);
    QCOMPARE(r.diskReadIops, 100.0);
    QCOMPARE(r.diskWriteIops, 30.0);
    QCOMPARE(r.netRxBps, 3000.0);
    QCOMPARE(r.netTxBps, 250.0);
    QVERIFY(std::isnan(r.cpuPercent));
}

void TestStatsRates::ratesNeedTwoRecords() {
    const auto cur = cpuRecord(5e9, 1);
    const DomainRates r = stats::domainRates(nullptr, cur, 2'000'000'000);
    QVERIFY(std::isnan(r.cpuPercent));
    const auto prev = cpuRecord(4e9, 1);
    QVERIFY(std::isnan(stats::domainRates(&prev, cur, 0).cpuPercent)); // no time passed
}

void TestStatsRates::restartedVmCountsFromZero() {
    // A VM restarted between ticks: every counter falls back near zero. The rate counts the new
    // values from zero instead of a huge unsigned difference.
    const auto prev = ioRecord(9'000'000'000, 9'000'000'000, 10'000, 10'000, 1e9, 1e9);
    const auto cur = ioRecord(4000, 0, 2, 0, 600, 0);
    const DomainRates r = stats::domainRates(&prev, cur, 2'000'000'000);
    QCOMPARE(r.diskReadBps, 2000.0);
    QCOMPARE(r.diskWriteBps, 0.0);
    QCOMPARE(r.diskReadIops, 1.0);
    QCOMPARE(r.netRxBps, 300.0);
}

void TestStatsRates::memoryUsed_data() {
    QTest::addColumn<quint32>("fields");
    QTest::addColumn<double>("used");
    QTest::addColumn<double>("total");
    const double KiB = 1024.0;
    // The record always carries current=2 GiB, rss=600 MiB, available=1.9 GiB, usable=1.4 GiB.
    QTest::newRow("guest view: available - usable")
        << quint32(F::HasBalloonCurrent | F::HasBalloonRss | F::HasBalloonAvailable |
                   F::HasBalloonUsable)
        << 0.5 * 1024 * 1024 * KiB << 1.9 * 1024 * 1024 * KiB;
    QTest::newRow("no guest agent: rss") << quint32(F::HasBalloonCurrent | F::HasBalloonRss)
                                         << 600.0 * 1024 * KiB << 2.0 * 1024 * 1024 * KiB;
    QTest::newRow("allocation only")
        << quint32(F::HasBalloonCurrent) << 2.0 * 1024 * 1024 * KiB << 2.0 * 1024 * 1024 * KiB;
    QTest::newRow("nothing") << quint32(0) << kNoData << kNoData;
}

void TestStatsRates::memoryUsed() {
    QFETCH(quint32, fields);
    QFETCH(double, used);
    QFETCH(double, total);
    DomainStatsRecord r;
    r.fields = fields;
    r.balloonCurrentKiB = 2 * 1024 * 1024;
    r.balloonRssKiB = 600 * 1024;
    r.balloonAvailableKiB = quint64(1.9 * 1024 * 1024);
    r.balloonUsableKiB = quint64(1.4 * 1024 * 1024);
    const DomainRates rates = stats::domainRates(nullptr, r, 0);
    if (std::isnan(used)) {
        QVERIFY(std::isnan(rates.memoryUsedBytes));
        QVERIFY(std::isnan(rates.memoryTotalBytes));
        return;
    }
    QVERIFY(std::abs(rates.memoryUsedBytes - used) < 2048);
    QVERIFY(std::abs(rates.memoryTotalBytes - total) < 2048);
}

void TestStatsRates::hostRates_data() {
    QTest::addColumn<quint64>("busy0");
    QTest::addColumn<quint64>("total0");
    QTest::addColumn<quint64>("busy1");
    QTest::addColumn<quint64>("total1");
    QTest::addColumn<double>("percent");
    QTest::newRow("quarter busy") << quint64(100) << quint64(1000) << quint64(350) << quint64(2000)
                                  << 25.0;
    QTest::newRow("static counters (test driver) read as idle")
        << quint64(100) << quint64(1000) << quint64(100) << quint64(1000) << 0.0;
    QTest::newRow("fully busy") << quint64(0) << quint64(0) << quint64(800) << quint64(800)
                                << 100.0;
}

void TestStatsRates::hostRates() {
    QFETCH(quint64, busy0);
    QFETCH(quint64, total0);
    QFETCH(quint64, busy1);
    QFETCH(quint64, total1);
    QFETCH(double, percent);
    HostStatsRecord a, b;
    a.hasCpu = b.hasCpu = true;
    a.cpuBusyNs = busy0;
    a.cpuTotalNs = total0;
    b.cpuBusyNs = busy1;
    b.cpuTotalNs = total1;
    b.hasMemory = true;
    b.memoryTotalBytes = 16ull << 30;
    b.memoryAvailableBytes = 4ull << 30;
    const HostRates r = stats::hostRates(&a, b);
    QCOMPARE(r.cpuPercent, percent);
    QCOMPARE(r.memoryUsedBytes, double(12ull << 30));
    QCOMPARE(r.memoryTotalBytes, double(16ull << 30));
    QVERIFY(std::isnan(stats::hostRates(nullptr, b).cpuPercent));
}

// A counter missing from a record is skipped, not read as 0: the next rate spans both intervals.
// Sums over a different number of disks (one hot-plugged) are not compared.
void TestStatsRates::ratesSpanMissingSamples() {
    CounterSamples last;
    DomainStatsRecord r = ioRecord(1000, 0, 10, 0, 0, 0);
    r.fields = F::HasBlock;
    r.blockDevices = 1;
    QVERIFY(std::isnan(stats::domainRates(last, r, 1'000'000'000).diskReadBps)); // first sample
    DomainStatsRecord partial = r;
    partial.fields = 0;
    partial.readBytes = 0;
    QVERIFY(std::isnan(stats::domainRates(last, partial, 2'000'000'000).diskReadBps));
    r.readBytes = 5000;
    QCOMPARE(stats::domainRates(last, r, 3'000'000'000).diskReadBps, 2000.0); // over 2 s
    r.readBytes = 9000;
    r.blockDevices = 2;
    QVERIFY(std::isnan(stats::domainRates(last, r, 4'000'000'000).diskReadBps));
    r.readBytes = 9500;
    QCOMPARE(stats::domainRates(last, r, 5'000'000'000).diskReadBps, 500.0);
}

QTEST_GUILESS_MAIN(TestStatsRates)
#include "tst_statsrates.moc"
