// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 item 4 on the real daemon: qemu:///system and qemu+ssh to the same libvirtd through
// the loopback sshd, both in one workspace, are one host: every VM is listed once, the window's
// notice names the second connection, and the new-VM wizard offers one host. Environment:
// VIRTDECK_QEMU_URI and VIRTDECK_SSH_URI; skips without them. Leaves nothing on the daemon.
#include "core/connectionmanager.h"
#include "core/libvirt/handles.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "newvmwizard.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestIntegrationSameHost : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoConnectionsOneHost();
};

void TestIntegrationSameHost::twoConnectionsOneHost() {
    const QString local = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    const QString ssh = qEnvironmentVariable("VIRTDECK_SSH_URI");
    if (local.isEmpty() || ssh.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI or VIRTDECK_SSH_URI is not set: no real libvirtd and sshd");
    // A VM of our own, so the host has at least one to list twice; undefined on any exit.
    const lv::ConnectPtr conn(virConnectOpen(local.toUtf8().constData()));
    QVERIFY(conn);
    const QByteArray name = "vdsame-" + QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray xml = "<domain type='qemu'><name>" + name +
                           "</name><memory unit='MiB'>64</memory>"
                           "<os><type arch='x86_64'>hvm</type></os></domain>";
    lv::DomainPtr dom(virDomainDefineXML(conn.get(), xml.constData()));
    QVERIFY2(dom, qPrintable(lv::lastError()));
    struct Undefine {
        virDomainPtr d;
        ~Undefine() {
            if (virDomainUndefine(d) < 0)
                virResetLastError();
        }
    } undefine{dom.get()};
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    QCOMPARE(virDomainGetUUIDString(dom.get(), uuid), 0);

    Workspace ws;
    auto *cm = ws.connections();
    QSignalSpy notice(&ws, &Workspace::sameHostReached);
    ConnectionConfig first = ConnectionConfig::fromUri(local);
    first.name = u"LOCAL"_s;
    first.transient = true;
    ConnectionConfig second = ConnectionConfig::fromUri(ssh);
    second.name = u"VIASSH"_s;
    second.transient = true;
    const QString a = cm->addConnection(first, true);
    QTRY_VERIFY_WITH_TIMEOUT(cm->state(a) == ConnectionState::Connected, 30000);
    QTRY_VERIFY(ws.domains()->rowOf(a, QString::fromLatin1(uuid)) >= 0);
    const QString b = cm->addConnection(second, true);
    QTRY_VERIFY_WITH_TIMEOUT(cm->state(b) == ConnectionState::Connected, 30000);
    QTRY_COMPARE(ws.hosts()->aliasOf(b), a);
    const HostTableModel::Row &row = ws.hosts()->rowAt(ws.hosts()->rowOf(b));
    QVERIFY(!row.info.hostUuid.isEmpty());
    QCOMPARE(row.info.hostUuid, ws.hosts()->rowAt(ws.hosts()->rowOf(a)).info.hostUuid);

    // The alias's own listing has had time to arrive (and be dropped).
    cm->refresh(b);
    cm->refresh(a);
    QTest::qWait(1000);
    QStringList seen;
    for (int r = 0; r < ws.domains()->rowCount(); ++r) {
        const DomainInfo &d = ws.domains()->domainAt(r);
        QVERIFY2(!seen.contains(d.uuid), qPrintable(d.name + u" is listed twice"_s));
        seen << d.uuid;
        QCOMPARE(d.connectionId, a);
    }
    QVERIFY(seen.contains(QString::fromLatin1(uuid)));
    QCOMPARE(notice.size(), 1);
    QCOMPARE(notice.at(0).at(2).toString(),
             u"VIASSH reaches the same host as LOCAL; its VMs are shown once."_s);

    NewVmWizard wizard(cm, ws.hosts());
    QComboBox *hosts = nullptr;
    for (QComboBox *box : wizard.findChildren<QComboBox *>())
        if (box->findData(a) >= 0 || box->findData(b) >= 0)
            hosts = box;
    QVERIFY(hosts);
    QCOMPARE(hosts->count(), 1);
    QCOMPARE(hosts->itemData(0).toString(), a);
}

QTEST_MAIN(TestIntegrationSameHost)
#include "tst_integration_samehost.moc"
