// SPDX-License-Identifier: GPL-3.0-or-later
// The live columns of the VM and host tables: values from the store, and dataChanged only for
// the rows and cells a tick changed.
#include "domains/domainfilterproxy.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "stats/statsstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kHost = u"h1"_s;

DomainInfo dom(const QString &uuid, DomainState s = DomainState::Running) {
    DomainInfo d;
    d.connectionId = kHost;
    d.uuid = uuid;
    d.name = u"vm-"_s + uuid;
    d.state = s;
    d.vcpus = 1;
    d.memoryBytes = 1ull << 30;
    return d;
}

DomainStatsRecord rec(const QString &uuid, quint64 cpuNs, quint64 rxBytes = 0) {
    DomainStatsRecord r;
    r.uuid = uuid;
    r.cpuTimeNs = cpuNs;
    r.vcpus = 1;
    r.rxBytes = rxBytes;
    r.fields = DomainStatsRecord::HasCpuTime | DomainStatsRecord::HasVcpus;
    if (rxBytes)
        r.fields |= DomainStatsRecord::HasNet;
    return r;
}

StatsBatch batch(int tick, const QList<DomainStatsRecord> &domains) {
    StatsBatch b;
    b.connectionId = kHost;
    b.monotonicNs = qint64(tick) * 1'000'000'000;
    b.wallMs = qint64(tick) * 1000;
    b.host.hasCpu = true;
    b.host.cpuBusyNs = quint64(tick) * 250;
    b.host.cpuTotalNs = quint64(tick) * 1000;
    b.host.hasMemory = true;
    b.host.memoryTotalBytes = 4ull << 30;
    b.host.memoryAvailableBytes = 1ull << 30;
    b.domains = domains;
    return b;
}

struct Range {
    int top, left, bottom, right;
    bool operator==(const Range &) const = default;
};

QList<Range> ranges(const QSignalSpy &spy) {
    QList<Range> out;
    for (const auto &args : spy) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        out.append({tl.row(), tl.column(), br.row(), br.column()});
    }
    return out;
}
} // namespace

class TestStatsColumns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valuesAndBlanks();
    void dataChangedOnlyForChangedCells();
    void sortsByCpu();
    void hostRowShowsHostAndTotals();
};

void TestStatsColumns::valuesAndBlanks() {
    StatsStore store;
    DomainTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setStatsStore(&store);
    m.setDomains(kHost, {dom(u"a"_s), dom(u"off"_s, DomainState::Shutoff)});
    // Before any tick a running VM shows a dash (waiting); a stopped one shows nothing.
    QCOMPARE(m.index(0, DomainTableModel::Cpu).data().toString(), u"–"_s);
    QVERIFY(m.index(1, DomainTableModel::Cpu).data().toString().isEmpty());
    store.ingest(batch(1, {rec(u"a"_s, 0)}));
    store.ingest(batch(2, {rec(u"a"_s, 400'000'000)}));
    QCOMPARE(m.index(0, DomainTableModel::Cpu).data().toString(), u"40.0 %"_s);
    QCOMPARE(m.index(0, DomainTableModel::Cpu).data(DomainTableModel::SortRole).toDouble(), 40.0);
    // No network statistics for this VM: a dash and a tooltip that says so, not "0 B/s".
    QCOMPARE(m.index(0, DomainTableModel::NetIo).data().toString(), u"–"_s);
    QVERIFY(!m.index(0, DomainTableModel::NetIo).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(m.index(0, DomainTableModel::NetIo).data(DomainTableModel::SortRole).toDouble(), -1.0);
    QCOMPARE(m.headerData(DomainTableModel::Cpu, Qt::Horizontal).toString(), u"CPU"_s);
}

void TestStatsColumns::dataChangedOnlyForChangedCells() {
    StatsStore store;
    DomainTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setStatsStore(&store);
    QObject::connect(&store, &StatsStore::hostUpdated, &m, &DomainTableModel::statsUpdated);
    // Rows: a, b, c, d (running), e (off).
    m.setDomains(kHost, {dom(u"a"_s), dom(u"b"_s), dom(u"c"_s), dom(u"d"_s),
                         dom(u"e"_s, DomainState::Shutoff)});
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

    // Tick 1: no rates yet, nothing to draw: no cell changes at all.
    store.ingest(batch(1, {rec(u"a"_s, 0), rec(u"b"_s, 0), rec(u"c"_s, 0, 1000)}));
    QCOMPARE(changed.size(), 0);

    // Tick 2: a, b and c get a CPU value; c also a network rate. d reports nothing, e is off.
    store.ingest(batch(2, {rec(u"a"_s, 1e8), rec(u"b"_s, 2e8), rec(u"c"_s, 3e8, 5000)}));
    QCOMPARE(ranges(changed),
             (QList<Range>{{0, DomainTableModel::Cpu, 1, DomainTableModel::Cpu},
                           {2, DomainTableModel::Cpu, 2, DomainTableModel::NetIo}}));
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(DomainTableModel::SortRole));

    // Constant load long enough for the sparklines to settle: then ticks change nothing...
    int t = 3;
    for (; t < 3 + StatsStore::kSparklinePoints + 2; ++t)
        store.ingest(batch(t, {rec(u"a"_s, quint64(t - 1) * 1e8), rec(u"b"_s, quint64(t - 1) * 2e8),
                               rec(u"c"_s, quint64(t - 1) * 3e8, 1000 + quint64(t - 1) * 4000)}));
    changed.clear();
    store.ingest(batch(t, {rec(u"a"_s, quint64(t - 1) * 1e8), rec(u"b"_s, quint64(t - 1) * 2e8),
                           rec(u"c"_s, quint64(t - 1) * 3e8, 1000 + quint64(t - 1) * 4000)}));
    QCOMPARE(changed.size(), 0);
    ++t;
    // ...until b's load moves: exactly b's CPU cell.
    store.ingest(batch(t, {rec(u"a"_s, quint64(t - 1) * 1e8), rec(u"b"_s, quint64(t) * 2e8),
                           rec(u"c"_s, quint64(t - 1) * 3e8, 1000 + quint64(t - 1) * 4000)}));
    QCOMPARE(ranges(changed), (QList<Range>{{1, DomainTableModel::Cpu, 1, DomainTableModel::Cpu}}));

    // a stops (its CPU cell blanks once) while b's load settles back: two adjacent rows with the
    // same changed column make one signal.
    changed.clear();
    ++t;
    store.ingest(batch(t, {rec(u"b"_s, quint64(t) * 2e8),
                           rec(u"c"_s, quint64(t - 1) * 3e8, 1000 + quint64(t - 1) * 4000)}));
    QCOMPARE(ranges(changed), (QList<Range>{{0, DomainTableModel::Cpu, 1, DomainTableModel::Cpu}}));
    QCOMPARE(m.index(0, DomainTableModel::Cpu).data().toString(), u"–"_s);
}

void TestStatsColumns::sortsByCpu() {
    StatsStore store;
    DomainTableModel m;
    m.setStatsStore(&store);
    QObject::connect(&store, &StatsStore::hostUpdated, &m, &DomainTableModel::statsUpdated);
    m.setDomains(kHost, {dom(u"a"_s), dom(u"b"_s), dom(u"c"_s)});
    DomainFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m);
    proxy.sort(DomainTableModel::Cpu, Qt::DescendingOrder);
    store.ingest(batch(1, {rec(u"a"_s, 0), rec(u"b"_s, 0), rec(u"c"_s, 0)}));
    store.ingest(batch(2, {rec(u"a"_s, 1e8), rec(u"b"_s, 9e8), rec(u"c"_s, 5e8)}));
    auto order = [&] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(DomainTableModel::UuidRole).toString();
        return out;
    };
    QCOMPARE(order(), QStringList({u"b"_s, u"c"_s, u"a"_s}));
    // The live re-sort follows the next tick.
    store.ingest(batch(3, {rec(u"a"_s, 10e8), rec(u"b"_s, 10e8), rec(u"c"_s, 10e8)}));
    QCOMPARE(order(), QStringList({u"a"_s, u"c"_s, u"b"_s}));
}

void TestStatsColumns::hostRowShowsHostAndTotals() {
    StatsStore store;
    HostTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setStatsStore(&store);
    QObject::connect(&store, &StatsStore::hostUpdated, &m, &HostTableModel::statsUpdated);
    m.addHost(kHost, u"Host one"_s, u"test:///default"_s);
    m.addHost(u"h2"_s, u"Host two"_s, u"test:///default"_s);
    m.setState(kHost, ConnectionState::Connected, {});
    HostInfo info;
    info.connectionId = kHost;
    m.setHostInfo(info);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    store.ingest(batch(1, {rec(u"a"_s, 0), rec(u"b"_s, 0)}));
    store.ingest(batch(2, {rec(u"a"_s, 5e8), rec(u"b"_s, 10e8)}));
    QCOMPARE(ranges(changed),
             (QList<Range>{{0, HostTableModel::CpuUsage, 0, HostTableModel::VmNetIo},
                           {0, HostTableModel::CpuUsage, 0, HostTableModel::VmNetIo}}));
    QCOMPARE(m.index(0, HostTableModel::CpuUsage).data().toString(), u"25.0 %"_s);
    QCOMPARE(m.index(0, HostTableModel::MemoryUsage).data().toString(), u"75 %"_s);
    QCOMPARE(m.index(0, HostTableModel::VmCpu).data().toString(), u"1.50"_s);
    QCOMPARE(m.index(0, HostTableModel::VmNetIo).data().toString(), u"–"_s);
    // The other host has no statistics and is not connected: blank.
    QVERIFY(m.index(1, HostTableModel::CpuUsage).data().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestStatsColumns)
#include "tst_statscolumns.moc"
