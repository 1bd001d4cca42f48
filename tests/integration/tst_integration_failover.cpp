// SPDX-License-Identifier: GPL-3.0-or-later
// Replication and failover between two real libvirt daemons, through the `virtdeck` CLI and the
// headless runner as a user runs them. The VMs' home is a private libvirtd this test starts (so it
// can kill it); the standby is the machine's libvirtd.
//  1. A running VM with known data is replicated to the standby (a whole copy); data is written
//     in the running guest's disk; the next replication moves only the changed 64 KiB block.
//  2. A second VM has a backup and no replica.
//  3. Both are marked high-availability; the headless runner watches; the home daemon and its
//     QEMUs are killed. Within the grace time plus start time both run on the standby: the first
//     from its replica (its disk holds the data of the last replication), the second from its
//     backup. The runner's log names the source and the age of the data.
//  4. The home daemon returns: the old copies are not started, their autostart is off, and
//     `virtdeck ha status` records where each VM runs now.
//
// Environment: VIRTDECK_QEMU_URI (skips without); run as root (starts a libvirtd).
#include "hosttools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hosttools::Run;
using hosttools::run;

namespace {
const QString kStandby = u"qemu:///system"_s;

Run vd(const QStringList &args) {
    return run(QStringLiteral(VIRTDECK_BINARY), args);
}

Run virshOn(const QString &uri, const QStringList &args) {
    return run(u"virsh"_s, QStringList{u"-q"_s, u"-c"_s, uri} + args);
}

QString services() {
    return QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/integration/services.sh");
}

QString domState(const QString &uri, const QString &vm) {
    const Run r = run(u"virsh"_s, {u"-q"_s, u"-c"_s, uri, u"domstate"_s, vm}, 20000);
    return r.code == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
}

QJsonObject replicaOf(const QString &vm) {
    const QJsonArray all =
        QJsonDocument::fromJson(vd({u"replicas"_s, u"--connect"_s, kStandby, u"--json"_s}).out)
            .object()
            .value(u"replicas"_s)
            .toArray();
    for (const auto &v : all)
        if (v.toObject().value(u"vm"_s).toString() == vm)
            return v.toObject();
    return {};
}

bool sameContent(const QString &a, const QString &b) {
    return run(u"qemu-img"_s,
               {u"compare"_s, u"-U"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-F"_s, u"raw"_s, a, b})
               .code == 0;
}
} // namespace

class TestIntegrationFailover : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replicateWholeThenChanges();
    void backupAndHalfReplica();
    void hostLostFailsOver();
    void hostReturnsNeverTwice();
    void resolveKeepsOne();
    void cleanupTestCase();

private:
    Run replicate(const QString &vm) {
        return vd({u"replicate"_s, u"--connect"_s, m_home, u"--standby"_s, kStandby, u"--repo"_s,
                   m_repo, vm});
    }
    QHash<QString, QJsonObject> haStatus();
    QString defineOnHome(const QString &name);
    bool writeInGuest(const QString &vm, const QString &cmd, const QString &model);
    void killHome();
    QString m_home; // the private daemon's URI
    QString m_homeDir;
    QStringList m_vms;
    QTemporaryDir m_tmp;
    // a: replicated; b: a backup, no replica; c: a replica left half written.
    QString m_a, m_b, m_c;
    QString m_repo, m_db, m_model;
    QProcess m_runner; // the headless scheduler
    QByteArray m_log;  // what it printed
};

void TestIntegrationFailover::initTestCase() {
    if (qEnvironmentVariable("VIRTDECK_QEMU_URI").isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against (tests/run.sh "
              "starts one as root)");
    QVERIFY(m_tmp.isValid());
    m_homeDir = u"/tmp/virtdeck-ha-home-%1"_s.arg(QCoreApplication::applicationPid());
    const Run r = run(u"bash"_s, {services(), u"start-libvirtd2"_s, m_homeDir});
    QVERIFY2(r.code == 0, r.err.constData());
    m_home = QString::fromUtf8(r.out).trimmed().split(u'\n').last();
    QVERIFY(m_home.startsWith(u"qemu+unix://"_s));
    const QString tag = QString::number(QCoreApplication::applicationPid());
    m_a = u"vd-ha-%1-rep"_s.arg(tag);
    m_b = u"vd-ha-%1-bak"_s.arg(tag);
    m_c = u"vd-ha-%1-half"_s.arg(tag);
    m_repo = m_tmp.filePath(u"repo"_s);
    m_db = m_tmp.filePath(u"scheduler.sqlite"_s);
    m_model = m_tmp.filePath(u"model.raw"_s);
}

// A tiny VM on the home daemon with known data on its disk (written before it starts).
QString TestIntegrationFailover::defineOnHome(const QString &name) {
    m_vms.append(name);
    const QString vol = name + u".qcow2"_s;
    const QString inside = u"/var/lib/libvirt/images/"_s + vol; // the daemon's own view
    const QString outside = m_homeDir + u"/lib/images/"_s + vol;
    if (run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, outside, u"48M"_s}).code !=
            0 ||
        virshOn(m_home, {u"pool-refresh"_s, u"default"_s}).code != 0 ||
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x41 0 6M"_s, u"-c"_s,
                           u"write -P 0x42 30M 1M"_s, outside})
                .code != 0)
        return {};
    QFile tpl(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    if (!tpl.open(QIODevice::ReadOnly))
        return {};
    QFile xml(m_tmp.filePath(name + u".xml"_s));
    if (!xml.open(QIODevice::WriteOnly))
        return {};
    xml.write(QString::fromUtf8(tpl.readAll())
                  .replace(u"@NAME@"_s, name)
                  .replace(u"@DISK@"_s, inside)
                  .toUtf8());
    xml.close();
    if (virshOn(m_home, {u"define"_s, xml.fileName()}).code != 0)
        return {};
    return QString::fromUtf8(virshOn(m_home, {u"domuuid"_s, name}).out).trimmed();
}

// Writes into the running guest's disk (qemu-io through the monitor, as the guest would) and
// into `model`, a raw file of what the guest should see.
bool TestIntegrationFailover::writeInGuest(const QString &vm, const QString &cmd,
                                           const QString &model) {
    return virshOn(
               m_home,
               {u"qemu-monitor-command"_s, u"--hmp"_s, vm,
                u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"%1\""_s.arg(cmd)})
                   .code == 0 &&
           run(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, cmd, model}).code == 0;
}

// The host is gone: its libvirtd and every QEMU it ran die at once.
void TestIntegrationFailover::killHome() {
    QFile pidFile(m_homeDir + u"/libvirtd.pid"_s);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    QVERIFY(pid > 1);
    ::kill(pid_t(pid), SIGKILL);
    for (const QString &vm : std::as_const(m_vms)) {
        QFile qemuPid(m_homeDir + u"/run/qemu/"_s + vm + u".pid"_s);
        if (qemuPid.open(QIODevice::ReadOnly))
            ::kill(pid_t(qemuPid.readAll().trimmed().toLongLong()), SIGKILL);
    }
}

// 1. The first replication copies the disk whole; the next one only the changed block.
void TestIntegrationFailover::replicateWholeThenChanges() {
    const QString uuidA = defineOnHome(m_a), uuidB = defineOnHome(m_b), uuidC = defineOnHome(m_c);
    QVERIFY(!uuidA.isEmpty() && !uuidB.isEmpty() && !uuidC.isEmpty());
    QVERIFY(run(u"qemu-img"_s, {u"convert"_s, u"-O"_s, u"raw"_s,
                                m_homeDir + u"/lib/images/"_s + m_a + u".qcow2"_s, m_model})
                .code == 0);
    for (const QString &vm : {m_a, m_b, m_c})
        QCOMPARE(virshOn(m_home, {u"start"_s, vm}).code, 0);
    Run r = replicate(m_a);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("(whole)"), r.out.constData());
    QJsonObject replica = replicaOf(m_a);
    QCOMPARE(replica.value(u"state"_s).toString(), u"ready"_s);
    QCOMPARE(replica.value(u"uuid"_s).toString(), uuidA);
    QVERIFY(replica.value(u"last_moved"_s).toInteger() >= 7 << 20);
    QVERIFY(writeInGuest(m_a, u"write -P 0x77 12M 64k"_s, m_model));
    r = replicate(m_a);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("(changes)"), r.out.constData());
    replica = replicaOf(m_a);
    QCOMPARE(replica.value(u"last_moved"_s).toInteger(), 64 * 1024);
    QCOMPARE(virshOn(kStandby, {u"domstate"_s, m_a}).out.trimmed(), QByteArray("shut off"));
    // The VM table on the standby says what it is and how old its data is.
    QVERIFY(virshOn(kStandby, {u"desc"_s, m_a, u"--title"_s}).out.startsWith("Replica from "));
}

// 2. b has a backup, no replica, and starts with its host (autostart). c's replica is left half
// written: a replication that fails once it has begun to write (the standby's volume is in the
// way) leaves it "writing".
void TestIntegrationFailover::backupAndHalfReplica() {
    Run r = vd({u"backup"_s, u"--connect"_s, m_home, u"--repo"_s, m_repo, m_b});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(virshOn(m_home, {u"autostart"_s, m_b}).code, 0);
    r = replicate(m_c);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString blocked = u"/var/lib/libvirt/images/"_s + m_c + u"-replica-vda.raw"_s;
    QVERIFY(QFile::remove(blocked) && QDir().mkpath(blocked + u"/in-the-way"_s));
    virshOn(kStandby, {u"pool-refresh"_s, u"default"_s});
    const QString scratch = m_tmp.filePath(u"c-changes.raw"_s);
    QVERIFY(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"raw"_s, scratch, u"48M"_s}).code ==
            0);
    QVERIFY(writeInGuest(m_c, u"write -P 0x78 2M 64k"_s, scratch));
    r = replicate(m_c);
    QVERIFY2(r.code != 0, r.out.constData());
    QCOMPARE(replicaOf(m_c).value(u"state"_s).toString(), u"writing"_s);
}

// 3. All three high-availability; the runner watches; the home host dies.
void TestIntegrationFailover::hostLostFailsOver() {
    for (const QString &vm : {m_a, m_b, m_c}) {
        const Run r = vd({u"ha"_s, u"mark"_s, vm, u"--connect"_s, m_home, u"--prefer"_s, kStandby,
                          u"--repo"_s, m_repo, u"--grace"_s, u"5"_s, u"--database"_s, m_db,
                          u"--priority"_s, vm == m_a ? u"10"_s : u"1"_s});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    m_runner.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_runner, &QProcess::readyRead, this, [this] { m_log += m_runner.readAll(); });
    m_runner.start(QStringLiteral(VIRTDECK_BINARY),
                   {u"scheduler"_s, u"--headless"_s, u"--database"_s, m_db});
    QVERIFY(m_runner.waitForStarted());
    // The runner takes the lease, reads the marks and, a round later, has seen the home.
    QVERIFY2(QTest::qWaitFor([&] { return m_log.contains("Watching 3 "); }, 30000),
             m_log.constData());
    QTest::qWait(6000);
    QElapsedTimer clock;
    clock.start();
    killHome();
    const auto allRunning = [&] {
        for (const QString &vm : {m_a, m_b, m_c})
            if (domState(kStandby, vm) != u"running"_s)
                return false;
        return true;
    };
    QVERIFY2(QTest::qWaitFor(allRunning, 180000), m_log.constData());
    qInfo("host lost to its three VMs running on the standby: %lld ms (grace 5 s)",
          clock.elapsed());
    // The jobs' ends reach the runner's log once their engine tasks report.
    QTest::qWaitFor([&] { return m_log.count("from its newest backup") == 2; }, 10000);
    for (const QByteArray &line : m_log.split('\n'))
        if (line.contains("failover"))
            qInfo("%s", line.constData());
    QVERIFY2(m_log.contains("from its replica"), m_log.constData());
    QVERIFY2(m_log.count("from its newest backup") == 2, m_log.constData());
    QVERIFY2(m_log.contains("not whole (writing)"), m_log.constData()); // c's half replica
    QVERIFY2(m_log.contains("old."), m_log.constData());
    // Started, the replica is the VM itself: its own (empty) title again.
    QVERIFY(!virshOn(kStandby, {u"desc"_s, m_a, u"--title"_s}).out.contains("Replica"));
    // The replica's disk holds what the guest had at the last replication.
    QVERIFY(sameContent(m_model, u"/var/lib/libvirt/images/"_s + m_a + u"-replica-vda.raw"_s));
}

QHash<QString, QJsonObject> TestIntegrationFailover::haStatus() {
    QHash<QString, QJsonObject> byName;
    const QJsonArray vms =
        QJsonDocument::fromJson(vd({u"ha"_s, u"status"_s, u"--json"_s, u"--database"_s, m_db}).out)
            .object()
            .value(u"vms"_s)
            .toArray();
    for (const auto &v : vms)
        byName.insert(v.toObject().value(u"vm"_s).toString(), v.toObject());
    return byName;
}

// 4. The home host returns as after a reboot (libvirt autostarts again): b, which had
// autostart, starts there and is paused, as a conflict; a and c stay off, autostart off.
void TestIntegrationFailover::hostReturnsNeverTwice() {
    QDir(m_homeDir + u"/run"_s).removeRecursively(); // a reboot empties /run
    const Run r = run(u"bash"_s, {services(), u"start-libvirtd2"_s, m_homeDir});
    QVERIFY2(r.code == 0, r.err.constData());
    const bool conflictSeen = QTest::qWaitFor(
        [&] { return !haStatus().value(m_b).value(u"conflict"_s).toString().isEmpty(); }, 60000);
    if (!conflictSeen)
        qInfo("runner's log:\n%s\nb on its old host: %s", m_log.constData(),
              qPrintable(domState(m_home, m_b)));
    QVERIFY(conflictSeen);
    QCOMPARE(domState(m_home, m_b), u"paused"_s);
    QVERIFY(virshOn(m_home, {u"dominfo"_s, m_b}).out.contains("Autostart:      disable"));
    for (const QString &vm : {m_a, m_c}) {
        QCOMPARE(haStatus().value(vm).value(u"failed_over_to"_s).toString(), kStandby);
        QCOMPARE(domState(m_home, vm), u"shut off"_s);
        QVERIFY(virshOn(m_home, {u"dominfo"_s, vm}).out.contains("Autostart:      disable"));
    }
}

// 5. The user keeps the failed-over copy of b: the old one is discarded, b's home moves.
void TestIntegrationFailover::resolveKeepsOne() {
    const Run r = vd({u"ha"_s, u"resolve"_s, m_b, u"--keep"_s, kStandby, u"--database"_s, m_db});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(domState(m_home, m_b).isEmpty()); // undefined
    QCOMPARE(domState(kStandby, m_b), u"running"_s);
    QCOMPARE(haStatus().value(m_b).value(u"home"_s).toString(), kStandby);
    QVERIFY(haStatus().value(m_b).value(u"conflict"_s).toString().isEmpty());
}

void TestIntegrationFailover::cleanupTestCase() {
    if (m_runner.state() != QProcess::NotRunning) {
        m_runner.terminate();
        if (!m_runner.waitForFinished(10000))
            hosttools::killHard(m_runner);
    }
    for (const QString &vm : std::as_const(m_vms)) {
        virshOn(kStandby, {u"destroy"_s, vm});
        virshOn(kStandby, {u"undefine"_s, vm, u"--remove-all-storage"_s});
        if (!m_home.isEmpty()) {
            virshOn(m_home, {u"destroy"_s, vm});
            virshOn(m_home,
                    {u"undefine"_s, vm, u"--remove-all-storage"_s, u"--checkpoints-metadata"_s});
        }
    }
    for (const QString &vm : std::as_const(m_vms))
        QDir(u"/var/lib/libvirt/images/"_s + vm + u"-replica-vda.raw"_s).removeRecursively();
    virshOn(kStandby, {u"pool-refresh"_s, u"default"_s});
    if (!m_homeDir.isEmpty()) {
        run(u"bash"_s, {services(), u"stop-libvirtd2"_s, m_homeDir});
        QDir(m_homeDir).removeRecursively();
    }
}

QTEST_GUILESS_MAIN(TestIntegrationFailover)
#include "tst_integration_failover.moc"
