// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore as scheduler jobs on the real libvirtd (QEMU): three backup jobs with
// keep-last 2 leave two backups; a restore job defines a new VM whose disk holds what was backed
// up; a backup job cancelled while it reads ends "cancelled", leaves no new backup and a
// repository that verifies; quitting (the scheduler and the workspace destroyed) while a running
// VM's backup job works stops the backup and waits for it: no backup, a repository that
// verifies, no scratch volume and no checkpoint left on the host.
//
// Environment: VIRTDECK_QEMU_URI (qemu:///system; everything skips without it).
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "hosttools.h"
#include "jobkindsetup.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;
using hosttools::Run;
using hosttools::run;
using hosttools::virsh;

namespace {
const QString kImages = u"/var/lib/libvirt/images"_s;

bool listsVm(const Workspace &workspace, const QString &name) {
    const auto *d = workspace.domains();
    for (int r = 0; r < d->rowCount(); ++r)
        if (d->domainAt(r).name == name)
            return true;
    return false;
}

QJsonArray backupsOf(const QString &repo) {
    const Run r =
        run(QStringLiteral(VIRTDECK_BINARY), {u"backups"_s, u"--repo"_s, repo, u"--json"_s});
    return QJsonDocument::fromJson(r.out).object().value(u"backups"_s).toArray();
}
} // namespace

class TestIntegrationBackupJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backupJobsKeepTheLastTwo();
    void restoreJobDefinesTheVm();
    void cancelledBackupLeavesNothing();
    void quittingCancelsAndWaits();

private:
    QString makeVm(const QString &suffix, const QString &size, const QString &fill);
    Job submitAndWait(Job job, bool cancelOnceRunning = false);

    QString m_uri;
    QTemporaryDir m_tmp;
    QString m_repo;
    QStringList m_vms;
    Workspace *m_workspace = nullptr;
    Scheduler *m_scheduler = nullptr;
};

void TestIntegrationBackupJobs::initTestCase() {
    registerJobKinds();
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against (tests/run.sh "
              "starts one as root)");
    QVERIFY(m_tmp.isValid());
    m_repo = m_tmp.filePath(u"repo"_s);
    m_workspace = new Workspace(this);
    m_scheduler = new Scheduler(m_workspace, m_tmp.filePath(u"jobs.sqlite"_s), u"test"_s, this);
    m_workspace->connections()->addConnection(ConnectionConfig::fromUri(m_uri), true);
    QSignalSpy started(m_scheduler, &Scheduler::started);
    m_scheduler->start({});
    QVERIFY(started.wait(5000));
    QVERIFY(QTest::qWaitFor([&] { return m_scheduler->isRunner(); }, 5000));
}

void TestIntegrationBackupJobs::cleanupTestCase() {
    if (m_scheduler)
        m_scheduler->stop();
    for (const QString &vm : std::as_const(m_vms)) {
        virsh({u"destroy"_s, vm});
        virsh({u"undefine"_s, vm, u"--remove-all-storage"_s});
    }
    virsh({u"pool-refresh"_s, u"default"_s});
}

// A shut-off VM with a qcow2 disk of `size` in the default pool, `fill` written into it.
QString TestIntegrationBackupJobs::makeVm(const QString &suffix, const QString &size,
                                          const QString &fill) {
    const QString name = u"vd-bkjob-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(suffix);
    const QString disk = kImages + u'/' + name + u".qcow2"_s;
    if (run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, size}).code != 0 ||
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, fill, disk}).code != 0)
        return {};
    m_vms.append(name);
    virsh({u"pool-refresh"_s, u"default"_s});
    if (!hosttools::defineTinyVm(name, disk, m_tmp.path()))
        return {};
    // The console must list it before a job can name it.
    if (!QTest::qWaitFor([&] { return listsVm(*m_workspace, name); }, 10000))
        return {};
    return name;
}

Job TestIntegrationBackupJobs::submitAndWait(Job job, bool cancelOnceRunning) {
    const QString tag = u"%1-%2"_s.arg(job.kind).arg(QDateTime::currentMSecsSinceEpoch());
    job.group = tag;
    job.uri = m_uri;
    m_scheduler->submit({job});
    Job out;
    bool cancelled = false;
    (void)QTest::qWaitFor(
        [&] {
            for (int r = 0; r < m_scheduler->jobs()->rowCount(); ++r) {
                const Job &j = m_scheduler->jobs()->jobAt(r);
                if (j.group != tag)
                    continue;
                if (cancelOnceRunning && !cancelled && j.state == JobState::Running &&
                    j.progress > 0) {
                    m_scheduler->cancel(j.id);
                    cancelled = true;
                }
                if (jobStateIsFinal(j.state)) {
                    out = j;
                    return true;
                }
            }
            return false;
        },
        240000);
    return out;
}

void TestIntegrationBackupJobs::backupJobsKeepTheLastTwo() {
    const QString vm = makeVm(u"keep"_s, u"64M"_s, u"write -P 0x5a 0 40M"_s);
    QVERIFY(!vm.isEmpty());
    Job j;
    j.kind = u"backup"_s;
    j.vm = vm;
    j.params = {{u"repository"_s, m_repo}, {u"keepLast"_s, 2}};
    for (int i = 0; i < 3; ++i) {
        const Job done = submitAndWait(j);
        QCOMPARE(done.state, JobState::Done);
        QVERIFY2(done.result.startsWith(u"Backup "_s), qPrintable(done.result));
        if (i == 2)
            QVERIFY2(done.result.contains(u"Retention removed 1 backup"_s),
                     qPrintable(done.result));
        QVERIFY2(done.log.contains(u"MiB/s"_s), qPrintable(done.log)); // progress reached the log
    }
    QCOMPARE(backupsOf(m_repo).size(), 2);
}

void TestIntegrationBackupJobs::restoreJobDefinesTheVm() {
    const QJsonArray backups = backupsOf(m_repo);
    QVERIFY(!backups.isEmpty());
    const QString id = backups.last().toObject().value(u"id"_s).toString();
    const QString name = u"vd-bkjob-%1-restored"_s.arg(QCoreApplication::applicationPid());
    m_vms.append(name);
    Job j;
    j.kind = u"restore"_s;
    j.vm = name;
    j.params = {{u"repository"_s, m_repo}, {u"backup"_s, id}};
    const Job done = submitAndWait(j);
    QCOMPARE(done.state, JobState::Done);
    QVERIFY2(done.result.contains(name), qPrintable(done.result));
    // The restored disk reads as what was written: 40 MiB of 0x5a.
    const Run blk = virsh({u"domblklist"_s, name, u"--details"_s});
    QCOMPARE(blk.code, 0);
    QString path;
    for (const QString &line : QString::fromUtf8(blk.out).split(u'\n'))
        if (line.contains(u" disk "_s))
            path = line.section(u' ', -1, -1, QString::SectionSkipEmpty);
    QVERIFY2(!path.isEmpty(), blk.out.constData());
    const Run check = run(u"qemu-io"_s, {u"-r"_s, u"-c"_s, u"read -P 0x5a 0 40M"_s, path});
    QCOMPARE(check.code, 0);
    QVERIFY2(!check.out.contains("Pattern verification failed"), check.out.constData());
}

void TestIntegrationBackupJobs::cancelledBackupLeavesNothing() {
    const QString vm = makeVm(u"cancel"_s, u"2G"_s, u"write -P 0x33 0 1536M"_s);
    QVERIFY(!vm.isEmpty());
    const int before = int(backupsOf(m_repo).size());
    Job j;
    j.kind = u"backup"_s;
    j.vm = vm;
    j.params = {{u"repository"_s, m_repo}, {u"full"_s, true}};
    const Job done = submitAndWait(j, true);
    QCOMPARE(done.state, JobState::Cancelled);
    QVERIFY2(done.log.contains(u"Cancel requested"_s), qPrintable(done.log));
    QCOMPARE(int(backupsOf(m_repo).size()), before);
    const Run verify = run(QStringLiteral(VIRTDECK_BINARY), {u"verify"_s, u"--repo"_s, m_repo});
    QCOMPARE(verify.code, 0);
}

// The program quits while a backup job of a running VM works (in push mode: a scratch volume and
// a checkpoint on the host): destroying the scheduler and the workspace cancels the job's task
// and waits for it, and the task cleans up after itself before the program ends.
void TestIntegrationBackupJobs::quittingCancelsAndWaits() {
    const QString vm = makeVm(u"quit"_s, u"2G"_s, u"write -P 0x44 0 1536M"_s);
    QVERIFY(!vm.isEmpty());
    QCOMPARE(virsh({u"start"_s, vm}).code, 0);
    const QString repo = m_tmp.filePath(u"repo-quit"_s);
    const QByteArray scratch = "virtdeck-scratch-" + vm.toUtf8();
    auto *workspace = new Workspace;
    auto *scheduler = new Scheduler(workspace, m_tmp.filePath(u"jobs-quit.sqlite"_s), u"test"_s);
    workspace->connections()->addConnection(ConnectionConfig::fromUri(m_uri), true);
    QSignalSpy started(scheduler, &Scheduler::started);
    scheduler->start({});
    QVERIFY(started.wait(5000));
    QVERIFY(QTest::qWaitFor([&] { return scheduler->isRunner(); }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return listsVm(*workspace, vm); }, 10000));
    Job j;
    j.kind = u"backup"_s;
    j.vm = vm;
    j.uri = m_uri;
    j.params = {{u"repository"_s, repo}, {u"full"_s, true}};
    scheduler->submit({j});
    // Wait until the engine reports progress: the push job runs into the scratch volume.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto *jobs = scheduler->jobs();
            return jobs->rowCount() == 1 && jobs->jobAt(0).state == JobState::Running &&
                   jobs->jobAt(0).progress > 0;
        },
        120000));
    QVERIFY(virsh({u"vol-list"_s, u"default"_s}).out.contains(scratch));
    QElapsedTimer quitting;
    quitting.start();
    delete scheduler;
    delete workspace;
    const qint64 took = quitting.elapsed();
    qInfo() << "quitting took" << took << "ms";
    QVERIFY2(took < 20000, qPrintable(QString::number(took)));
    // Nothing of the backup remains: no manifest, no scratch image, no checkpoint.
    QCOMPARE(backupsOf(repo).size(), 0);
    const Run verify = run(QStringLiteral(VIRTDECK_BINARY), {u"verify"_s, u"--repo"_s, repo});
    QCOMPARE(verify.code, 0);
    virsh({u"pool-refresh"_s, u"default"_s});
    QVERIFY(!virsh({u"vol-list"_s, u"default"_s}).out.contains(scratch));
    const Run checkpoints = virsh({u"checkpoint-list"_s, vm, u"--name"_s});
    QCOMPARE(checkpoints.code, 0);
    QVERIFY2(checkpoints.out.trimmed().isEmpty(), checkpoints.out.constData());
}

QTEST_GUILESS_MAIN(TestIntegrationBackupJobs)
#include "tst_integration_backupjobs.moc"
