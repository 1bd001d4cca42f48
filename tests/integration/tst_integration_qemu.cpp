// SPDX-License-Identifier: GPL-3.0-or-later
// The console against a real libvirtd with QEMU (TCG) and over a real sshd, as CI runs them:
// define, start, shut down, force off and delete a tiny VM and watch the table follow the
// events; then take the daemon (or the ssh session) away mid-session and see the host go
// disconnected and come back, with the GUI thread never blocked.
//
// Environment (set by tests/run.sh; the test skips without it):
//   VIRTDECK_QEMU_URI      qemu:///system
//   VIRTDECK_SSH_URI       qemu+ssh://root@127.0.0.1:PORT/system?keyfile=…&no_verify=1
//   VIRTDECK_SSH_STATEDIR / VIRTDECK_SSH_PORT   the throwaway sshd, to kill and restart it
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kServices = QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/integration/services.sh");

QString env(const char *name) {
    return qEnvironmentVariable(name);
}

bool sh(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 120000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, args);
    // Keep the event loop turning (waitForFinished would block it and count as a stall).
    const bool finished =
        QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QByteArray text = p.readAll();
    if (out)
        *out = text;
    if (!ok)
        qWarning().noquote() << "command failed:" << args.join(u' ') << "\n" << text;
    return ok;
}

// Measures the longest gap between GUI-thread timer ticks: a frozen event loop shows here.
class StallWatch : public QObject {
public:
    StallWatch() {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_clock.isValid())
                m_worst = std::max(m_worst, m_clock.restart());
            else
                m_clock.start();
        });
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

bool waitState(ConnectionManager *cm, const QString &id, ConnectionState s, int ms) {
    return QTest::qWaitFor([&] { return cm->state(id) == s; }, ms);
}

ActionResult waitResult(QSignalSpy &spy, int index, int ms = 60000) {
    (void)QTest::qWaitFor([&] { return spy.size() > index; }, ms);
    return spy.size() > index ? spy.at(index).at(0).value<ActionResult>() : ActionResult{};
}
} // namespace

class TestIntegrationQemu : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lifecycleFollowsEvents_data();
    void lifecycleFollowsEvents();
    void sshSessionDropsAndReconnects();
    void libvirtdStopsAndReturns();

private:
    QString m_uri;
    QString m_sshUri;
};

void TestIntegrationQemu::initTestCase() {
    m_uri = env("VIRTDECK_QEMU_URI");
    m_sshUri = env("VIRTDECK_SSH_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against (tests/run.sh "
              "starts one as root)");
}

void TestIntegrationQemu::lifecycleFollowsEvents_data() {
    QTest::addColumn<QString>("uri");
    QTest::newRow("local") << m_uri;
    if (!m_sshUri.isEmpty())
        QTest::newRow("qemu+ssh") << m_sshUri;
}

void TestIntegrationQemu::lifecycleFollowsEvents() {
    QFETCH(QString, uri);
    const QString name = u"vd-it-%1-%2"_s.arg(QCoreApplication::applicationPid())
                             .arg(QString::fromLatin1(QTest::currentDataTag()).remove(u'+'));
    const QString disk = u"/var/lib/libvirt/images/"_s + name + u".qcow2"_s;
    QVERIFY(sh({u"-c"_s, u"qemu-img create -q -f qcow2 '%1' 64M"_s.arg(disk)}));
    QFile tpl(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    QVERIFY(tpl.open(QIODevice::ReadOnly));
    const QString xml =
        QString::fromUtf8(tpl.readAll()).replace(u"@NAME@"_s, name).replace(u"@DISK@"_s, disk);

    StallWatch stall;
    Workspace workspace;
    QAbstractItemModelTester tester(workspace.domains(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(workspace.domains(), &QAbstractItemModel::modelReset);
    auto *cm = workspace.connections();
    QSignalSpy results(cm, &ConnectionManager::actionFinished);
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    const QString id = cm->addConnection(c, true);
    QVERIFY2(waitState(cm, id, ConnectionState::Connected, 60000), qPrintable(cm->lastMessage(id)));

    cm->connection(id)->defineDomain(xml);
    const ActionResult defined = waitResult(results, 0);
    QVERIFY2(defined.ok, qPrintable(defined.message));
    const QString uuid = defined.uuid;
    auto *domains = workspace.domains();
    auto rowState = [&] {
        const int row = domains->rowOf(id, uuid);
        return row < 0 ? DomainState::Crashed : domains->domainAt(row).state;
    };
    QTRY_VERIFY_WITH_TIMEOUT(domains->rowOf(id, uuid) >= 0, 10000);
    QCOMPARE(rowState(), DomainState::Shutoff);

    const DomainRef ref{id, uuid};
    cm->runAction({ref}, DomainAction::Start);
    ActionResult r = waitResult(results, 1);
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE_WITH_TIMEOUT(rowState(), DomainState::Running, 20000);
    QVERIFY(domains->domainAt(domains->rowOf(id, uuid)).id > 0);

    // The guest has no OS, so ACPI shutdown is only a request: it must be accepted.
    cm->runAction({ref}, DomainAction::Shutdown);
    r = waitResult(results, 2);
    QVERIFY2(r.ok, qPrintable(r.message));

    cm->runAction({ref}, DomainAction::Pause);
    QVERIFY(waitResult(results, 3).ok);
    QTRY_COMPARE_WITH_TIMEOUT(rowState(), DomainState::Paused, 20000);
    cm->runAction({ref}, DomainAction::Resume);
    QVERIFY(waitResult(results, 4).ok);
    QTRY_COMPARE_WITH_TIMEOUT(rowState(), DomainState::Running, 20000);

    // A second client changes the VM: only lifecycle events can tell the table.
    QVERIFY(sh({u"-c"_s, u"virsh -q -c '%1' suspend '%2'"_s.arg(uri, name)}));
    QTRY_COMPARE_WITH_TIMEOUT(rowState(), DomainState::Paused, 20000);
    QVERIFY(sh({u"-c"_s, u"virsh -q -c '%1' resume '%2'"_s.arg(uri, name)}));
    QTRY_COMPARE_WITH_TIMEOUT(rowState(), DomainState::Running, 20000);

    cm->runAction({ref}, DomainAction::ForceOff);
    r = waitResult(results, 5);
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE_WITH_TIMEOUT(rowState(), DomainState::Shutoff, 20000);

    // Starting a running VM twice fails with libvirt's message, nothing else breaks.
    cm->runAction({ref}, DomainAction::Start);
    QVERIFY(waitResult(results, 6).ok);
    cm->runAction({ref}, DomainAction::Start);
    r = waitResult(results, 7);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"already"_s), qPrintable(r.message));

    // Delete with storage: forced off, undefined, the disk file removed through libvirt.
    cm->runAction({ref}, DomainAction::DeleteWithStorage);
    r = waitResult(results, 8);
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE_WITH_TIMEOUT(domains->rowOf(id, uuid), -1, 20000);
    QVERIFY2(!QFile::exists(disk), qPrintable(disk));
    QCOMPARE(reset.size(), 0);
    QVERIFY2(stall.worstMs() < 500, qPrintable(u"GUI thread stalled %1 ms"_s.arg(stall.worstMs())));
}

void TestIntegrationQemu::sshSessionDropsAndReconnects() {
    const QString stateDir = env("VIRTDECK_SSH_STATEDIR");
    const QString port = env("VIRTDECK_SSH_PORT");
    if (m_sshUri.isEmpty() || stateDir.isEmpty() || port.isEmpty())
        QSKIP("VIRTDECK_SSH_URI / _STATEDIR / _PORT not set");
    StallWatch stall;
    Workspace workspace;
    auto *cm = workspace.connections();
    cm->setReconnectDelays(300, 2000);
    const QString id = cm->addConnection(ConnectionConfig::fromUri(m_sshUri), true);
    QVERIFY2(waitState(cm, id, ConnectionState::Connected, 60000), qPrintable(cm->lastMessage(id)));
    QSignalSpy states(cm, &ConnectionManager::stateChanged);

    // The session dies; the listener stays: disconnected at once, then back by itself.
    QVERIFY(sh({kServices, u"kill-ssh-sessions"_s, stateDir}));
    QVERIFY(waitState(cm, id, ConnectionState::Disconnected, 15000) ||
            cm->state(id) == ConnectionState::Connecting);
    QVERIFY2(!cm->lastMessage(id).isEmpty() || cm->state(id) != ConnectionState::Disconnected,
             "a lost host says why");
    QVERIFY2(waitState(cm, id, ConnectionState::Connected, 60000), qPrintable(cm->lastMessage(id)));

    // sshd gone entirely: reconnect attempts fail with ssh's reason until it returns. It returns
    // whatever happens: the later tests need it.
    QVERIFY(sh({kServices, u"stop-sshd"_s, stateDir}));
    auto restart = qScopeGuard([&] { sh({kServices, u"start-sshd"_s, port, stateDir}); });
    QVERIFY(QTest::qWaitFor([&] { return cm->state(id) != ConnectionState::Connected; }, 15000));
    QVERIFY2(QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Failed; }, 30000),
             qPrintable(u"state %1: %2"_s.arg(int(cm->state(id))).arg(cm->lastMessage(id))));
    QVERIFY(!cm->lastMessage(id).isEmpty());
    restart.dismiss();
    QVERIFY(sh({kServices, u"start-sshd"_s, port, stateDir}));
    QVERIFY2(waitState(cm, id, ConnectionState::Connected, 60000), qPrintable(cm->lastMessage(id)));
    QVERIFY(workspace.hosts()->rowAt(workspace.hosts()->rowOf(id)).hasInfo);
    QVERIFY2(stall.worstMs() < 500, qPrintable(u"GUI thread stalled %1 ms"_s.arg(stall.worstMs())));
}

void TestIntegrationQemu::libvirtdStopsAndReturns() {
    StallWatch stall;
    Workspace workspace;
    auto *cm = workspace.connections();
    cm->setReconnectDelays(300, 2000);
    const QString id = cm->addConnection(ConnectionConfig::fromUri(m_uri), true);
    QVERIFY2(waitState(cm, id, ConnectionState::Connected, 60000), qPrintable(cm->lastMessage(id)));

    QVERIFY(sh({kServices, u"stop-libvirtd"_s}));
    QVERIFY(QTest::qWaitFor([&] { return cm->state(id) != ConnectionState::Connected; }, 15000));
    const int row = workspace.hosts()->rowOf(id);
    QVERIFY(workspace.hosts()->rowAt(row).state != ConnectionState::Connected);
    QVERIFY(sh({kServices, u"start-libvirtd"_s}));
    QVERIFY2(waitState(cm, id, ConnectionState::Connected, 60000), qPrintable(cm->lastMessage(id)));
    QVERIFY2(stall.worstMs() < 500, qPrintable(u"GUI thread stalled %1 ms"_s.arg(stall.worstMs())));
}

QTEST_GUILESS_MAIN(TestIntegrationQemu)
#include "tst_integration_qemu.moc"
