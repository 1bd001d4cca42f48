// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the parts the scheduler brings — the Jobs, Backups and Labs docks, scheduling,
// moving VMs between hosts, backing up, and the jobs' outcomes in the log and the status bar.
#include "mainwindow.h"

#include "backupspane.h"
#include "core/connectionmanager.h"
#include "core/preferences.h"
#include "core/redacteduri.h"
#include "core/taskpool.h"
#include "desktopnotifier.h"
#include "domains/domaintablemodel.h"
#include "jobsview.h"
#include "labspane.h"
#include "migratedialog.h"
#include "migration/evacuationplan.h"
#include "moveplandialog.h"
#include "scheduledialog.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace virtdeck {

using namespace Qt::StringLiterals;

void MainWindow::setScheduler(Scheduler *scheduler) {
    if (m_scheduler || !scheduler)
        return;
    m_scheduler = scheduler;
    createJobsDock();
    createScheduleActions();
    createMoveActions();
    createBackupsDock();
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_evacuateAction);
    m_connectionMenu->addAction(m_maintenanceAction);
    m_connectionMenu->addAction(m_rebalanceAction);
    updateActions();
    m_toolBar->insertAction(m_refresh, m_scheduleAction);
    m_toolBar->insertSeparator(m_refresh);
    // Not the dock's own toggle: that hides a pane the user cannot see (a background tab).
    m_viewMenu->addAction(m_jobsDock->toggleViewAction());
    m_jobsPaneAction = m_viewMenu->addAction(tr("Go to &Jobs"), this, &MainWindow::toggleJobsPane);
    m_jobsPaneAction->setObjectName(u"jobsPaneAction"_s);
    m_jobsPaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    createLabsDock();
    connect(m_domainView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_domainView->selectionModel()->hasSelection() &&
                         !selectionTouchesReadOnlyHost() && !m_scheduler->isReadOnly();
        m_scheduleAction->setEnabled(any);
        m_scheduleMenu->setEnabled(any);
    });
    m_scheduleAction->setEnabled(false);
    m_scheduleMenu->setEnabled(false);
    followPreferencesLimits();
    connect(scheduler, &Scheduler::jobFinished, this, &MainWindow::onJobFinished);
    createJobsStatus();
    connect(scheduler, &Scheduler::errorOccurred, this, [this](const QString &msg) {
        logLine(false, tr("Scheduler"), msg);
        statusBar()->showMessage(msg, 10000);
    });
}

void MainWindow::createJobsDock() {
    m_jobsView = new JobsView(m_scheduler, this);
    m_jobsView->setConnections(m_workspace->connections());
    m_jobsDock =
        addDock(m_jobsView, tr("Jobs"), u"jobsDock"_s, Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->raise();
}

// "Schedule…", and "Schedule" beside every action that can be scheduled, preselected.
void MainWindow::createScheduleActions() {
    m_scheduleAction = newAction(tr("&Schedule…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                 tr("Run an action on the selected VMs later, after another job, "
                                    "or on a recurring schedule (Ctrl+Shift+S)"));
    connect(m_scheduleAction, &QAction::triggered, this, [this] { scheduleSelection(); });
    m_scheduleMenu = new QMenu(tr("Sc&hedule"), this);
    for (const JobKind &k : JobKinds::all()) {
        if (!k.needsVm)
            continue;
        m_scheduleMenu->addAction(k.text + u"…"_s, this,
                                  [this, name = k.name] { scheduleSelection(name); });
    }
    m_vmMenu->addSeparator();
    m_vmMenu->addAction(m_scheduleAction);
    m_vmMenu->addMenu(m_scheduleMenu);
}

// Moving VMs between hosts: one VM or a selection, a whole host, or all hosts evened out.
void MainWindow::createMoveActions() {
    m_migrateAction = newAction(tr("&Migrate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                tr("Move the selected VMs to another host (Ctrl+Shift+M)"));
    connect(m_migrateAction, &QAction::triggered, this, &MainWindow::migrateSelection);
    m_vmMenu->addAction(m_migrateAction);
    m_evacuateAction = newAction(
        tr("&Evacuate Host…"), {},
        tr("Move every VM of the selected host to the others, placed by the scheduler's rules"));
    connect(m_evacuateAction, &QAction::triggered, this, &MainWindow::evacuateHost);
    m_maintenanceAction = newAction(
        tr("&Maintenance Mode"), {},
        tr("The selected host takes no VMs until maintenance ends; entering it offers to move "
           "its VMs away"));
    m_maintenanceAction->setCheckable(true);
    connect(m_maintenanceAction, &QAction::toggled, this, &MainWindow::setHostMaintenance);
    m_rebalanceAction = newAction(
        tr("Re&balance Hosts…"), {},
        tr("Move running VMs from the fullest to the emptiest hosts until their memory loads "
           "are within ten points"));
    connect(m_rebalanceAction, &QAction::triggered, this, &MainWindow::rebalanceHosts);
}

// Backups: "Back Up Now" queues a backup job per selected VM into the Preferences' repository;
// the Backups pane lists, restores and verifies.
void MainWindow::createBackupsDock() {
    m_backupAction = newAction(
        tr("&Back Up Now"), QKeySequence(Qt::CTRL | Qt::Key_B),
        tr("Back up the selected VMs into the backup repository (incremental after the first; "
           "Ctrl+B)"));
    connect(m_backupAction, &QAction::triggered, this, [this] {
        QList<Job> jobs = selectedTargets();
        for (Job &j : jobs)
            j.kind = u"backup"_s;
        m_scheduler->submit(jobs);
        showJobs(0);
    });
    m_vmMenu->addAction(m_backupAction);
    m_backupsPane = new BackupsPane(m_workspace, m_scheduler, this);
    m_backupsDock = addDock(m_backupsPane, tr("Backups"), u"backupsDock"_s,
                            Qt::BottomDockWidgetArea, m_jobsDock);
    addDockToggle(m_backupsDock, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
}

// Labs: a class's VMs as one object; its operations run as scheduler jobs.
void MainWindow::createLabsDock() {
    auto *labsPane = new LabsPane(m_workspace, m_scheduler, this);
    auto *labsDock =
        addDock(labsPane, tr("Labs"), u"labsDock"_s, Qt::BottomDockWidgetArea, m_jobsDock);
    m_logDock->raise();
    auto *labMenu = new QMenu(tr("&Lab"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), labMenu); // before Help
    auto *labsToggle = labsDock->toggleViewAction();
    labsToggle->setText(tr("&Labs Pane"));
    labsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    labMenu->addAction(labsToggle);
    labMenu->addAction(tr("&New Lab…"), this, [labsDock, labsPane] {
        labsDock->show();
        labsDock->raise();
        labsPane->newLab();
    });
}

// The limits and overcommit ratios in Preferences are the scheduler's own keys: apply them at once.
void MainWindow::followPreferencesLimits() {
    connect(m_workspace->preferences(), &Preferences::changed, this, [this] {
        SchedulerSettings s = m_scheduler->settings();
        const auto &v = m_workspace->preferences()->values();
        if (s.limits.global == v.schedulerMaxJobs &&
            s.limits.perHost == v.schedulerMaxJobsPerHost &&
            s.placement.memoryOvercommit == v.memoryOvercommit &&
            s.placement.cpuOvercommit == v.cpuOvercommit)
            return;
        s.limits.global = v.schedulerMaxJobs;
        s.limits.perHost = v.schedulerMaxJobsPerHost;
        s.placement.memoryOvercommit = v.memoryOvercommit;
        s.placement.cpuOvercommit = v.cpuOvercommit;
        m_scheduler->setSettings(s);
    });
}

void MainWindow::onJobFinished(const Job &j) {
    const JobKind k = JobKinds::kind(j.kind);
    const QString line = tr("Job %1, %2 %3: %4")
                             .arg(j.id)
                             .arg(k.text.isEmpty() ? j.kind : k.text, j.vm, jobStateText(j.state));
    // The Host column names a host as every other line does: its connection's display name (the
    // URI, redacted, only for a host no connection is configured for).
    QString host = redactedUri(j.uri);
    for (const auto &c : m_workspace->connections()->configs())
        if (c.uri() == j.uri)
            host = c.displayName();
    logLine(j.state == JobState::Done, host, line, j.result);
    // These make or delete volumes (a backup its scratch images): the Images page shows it.
    static const QStringList touchVolumes{u"backup"_s, u"restore"_s, u"clone"_s, u"migrate"_s};
    if (k.createsVm || touchVolumes.contains(j.kind) || j.kind.startsWith(u"lab-"_s))
        m_workspace->storage()->volumesChangedAt(j.uri);
    // Long jobs and failures tell the desktop: the user has likely looked away.
    const bool longJob = j.startedAt > 0 && j.finishedAt - j.startedAt >= 30000;
    if (m_notifier && (longJob || j.state == JobState::Failed))
        m_notifier->notify(line, j.result);
}

// Status bar: how many jobs run and wait, recounted at most four times a second.
void MainWindow::createJobsStatus() {
    m_statusJobs = addStatusLabel();
    auto *recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(250);
    connect(recount, &QTimer::timeout, this, [this] {
        const JobTableModel *jobs = m_scheduler->jobs();
        int running = 0, waiting = 0;
        for (int r = 0; r < jobs->rowCount(); ++r) {
            const JobState st = jobs->jobAt(r).state;
            running += st == JobState::Running;
            waiting += st == JobState::Queued || st == JobState::Waiting;
        }
        m_statusJobs->setText(tr("Jobs: %1 running, %2 waiting").arg(running).arg(waiting));
        m_statusJobs->setVisible(running + waiting > 0);
    });
    auto *jobs = m_scheduler->jobs();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(jobs, signal, recount, qOverload<>(&QTimer::start));
    connect(jobs, &QAbstractItemModel::dataChanged, recount, qOverload<>(&QTimer::start));
    connect(jobs, &QAbstractItemModel::modelReset, recount, qOverload<>(&QTimer::start));
    recount->start();
}

QList<Job> MainWindow::selectedTargets() const {
    const auto *cm = m_workspace->connections();
    QList<Job> targets;
    const auto rows = m_domainView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        Job t;
        t.uri = cm->config(i.data(DomainTableModel::ConnectionIdRole).toString()).uri();
        t.vmUuid = i.data(DomainTableModel::UuidRole).toString();
        t.vm = i.siblingAtColumn(DomainTableModel::Name).data().toString();
        targets.append(t);
    }
    return targets;
}

void MainWindow::toggleJobsPane() {
    // A background tab counts as visible (Qt moves it off the window); in front means on screen.
    const bool inFront = m_jobsDock->isVisible() && !m_jobsDock->visibleRegion().isEmpty();
    QWidget *focus = QApplication::focusWidget();
    if (inFront && focus && m_jobsDock->isAncestorOf(focus)) {
        m_jobsDock->hide();
        return;
    }
    m_jobsDock->show();
    m_jobsDock->raise();
    if (QWidget *page = m_jobsView->tabs()->currentWidget())
        page->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showJobs(int tab) {
    m_jobsView->tabs()->setCurrentIndex(tab);
    m_jobsDock->show();
    m_jobsDock->raise();
}

void MainWindow::scheduleSelection(const QString &kind) {
    if (!m_scheduler)
        return;
    ScheduleDialog dlg(this);
    dlg.setTargets(selectedTargets());
    if (!kind.isEmpty())
        dlg.setAction(kind);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (dlg.isRecurring()) {
        for (const Schedule &s : dlg.schedules())
            m_scheduler->addSchedule(s);
        showJobs(1);
    } else {
        m_scheduler->submit(dlg.jobs());
        showJobs(0);
    }
}

void MainWindow::migrateSelection() {
    if (!m_scheduler)
        return;
    MigrateDialog dlg(selectedTargets(), snapshotOf(m_workspace), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_scheduler->submit(dlg.jobs());
    showJobs(0);
}

void MainWindow::evacuateHost() {
    const QString id = selectedConnectionId();
    if (!m_scheduler || id.isEmpty())
        return;
    const ClusterSnapshot cluster = snapshotOf(m_workspace);
    const int source = cluster.connectionIds.indexOf(id);
    const QString name = m_workspace->connections()->config(id).displayName();
    const PlacementOptions placement = m_scheduler->settings().placement;
    // The solver's plan first, the greedy rules' beside it.
    solveThenOffer(tr("Evacuate %1").arg(name), tr("evacuate %1").arg(name), cluster,
                   [source, placement](const ClusterSnapshot &c) {
                       return std::pair{planEvacuation(c.hosts, c.vms, source, placement),
                                        planEvacuationGreedy(c.hosts, c.vms, source, placement)};
                   });
}

void MainWindow::setHostMaintenance(bool on) {
    const QString id = selectedConnectionId();
    auto *cm = m_workspace->connections();
    if (id.isEmpty() || cm->config(id).maintenance == on)
        return;
    ConnectionConfig c = cm->config(id);
    c.maintenance = on;
    cm->updateConnection(c);
    m_workspace->saveConnections();
    statusBar()->showMessage(
        on ? tr("%1 is in maintenance: placement gives it no VMs.").arg(c.displayName())
           : tr("%1 is out of maintenance.").arg(c.displayName()),
        8000);
    const auto *domains = m_workspace->domains();
    bool hasVms = false;
    for (int r = 0; r < domains->rowCount() && !hasVms; ++r)
        hasVms = domains->domainAt(r).connectionId == id;
    if (on && hasVms && cm->state(id) == ConnectionState::Connected)
        evacuateHost(); // its VMs leave by a plan the user confirms
}

void MainWindow::rebalanceHosts() {
    if (!m_scheduler)
        return;
    const ClusterSnapshot cluster = snapshotOf(m_workspace);
    // Ten percentage points of memory load between the fullest and the emptiest host are fine.
    const PlacementOptions placement = m_scheduler->settings().placement;
    solveThenOffer(tr("Rebalance hosts"), tr("rebalance"), cluster,
                   [placement](const ClusterSnapshot &c) {
                       return std::pair{planRebalance(c.hosts, c.vms, placement, 0.1),
                                        planRebalanceGreedy(c.hosts, c.vms, placement, 0.1)};
                   });
}

// The solver may take up to its time limit (more on a loaded machine): it runs on the
// workspace's pool and the plans come back to the window, which may be gone by then.
void MainWindow::solveThenOffer(
    const QString &title, const QString &group, const ClusterSnapshot &cluster,
    std::function<std::pair<MovePlan, MovePlan>(const ClusterSnapshot &)> solve) {
    statusBar()->showMessage(tr("Planning: %1…").arg(title));
    QPointer<MainWindow> self(this);
    m_workspace->tasks()->start([self, title, group, cluster, solve](const CancelToken &cancel) {
        const auto plans = solve(cluster);
        if (cancel.isCancelled())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, title, group, cluster, plans] {
                if (!self)
                    return;
                self->statusBar()->clearMessage();
                self->offerMovePlan(title, group, plans.first, plans.second, cluster);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::offerMovePlan(const QString &title, const QString &group, const MovePlan &first,
                               const MovePlan &second, const ClusterSnapshot &cluster) {
    if (first.moves.isEmpty() && second.moves.isEmpty()) {
        QMessageBox box(QMessageBox::Information, title,
                        first.refusals.isEmpty() ? tr("Nothing needs to move.")
                                                 : tr("No VM can be moved."),
                        QMessageBox::Ok, this);
        box.setInformativeText(describePlan(first, cluster.hosts));
        box.exec();
        return;
    }
    MovePlanDialog dlg(title, {first, second}, {tr("Solver"), tr("Greedy")}, cluster.hosts,
                       m_scheduler->settings().placement, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_scheduler->submit(migrationJobs(dlg.chosenPlan(), cluster.uris, group));
    showJobs(0);
}

} // namespace virtdeck
