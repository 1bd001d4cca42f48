// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs view and the schedule dialog as a user meets them (offscreen). Set
// VIRTDECK_SCREENSHOT_DIR to also save pictures of them.
#include "core/connectionmanager.h"
#include "jobkindsetup.h"
#include "jobsview.h"
#include "labs/labjobs.h"
#include "labs/labvmtask.h"
#include "mainwindow.h"
#include "scheduledialog.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
void shoot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

QList<Job> targets() {
    Job a, b;
    a.uri = b.uri = u"test:///default"_s;
    a.vm = u"web-1"_s;
    b.vm = u"web-2"_s;
    return {a, b};
}
} // namespace

class TestJobsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerJobKinds(); }
    void oneOffJobsFromDialog();
    void recurringScheduleFromDialog();
    void badCronDisablesOk();
    void dailyBackupsWithRetention();
    void replicationEveryQuarterHour();
    void labShutdownWaitsAndForces();
    void viewShowsJobsLogAndSchedules();
    void jobRowsShowConnectionName();
    void ctrlJRaisesTheJobsPane();
    void activityNamesTheHost();
};

void TestJobsView::oneOffJobsFromDialog() {
    ScheduleDialog dlg;
    dlg.setTargets(targets());
    dlg.setAction(u"suspend"_s);
    dlg.setWhen(ScheduleDialog::After);
    QVERIFY(!dlg.isRecurring());
    const QList<Job> jobs = dlg.jobs();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[0].kind, u"pause"_s);
    QCOMPARE(jobs[1].vm, u"web-2"_s);
    QCOMPARE(jobs[0].afterJob, 1);
    QVERIFY(dlg.problem().isEmpty());
}

void TestJobsView::recurringScheduleFromDialog() {
    ScheduleDialog dlg;
    dlg.setTargets(targets());
    dlg.setAction(u"snapshot-create"_s);
    dlg.setWhen(ScheduleDialog::Weekly);
    dlg.resize(560, dlg.sizeHint().height());
    dlg.show();
    QVERIFY(dlg.isRecurring());
    auto *preview = dlg.findChild<QLabel *>(u"preview"_s);
    QVERIFY(preview->text().contains(u"Next runs"_s));
    const QList<Schedule> s = dlg.schedules();
    QCOMPARE(s.size(), 1); // one host
    QCOMPARE(s[0].vms, (QStringList{u"web-1"_s, u"web-2"_s}));
    QCOMPARE(s[0].recurrence, u"weekly mon,tue,wed,thu,fri 07:30"_s);
    QVERIFY(s[0].catchUp);
    shoot(&dlg, u"schedule-dialog.png"_s);
}

void TestJobsView::dailyBackupsWithRetention() {
    ScheduleDialog dlg;
    dlg.setTargets(targets());
    dlg.setAction(u"backup"_s);
    dlg.setWhen(ScheduleDialog::Daily);
    auto *keep = dlg.findChild<QSpinBox *>(u"keepLast"_s);
    QVERIFY(keep && keep->isEnabled());
    keep->setValue(7);
    const QList<Schedule> s = dlg.schedules();
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].kind, u"backup"_s);
    QCOMPARE(s[0].params.value(u"keepLast"_s).toInt(), 7);
    QVERIFY(!s[0].params.contains(u"full"_s));
    // Not offered for other actions, and restore (which needs a backup) is not an action here.
    dlg.setAction(u"start"_s);
    QVERIFY(!keep->isEnabled());
    QVERIFY(dlg.jobs().at(0).params.isEmpty());
    auto *action = dlg.findChild<QComboBox *>();
    QCOMPARE(action->findData(u"restore"_s), -1);
}

// A replication recurs to a standby the user names; OK waits for it. A failover is never an
// action here: the failover watch queues it for a host that is lost.
void TestJobsView::replicationEveryQuarterHour() {
    ScheduleDialog dlg;
    dlg.setTargets(targets());
    auto *action = dlg.findChild<QComboBox *>();
    QCOMPARE(action->findData(u"failover"_s), -1);
    QVERIFY(action->findData(u"replicate"_s) >= 0);
    dlg.setAction(u"replicate"_s);
    dlg.setWhen(ScheduleDialog::Cron);
    QLineEdit *cron = nullptr;
    for (QLineEdit *e : dlg.findChildren<QLineEdit *>())
        if (e->text() == u"0 9 * * 1-5"_s)
            cron = e;
    QVERIFY(cron);
    cron->setText(u"*/15 * * * *"_s);
    auto *standby = dlg.findChild<QLineEdit *>(u"standby"_s);
    auto *ok = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(standby && standby->isEnabled());
    QVERIFY(!ok->isEnabled());
    QVERIFY(dlg.problem().contains(u"standby"_s));
    standby->setText(u" qemu+ssh://root@standby/system "_s);
    QVERIFY(ok->isEnabled());
    const QList<Schedule> s = dlg.schedules();
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].kind, u"replicate"_s);
    QCOMPARE(s[0].params.value(u"standby"_s).toString(), u"qemu+ssh://root@standby/system"_s);
    shoot(&dlg, u"schedule-replication.png"_s);
    dlg.setAction(u"start"_s);
    QVERIFY(!standby->isEnabled());
    QVERIFY(!dlg.jobs().at(0).params.contains(u"standby"_s));
}

// A lab shutdown waits for the guests to power off (120 s unless changed) and may then force off
// those still running: both offered, both in the job.
void TestJobsView::labShutdownWaitsAndForces() {
    ScheduleDialog dlg;
    dlg.setTargets(targets());
    dlg.setAction(labJobKind(LabOperation::Shutdown));
    auto *wait = dlg.findChild<QSpinBox *>(u"shutdownWait"_s);
    auto *force = dlg.findChild<QCheckBox *>(u"forceOff"_s);
    QVERIFY(wait && force);
    QVERIFY(wait->isEnabled());
    QVERIFY(force->isEnabled());
    QCOMPARE(wait->value(), kLabShutdownWait);
    force->setChecked(true);
    const QVariantMap p = dlg.jobs().at(0).params;
    QCOMPARE(p.value(u"wait"_s).toInt(), kLabShutdownWait);
    QVERIFY(p.value(u"force"_s).toBool());
    dlg.setAction(u"start"_s);
    QVERIFY(!force->isEnabled());
}

void TestJobsView::badCronDisablesOk() {
    ScheduleDialog dlg;
    dlg.setTargets(targets());
    dlg.setWhen(ScheduleDialog::Cron);
    const auto edits = dlg.findChildren<QLineEdit *>();
    QLineEdit *cron = nullptr;
    for (QLineEdit *e : edits)
        if (e->text() == u"0 9 * * 1-5"_s)
            cron = e;
    QVERIFY(cron);
    auto *ok = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    cron->setText(u"0 25 * * *"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dlg.problem().contains(u"hour"_s));
    ScheduleDialog empty;
    QVERIFY(!empty.problem().isEmpty()); // no VMs selected
}

void TestJobsView::viewShowsJobsLogAndSchedules() {
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    JobsView view(&scheduler);
    view.resize(1100, 380);
    view.show();
    QSignalSpy started(&scheduler, &Scheduler::started);
    scheduler.start({});
    QVERIFY(started.wait(5000));
    QTRY_VERIFY(view.findChild<QLabel *>(u"runnerLabel"_s)->text().contains(u"This window"_s));

    Job pause;
    pause.kind = u"pause"_s;
    pause.uri = u"test:///default"_s;
    pause.vm = u"test"_s;
    Job missing = pause;
    missing.vm = u"no-such-vm"_s;
    scheduler.submit({pause, missing});
    Schedule s;
    s.name = u"Nightly snapshot"_s;
    s.kind = u"snapshot-create"_s;
    s.uri = u"test:///default"_s;
    s.vms = {u"test"_s};
    s.recurrence = u"daily 02:00"_s;
    scheduler.addSchedule(s);
    QTRY_COMPARE(view.scheduleList()->topLevelItemCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.jobs()->rowCount() == 2 &&
                                 jobStateIsFinal(scheduler.jobs()->jobAt(0).state) &&
                                 jobStateIsFinal(scheduler.jobs()->jobAt(1).state),
                             15000);
    QCOMPARE(view.scheduleList()->topLevelItem(0)->text(0), u"Nightly snapshot"_s);

    // Select the failed job: its log shows, Retry is offered, Cancel is not.
    QTableView *table = view.jobTable();
    int failedRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, JobTableModel::Vm).data().toString() == u"no-such-vm"_s)
            failedRow = r;
    QVERIFY(failedRow >= 0);
    table->selectRow(failedRow);
    auto *log = view.findChild<QPlainTextEdit *>(u"jobLog"_s);
    QVERIFY(log->toPlainText().contains(u"There is no VM no-such-vm"_s));
    QPushButton *retry = nullptr, *cancel = nullptr;
    for (auto *b : view.findChildren<QPushButton *>()) {
        if (b->text() == u"Re&try"_s)
            retry = b;
        if (b->text() == u"&Cancel Job"_s)
            cancel = b;
    }
    QVERIFY(retry && cancel);
    QVERIFY(retry->isEnabled());
    QVERIFY(!cancel->isEnabled());
    shoot(&view, u"jobs-view.png"_s);
    retry->click();
    QTRY_COMPARE(scheduler.jobs()->rowCount(), 3);
    QTRY_VERIFY(scheduler.jobs()->jobAt(2).log.contains(u"Retry of job"_s));

    view.tabs()->setCurrentIndex(1);
    shoot(&view, u"jobs-schedules.png"_s);
    scheduler.stop();
}

// The Host column names the connection as the user named it; the URI is the tooltip.
void TestJobsView::jobRowsShowConnectionName() {
    QTemporaryDir dir;
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(u"test:///default"_s);
    c.name = u"Lab bench"_s;
    const QString id = workspace.connections()->addConnection(c, false);
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    JobsView view(&scheduler);
    view.setConnections(workspace.connections());
    Job job;
    job.id = 7;
    job.kind = u"pause"_s;
    job.uri = u"test:///default"_s;
    job.vm = u"test"_s;
    Job other = job;
    other.id = 8;
    other.uri = u"qemu+ssh://root@gone/system"_s;
    scheduler.jobs()->setJobs({job, other});
    QAbstractItemModelTester tester(scheduler.jobs());
    const auto *m = scheduler.jobs();
    const QModelIndex host = m->index(m->rowOf(7), JobTableModel::Host);
    QCOMPARE(host.data().toString(), u"Lab bench"_s);
    QCOMPARE(host.data(Qt::ToolTipRole).toString(), u"test:///default"_s);
    // A host no longer configured shows its URI.
    QCOMPARE(m->index(m->rowOf(8), JobTableModel::Host).data().toString(),
             u"qemu+ssh://root@gone/system"_s);
    // Renaming the connection renames the rows.
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    c = workspace.connections()->config(id);
    c.name = u"Bench 2"_s;
    workspace.connections()->updateConnection(c);
    QTRY_COMPARE(host.data().toString(), u"Bench 2"_s);
    QVERIFY(!changed.isEmpty());
}

// Ctrl+J on a background tab brings the Jobs pane to the front (it used to hide it); only a
// pane already in front with the focus is hidden, and the next Ctrl+J shows it again.
void TestJobsView::ctrlJRaisesTheJobsPane() {
    QApplication::setApplicationName(u"virtdeck-test"_s);
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    MainWindow w(&workspace);
    w.setScheduler(&scheduler);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QDockWidget *jobs = w.jobsDock();
    auto *log = w.findChild<QDockWidget *>(u"activityDock"_s);
    QVERIFY(log);
    // As a first start lays them out (a saved layout of another test may differ): tabbed.
    jobs->setFloating(false);
    jobs->show();
    w.tabifyDockWidget(log, jobs);
    QVERIFY(w.tabifiedDockWidgets(jobs).contains(log));
    log->raise();
    // A background tab stays "visible" (Qt moves it off the window): in front means on screen.
    auto inFront = [jobs] {
        return jobs->isVisible() && !jobs->visibleRegion().isEmpty();
    };
    QTRY_VERIFY(!inFront()); // behind the Activity tab
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(inFront());
    QVERIFY(jobs->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(!jobs->isVisible());
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(inFront());
}

// A finished job's line in the Activity log names its host as the connection lines do (the
// connection's name), not by its URI; a host no connection is configured for by its URI.
void TestJobsView::activityNamesTheHost() {
    QApplication::setApplicationName(u"virtdeck-test"_s);
    QTemporaryDir dir;
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(u"test:///default"_s);
    c.name = u"Lab bench"_s;
    workspace.connections()->addConnection(c, false);
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    MainWindow w(&workspace);
    w.setScheduler(&scheduler);
    QTreeWidget *log = w.activityLog();
    Job job;
    job.id = 3;
    job.kind = u"pause"_s;
    job.uri = u"test:///default"_s;
    job.vm = u"test"_s;
    job.state = JobState::Done;
    Q_EMIT scheduler.jobFinished(job);
    QTreeWidgetItem *last = log->topLevelItem(log->topLevelItemCount() - 1);
    QVERIFY(last && last->text(2).startsWith(u"Job 3"_s));
    QCOMPARE(last->text(1), u"Lab bench"_s);
    job.id = 4;
    job.uri = u"qemu+ssh://root@gone/system"_s;
    Q_EMIT scheduler.jobFinished(job);
    last = log->topLevelItem(log->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), u"qemu+ssh://root@gone/system"_s);
}

QTEST_MAIN(TestJobsView)
#include "tst_jobsview.moc"
