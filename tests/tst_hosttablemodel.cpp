// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosts/hosttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestHostTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lifecycle();
};

void TestHostTableModel::lifecycle() {
    HostTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.addHost(u"a"_s, u"Host A"_s, u"qemu:///system"_s);
    m.addHost(u"b"_s, u"Host B"_s, u"test:///default"_s);
    m.addHost(u"a"_s, u"dup"_s, u"x"_s); // same id twice is one row
    QCOMPARE(m.rowCount(), 2);

    m.setState(u"a"_s, ConnectionState::Failed, u"Failed to connect socket"_s);
    QCOMPARE(m.index(0, HostTableModel::State).data().toString(), u"Failed"_s);
    QCOMPARE(m.index(0, HostTableModel::Message).data().toString(), u"Failed to connect socket"_s);

    HostInfo h;
    h.connectionId = u"b"_s;
    h.memoryBytes = 8ull << 30;
    h.cpus = 8;
    h.domainsRunning = 3;
    h.domainsDefined = 5;
    m.setHostInfo(h);
    // Host details show only while connected.
    QVERIFY(!m.index(1, HostTableModel::Cpus).data().isValid());
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setState(u"b"_s, ConnectionState::Connected, {});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m.index(1, HostTableModel::Cpus).data().toInt(), 8);
    QCOMPARE(m.index(1, HostTableModel::Memory).data(HostTableModel::SortRole).toULongLong(),
             8ull << 30);
    QCOMPARE(m.index(1, HostTableModel::Memory).data().toString(), u"8.0 GiB"_s);
    m.setHostInfo(h); // unchanged: no repaint
    QCOMPARE(changed.size(), 1);

    m.removeHost(u"a"_s);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.rowOf(u"b"_s), 0);
}

QTEST_GUILESS_MAIN(TestHostTableModel)
#include "tst_hosttablemodel.moc"
