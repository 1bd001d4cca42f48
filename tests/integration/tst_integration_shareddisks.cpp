// SPDX-License-Identifier: GPL-3.0-or-later
// Failover on shared disks, between two real libvirt daemons that see one folder as a pool and
// lock disks with a virtlockd each (as two hosts on one NFS share), through the `virtdeck` CLI
// and the headless runner as a user runs them.
//  1. A VM on host A, marked high-availability with --shared-disks; the runner watches.
//  2. A's libvirtd dies but the VM's QEMU runs on (a host cut off from the network, as it looks
//     from outside): the failover to B is refused, for the disks are locked, and nothing else is
//     started (no replica, no backup).
//  3. The VM's QEMU dies too (the host is really gone): the next try starts the VM on B on the
//     same disks, with the data the guest wrote last.
//  4. A returns and autostarts its copy: the disks are locked by B's copy, so it cannot start;
//     its autostart is turned off.
//
// Environment: VIRTDECK_QEMU_URI (skips without); run as root (starts two libvirtds).
#include "hosttools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;
using hosttools::Run;
using hosttools::run;

namespace {
Run vdShared(const QStringList &args) {
    return run(QStringLiteral(VIRTDECK_BINARY), args);
}

Run virshAt(const QString &uri, const QStringList &args) {
    return run(u"virsh"_s, QStringList{u"-q"_s, u"-c"_s, uri} + args, 60000);
}

QString servicesScript() {
    return QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/integration/services.sh");
}

QString stateOn(const QString &uri, const QString &vm) {
    const Run r = virshAt(uri, {u"domstate"_s, vm});
    return r.code == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
}

// Polled: a listing, which does not fail (and warn) while the VM is not there yet.
bool runsOn(const QString &uri, const QString &vm) {
    return virshAt(uri, {u"list"_s, u"--name"_s, u"--state-running"_s})
        .out.split('\n')
        .contains(vm.toUtf8());
}

// Runs qemu-io in the running VM's disk, through its monitor (as the guest would write or read).
bool qemuIo(const QString &uri, const QString &vm, const QString &cmd) {
    const Run r = virshAt(
        uri, {u"qemu-monitor-command"_s, u"--hmp"_s, vm,
              u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"%1\""_s.arg(cmd)});
    // HMP answers a failed pattern check in its text, not in its exit code.
    return r.code == 0 && !r.out.contains("Pattern verification failed") &&
           !r.out.contains("error");
}

qint64 pidIn(const QString &file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}
} // namespace

class TestIntegrationSharedDisks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void markWithDefinition();
    void cutOffHostKeepsItsLock();
    void deadHostFailsOverOnSameDisks();
    void returnedHostCannotStartItsCopy();
    void cleanupTestCase();

private:
    QString startDaemon(const QString &dir);
    QString m_a, m_b; // the daemons' URIs
    QString m_dirA, m_dirB, m_shared;
    QString m_vm, m_db;
    QTemporaryDir m_tmp;
    QProcess m_runner;
    QByteArray m_log;
};

QString TestIntegrationSharedDisks::startDaemon(const QString &dir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess p;
    env.insert(u"VIRTDECK_LOCKD"_s, u"1"_s);
    p.setProcessEnvironment(env);
    p.start(u"bash"_s, {servicesScript(), u"start-libvirtd2"_s, dir});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    const QString uri = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n').last();
    // The shared folder as a pool of the daemon (as an NFS mount would be).
    virshAt(uri, {u"pool-create-as"_s, u"vdshared"_s, u"dir"_s, u"--target"_s, m_shared});
    return uri;
}

void TestIntegrationSharedDisks::initTestCase() {
    if (qEnvironmentVariable("VIRTDECK_QEMU_URI").isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against (tests/run.sh "
              "starts one as root)");
    QVERIFY(m_tmp.isValid());
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_dirA = u"/tmp/virtdeck-sd-a-"_s + pid;
    m_dirB = u"/tmp/virtdeck-sd-b-"_s + pid;
    m_shared = u"/tmp/virtdeck-sd-shared-"_s + pid;
    QVERIFY(QDir().mkpath(m_shared));
    m_a = startDaemon(m_dirA);
    m_b = startDaemon(m_dirB);
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
    m_vm = u"vd-sd-"_s + pid;
    m_db = m_tmp.filePath(u"scheduler.sqlite"_s);
}

// 1. The VM runs on A from the shared folder; marked, its definition is recorded at once.
void TestIntegrationSharedDisks::markWithDefinition() {
    const QString disk = m_shared + u'/' + m_vm + u".qcow2"_s;
    QCOMPARE(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"48M"_s}).code,
             0);
    QFile tpl(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    QVERIFY(tpl.open(QIODevice::ReadOnly));
    QFile xml(m_tmp.filePath(u"vm.xml"_s));
    QVERIFY(xml.open(QIODevice::WriteOnly));
    xml.write(QString::fromUtf8(tpl.readAll())
                  .replace(u"@NAME@"_s, m_vm)
                  .replace(u"@DISK@"_s, disk)
                  .toUtf8());
    xml.close();
    QCOMPARE(virshAt(m_a, {u"define"_s, xml.fileName()}).code, 0);
    QCOMPARE(virshAt(m_a, {u"autostart"_s, m_vm}).code, 0);
    QCOMPARE(virshAt(m_a, {u"start"_s, m_vm}).code, 0);
    const Run r = vdShared({u"ha"_s, u"mark"_s, m_vm, u"--connect"_s, m_a, u"--prefer"_s, m_b,
                            u"--grace"_s, u"5"_s, u"--shared-disks"_s, u"--database"_s, m_db});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject mark =
        QJsonDocument::fromJson(
            vdShared({u"ha"_s, u"status"_s, u"--json"_s, u"--database"_s, m_db}).out)
            .object()
            .value(u"vms"_s)
            .toArray()
            .first()
            .toObject();
    QCOMPARE(mark.value(u"shared_disks"_s).toBool(), true);
    QCOMPARE(mark.value(u"definition_recorded"_s).toBool(), true);
    // Written after the mark: the failover must start from the disks as they are, not a copy.
    QVERIFY(qemuIo(m_a, m_vm, u"write -P 0x5a 8M 64k"_s));
}

// 2. A's libvirtd dies; the VM's QEMU runs on and holds its disks.
void TestIntegrationSharedDisks::cutOffHostKeepsItsLock() {
    // The runner's own settings: a failed failover is tried again after 10 s, not the default
    // minute, which step 3 would otherwise wait through.
    const QString config = m_tmp.filePath(u"config"_s);
    QVERIFY(QDir().mkpath(config + u"/virtdeck"_s));
    QFile conf(config + u"/virtdeck/virtdeck.conf"_s);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[failover]\nretrySeconds=10\n");
    conf.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    m_runner.setProcessEnvironment(env);
    m_runner.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_runner, &QProcess::readyRead, this, [this] { m_log += m_runner.readAll(); });
    m_runner.start(QStringLiteral(VIRTDECK_BINARY),
                   {u"scheduler"_s, u"--headless"_s, u"--database"_s, m_db});
    QVERIFY(m_runner.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return m_log.contains("Watching 1 "); }, 30000),
             m_log.constData());
    QTest::qWait(6000);
    const qint64 libvirtd = pidIn(m_dirA + u"/libvirtd.pid"_s);
    QVERIFY(libvirtd > 1);
    ::kill(pid_t(libvirtd), SIGKILL);
    QVERIFY2(QTest::qWaitFor([&] { return m_log.contains("was not failed over"); }, 90000),
             m_log.constData());
    QVERIFY2(m_log.contains("its disks are locked"), m_log.constData());
    QVERIFY(stateOn(m_b, m_vm).isEmpty()); // nothing left defined on B
}

// 3. Now the host is gone: its QEMU and virtlockd die. The retry starts the VM on B.
void TestIntegrationSharedDisks::deadHostFailsOverOnSameDisks() {
    for (const QString &file :
         {m_dirA + u"/run/qemu/"_s + m_vm + u".pid"_s, m_dirA + u"/virtlockd.pid"_s}) {
        const qint64 pid = pidIn(file);
        QVERIFY2(pid > 1, qPrintable(file));
        ::kill(pid_t(pid), SIGKILL);
    }
    QElapsedTimer clock;
    clock.start();
    // A failed failover is tried again 10 s later (the runner's failover/retrySeconds), plus at
    // most a 5 s round: well within 45 s, which the default minute would not be.
    QVERIFY2(QTest::qWaitFor([&] { return runsOn(m_b, m_vm); }, 45000), m_log.constData());
    qInfo("host gone to the VM running on its shared disks elsewhere: %lld ms (with the retry)",
          clock.elapsed());
    QVERIFY2(QTest::qWaitFor([&] { return m_log.contains("on its shared disks"); }, 10000),
             m_log.constData());
    for (const QByteArray &line : m_log.split('\n'))
        if (line.contains("fail"))
            qInfo("%s", line.constData());
    QVERIFY(qemuIo(m_b, m_vm, u"read -P 0x5a 8M 64k"_s)); // the last write of the guest on A
}

// 4. A returns as after a reboot, and its libvirt autostarts the VM: refused, for B's copy holds
// the disks. The watch turns its autostart off.
void TestIntegrationSharedDisks::returnedHostCannotStartItsCopy() {
    QDir(m_dirA + u"/run"_s).removeRecursively();
    QVERIFY(!startDaemon(m_dirA).isEmpty());
    QVERIFY2(
        QTest::qWaitFor(
            [&] {
                return virshAt(m_a, {u"dominfo"_s, m_vm}).out.contains("Autostart:      disable");
            },
            60000),
        m_log.constData());
    QCOMPARE(stateOn(m_a, m_vm), u"shut off"_s);
    QCOMPARE(stateOn(m_b, m_vm), u"running"_s);
}

void TestIntegrationSharedDisks::cleanupTestCase() {
    if (m_runner.state() != QProcess::NotRunning) {
        m_runner.terminate();
        if (!m_runner.waitForFinished(10000))
            hosttools::killHard(m_runner);
    }
    for (const QString &uri : {m_a, m_b}) {
        if (uri.isEmpty())
            continue;
        if (runsOn(uri, m_vm))
            virshAt(uri, {u"destroy"_s, m_vm});
        virshAt(uri, {u"undefine"_s, m_vm});
        virshAt(uri, {u"pool-destroy"_s, u"vdshared"_s});
    }
    for (const QString &dir : {m_dirA, m_dirB}) {
        if (dir.isEmpty())
            continue;
        run(u"bash"_s, {servicesScript(), u"stop-libvirtd2"_s, dir});
        QDir(dir).removeRecursively();
    }
    if (!m_shared.isEmpty())
        QDir(m_shared).removeRecursively();
}

QTEST_GUILESS_MAIN(TestIntegrationSharedDisks)
#include "tst_integration_shareddisks.moc"
