// SPDX-License-Identifier: GPL-3.0-or-later
// Volume and pool tables: diffs with exact ranges, "used by", overlays, templates, sorting and
// filtering. Pure model tests on value rows.
#include "storage/pooltablemodel.h"
#include "storage/volumefilterproxy.h"
#include "storage/volumetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
VolumeInfo vol(const QString &conn, const QString &pool, const QString &name,
               quint64 cap = 1ull << 30, const QString &backing = {}) {
    VolumeInfo v;
    v.connectionId = conn;
    v.pool = pool;
    v.name = name;
    v.path = u"/"_s + pool + u'/' + name;
    v.format = u"qcow2"_s;
    v.capacityBytes = cap;
    v.allocationBytes = cap / 4;
    v.backingPath = backing;
    return v;
}
PoolInfo pool(const QString &conn, const QString &name, quint64 cap = 100ull << 30) {
    PoolInfo p;
    p.connectionId = conn;
    p.name = name;
    p.state = PoolState::Running;
    p.capacityBytes = cap;
    return p;
}
} // namespace

class TestVolumeTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batchesThenRetainAnnounceExactRanges();
    void usedByFromDiskPathsAndPoolVolumes();
    void overlaysAndTemplates();
    void poolsGoingAwayDropTheirVolumes();
    void sortsBytesAsNumbers();
    void filter();
    void poolModelDiffs();
};

void TestVolumeTableModel::batchesThenRetainAnnounceExactRanges() {
    VolumeTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"a"_s), vol(u"h"_s, u"p"_s, u"b"_s)});
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"c"_s)});
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);

    // A re-listing: unchanged rows stay silent, a changed one announces itself, b is gone.
    changed.clear();
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"a"_s), vol(u"h"_s, u"p"_s, u"c"_s, 2ull << 30)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    m.retainVolumes(u"h"_s, u"p"_s, {u"a"_s, u"c"_s});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(m.rowOf(u"h"_s, u"p"_s, u"c"_s), 1);
    QCOMPARE(m.rowAt(1).info.capacityBytes, 2ull << 30);
    QCOMPARE(reset.size(), 0);

    // Same names in another pool and on another host are other rows.
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"q"_s, u"a"_s)});
    m.upsertVolumes(u"h2"_s, {vol(u"h2"_s, u"p"_s, u"a"_s)});
    QCOMPARE(m.rowCount(), 4);
    m.retainVolumes(u"h"_s, u"p"_s, {});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.rowOf(u"h"_s, u"q"_s, u"a"_s), 0);
    QCOMPARE(m.rowOf(u"h2"_s, u"p"_s, u"a"_s), 1);
}

void TestVolumeTableModel::usedByFromDiskPathsAndPoolVolumes() {
    VolumeTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"a"_s), vol(u"h"_s, u"p"_s, u"b"_s)});
    m.upsertVolumes(u"h2"_s, {vol(u"h2"_s, u"p"_s, u"a"_s)});
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setDomainDisks(u"h"_s, {{u"u1"_s, u"web"_s, {u"/p/a"_s}, {}},
                              {u"u2"_s, u"db"_s, {}, {u"p/a"_s, u"p/b"_s}}});
    const int a = m.rowOf(u"h"_s, u"p"_s, u"a"_s), b = m.rowOf(u"h"_s, u"p"_s, u"b"_s);
    QCOMPARE(m.rowAt(a).usedBy, QStringList({u"db"_s, u"web"_s}));
    QCOMPARE(m.index(a, VolumeTableModel::UsedBy).data().toString(), u"db, web"_s);
    QCOMPARE(m.rowAt(b).usedBy, QStringList({u"db"_s}));
    // The other host's volume at the same path is not used by this host's VMs.
    QVERIFY(m.rowAt(m.rowOf(u"h2"_s, u"p"_s, u"a"_s)).usedBy.isEmpty());
    QCOMPARE(changed.size(), 2);
    for (const auto &args : changed) {
        QCOMPARE(args.at(0).value<QModelIndex>().column(), int(VolumeTableModel::UsedBy));
        QCOMPARE(args.at(1).value<QModelIndex>().column(), int(VolumeTableModel::Template));
    }

    // One VM changes: db drops b; then web is undefined.
    m.updateDomainDisks(u"h"_s, {u"u2"_s, u"db"_s, {}, {u"p/a"_s}});
    QVERIFY(m.rowAt(b).usedBy.isEmpty());
    m.removeDomainDisks(u"h"_s, u"u1"_s);
    QCOMPARE(m.rowAt(a).usedBy, QStringList({u"db"_s}));
    QCOMPARE(m.index(a, VolumeTableModel::UsedBy).data(VolumeTableModel::SortRole).toInt(), 1);
}

void TestVolumeTableModel::overlaysAndTemplates() {
    VolumeTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"base"_s)});
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"c1"_s, 1ull << 30, u"/p/base"_s),
                             vol(u"h"_s, u"q"_s, u"c2"_s, 1ull << 30, u"/p/base"_s)});
    const int base = m.rowOf(u"h"_s, u"p"_s, u"base"_s);
    QCOMPARE(m.rowAt(base).overlays, QStringList({u"p/c1"_s, u"q/c2"_s}));
    QCOMPARE(m.index(base, VolumeTableModel::UsedBy).data().toString(), u"2 overlay(s)"_s);
    QVERIFY(m.index(base, VolumeTableModel::UsedBy)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"q/c2"_s));
    m.retainVolumes(u"h"_s, u"q"_s, {});
    QCOMPARE(m.rowAt(base).overlays, QStringList({u"p/c1"_s}));

    m.setTemplates(u"h"_s, {u"/p/base"_s});
    QVERIFY(m.rowAt(base).isTemplate);
    QCOMPARE(m.index(base, VolumeTableModel::Template).data(VolumeTableModel::SortRole).toBool(),
             true);
    QVERIFY(!m.rowAt(m.rowOf(u"h"_s, u"p"_s, u"c1"_s)).isTemplate);
    m.setTemplates(u"h"_s, {});
    QVERIFY(!m.rowAt(base).isTemplate);
}

void TestVolumeTableModel::poolsGoingAwayDropTheirVolumes() {
    VolumeTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"a"_s), vol(u"h"_s, u"q"_s, u"b"_s),
                             vol(u"h"_s, u"p"_s, u"c"_s), vol(u"h"_s, u"r"_s, u"d"_s)});
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    m.retainPools(u"h"_s, {u"q"_s});
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.rowAt(0).info.name, u"b"_s);
    // Rows 0, 2, 3 went in two runs: [2,3] then [0].
    QCOMPARE(removed.size(), 2);
    m.removeHost(u"h"_s);
    QCOMPARE(m.rowCount(), 0);
}

void TestVolumeTableModel::sortsBytesAsNumbers() {
    VolumeTableModel m;
    VolumeFilterProxy proxy;
    proxy.setSourceModel(&m);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 900 MiB < 2 GiB < 10 GiB, though "900" > "2" > "10" as text.
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"ten"_s, 10ull << 30),
                             vol(u"h"_s, u"p"_s, u"nine"_s, 900ull << 20),
                             vol(u"h"_s, u"p"_s, u"two"_s, 2ull << 30)});
    proxy.sort(VolumeTableModel::Capacity, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, VolumeTableModel::Name).data().toString(), u"nine"_s);
    QCOMPARE(proxy.index(1, VolumeTableModel::Name).data().toString(), u"two"_s);
    QCOMPARE(proxy.index(2, VolumeTableModel::Name).data().toString(), u"ten"_s);
    QCOMPARE(m.index(0, VolumeTableModel::Capacity).data(VolumeTableModel::SortRole).toULongLong(),
             10ull << 30);
}

void TestVolumeTableModel::filter() {
    VolumeTableModel m;
    VolumeFilterProxy proxy;
    proxy.setSourceModel(&m);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setHostName(u"h2"_s, u"lab"_s);
    m.upsertVolumes(u"h"_s, {vol(u"h"_s, u"p"_s, u"web.qcow2"_s), vol(u"h"_s, u"iso"_s, u"x.iso"_s),
                             vol(u"h"_s, u"p"_s, u"tmpl.qcow2"_s)});
    m.upsertVolumes(u"h2"_s, {vol(u"h2"_s, u"p"_s, u"db.qcow2"_s)});
    m.setDomainDisks(u"h"_s, {{u"u"_s, u"frontend"_s, {u"/p/web.qcow2"_s}, {}}});
    m.setTemplates(u"h"_s, {u"/p/tmpl.qcow2"_s});
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setText(u"FRONT"_s); // a VM using it
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(u"lab"_s); // the host's name
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText({});
    proxy.setConnectionId(u"h"_s);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setPool(u"p"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setUse(VolumeFilterProxy::Use::Unused);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"tmpl.qcow2"_s);
    proxy.setUse(VolumeFilterProxy::Use::Used);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"web.qcow2"_s);
    proxy.setUse(VolumeFilterProxy::Use::Templates);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"tmpl.qcow2"_s);
}

void TestVolumeTableModel::poolModelDiffs() {
    PoolTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setPools(u"h"_s, {pool(u"h"_s, u"a"_s), pool(u"h"_s, u"b"_s)});
    m.setPools(u"h2"_s, {pool(u"h2"_s, u"a"_s)});
    QCOMPARE(m.rowCount(), 3);
    m.setPools(u"h"_s, {pool(u"h"_s, u"b"_s, 5ull << 30)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m.rowOf(u"h"_s, u"b"_s), 0);
    QCOMPARE(m.index(0, PoolTableModel::Capacity).data(PoolTableModel::SortRole).toULongLong(),
             5ull << 30);
    PoolInfo stopped = pool(u"h"_s, u"b"_s);
    stopped.state = PoolState::Inactive;
    m.updatePool(stopped);
    // Sizes of an inactive pool are unknown: shown empty rather than "0 bytes".
    QCOMPARE(m.index(0, PoolTableModel::Capacity).data().toString(), QString());
    QCOMPARE(m.index(0, PoolTableModel::State).data().toString(), poolStateText(stopped.state));
    m.setPools(u"h"_s, {});
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestVolumeTableModel)
#include "tst_volumetablemodel.moc"
