// SPDX-License-Identifier: GPL-3.0-or-later
// Replication when the standby goes away half-way through a copy (issue 22), through the
// `virtdeck` CLI as a user runs it. The VM's home is the machine's libvirtd; the standby is a
// private libvirtd this test starts, reached over its own socket (so the test can kill it) and
// over a loopback sshd of the test's own (so it can cut the connection).
//  1. The standby's libvirtd is killed (SIGKILL) while the first, whole copy of a VM's disk is
//     written to it: the CLI fails within bounded time and says why; once the standby is back it
//     holds no `ready` replica; the next run copies the disk whole and leaves a ready replica
//     that equals the VM's disk.
//  2. The replica is ready; a run into another repository must rewrite it whole; the ssh
//     connection that carries it is killed half-way: the same failure, the replica is marked
//     `writing` (no failover uses it), and the next run over ssh makes it whole and ready again,
//     with the data written in the guest meanwhile.
//  3. A run that writes only the changes (half the disk) is cut the same way; then the guest puts
//     back what its first chunks held before. The next run's backup equals the replica's held one
//     there, yet the cut run had written over them: the next run must write them again, and the
//     replica must equal the guest's disk.
//
// Environment: VIRTDECK_QEMU_URI (skips without); run as root (starts a libvirtd and an sshd).
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

#include <algorithm>
#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;
using hosttools::Run;
using hosttools::run;

namespace {
const QString kHome = u"qemu:///system"_s;
constexpr int kDiskMiB = 1024;
constexpr int kDataMiB = 768; // distinct in every MiB: nothing deduplicates away
// How long a run may take to fail once its standby is gone (the copy itself takes seconds).
constexpr int kFailWithinMs = 60000;

Run vd(const QStringList &args) {
    return run(QStringLiteral(VIRTDECK_BINARY), args);
}

Run virshOn(const QString &uri, const QStringList &args) {
    return run(u"virsh"_s, QStringList{u"-q"_s, u"-c"_s, uri} + args);
}

Run services(const QStringList &args) {
    return run(u"bash"_s,
               QStringList{QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/integration/services.sh")} +
                   args);
}

QString lastLine(const QByteArray &out) {
    return QString::fromUtf8(out).trimmed().split(u'\n').last();
}

qint64 pidIn(const QString &pidFile) {
    QFile f(pidFile);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

// Every process's children, from /proc.
QMultiHash<qint64, qint64> processTree() {
    QMultiHash<qint64, qint64> children;
    const QStringList pids = QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        // "pid (comm) state ppid …": comm may hold spaces and parentheses.
        const QList<QByteArray> rest = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1)
            children.insert(rest.at(1).toLongLong(), pid.toLongLong());
    }
    return children;
}

// `root` and every process below it.
QList<qint64> subtree(const QMultiHash<qint64, qint64> &children, qint64 root) {
    QList<qint64> out{root};
    for (qsizetype i = 0; i < out.size(); ++i)
        out.append(children.values(out.at(i)));
    return out;
}

QByteArray commandLine(qint64 pid) {
    QFile f(u"/proc/%1/cmdline"_s.arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll().replace('\0', ' ') : QByteArray();
}

// qemu-img's verdict on the replica's content against the model; empty when they are equal.
QByteArray contentDiffers(const QString &raw, const QString &model) {
    const Run r = run(u"qemu-img"_s,
                      {u"compare"_s, u"-U"_s, u"-f"_s, u"raw"_s, u"-F"_s, u"raw"_s, raw, model});
    return r.code == 0 ? QByteArray() : "qemu-img compare: " + r.out + r.err;
}
} // namespace

class TestIntegrationReplicaFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void standbyKilledDuringCopy();
    void sshCutDuringCopy();
    void sshCutDuringChanges();
    void cleanupTestCase();

private:
    void startStandby();
    void startSshd();
    void defineVm();
    bool writeInGuest(const QString &cmd);
    QJsonObject replicaOn(const QString &standby);
    void replicateAndCut(const QString &standby, const QString &repo,
                         const std::function<void()> &cut);
    void expectReadyReplica(const QString &standby, const QString &repo, const QByteArray &kind);
    void killStandby();
    void cutSsh();

    QTemporaryDir m_tmp;
    QString m_vm, m_disk, m_model;
    QString m_standbyDir, m_standby; // the private daemon and its socket URI
    QString m_sshDir, m_standbySsh;  // the sshd and the standby's URI through it
    QProcess m_cli;
};

void TestIntegrationReplicaFaults::initTestCase() {
    if (qEnvironmentVariable("VIRTDECK_QEMU_URI").isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against (tests/run.sh "
              "starts one as root)");
    QVERIFY(m_tmp.isValid());
    const QString tag = QString::number(QCoreApplication::applicationPid());
    m_vm = u"vd-rf-%1-vm"_s.arg(tag);
    m_disk = u"/var/lib/libvirt/images/"_s + m_vm + u".qcow2"_s;
    m_model = m_tmp.filePath(u"model.raw"_s);
    m_standbyDir = u"/tmp/virtdeck-rf-standby-"_s + tag;
    m_sshDir = u"/tmp/virtdeck-rf-sshd-"_s + tag;
    startStandby();
    if (QTest::currentTestFailed())
        return;
    startSshd();
    if (QTest::currentTestFailed())
        return;
    defineVm();
}

void TestIntegrationReplicaFaults::startStandby() {
    const Run r = services({u"start-libvirtd2"_s, m_standbyDir});
    QVERIFY2(r.code == 0, r.err.constData());
    m_standby = lastLine(r.out);
    QVERIFY(m_standby.startsWith(u"qemu+unix://"_s));
}

// A loopback sshd on a free port; the standby's URI through it, to the private daemon's socket.
void TestIntegrationReplicaFaults::startSshd() {
    Run r;
    const int base = 24000 + int(QCoreApplication::applicationPid() % 4000);
    for (int port = base; port < base + 5 && r.code != 0; ++port)
        r = services({u"start-sshd"_s, QString::number(port), m_sshDir});
    QVERIFY2(r.code == 0, r.err.constData());
    // libvirt's ssh transport runs `nc -U SOCKET` on the far side (netcat-openbsd) to reach a
    // daemon on a socket of its own.
    m_standbySsh = lastLine(r.out) + u"&socket="_s + m_standbyDir + u"/sock/libvirt-sock"_s;
    QVERIFY(m_standbySsh.startsWith(u"qemu+ssh://"_s));
    // The same daemon both ways: the host UUID it was given.
    QFile uuid(m_standbyDir + u"/host-uuid"_s);
    QVERIFY(uuid.open(QIODevice::ReadOnly));
    const Run caps = virshOn(m_standbySsh, {u"capabilities"_s});
    QVERIFY2(caps.code == 0, caps.err.constData());
    QVERIFY(caps.out.contains(uuid.readAll().trimmed()));
}

// A running VM on the home host whose 1 GiB disk holds kDataMiB of data (written before it
// starts; the guest has no OS and writes nothing itself); m_model is what the guest sees.
void TestIntegrationReplicaFaults::defineVm() {
    QVERIFY(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, m_disk,
                                QString::number(kDiskMiB) + u"M"_s})
                .code == 0);
    QStringList writes{u"-f"_s, u"qcow2"_s};
    for (int m = 0; m < kDataMiB; ++m)
        writes << u"-c"_s << u"write -P %1 %2M 1M"_s.arg(m % 251 + 1).arg(m);
    QVERIFY(run(u"qemu-io"_s, writes << m_disk).code == 0);
    QCOMPARE(virshOn(kHome, {u"pool-refresh"_s, u"default"_s}).code, 0);
    QVERIFY(run(u"qemu-img"_s, {u"convert"_s, u"-O"_s, u"raw"_s, m_disk, m_model}).code == 0);
    QVERIFY(hosttools::defineTinyVm(m_vm, m_disk, m_tmp.path()));
    QCOMPARE(virshOn(kHome, {u"start"_s, m_vm}).code, 0);
}

// Writes into the running guest's disk (qemu-io through the monitor, as the guest would) and
// into the model.
bool TestIntegrationReplicaFaults::writeInGuest(const QString &cmd) {
    return virshOn(
               kHome,
               {u"qemu-monitor-command"_s, u"--hmp"_s, m_vm,
                u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"%1\""_s.arg(cmd)})
                   .code == 0 &&
           run(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, cmd, m_model}).code == 0;
}

// The VM's replica as `virtdeck replicas --json` lists it on `standby`; empty when it has none.
QJsonObject TestIntegrationReplicaFaults::replicaOn(const QString &standby) {
    const Run r = vd({u"replicas"_s, u"--connect"_s, standby, u"--json"_s});
    const QJsonArray all = QJsonDocument::fromJson(r.out).object().value(u"replicas"_s).toArray();
    for (const auto &v : all)
        if (v.toObject().value(u"vm"_s).toString() == m_vm)
            return v.toObject();
    return {};
}

// Starts a replication to `standby`, calls `cut` once the disk's bytes flow to the standby
// (the CLI prints its progress), and expects the CLI to fail within kFailWithinMs, saying why.
void TestIntegrationReplicaFaults::replicateAndCut(const QString &standby, const QString &repo,
                                                   const std::function<void()> &cut) {
    QByteArray err;
    QObject scope; // ends the connection below with this function
    connect(&m_cli, &QProcess::readyReadStandardError, &scope,
            [&] { err += m_cli.readAllStandardError(); });
    m_cli.start(
        QStringLiteral(VIRTDECK_BINARY),
        {u"replicate"_s, u"--connect"_s, kHome, u"--standby"_s, standby, u"--repo"_s, repo, m_vm});
    QVERIFY(m_cli.waitForStarted());
    const bool writing = QTest::qWaitFor(
        [&] { return err.contains("replicating vda") || m_cli.state() == QProcess::NotRunning; },
        300000);
    QVERIFY2(writing && m_cli.state() == QProcess::Running,
             ("the copy must still run when the standby goes: " + err.right(800)).constData());
    cut();
    qInfo("cut at: %s", qPrintable(lastLine(err)));
    QElapsedTimer clock;
    clock.start();
    const bool ended =
        QTest::qWaitFor([&] { return m_cli.state() == QProcess::NotRunning; }, kFailWithinMs);
    const qint64 ms = clock.elapsed();
    err += m_cli.readAllStandardError();
    const QByteArray out = m_cli.readAllStandardOutput();
    if (!ended) {
        hosttools::killHard(m_cli);
        m_cli.waitForFinished();
    }
    // Its end, not the progress lines before: QTest cuts long messages short.
    const QByteArray tail = out + err.right(800);
    QVERIFY2(ended, ("the replication hangs once the standby is gone: " + tail).constData());
    qInfo("the replication failed %lld ms after the cut", ms);
    QVERIFY2(m_cli.exitStatus() == QProcess::NormalExit && m_cli.exitCode() == 1, tail.constData());
    QVERIFY2(!out.contains("replicated to"), out.constData());
    // The last line names the VM and what went wrong with the standby.
    const QString why = lastLine(err);
    qInfo("%s", qPrintable(why));
    QVERIFY2(why.startsWith(u"virtdeck: replication of %1 failed: "_s.arg(m_vm)), tail.constData());
    QVERIFY2(why.contains(u"standby"_s), tail.constData());
}

// The next run succeeds, copying the disk whole or only the changes (`kind`), and leaves a ready
// replica that equals the guest's disk.
void TestIntegrationReplicaFaults::expectReadyReplica(const QString &standby, const QString &repo,
                                                      const QByteArray &kind) {
    QElapsedTimer clock;
    clock.start();
    const Run r = vd(
        {u"replicate"_s, u"--connect"_s, kHome, u"--standby"_s, standby, u"--repo"_s, repo, m_vm});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("(" + kind + ")"), r.out.constData());
    qInfo("the next run (%s): %lld ms", kind.constData(), clock.elapsed());
    const QJsonObject replica = replicaOn(standby);
    QCOMPARE(replica.value(u"state"_s).toString(), u"ready"_s);
    QVERIFY(!replica.value(u"backup"_s).toString().isEmpty());
    if (kind == "whole")
        QVERIFY(replica.value(u"last_moved"_s).toInteger() >= qint64(kDataMiB) << 20);
    const QByteArray differs =
        contentDiffers(m_standbyDir + u"/lib/images/"_s + m_vm + u"-replica-vda.raw"_s, m_model);
    QVERIFY2(differs.isEmpty(), differs.constData());
}

// The standby host dies: its libvirtd, at once.
void TestIntegrationReplicaFaults::killStandby() {
    const qint64 pid = pidIn(m_standbyDir + u"/libvirtd.pid"_s);
    QVERIFY(pid > 1);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
}

// The network to the standby is cut: every ssh session that carries a connection (its sshd
// process, the netcat behind it) is killed at once; the listener stays. Sessions still logging
// in are left alone: killed in root's shell profile, they may leave its locks behind (pyenv's
// rehash lock makes every later login wait), which no network cut does.
void TestIntegrationReplicaFaults::cutSsh() {
    const qint64 sshd = pidIn(m_sshDir + u"/sshd.pid"_s);
    QVERIFY(sshd > 1);
    const QMultiHash<qint64, qint64> tree = processTree();
    // The netcat itself, not the shell that starts it (whose command line names it too).
    const QByteArray socket = (m_standbyDir + u"/sock/libvirt-sock"_s).toUtf8();
    const auto isNetcat = [&](qint64 p) {
        const QByteArray cmd = commandLine(p);
        return cmd.startsWith("nc ") && cmd.contains(socket);
    };
    int cut = 0;
    for (qint64 session : tree.values(sshd)) {
        const QList<qint64> procs = subtree(tree, session);
        if (std::none_of(procs.cbegin(), procs.cend(), isNetcat))
            continue;
        for (qint64 pid : procs)
            ::kill(pid_t(pid), SIGKILL);
        ++cut;
    }
    QVERIFY(cut > 0);
}

// 1. The standby's libvirtd dies during the first, whole copy.
void TestIntegrationReplicaFaults::standbyKilledDuringCopy() {
    const QString repo = m_tmp.filePath(u"repo"_s);
    replicateAndCut(m_standby, repo, [this] { killStandby(); });
    if (QTest::currentTestFailed())
        return;
    startStandby();
    const QJsonObject held = replicaOn(m_standby);
    QVERIFY2(held.value(u"state"_s).toString() != u"ready"_s,
             QJsonDocument(held).toJson().constData());
    qInfo("after the standby's death the replica is %s",
          held.isEmpty() ? "absent" : qPrintable(held.value(u"state"_s).toString()));
    expectReadyReplica(m_standby, repo, "whole");
}

// 2. A ready replica is rewritten whole (another repository, so its backup is not there); the
// ssh connection to the standby is cut half-way.
void TestIntegrationReplicaFaults::sshCutDuringCopy() {
    QVERIFY2(replicaOn(m_standby).value(u"state"_s).toString() == u"ready"_s,
             "needs the ready replica of the first test");
    QVERIFY(writeInGuest(u"write -P 0x99 100M 64k"_s));
    const QString repo = m_tmp.filePath(u"repo-ssh"_s);
    replicateAndCut(m_standbySsh, repo, [this] { cutSsh(); });
    if (QTest::currentTestFailed())
        return;
    // The network is back (the listener never went): the replica is not whole, and says so.
    const QJsonObject held = replicaOn(m_standbySsh);
    QCOMPARE(held.value(u"state"_s).toString(), u"writing"_s);
    QVERIFY(held.value(u"backup"_s).toString().isEmpty());
    expectReadyReplica(m_standbySsh, repo, "whole");
}

// 3. A run that writes only the changes (half the disk) is cut half-way; then the guest writes
// back what its first 8 MiB held before it. The next run compares the new backup with the one
// the replica held: the first chunks are the same again, but the cut run had written over them.
void TestIntegrationReplicaFaults::sshCutDuringChanges() {
    QVERIFY2(replicaOn(m_standbySsh).value(u"state"_s).toString() == u"ready"_s,
             "needs the ready replica of the second test");
    QVERIFY(writeInGuest(u"write -P 0x5a 0 512M"_s));
    const QString repo = m_tmp.filePath(u"repo-ssh"_s);
    replicateAndCut(m_standbySsh, repo, [this] { cutSsh(); });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(replicaOn(m_standbySsh).value(u"state"_s).toString(), u"writing"_s);
    for (int m = 0; m < 8; ++m)
        QVERIFY(writeInGuest(u"write -P %1 %2M 1M"_s.arg(m % 251 + 1).arg(m)));
    expectReadyReplica(m_standbySsh, repo, "changes");
}

void TestIntegrationReplicaFaults::cleanupTestCase() {
    if (m_cli.state() != QProcess::NotRunning) {
        hosttools::killHard(m_cli);
        m_cli.waitForFinished();
    }
    if (!m_vm.isEmpty()) {
        virshOn(kHome, {u"destroy"_s, m_vm});
        virshOn(kHome,
                {u"undefine"_s, m_vm, u"--remove-all-storage"_s, u"--checkpoints-metadata"_s});
        QFile::remove(m_disk);
        virshOn(kHome, {u"pool-refresh"_s, u"default"_s});
    }
    if (!m_sshDir.isEmpty()) {
        services({u"stop-sshd"_s, m_sshDir});
        QDir(m_sshDir).removeRecursively();
    }
    // The standby's replicas and volumes live in its directory.
    if (!m_standbyDir.isEmpty()) {
        services({u"stop-libvirtd2"_s, m_standbyDir});
        QDir(m_standbyDir).removeRecursively();
    }
}

QTEST_GUILESS_MAIN(TestIntegrationReplicaFaults)
#include "tst_integration_replicafaults.moc"
