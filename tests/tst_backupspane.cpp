// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups pane on a real repository (made by `virtdeck backup --image`): it lists what is
// there with sizes and dedup, says clearly when there is no repository yet, verifies (and names
// the damage after a chunk is corrupted), and queues restore jobs; "Back Up Now" in the window
// queues a backup job per selected VM that runs through libvirt (the test driver refuses to
// read volumes, in its own words).
#include "backup/backupcatalog.h"
#include "backup/backupcatalogmodel.h"
#include "backup/diskbackupwriter.h"
#include "backup/filedisksource.h"
#include "backup/repository.h"
#include "backupspane.h"
#include "core/connectionmanager.h"
#include "core/preferences.h"
#include "domains/domaintablemodel.h"
#include "jobkindsetup.h"
#include "mainwindow.h"
#include "restoredialog.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;

bool backupImage(const QString &repo, const QString &image, const QString &name) {
    QProcess p;
    p.start(QStringLiteral(VIRTDECK_BINARY),
            {u"backup"_s, u"--repo"_s, repo, u"--image"_s, image, u"--name"_s, name});
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Incompressible data, so the stored size shows the deduplication alone.
bool writeImage(const QString &path, quint32 seed, int mib) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < mib; ++i) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        f.write(block);
    }
    return true;
}
// A backup of the test driver's VM "gamma" (disk vda) taken on kNode, as a backup job writes it.
bool backupOfGamma(const QString &dir) {
    QString err;
    auto repo =
        backup::Repository::open(dir + u"/repo"_s, backup::Repository::Lock::Shared, true, &err);
    if (!repo || !writeImage(dir + u"/disk.raw"_s, 3, 1))
        return false;
    backup::FileDiskSource src(dir + u"/disk.raw"_s);
    backup::BackupManifest m;
    m.started = m.finished = QDateTime(QDate(2026, 3, 14), QTime(9, 26), Qt::UTC);
    m.vmName = u"gamma"_s;
    m.host = kNode;
    m.chunkSize = repo->chunkSize();
    m.mode = u"full"_s;
    m.id = repo->newBackupId(m.vmName, m.started);
    m.domainXml = u"<domain type='test'><name>gamma</name></domain>"_s;
    backup::DiskManifest d;
    d.target = u"vda"_s;
    d.format = u"raw"_s;
    backup::DiskBackupOptions opt;
    opt.chunkSize = repo->chunkSize();
    if (!backup::backupDisk(src, repo->chunks(), opt, &d, nullptr, {}, &err))
        return false;
    m.disks.append(d);
    return repo->commit(m, &err);
}

// Answers the next modal message box with `role` after noting its text.
void answerNextMessageBox(QMessageBox::ButtonRole role, QString *text) {
    QTimer::singleShot(0, [role, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b->click();
    });
}

int restoreJobs(Scheduler &scheduler) {
    int n = 0;
    for (int r = 0; r < scheduler.jobs()->rowCount(); ++r)
        n += scheduler.jobs()->jobAt(r).kind == u"restore"_s;
    return n;
}
} // namespace

class TestBackupsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        registerJobKinds();
        QApplication::setApplicationName(u"virtdeck-test"_s);
    }
    void saysWhenThereIsNoRepository();
    void listsVerifiesAndFindsDamage();
    void verifyStopsWhenAsked();
    void backUpNowQueuesJobs();
    void restoreOverTheOriginalAsksFirst();
    void restoreDialogChecksTheName();
    void restoreDialogOffersOnlyWhatTheHostHas();
    void negativeRetentionRefusesTheJobBeforeItRuns();
};

void TestBackupsPane::saysWhenThereIsNoRepository() {
    QTemporaryDir dir;
    Workspace workspace;
    auto v = workspace.preferences()->values();
    v.backupRepository = dir.filePath(u"none-yet"_s);
    workspace.preferences()->setValues(v);
    BackupsPane pane(&workspace, nullptr);
    QAbstractItemModelTester tester(pane.catalog()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(&pane, &BackupsPane::listed);
    pane.refresh();
    QVERIFY(listed.wait(5000));
    QVERIFY2(pane.statusLabel()->text().contains(u"No repository"_s),
             qPrintable(pane.statusLabel()->text()));
    QCOMPARE(pane.table()->model()->rowCount(), 0);
    QVERIFY(!pane.restoreButton()->isEnabled());
}

void TestBackupsPane::listsVerifiesAndFindsDamage() {
    QTemporaryDir dir;
    const QString repo = dir.filePath(u"repo"_s);
    const QString image = dir.filePath(u"disk.raw"_s);
    QVERIFY(writeImage(image, 7, 8));
    QVERIFY(backupImage(repo, image, u"web"_s));
    QVERIFY(backupImage(repo, image, u"web"_s)); // the same data again: deduplicated
    Workspace workspace;
    auto v = workspace.preferences()->values();
    v.backupRepository = repo;
    workspace.preferences()->setValues(v);
    QTemporaryDir jobsDir;
    Scheduler scheduler(&workspace, jobsDir.filePath(u"jobs.sqlite"_s), u"test"_s);
    BackupsPane pane(&workspace, &scheduler);
    QAbstractItemModelTester tester(pane.catalog()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(&pane, &BackupsPane::listed);
    QVERIFY(listed.wait(5000));
    const QAbstractItemModel *shown = pane.table()->model();
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->index(0, BackupCatalogModel::Vm).data().toString(), u"web"_s);
    using M = BackupCatalogModel;
    QVERIFY(shown->index(0, M::Taken).data(M::SortRole).toDateTime() >=
            shown->index(1, M::Taken).data(M::SortRole).toDateTime()); // newest first
    // The same 8 MiB twice: each backup holds them, the first stored them, the second nothing.
    QList<qulonglong> stored;
    for (int r = 0; r < 2; ++r) {
        QCOMPARE(shown->index(r, M::Data).data(M::SortRole).toULongLong(), qulonglong(8) << 20);
        QCOMPARE(shown->index(r, M::Data).data().toString(),
                 QLocale().formattedDataSize(qint64(8) << 20, 1));
        stored.append(shown->index(r, M::Stored).data(M::SortRole).toULongLong());
    }
    std::sort(stored.begin(), stored.end());
    QCOMPARE(stored.at(0), 0ull);
    QVERIFY(stored.at(1) >= (qulonglong(8) << 20));
    QVERIFY2(pane.statusLabel()->text().contains(u"2 backup(s)"_s) &&
                 pane.statusLabel()->text().contains(u"2.0×"_s),
             qPrintable(pane.statusLabel()->text()));

    pane.table()->selectRow(0);
    QVERIFY(pane.restoreButton()->isEnabled());
    const Job j = pane.restoreJob(u"qemu:///system"_s, u"web-back"_s, u"images"_s);
    QCOMPARE(j.kind, u"restore"_s);
    QCOMPARE(j.uri, u"qemu:///system"_s);
    QCOMPARE(j.vm, u"web-back"_s);
    QCOMPARE(j.params.value(u"backup"_s).toString(), pane.selectedBackupId());
    QCOMPARE(j.params.value(u"repository"_s).toString(), repo);
    QCOMPARE(j.params.value(u"pool"_s).toString(), u"images"_s);

    QSignalSpy verified(&pane, &BackupsPane::verified);
    pane.toggleVerify();
    QVERIFY(verified.wait(20000));
    QVERIFY2(verified.at(0).at(0).toBool(), qPrintable(verified.at(0).at(1).toString()));

    // Corrupt every chunk file: verify must say the backups cannot be restored.
    int flipped = 0;
    for (QDirIterator it(repo + u"/chunks"_s, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char c = f.peek(1).at(0);
        f.write(QByteArray(1, char(c ^ 0x5a)));
        ++flipped;
    }
    QVERIFY(flipped > 0);
    pane.toggleVerify();
    QVERIFY(verified.wait(20000));
    QVERIFY(!verified.at(1).at(0).toBool());
    QVERIFY2(verified.at(1).at(1).toString().contains(u"web"_s),
             qPrintable(verified.at(1).at(1).toString()));
}

void TestBackupsPane::verifyStopsWhenAsked() {
    QTemporaryDir dir;
    const QString repo = dir.filePath(u"repo"_s);
    const QString image = dir.filePath(u"disk.raw"_s);
    QVERIFY(writeImage(image, 11, 16));
    QVERIFY(backupImage(repo, image, u"db"_s));
    Workspace workspace;
    auto v = workspace.preferences()->values();
    v.backupRepository = repo;
    workspace.preferences()->setValues(v);
    BackupsPane pane(&workspace, nullptr);
    QSignalSpy verified(&pane, &BackupsPane::verified);
    pane.toggleVerify();
    QCOMPARE(pane.verifyButton()->text(), u"Stop &Verifying"_s);
    pane.toggleVerify(); // the verification's token is cancelled: it stops between chunks
    QVERIFY(verified.wait(20000));
    QVERIFY(!verified.at(0).at(0).toBool());
    QCOMPARE(verified.at(0).at(1).toString(), u"Verification stopped."_s);
    QCOMPARE(pane.verifyButton()->text(), u"&Verify"_s);
    QCOMPARE(pane.statusLabel()->text(), u"Verification stopped."_s);
}

void TestBackupsPane::backUpNowQueuesJobs() {
    QTemporaryDir dir;
    Workspace workspace;
    auto v = workspace.preferences()->values();
    v.backupRepository = dir.filePath(u"repo"_s);
    workspace.preferences()->setValues(v);
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    workspace.connections()->addConnection(ConnectionConfig::fromUri(kNode), true);
    QVERIFY(QTest::qWaitFor([&] { return workspace.domains()->rowCount() >= 3; }, 10000));
    QSignalSpy started(&scheduler, &Scheduler::started);
    scheduler.start({});
    QVERIFY(started.wait(5000));
    MainWindow w(&workspace);
    w.setScheduler(&scheduler);
    w.selectDomainsByName({u"gamma"_s});
    QVERIFY(w.backupAction()->isEnabled());
    w.backupAction()->trigger();
    Job done;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < scheduler.jobs()->rowCount(); ++r) {
                const Job &j = scheduler.jobs()->jobAt(r);
                if (j.kind == u"backup"_s && jobStateIsFinal(j.state)) {
                    done = j;
                    return true;
                }
            }
            return false;
        },
        20000));
    QCOMPARE(done.vm, u"gamma"_s);
    QCOMPARE(done.state, JobState::Failed);
    QVERIFY2(done.result.contains(u"not supported"_s), qPrintable(done.result));
    QVERIFY2(done.log.contains(u"Backing up gamma into "_s + v.backupRepository),
             qPrintable(done.log));
    scheduler.stop();
}

// "Restore over the original" names what it replaces and queues nothing until confirmed.
void TestBackupsPane::restoreOverTheOriginalAsksFirst() {
    QTemporaryDir dir;
    QVERIFY(backupOfGamma(dir.path()));
    Workspace workspace;
    auto v = workspace.preferences()->values();
    v.backupRepository = dir.filePath(u"repo"_s);
    workspace.preferences()->setValues(v);
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    QSignalSpy started(&scheduler, &Scheduler::started);
    scheduler.start({});
    QVERIFY(started.wait(5000));
    workspace.connections()->addConnection(ConnectionConfig::fromUri(kNode), true);
    QVERIFY(QTest::qWaitFor([&] { return workspace.domains()->rowCount() >= 3; }, 10000));
    BackupsPane pane(&workspace, &scheduler);
    QSignalSpy listed(&pane, &BackupsPane::listed);
    QVERIFY(listed.wait(5000));
    QVERIFY(!pane.restoreOriginalButton()->isEnabled()); // nothing selected
    pane.table()->selectRow(0);
    QVERIFY(pane.restoreOriginalButton()->isEnabled());
    const Job j = pane.restoreOriginalJob();
    QCOMPARE(j.kind, u"restore"_s);
    QCOMPARE(j.uri, kNode);
    QCOMPARE(j.vm, u"gamma"_s);
    QVERIFY(j.params.value(u"toOriginal"_s).toBool());
    const QString said = pane.replaceConfirmation();
    for (const QString &part : {u"gamma"_s, u"vda"_s, u"2026"_s})
        QVERIFY2(said.contains(part), qPrintable(said));

    QString shown;
    answerNextMessageBox(QMessageBox::RejectRole, &shown);
    pane.askRestoreOriginal();
    QCOMPARE(shown, said);
    QTest::qWait(200); // a job, were one submitted, would be listed by now
    QCOMPARE(restoreJobs(scheduler), 0);

    answerNextMessageBox(QMessageBox::DestructiveRole, &shown);
    pane.askRestoreOriginal();
    QVERIFY(QTest::qWaitFor([&] { return restoreJobs(scheduler) == 1; }, 5000));
    scheduler.stop();
}

// The restore dialog's name: required, a plain name, not a VM the host has already.
void TestBackupsPane::restoreDialogChecksTheName() {
    Workspace workspace;
    workspace.connections()->addConnection(ConnectionConfig::fromUri(kNode), true);
    QVERIFY(QTest::qWaitFor([&] { return workspace.domains()->rowCount() >= 3; }, 10000));
    BackupsPane pane(&workspace, nullptr);
    QVERIFY(!pane.newNameProblem(kNode, {}).isEmpty());
    QVERIFY(!pane.newNameProblem(kNode, u"../x"_s).isEmpty());
    QVERIFY2(pane.newNameProblem(kNode, u"gamma"_s).contains(u"already"_s),
             qPrintable(pane.newNameProblem(kNode, u"gamma"_s)));
    QCOMPARE(pane.newNameProblem(kNode, u"gamma-restored"_s), QString());
}

// The dialog proposes a name the host does not have, offers the host's pools (no free text),
// keeps the disks' format by default, and refuses with the host's own answer.
void TestBackupsPane::restoreDialogOffersOnlyWhatTheHostHas() {
    Workspace workspace;
    const QString id =
        workspace.connections()->addConnection(ConnectionConfig::fromUri(kNode), true);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return workspace.domains()->rowCount() >= 3 &&
                   workspace.storage()->pools()->rowOf(id, u"testpool"_s) >= 0;
        },
        10000));
    BackupSummary b;
    b.id = u"gamma-1"_s;
    b.vmName = u"gamma"_s;
    b.host = kNode;
    b.disks = {u"vda"_s};
    b.diskFormats = {u"qcow2"_s};
    RestoreDialog dlg(&workspace, b);
    QSignalSpy checked(&dlg, &RestoreDialog::checked);
    QCOMPARE(dlg.vmName(), u"gamma-restored"_s);
    QVERIFY(!dlg.poolBox()->isEditable());
    QCOMPARE(dlg.poolBox()->count(), 1);
    QCOMPARE(dlg.pool(), u"testpool"_s); // the node has no "default": not proposed
    QCOMPARE(dlg.format(), u"original"_s);
    QVERIFY(dlg.formatBox()->currentText().contains(u"qcow2"_s));
    QVERIFY(checked.wait(5000));
    QVERIFY2(dlg.problem().isEmpty(), qPrintable(dlg.problem()));
    QVERIFY(dlg.restoreButton()->isEnabled());

    // A VM the host has: refused inline, Restore disabled.
    dlg.nameEdit()->setText(u"alpha"_s);
    QVERIFY(!dlg.restoreButton()->isEnabled());
    QVERIFY2(dlg.problem().contains(u"already"_s), qPrintable(dlg.problem()));

    // The host's answer: a pool that went away since the dialog listed it is refused.
    dlg.nameEdit()->setText(u"gamma-copy"_s);
    QVERIFY(checked.wait(5000));
    QVERIFY(dlg.restoreButton()->isEnabled());
    dlg.poolBox()->addItem(u"nopool"_s, u"nopool"_s);
    dlg.poolBox()->setCurrentIndex(1);
    QVERIFY(!dlg.restoreButton()->isEnabled()); // until the host answered
    QVERIFY(checked.wait(5000));
    QVERIFY2(dlg.problem().contains(u"nopool"_s), qPrintable(dlg.problem()));
    QVERIFY(!dlg.restoreButton()->isEnabled());

    BackupsPane pane(&workspace, nullptr);
    const Job j = pane.restoreJob(dlg.hostUri(), u"gamma-copy"_s, u"testpool"_s);
    QCOMPARE(j.params.value(u"format"_s).toString(), u"original"_s);
}

// keepLast=-1 would prune every backup after the run: the job fails before it backs up anything.
void TestBackupsPane::negativeRetentionRefusesTheJobBeforeItRuns() {
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    workspace.connections()->addConnection(ConnectionConfig::fromUri(kNode), true);
    QVERIFY(QTest::qWaitFor([&] { return workspace.domains()->rowCount() >= 3; }, 10000));
    QSignalSpy started(&scheduler, &Scheduler::started);
    scheduler.start({});
    QVERIFY(started.wait(5000));
    Job j;
    j.kind = u"backup"_s;
    j.uri = kNode;
    j.vm = u"gamma"_s;
    j.params.insert(u"repository"_s, dir.filePath(u"repo"_s));
    j.params.insert(u"keepLast"_s, -1);
    scheduler.submit({j});
    Job done;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < scheduler.jobs()->rowCount(); ++r)
                if (jobStateIsFinal(scheduler.jobs()->jobAt(r).state))
                    return (done = scheduler.jobs()->jobAt(r)), true;
            return false;
        },
        20000));
    QCOMPARE(done.state, JobState::Failed);
    QVERIFY2(done.result.contains(u"keepLast"_s) && done.result.contains(u"-1"_s),
             qPrintable(done.result));
    QVERIFY2(!done.log.contains(u"Backing up"_s), qPrintable(done.log));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"repo"_s))); // nothing was written
    scheduler.stop();
}

QTEST_MAIN(TestBackupsPane)
#include "tst_backupspane.moc"
