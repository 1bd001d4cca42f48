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
    void hostUuidFromLibvirtDocuments_data();
    void hostUuidFromLibvirtDocuments();
    void secondConnectionToOneHostIsAnAlias();
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

    m.setMaintenance(u"b"_s, true);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m.index(1, HostTableModel::State).data().toString(), u"Maintenance"_s);
    QVERIFY(m.index(1, HostTableModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"takes no VMs"_s));
    QVERIFY(m.rowAt(1).maintenance);
    m.setMaintenance(u"b"_s, true); // unchanged: no repaint
    QCOMPARE(changed.size(), 2);
    m.setMaintenance(u"b"_s, false);
    QCOMPARE(m.index(1, HostTableModel::State).data().toString(), u"Connected"_s);
    m.setMaintenance(u"a"_s, true); // failed and in maintenance: both show
    QCOMPARE(m.index(0, HostTableModel::State).data().toString(), u"Failed, in maintenance"_s);

    m.removeHost(u"a"_s);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.rowOf(u"b"_s), 0);
}

void TestHostTableModel::hostUuidFromLibvirtDocuments_data() {
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("sysinfo");
    QTest::addColumn<QString>("uuid");
    // What the QEMU driver gives (the daemon's host uuid)…
    QTest::newRow("capabilities") << u"<capabilities>\n  <host>\n    "
                                     "<uuid>1FF405D5-0b17-4cff-ad5f-e963e31bf728</uuid>\n"
                                     "    <cpu><arch>x86_64</arch></cpu>\n  </host>\n"
                                     "  <guest><uuid>00000000-0000-0000-0000-00000000000a</uuid>"
                                     "</guest></capabilities>"_s
                                  << QString() << u"1ff405d5-0b17-4cff-ad5f-e963e31bf728"_s;
    // …a driver whose capabilities have none falls back to the SMBIOS system uuid…
    QTest::newRow("sysinfo") << u"<capabilities><host><cpu/></host></capabilities>"_s
                             << u"<sysinfo type='smbios'><bios><entry name='uuid'>"
                                "11111111-2222-3333-4444-555555555555</entry></bios><system>"
                                "<entry name='manufacturer'>X</entry><entry name='uuid'>"
                                "4c4c4544-0035-3510-8052-b4c04f4d4e31</entry></system></sysinfo>"_s
                             << u"4c4c4544-0035-3510-8052-b4c04f4d4e31"_s;
    // …and the test driver tells neither (see tst_workspace for what that means).
    QTest::newRow("test driver") << u"<capabilities><host><cpu><arch>i686</arch></cpu></host>"
                                    "</capabilities>"_s
                                 << u"<sysinfo type='smbios'><bios><entry name='vendor'>LENOVO"
                                    "</entry></bios></sysinfo>"_s
                                 << QString();
    QTest::newRow("zero uuid") << u"<capabilities><host><uuid>00000000-0000-0000-0000-"
                                  "000000000000</uuid></host></capabilities>"_s
                               << QString() << QString();
}

void TestHostTableModel::hostUuidFromLibvirtDocuments() {
    QFETCH(QString, capabilities);
    QFETCH(QString, sysinfo);
    QFETCH(QString, uuid);
    QString got = hostUuidFromCapabilities(capabilities);
    if (got.isEmpty())
        got = hostUuidFromSysinfo(sysinfo);
    QCOMPARE(got, uuid);
}

// Issue 19 item 4: qemu:///system and qemu+ssh://root@127.0.0.1/system are one host.
void TestHostTableModel::secondConnectionToOneHostIsAnAlias() {
    HostTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy alias(&m, &HostTableModel::aliasChanged);
    const QString uuid = u"1ff405d5-0b17-4cff-ad5f-e963e31bf728"_s;
    for (const QString &id : {u"local"_s, u"ssh"_s, u"other"_s}) {
        m.addHost(id, id.toUpper(), u"qemu:///system"_s);
        m.setState(id, ConnectionState::Connected, {});
        HostInfo h;
        h.connectionId = id;
        h.hostUuid = id == u"other"_s ? u"2ff405d5-0b17-4cff-ad5f-e963e31bf728"_s : uuid;
        h.domainsDefined = 4;
        m.setHostInfo(h);
    }
    QCOMPARE(m.aliasOf(u"local"_s), QString());
    QCOMPARE(m.aliasOf(u"ssh"_s), u"local"_s);
    QCOMPARE(m.aliasOf(u"other"_s), QString());
    QCOMPARE(alias.size(), 1);
    QCOMPARE(alias.at(0).at(0).toString(), u"ssh"_s);
    const int ssh = m.rowOf(u"ssh"_s);
    QCOMPARE(m.index(ssh, HostTableModel::Message).data().toString(),
             u"Same host as LOCAL: its VMs are shown there"_s);
    QCOMPARE(m.index(ssh, 0).data(HostTableModel::AliasOfRole).toString(), u"local"_s);
    // Its VMs are counted under the first connection only.
    QVERIFY(!m.index(ssh, HostTableModel::Defined).data().isValid());
    QCOMPARE(m.index(m.rowOf(u"local"_s), HostTableModel::Defined).data().toInt(), 4);
    // The first goes: the second stands for the host now.
    m.setState(u"local"_s, ConnectionState::Disconnected, {});
    QCOMPARE(m.aliasOf(u"ssh"_s), QString());
    QCOMPARE(alias.size(), 2);
    QCOMPARE(alias.at(1).at(1).toString(), QString());
    // …and stays so when the first comes back.
    m.setState(u"local"_s, ConnectionState::Connected, {});
    QCOMPARE(m.aliasOf(u"local"_s), u"ssh"_s);
    QCOMPARE(m.aliasOf(u"ssh"_s), QString());
    m.removeHost(u"ssh"_s);
    QCOMPARE(m.aliasOf(u"local"_s), QString());
}

QTEST_GUILESS_MAIN(TestHostTableModel)
#include "tst_hosttablemodel.moc"
