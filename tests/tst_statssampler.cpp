// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler against libvirt's test driver: one bulk call per host per tick, on the
// connection's thread, and the batch arrives on the caller's thread as a value.
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "queuedspy.h"
#include "stats/libvirt/statssampler.h"
#include "stats/statsstore.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;

struct Harness {
    QThread thread;
    Connection *conn;
    explicit Harness(const QString &uri)
        : conn(new Connection(u"c1"_s, uri)) {
        conn->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, conn, &QObject::deleteLater);
        thread.start();
    }
    ~Harness() {
        thread.quit();
        thread.wait();
    }
    bool open() {
        // Queued: the connection announces its state on its own thread, and this spy ends
        // while it may still be announcing.
        QueuedSpy state(conn, &Connection::stateChanged);
        conn->open();
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (conn->state() == ConnectionState::Connected)
                return true;
            state.wait(100);
        }
        return false;
    }
};
} // namespace

class TestStatsSampler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bulkSampleOfTestHost();
    void hostMemoryWithoutNodeMemoryStats();
    void timerTicksEveryInterval();
    void closedConnectionIsNotSampled();
    void intervalPreference();
    void consoleFeedsTheTables();
};

void TestStatsSampler::consoleFeedsTheTables() {
    Workspace workspace;
    QVERIFY(!workspace.sampler()->isActive()); // the window starts it, the CLI does not
    workspace.sampler()->setIntervalSeconds(1);
    workspace.sampler()->start();
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.transient = true;
    const QString id = workspace.connections()->addConnection(c, true);
    auto *hosts = workspace.hosts();
    QTRY_COMPARE_WITH_TIMEOUT(hosts->index(0, HostTableModel::CpuUsage).data().toString(),
                              u"0.0 %"_s, 10000); // the test driver's CPU counters stand still
    QVERIFY(workspace.stats()->host(id)->timeline.lastSeq >= 2);
    auto *domains = workspace.domains();
    const int alpha = domains->rowOf(id, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s);
    const int gamma = domains->rowOf(id, u"6695eb01-f6a4-8304-79aa-97f2502e1941"_s);
    QVERIFY(alpha >= 0 && gamma >= 0);
    // Running, but the test driver reports no CPU time: a dash and a reason, not 0 %.
    QCOMPARE(domains->index(alpha, DomainTableModel::Cpu).data().toString(), u"–"_s);
    QVERIFY(!domains->index(alpha, DomainTableModel::Cpu).data(Qt::ToolTipRole).isNull());
    QVERIFY(domains->index(gamma, DomainTableModel::Cpu).data().toString().isEmpty()); // off
    workspace.connections()->removeConnection(id);
    QVERIFY(!workspace.stats()->host(id));
}

void TestStatsSampler::bulkSampleOfTestHost() {
    Harness h(kNode);
    QVERIFY(h.open());
    StatsSampler sampler;
    QSignalSpy sampled(&sampler, &StatsSampler::sampled);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    sampler.sample(h.conn);
    QVERIFY(sampled.wait(5000));
    QCOMPARE(sampled.size(), 1);
    const auto batch = sampled.at(0).at(0).value<StatsBatch>();
    QCOMPARE(batch.connectionId, u"c1"_s);
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    QVERIFY(batch.bulk); // the test driver has virConnectGetAllDomainStats
    // Only the active domains: alpha and beta run, delta is paused; gamma, epsilon are off.
    QStringList uuids;
    for (const auto &d : batch.domains)
        uuids << d.uuid;
    uuids.sort();
    QCOMPARE(uuids, QStringList({u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s,
                                 u"6695eb01-f6a4-8304-79aa-97f2502e1940"_s,
                                 u"6695eb01-f6a4-8304-79aa-97f2502e1942"_s}));
    // This node document defines no NUMA cells, so the test driver knows no free memory: the
    // host memory is "no data" rather than a made-up number.
    QVERIFY(!batch.host.hasMemory);
    QVERIFY(batch.host.hasCpu);
    QVERIFY(batch.host.cpuTotalNs >= batch.host.cpuBusyNs);
    QVERIFY(batch.bulkCallNs > 0);
    QVERIFY(batch.tickNs >= batch.bulkCallNs);
    QVERIFY(batch.wallMs >= before && batch.wallMs <= QDateTime::currentMSecsSinceEpoch());
}

void TestStatsSampler::hostMemoryWithoutNodeMemoryStats() {
    // test:///default has cells with free memory but no virNodeGetMemoryStats: total and free
    // come from the node info and virNodeGetFreeMemory instead.
    Harness h(u"test:///default"_s);
    QVERIFY(h.open());
    StatsSampler sampler;
    QSignalSpy sampled(&sampler, &StatsSampler::sampled);
    sampler.sample(h.conn);
    QVERIFY(sampled.wait(5000));
    const auto batch = sampled.at(0).at(0).value<StatsBatch>();
    QVERIFY(batch.host.hasMemory);
    QCOMPARE(batch.host.memoryTotalBytes, quint64(3145728) * 1024);
    QVERIFY(batch.host.memoryAvailableBytes > 0);
    QVERIFY(batch.host.memoryAvailableBytes <= batch.host.memoryTotalBytes);
    QCOMPARE(batch.domains.size(), 1);
}

void TestStatsSampler::timerTicksEveryInterval() {
    Harness h(kNode);
    QVERIFY(h.open());
    StatsSampler sampler;
    sampler.setIntervalSeconds(1);
    sampler.setSource([&h] { return QList<Connection *>{h.conn}; });
    QSignalSpy sampled(&sampler, &StatsSampler::sampled);
    sampler.start();
    QVERIFY(sampler.isActive());
    QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 2, 5000);
    const auto a = sampled.at(0).at(0).value<StatsBatch>();
    const auto b = sampled.at(1).at(0).value<StatsBatch>();
    const qint64 gapMs = (b.monotonicNs - a.monotonicNs) / 1'000'000;
    QVERIFY2(gapMs >= 800 && gapMs <= 2500, qPrintable(QString::number(gapMs)));
    sampler.stop();
}

void TestStatsSampler::closedConnectionIsNotSampled() {
    Harness h(kNode); // never opened
    StatsSampler sampler;
    QSignalSpy sampled(&sampler, &StatsSampler::sampled);
    sampler.sample(h.conn);
    sampler.sample(nullptr);
    QVERIFY(!sampled.wait(500));
}

void TestStatsSampler::intervalPreference() {
    QSettings s;
    s.remove(u"preferences/statsInterval"_s);
    QCOMPARE(StatsSampler::storedIntervalSeconds(), 2);
    s.setValue(u"preferences/statsInterval"_s, 5);
    QCOMPARE(StatsSampler::storedIntervalSeconds(), 5);
    StatsSampler fromPrefs;
    QCOMPARE(fromPrefs.intervalSeconds(), 5);
    s.setValue(u"preferences/statsInterval"_s, 60);
    QCOMPARE(StatsSampler::storedIntervalSeconds(), 10);
    s.setValue(u"preferences/statsInterval"_s, u"junk"_s);
    QCOMPARE(StatsSampler::storedIntervalSeconds(), 2);
    s.remove(u"preferences/statsInterval"_s);

    StatsSampler sampler;
    QSignalSpy changed(&sampler, &StatsSampler::intervalChanged);
    sampler.setIntervalSeconds(0);
    QCOMPARE(sampler.intervalSeconds(), 1);
    sampler.setIntervalSeconds(1);
    QCOMPARE(changed.size(), 1);
    sampler.setIntervalSeconds(99);
    QCOMPARE(sampler.intervalSeconds(), 10);
    QCOMPARE(changed.size(), 2);
}

QTEST_GUILESS_MAIN(TestStatsSampler)
#include "tst_statssampler.moc"
