// SPDX-License-Identifier: GPL-3.0-or-later
#include "domains/domainfilterproxy.h"
#include "domains/domaintablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
DomainInfo dom(const QString &conn, const QString &uuid, const QString &name,
               DomainState s = DomainState::Running, quint64 mem = 1ull << 30, int vcpus = 1) {
    DomainInfo d;
    d.connectionId = conn;
    d.uuid = uuid;
    d.name = name;
    d.state = s;
    d.memoryBytes = mem;
    d.vcpus = vcpus;
    return d;
}
} // namespace

class TestDomainTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diffKeepsRowsAndAnnouncesExactRanges();
    void sameUuidOnTwoHostsIsTwoRows();
    void dataChangedOnlyForChangedColumns();
    void removeNonContiguous();
    void numbersSortAsNumbers();
    void filterByTextStateHost();
};

void TestDomainTableModel::diffKeepsRowsAndAnnouncesExactRanges() {
    DomainTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

    m.setDomains(u"h1"_s, {dom(u"h1"_s, u"a"_s, u"a"_s), dom(u"h1"_s, u"b"_s, u"b"_s),
                           dom(u"h1"_s, u"c"_s, u"c"_s)});
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);

    // b goes away, d arrives: one removal of row 1, one insertion at the end.
    m.setDomains(u"h1"_s, {dom(u"h1"_s, u"a"_s, u"a"_s), dom(u"h1"_s, u"c"_s, u"c"_s),
                           dom(u"h1"_s, u"d"_s, u"d"_s)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.rowOf(u"h1"_s, u"c"_s), 1);
    QCOMPARE(m.rowOf(u"h1"_s, u"d"_s), 2);
    QCOMPARE(m.rowOf(u"h1"_s, u"b"_s), -1);
    QCOMPARE(reset.size(), 0);
}

void TestDomainTableModel::sameUuidOnTwoHostsIsTwoRows() {
    DomainTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDomains(u"h1"_s, {dom(u"h1"_s, u"same"_s, u"x"_s)});
    m.setDomains(u"h2"_s, {dom(u"h2"_s, u"same"_s, u"x"_s)});
    QCOMPARE(m.rowCount(), 2);
    m.setDomains(u"h1"_s, {});
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.domainAt(0).connectionId, u"h2"_s);
}

void TestDomainTableModel::dataChangedOnlyForChangedColumns() {
    DomainTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDomains(u"h"_s, {dom(u"h"_s, u"a"_s, u"a"_s), dom(u"h"_s, u"b"_s, u"b"_s)});
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

    m.updateDomain(dom(u"h"_s, u"b"_s, u"b"_s)); // identical: nothing to repaint
    QCOMPARE(changed.size(), 0);

    m.updateDomain(dom(u"h"_s, u"b"_s, u"b"_s, DomainState::Paused));
    QCOMPARE(changed.size(), 1);
    auto tl = changed.at(0).at(0).value<QModelIndex>();
    auto br = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(tl.row(), 1);
    QCOMPARE(br.row(), 1);
    QCOMPARE(tl.column(), int(DomainTableModel::State));
    QCOMPARE(br.column(), int(DomainTableModel::State));
    QCOMPARE(m.index(1, DomainTableModel::State).data().toString(), u"Paused"_s);

    // A refresh listing the same values repaints nothing either.
    changed.clear();
    m.setDomains(u"h"_s,
                 {dom(u"h"_s, u"a"_s, u"a"_s), dom(u"h"_s, u"b"_s, u"b"_s, DomainState::Paused)});
    QCOMPARE(changed.size(), 0);
}

void TestDomainTableModel::removeNonContiguous() {
    DomainTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DomainInfo> all;
    for (int i = 0; i < 10; ++i)
        all << dom(u"h"_s, QString::number(i), u"vm%1"_s.arg(i));
    m.setDomains(u"h"_s, all);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QList<DomainInfo> keep;
    for (int i : {0, 3, 4, 8})
        keep << all.at(i);
    m.setDomains(u"h"_s, keep);
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(removed.size(), 3); // runs 9, 5-7, 1-2
    for (int r = 0; r < m.rowCount(); ++r)
        QCOMPARE(m.rowOf(u"h"_s, m.domainAt(r).uuid), r);
    QCOMPARE(m.domainAt(3).name, u"vm8"_s);
}

void TestDomainTableModel::numbersSortAsNumbers() {
    DomainTableModel m;
    m.setDomains(u"h"_s, {dom(u"h"_s, u"a"_s, u"a"_s, DomainState::Running, 2ull << 30, 16),
                          dom(u"h"_s, u"b"_s, u"b"_s, DomainState::Running, 512ull << 20, 2),
                          dom(u"h"_s, u"c"_s, u"c"_s, DomainState::Running, 16ull << 30, 4)});
    DomainFilterProxy p;
    p.setSourceModel(&m);
    QAbstractItemModelTester tester(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
    p.sort(DomainTableModel::Memory, Qt::AscendingOrder);
    QCOMPARE(p.index(0, DomainTableModel::Name).data().toString(), u"b"_s);
    QCOMPARE(p.index(2, DomainTableModel::Name).data().toString(), u"c"_s);
    p.sort(DomainTableModel::Vcpus, Qt::AscendingOrder);
    QCOMPARE(p.index(0, DomainTableModel::Name).data().toString(), u"b"_s);
    QCOMPARE(p.index(2, DomainTableModel::Name).data().toString(), u"a"_s); // 16 after 4
}

void TestDomainTableModel::filterByTextStateHost() {
    DomainTableModel m;
    m.setHostName(u"h1"_s, u"lab-a"_s);
    m.setHostName(u"h2"_s, u"edge"_s);
    m.setDomains(u"h1"_s, {dom(u"h1"_s, u"1"_s, u"web-01"_s),
                           dom(u"h1"_s, u"2"_s, u"db"_s, DomainState::Shutoff)});
    m.setDomains(u"h2"_s, {dom(u"h2"_s, u"3"_s, u"web-02"_s, DomainState::Paused)});
    DomainFilterProxy p;
    p.setSourceModel(&m);
    QAbstractItemModelTester tester(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(p.rowCount(), 3);
    p.setText(u"WEB"_s);
    QCOMPARE(p.rowCount(), 2);
    p.setStates({DomainState::Paused});
    QCOMPARE(p.rowCount(), 1);
    p.setStates({});
    p.setConnectionId(u"h1"_s);
    QCOMPARE(p.rowCount(), 1);
    p.setText(u"edge"_s); // host name matches too
    p.setConnectionId({});
    QCOMPARE(p.rowCount(), 1);
    QCOMPARE(p.index(0, 0).data().toString(), u"web-02"_s);
    // Rows follow model updates while filtered.
    m.updateDomain(dom(u"h2"_s, u"4"_s, u"edge-new"_s));
    QCOMPARE(p.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestDomainTableModel)
#include "tst_domaintablemodel.moc"
