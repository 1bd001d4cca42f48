// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection on the real services: libvirtd killed (SIGKILL) while the console lists,
// while a lifecycle batch runs and while a backup runs; the ssh session killed during an upload.
// After each fault the console must have said so, come back by itself when the service
// returns, and lost nothing: every action reports a truthful outcome, the table matches what
// libvirt says, the backup repository verifies, no half volume stays unreported.
//
// Environment (tests/run.sh sets it as root):
//   VIRTDECK_QEMU_URI                  qemu:///system (everything skips without it)
//   VIRTDECK_ALLOW_LIBVIRTD_KILL=1     the libvirtd tests kill the daemon: only on a machine
//                                      where nothing else uses it (CI); they skip otherwise
//   VIRTDECK_SSH_URI, VIRTDECK_SSH_STATEDIR   an sshd of the test's own (services.sh start-sshd)
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domains/domaintablemodel.h"
#include "hosttools.h"
#include "jobkindsetup.h"
#include "storage/libvirt/volumetransfer.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace virtdeck;
using namespace Qt::StringLiterals;
using hosttools::Run;
using hosttools::run;
using hosttools::virsh;

namespace {
const QString kServices = QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/integration/services.sh");
const QString kImages = u"/var/lib/libvirt/images"_s;

bool services(const QStringList &args) {
    return run(u"bash"_s, QStringList{kServices} + args).code == 0;
}

QString virshState(const QString &vm) {
    return QString::fromUtf8(virsh({u"domstate"_s, vm}).out).trimmed();
}
// The table's word for a state, as virsh prints it.
QString virshWord(DomainState s) {
    switch (s) {
    case DomainState::Running:
    case DomainState::Blocked:
        return u"running"_s;
    case DomainState::Paused:
        return u"paused"_s;
    case DomainState::Shutoff:
        return u"shut off"_s;
    default:
        return u"other"_s;
    }
}
} // namespace

class TestIntegrationFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void libvirtdKilledDuringListing();
    void libvirtdKilledDuringLifecycleBatch();
    void libvirtdKilledDuringBackup();
    void sshSessionKilledDuringUpload();
    void cleanup();

private:
    bool mayKillLibvirtd();
    QString defineVm(const QString &suffix, int diskMiB = 16);
    QString openHost(Workspace &workspace, const QString &uri);
    // Waits until the console shows `vm` in the state virsh reports.
    bool tableMatchesLibvirt(Workspace &workspace, const QString &id, const QString &vm);

    QString m_uri;
    QStringList m_vms;
    QTemporaryDir m_tmp;
};

void TestIntegrationFaults::initTestCase() {
    registerJobKinds();
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against");
    QVERIFY(m_tmp.isValid());
}

bool TestIntegrationFaults::mayKillLibvirtd() {
    return qEnvironmentVariable("VIRTDECK_ALLOW_LIBVIRTD_KILL") == u"1"_s;
}

QString TestIntegrationFaults::defineVm(const QString &suffix, int diskMiB) {
    const QString name = u"vd-fault-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(suffix);
    const QString disk = kImages + u'/' + name + u".qcow2"_s;
    if (run(u"qemu-img"_s,
            {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, QString::number(diskMiB) + u'M'})
            .code != 0)
        return {};
    m_vms << name;
    return hosttools::defineTinyVm(name, disk, m_tmp.path()) ? name : QString();
}

QString TestIntegrationFaults::openHost(Workspace &workspace, const QString &uri) {
    auto *cm = workspace.connections();
    cm->setReconnectDelays(300, 2000);
    const QString id = cm->addConnection(ConnectionConfig::fromUri(uri), true);
    if (!QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Connected; }, 60000))
        return {};
    return id;
}

bool TestIntegrationFaults::tableMatchesLibvirt(Workspace &workspace, const QString &id,
                                                const QString &vm) {
    return QTest::qWaitFor(
        [&] {
            const auto *t = workspace.domains();
            for (int r = 0; r < t->rowCount(); ++r) {
                const DomainInfo d = t->domainAt(r);
                if (d.connectionId == id && d.name == vm)
                    return virshWord(d.state) == virshState(vm);
            }
            return false;
        },
        30000);
}

void TestIntegrationFaults::cleanup() {
    // libvirtd must be back for the next test, whatever this one did.
    if (mayKillLibvirtd())
        services({u"start-libvirtd"_s});
    for (const QString &vm : std::as_const(m_vms)) {
        virsh({u"destroy"_s, vm});
        virsh({u"undefine"_s, vm, u"--remove-all-storage"_s, u"--checkpoints-metadata"_s});
        QFile::remove(kImages + u'/' + vm + u".qcow2"_s);
        // A backup cut short by the kill cannot delete its scratch images (libvirtd is gone);
        // the next backup of the VM would, but this VM gets none.
        const QStringList scratch =
            QDir(kImages).entryList({u"virtdeck-scratch-"_s + vm + u"-*"_s}, QDir::Files);
        for (const QString &name : scratch)
            virsh({u"vol-delete"_s, u"--pool"_s, u"default"_s, name});
    }
    m_vms.clear();
    // A start cut short by the kill leaves its VM "paused (starting up)" with a job libvirt never
    // ends: destroy is refused and every later call on it stalls. Clear such leftovers for real.
    if (mayKillLibvirtd())
        QVERIFY(services({u"purge-domains"_s, u"vd-fault-"_s}));
    virsh({u"pool-refresh"_s, u"default"_s});
}

void TestIntegrationFaults::libvirtdKilledDuringListing() {
    if (!mayKillLibvirtd())
        QSKIP("VIRTDECK_ALLOW_LIBVIRTD_KILL=1 is not set (the test kills libvirtd)");
    const QString vm = defineVm(u"list"_s);
    QVERIFY(!vm.isEmpty());
    Workspace workspace;
    const QString id = openHost(workspace, m_uri);
    QVERIFY(!id.isEmpty());
    auto *cm = workspace.connections();
    // A storm of full listings: the kill lands in the middle of one.
    QTimer storm;
    connect(&storm, &QTimer::timeout, cm, [cm, id] { cm->refresh(id); });
    storm.start(20);
    QTest::qWait(300);
    QVERIFY(services({u"kill-libvirtd"_s}));
    QVERIFY2(QTest::qWaitFor([&] { return cm->state(id) != ConnectionState::Connected; }, 15000),
             "the console noticed the daemon is gone");
    QVERIFY(!cm->lastMessage(id).isEmpty());
    QVERIFY(services({u"start-libvirtd"_s}));
    QVERIFY2(QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Connected; }, 60000),
             qPrintable(cm->lastMessage(id)));
    storm.stop();
    cm->refresh(id);
    QVERIFY(tableMatchesLibvirt(workspace, id, vm));
}

void TestIntegrationFaults::libvirtdKilledDuringLifecycleBatch() {
    if (!mayKillLibvirtd())
        QSKIP("VIRTDECK_ALLOW_LIBVIRTD_KILL=1 is not set (the test kills libvirtd)");
    QStringList vms;
    for (int i = 0; i < 4; ++i) {
        vms << defineVm(u"batch%1"_s.arg(i));
        QVERIFY(!vms.last().isEmpty());
    }
    Workspace workspace;
    const QString id = openHost(workspace, m_uri);
    QVERIFY(!id.isEmpty());
    auto *cm = workspace.connections();
    QList<DomainRef> refs;
    QVERIFY(QTest::qWaitFor(
        [&] {
            refs.clear();
            const auto *t = workspace.domains();
            for (int r = 0; r < t->rowCount(); ++r)
                if (vms.contains(t->domainAt(r).name))
                    refs.append({id, t->domainAt(r).uuid});
            return refs.size() == vms.size();
        },
        30000));

    QSignalSpy results(cm, &ConnectionManager::actionFinished);
    cm->runAction(refs, DomainAction::Start);
    // Kill as soon as the first start has been answered: the rest of the batch is in flight.
    QVERIFY(QTest::qWaitFor([&] { return !results.isEmpty(); }, 60000));
    QVERIFY(services({u"kill-libvirtd"_s}));
    // Every VM of the batch gets exactly one outcome, a failure saying why.
    QVERIFY2(QTest::qWaitFor([&] { return results.size() >= refs.size(); }, 60000),
             qPrintable(QString::number(results.size())));
    QTest::qWait(500);
    QCOMPARE(results.size(), refs.size());
    for (const auto &args : std::as_const(results)) {
        const auto r = args.at(0).value<ActionResult>();
        QVERIFY(!r.uuid.isEmpty());
        if (!r.ok)
            QVERIFY2(!r.message.isEmpty(), qPrintable(r.name));
    }
    QVERIFY(services({u"start-libvirtd"_s}));
    QVERIFY2(QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Connected; }, 60000),
             qPrintable(cm->lastMessage(id)));
    // Truthful afterwards: each VM shows what libvirt (which re-attached QEMU) says it is.
    for (const QString &vm : std::as_const(vms))
        QVERIFY2(tableMatchesLibvirt(workspace, id, vm), qPrintable(vm + u": "_s + virshState(vm)));
}

void TestIntegrationFaults::libvirtdKilledDuringBackup() {
    if (!mayKillLibvirtd())
        QSKIP("VIRTDECK_ALLOW_LIBVIRTD_KILL=1 is not set (the test kills libvirtd)");
    const QString vm = defineVm(u"backup"_s, 256);
    QVERIFY(!vm.isEmpty());
    const QString disk = kImages + u'/' + vm + u".qcow2"_s;
    QCOMPARE(
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x5a 0 200M"_s, disk}).code, 0);
    QCOMPARE(virsh({u"start"_s, vm}).code, 0);
    const QString repo = m_tmp.filePath(u"repo"_s);

    QProcess backup;
    backup.setProcessChannelMode(QProcess::MergedChannels);
    backup.start(QStringLiteral(VIRTDECK_BINARY),
                 {u"backup"_s, u"--connect"_s, m_uri, u"--repo"_s, repo, vm});
    QVERIFY(backup.waitForStarted());
    QTest::qWait(700);
    QVERIFY(services({u"kill-libvirtd"_s}));
    QVERIFY(QTest::qWaitFor([&] { return backup.state() == QProcess::NotRunning; }, 120000));
    const QByteArray said = backup.readAll();
    // Either it finished before the kill, or it failed and said so; it never hangs.
    if (backup.exitCode() != 0)
        QVERIFY2(!said.trimmed().isEmpty(), "a failed backup says why");
    QVERIFY(services({u"start-libvirtd"_s}));
    // Nothing half-written counts as a backup: the repository verifies.
    if (QFile::exists(repo + u"/virtdeck-repository.json"_s)) {
        const Run v = run(QStringLiteral(VIRTDECK_BINARY), {u"verify"_s, u"--repo"_s, repo});
        QVERIFY2(v.code == 0, v.out.constData());
    }
    // And the next backup works (QEMU may still be tearing down the aborted job: retry a bit).
    bool ok = false;
    for (int attempt = 0; attempt < 10 && !ok; ++attempt) {
        ok = run(QStringLiteral(VIRTDECK_BINARY),
                 {u"backup"_s, u"--connect"_s, m_uri, u"--repo"_s, repo, u"--full"_s, vm})
                 .code == 0;
        if (!ok)
            QTest::qWait(3000);
    }
    QVERIFY(ok);
    const Run v = run(QStringLiteral(VIRTDECK_BINARY), {u"verify"_s, u"--repo"_s, repo});
    QVERIFY2(v.code == 0, v.out.constData());
}

void TestIntegrationFaults::sshSessionKilledDuringUpload() {
    const QString sshUri = qEnvironmentVariable("VIRTDECK_SSH_URI");
    const QString stateDir = qEnvironmentVariable("VIRTDECK_SSH_STATEDIR");
    if (sshUri.isEmpty() || stateDir.isEmpty())
        QSKIP("VIRTDECK_SSH_URI / VIRTDECK_SSH_STATEDIR not set");
    const QString src = m_tmp.filePath(u"upload.img"_s);
    {
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 192; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                  chunk.size() / 4);
            QCOMPARE(f.write(chunk), qint64(chunk.size()));
        }
    }
    const QString volume = u"vd-fault-%1-upload.img"_s.arg(QCoreApplication::applicationPid());
    const QString volPath = kImages + u'/' + volume;
    Workspace workspace;
    const QString id = openHost(workspace, sshUri);
    QVERIFY(!id.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return !workspace.storage()->isLoading(); }, 30000));
    VolumeTransfer *up = workspace.storage()->upload(id, u"default"_s, volume, src);
    QVERIFY(up);
    QSignalSpy progress(up, &VolumeTransfer::progress);
    QSignalSpy finished(up, &VolumeTransfer::finished);
    QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty() || !finished.isEmpty(); }, 60000));
    QVERIFY(services({u"kill-ssh-sessions"_s, stateDir}));
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000));
    const bool ok = finished.at(0).at(0).toBool();
    const QString message = finished.at(0).at(2).toString();
    auto *cm = workspace.connections();
    QVERIFY2(QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Connected; }, 60000),
             qPrintable(cm->lastMessage(id)));
    virsh({u"pool-refresh"_s, u"default"_s});
    if (ok) {
        QCOMPARE(QFileInfo(volPath).size(), QFileInfo(src).size()); // finished before the kill
    } else {
        QVERIFY(!message.isEmpty());
        // No half volume left behind silently: either it is gone or the message names it.
        if (QFile::exists(volPath))
            QVERIFY2(message.contains(volume), qPrintable(message));
    }
    virsh({u"vol-delete"_s, u"--pool"_s, u"default"_s, volume});
}

QTEST_GUILESS_MAIN(TestIntegrationFaults)
#include "tst_integration_faults.moc"
