// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules: raised once when the condition has held for the rule's duration, again only
// after it cleared; host disconnection; rules saved and loaded.
#include "stats/alertengine.h"
#include "stats/alertlogmodel.h"
#include "stats/statsstore.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kHost = u"h1"_s;

// Tick `tick` (two seconds apart): VM "a" at `cpuPercent` of its one vCPU, host memory at
// `memoryPercent`.
StatsBatch batch(int tick, double cpuPercent, double memoryPercent = 50) {
    static quint64 cpuNs = 0;
    if (tick == 1)
        cpuNs = 0;
    cpuNs += quint64(cpuPercent / 100.0 * 2e9);
    StatsBatch b;
    b.connectionId = kHost;
    b.monotonicNs = qint64(tick) * 2'000'000'000;
    b.wallMs = 1'000'000 + qint64(tick) * 2000;
    b.host.hasMemory = true;
    b.host.memoryTotalBytes = 1000;
    b.host.memoryAvailableBytes = quint64(1000 - memoryPercent * 10);
    DomainStatsRecord r;
    r.uuid = u"a"_s;
    r.cpuTimeNs = cpuNs;
    r.vcpus = 1;
    r.fields = DomainStatsRecord::HasCpuTime | DomainStatsRecord::HasVcpus;
    b.domains = {r};
    return b;
}
} // namespace

class TestAlertEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vmCpuAboveForDuration();
    void hostMemoryAtOnce();
    void hostDisconnected();
    void rulesRoundTrip();
    void logIsBounded();
};

void TestAlertEngine::vmCpuAboveForDuration() {
    StatsStore store;
    AlertEngine engine(&store);
    engine.setRules({{u"cpu"_s, AlertRule::Metric::VmCpu, 95, 10, true}});
    engine.setNameResolvers(
        [](const QString &) { return u"Host one"_s; },
        [](const QString &, const QString &uuid) -> QString { return u"vm-"_s + uuid; });
    QObject::connect(&store, &StatsStore::hostUpdated, &engine, &AlertEngine::evaluate);
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);

    int t = 1;
    store.ingest(batch(t++, 0));
    // 99 % from tick 2 on: the condition starts at tick 2 and must hold 10 s (5 more ticks).
    for (; t <= 6; ++t)
        store.ingest(batch(t, 99));
    QCOMPARE(raised.size(), 0);
    store.ingest(batch(t++, 99)); // tick 7: 10 s after tick 2
    QCOMPARE(raised.size(), 1);
    const auto e = raised.at(0).at(0).value<AlertEvent>();
    QCOMPARE(e.subject, u"vm-a"_s);
    QCOMPARE(e.hostName, u"Host one"_s);
    QCOMPARE(e.uuid, u"a"_s);
    QVERIFY2(e.message.contains(u"VM CPU above 95 %"_s), qPrintable(e.message));
    for (int i = 0; i < 10; ++i) // still high: no repeat
        store.ingest(batch(t++, 99));
    QCOMPARE(raised.size(), 1);
    store.ingest(batch(t++, 10)); // cleared
    for (int i = 0; i < 4; ++i)   // high again, but not long enough yet
        store.ingest(batch(t++, 99));
    QCOMPARE(raised.size(), 1);
    store.ingest(batch(t++, 50)); // a dip restarts the clock
    for (int i = 0; i < 5; ++i)
        store.ingest(batch(t++, 99));
    QCOMPARE(raised.size(), 1);
    store.ingest(batch(t++, 99));
    QCOMPARE(raised.size(), 2);

    // A disabled rule never fires.
    engine.setRules({{u"cpu"_s, AlertRule::Metric::VmCpu, 95, 0, false}});
    for (int i = 0; i < 3; ++i)
        store.ingest(batch(t++, 99));
    QCOMPARE(raised.size(), 2);
}

void TestAlertEngine::hostMemoryAtOnce() {
    StatsStore store;
    AlertEngine engine(&store);
    engine.setRules({{u"mem"_s, AlertRule::Metric::HostMemory, 90, 0, true}});
    QObject::connect(&store, &StatsStore::hostUpdated, &engine, &AlertEngine::evaluate);
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    store.ingest(batch(1, 0, 85));
    QCOMPARE(raised.size(), 0);
    store.ingest(batch(2, 0, 95));
    QCOMPARE(raised.size(), 1);
    QVERIFY(raised.at(0).at(0).value<AlertEvent>().uuid.isEmpty());
    store.ingest(batch(3, 0, 96));
    QCOMPARE(raised.size(), 1);
}

void TestAlertEngine::hostDisconnected() {
    StatsStore store;
    AlertEngine engine(&store);
    engine.setRules({{u"down"_s, AlertRule::Metric::HostDisconnected, 0, 1, true}});
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    // A host that never connected is not "disconnected".
    engine.setConnectionState(kHost, ConnectionState::Failed, u"refused"_s);
    QVERIFY(!raised.wait(1500));
    engine.setConnectionState(kHost, ConnectionState::Connected, {});
    engine.setConnectionState(kHost, ConnectionState::Disconnected, u"keepalive timeout"_s);
    QCOMPARE(raised.size(), 0); // the rule asks for a second first
    QVERIFY(raised.wait(3000));
    QCOMPARE(raised.size(), 1);
    QVERIFY(raised.at(0).at(0).value<AlertEvent>().message.contains(u"keepalive timeout"_s));
    QVERIFY(!raised.wait(1500)); // once
    // Back before the duration: nothing.
    engine.setConnectionState(kHost, ConnectionState::Connected, {});
    engine.setConnectionState(kHost, ConnectionState::Disconnected, {});
    engine.setConnectionState(kHost, ConnectionState::Connected, {});
    QVERIFY(!raised.wait(1500));
}

void TestAlertEngine::rulesRoundTrip() {
    QSettings s;
    s.clear();
    QCOMPARE(loadAlertRules(s), defaultAlertRules());
    const QList<AlertRule> rules{{u"x"_s, AlertRule::Metric::HostCpu, 80, 120, true},
                                 {u"y"_s, AlertRule::Metric::VmMemory, 97.5, 0, false}};
    saveAlertRules(s, rules);
    QCOMPARE(loadAlertRules(s), rules);
    saveAlertRules(s, {});
    QVERIFY(loadAlertRules(s).isEmpty()); // an emptied list stays empty, no defaults
    QCOMPARE(rules.at(0).description(), u"Host CPU above 80 % for 2 min"_s);
    s.clear();
}

void TestAlertEngine::logIsBounded() {
    AlertLogModel log(nullptr, 3);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i) {
        AlertEvent e;
        e.wallMs = i;
        e.message = QString::number(i);
        log.append(e);
    }
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.index(0, AlertLogModel::Message).data().toString(), u"2"_s);
    QCOMPARE(log.index(2, AlertLogModel::Message).data().toString(), u"4"_s);
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
