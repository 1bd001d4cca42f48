// SPDX-License-Identifier: GPL-3.0-or-later
// The console window: hosts beside every VM of every host, actions on the selection, activity log.
// GUI thread; its parts are built in mainwindow*.cpp, one file per concern.
#pragma once

#include "core/domainaction.h"
#include "core/hostinfo.h"
#include "core/secretstore.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <functional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTableView;
class QTreeWidget;

namespace virtdeck {

class BackupsPane;
class Workspace;
class DesktopNotifier;
class DomainFilterProxy;
class ImagesPane;
class StatsChartsPage;
class ConsolePane;
class DomainOverviewWidget;
class JobsView;
class Scheduler;
struct AlertEvent;
struct ClusterSnapshot;
struct CredentialRequest;
struct DomainRef;
struct Job;
struct MovePlan;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *domainView() const { return m_domainView; }
    QTableView *hostView() const { return m_hostView; }
    QTreeWidget *activityLog() const { return m_log; }
    // The Images page, made when first shown (or asked for).
    ImagesPane *imagesPane();
    QTabWidget *pages() const { return m_pages; }
    // Shows a page by name: "vms" or "images". False for an unknown name.
    bool showPage(const QString &name);
    // Selects the VM rows of these names (all hosts), as a user's click would.
    void selectDomainsByName(const QStringList &names);
    StatsChartsPage *chartsPage() const { return m_charts; }
    QTableView *alertView() const { return m_alertView; }
    // The current VM's overview (in the "VM Details" dock); a tab widget may take it over.
    DomainOverviewWidget *overviewWidget() const { return m_overview; }
    // The Console tab beside the details, and Open Console (a window per VM;
    // mainwindowconsole.cpp).
    ConsolePane *consolePane() const { return m_consolePane; }
    QAction *openConsoleAction() const { return m_openConsole; }
    void openConsoleWindow();
    // The action object for a lifecycle action (for tests and shortcuts).
    QAction *action(DomainAction a) const { return m_actions.value(int(a)); }
    // Adds the Jobs view and the "Schedule…" actions; the window also works without a scheduler.
    void setScheduler(Scheduler *scheduler);
    JobsView *jobsView() const { return m_jobsView; }
    QDockWidget *jobsDock() const { return m_jobsDock; }
    // Ctrl+J: brings the Jobs pane to the front with the focus when it is hidden or a background
    // tab; hides it only when it already is the visible pane holding the focus.
    void toggleJobsPane();
    QAction *jobsPaneAction() const { return m_jobsPaneAction; }
    QAction *scheduleAction() const { return m_scheduleAction; }
    // Opens the schedule dialog for the selected VMs, with `kind` preselected.
    void scheduleSelection(const QString &kind = {});
    QAction *migrateAction() const { return m_migrateAction; }
    QAction *evacuateAction() const { return m_evacuateAction; }
    QAction *maintenanceAction() const { return m_maintenanceAction; }
    QAction *rebalanceAction() const { return m_rebalanceAction; }
    QAction *backupAction() const { return m_backupAction; }
    BackupsPane *backupsPane() const { return m_backupsPane; }
    // Opens the migrate dialog for the selected VMs; the moves run as scheduler jobs.
    void migrateSelection();
    // Plans moving every VM off the selected host (or evening out all hosts' memory load), shows
    // the plan, and queues one migrate job per move once the user agrees.
    void evacuateHost();
    void rebalanceHosts();
    // Puts the selected host into maintenance (placement gives it no VM; saved with the
    // connection) and offers to evacuate its VMs, or ends it.
    void setHostMaintenance(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Building the window, in order (mainwindow.cpp).
    void createHostView();
    QWidget *createVmPane();
    void createPages(QWidget *vmPane);
    void createActivityDock();
    void createDetailsDock();
    QWidget *createConsoleTabs(QWidget *details);
    void createStatusBar();
    void createWaitingStatus();
    void updateWaitingStatus();
    void hideHostDetailColumns();
    void connectFilters();
    void connectViews();
    void connectModels();
    void connectConnectionManager();
    // A dock in `area` showing `widget`, named for the saved layout; a tab beside `besides`.
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name,
                         Qt::DockWidgetArea area, QDockWidget *besides = nullptr);
    QLabel *addStatusLabel();
    static QIcon themedIcon(const QString &name);

    // Actions, menus and the tool bar (mainwindowactions.cpp).
    // A window action; set only what is given. The caller connects it.
    QAction *newAction(const QString &text, const QKeySequence &key = {}, const QString &tip = {},
                       const QIcon &icon = {});
    void createActions();
    void createDomainActions();
    void createConnectionActions();
    void createMenus();
    void createFileMenu();
    void createConnectionMenu();
    void createVmMenu();
    void createViewMenu();
    void createHelpMenu();
    void createToolBar();
    // Adds a dock's show/hide action, with its shortcut, to the View menu.
    void addDockToggle(QDockWidget *dock, const QKeySequence &key);
    void newVm();

    // Layout, selection, status and the activity log (mainwindow.cpp).
    void restoreLayout();
    void fitColumnsOnFirstRows();
    void saveLayout() const;
    QList<DomainRef> selectedDomains() const;
    QString selectedConnectionId() const;
    void updateActions();
    void updateDomainActions();
    void updateConnectionActions();
    // True when a selected VM lives on a host connected read-only (no write may be offered).
    bool selectionTouchesReadOnlyHost() const;
    void updateStatus();
    void refreshHostFilter();
    void onConnectionState(const QString &id, ConnectionState state, const QString &message);
    void onActionFinished(const ActionResult &r);
    void logLine(bool ok, const QString &host, const QString &text, const QString &detail = {});

    // What the actions and menus do (mainwindowactions.cpp).
    void runOnSelection(DomainAction a);
    void deleteSelection();
    void showAbout();
    void showDomainMenu(const QPoint &pos);
    void showHeaderMenu(QTableView *view, const QPoint &pos);

    // Hosts and their log-ins (mainwindowconnections.cpp).
    void addConnection();
    void editConnection();
    void removeConnection();
    void askCredentials(const CredentialRequest &request);
    void showCredentialDialog(const CredentialRequest &request);
    void loginAccepted(const QString &connectionId);
    void offerDefaultPool(const QString &connectionId);

    // Live statistics: sparkline delegates, the charts and alerts docks (mainwindowstats.cpp).
    void setUpStats();
    void setUpSparklines();
    void createChartsDock();
    void createAlertsDock();
    void onAlertRaised(const AlertEvent &e);
    void updateCharts();
    void editAlertRules();

    // The scheduler's parts of the window (mainwindowscheduler.cpp).
    void createJobsDock();
    void createScheduleActions();
    void createMoveActions();
    void createBackupsDock();
    void createLabsDock();
    void followPreferencesLimits();
    void createJobsStatus();
    void onJobFinished(const Job &j);
    // One job per selected VM with its host URI, name and UUID filled in.
    QList<Job> selectedTargets() const;
    // `first` (the solver's) and `second` (the greedy one) side by side; the one picked runs.
    void
    solveThenOffer(const QString &title, const QString &group, const ClusterSnapshot &cluster,
                   std::function<std::pair<MovePlan, MovePlan>(const ClusterSnapshot &)> solve);
    void offerMovePlan(const QString &title, const QString &group, const MovePlan &first,
                       const MovePlan &second, const ClusterSnapshot &cluster);
    void showJobs(int tab);

    Workspace *m_workspace;
    DomainFilterProxy *m_proxy;
    QTableView *m_domainView;
    QTableView *m_hostView;
    QSplitter *m_splitter;
    QTabWidget *m_pages;
    QWidget *m_imagesPage;
    ImagesPane *m_images = nullptr;
    QLineEdit *m_filterText;
    QComboBox *m_filterState;
    QComboBox *m_filterHost;
    QTreeWidget *m_log;
    QDockWidget *m_logDock = nullptr;
    DomainOverviewWidget *m_overview = nullptr;
    ConsolePane *m_consolePane = nullptr;
    QAction *m_openConsole = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QLabel *m_statusHosts;
    QLabel *m_statusVms;
    QLabel *m_statusJobs = nullptr;
    QLabel *m_statusWaiting = nullptr; // libvirt calls waiting for long, e.g. on a stuck VM
    SecretStore *m_secrets = nullptr;
    // A log-in in progress per connection, until it connects: what the keyring answered (once
    // per prompt kind; a second question means the host refused it) and what the user typed.
    struct LoginAttempt {
        StoredLogin login;
        QSet<int> answeredFromKeyring; // prompt kinds
        bool askedUser = false;
        bool remember = false;
    };
    QHash<QString, LoginAttempt> m_logins;
    QHash<int, QAction *> m_actions;
    QAction *m_addConnection = nullptr;
    QAction *m_editConnection = nullptr;
    QAction *m_removeConnection = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_filterAction = nullptr;
    StatsChartsPage *m_charts = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QTableView *m_alertView = nullptr;
    QDockWidget *m_alertsDock = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QAction *m_alertRules = nullptr;
    QMenu *m_vmMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    Scheduler *m_scheduler = nullptr;
    JobsView *m_jobsView = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    QAction *m_jobsPaneAction = nullptr;
    QMenu *m_scheduleMenu = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_migrateAction = nullptr;
    QAction *m_evacuateAction = nullptr;
    QAction *m_maintenanceAction = nullptr;
    QAction *m_rebalanceAction = nullptr;
    QAction *m_backupAction = nullptr;
    QDockWidget *m_backupsDock = nullptr;
    BackupsPane *m_backupsPane = nullptr;
};

} // namespace virtdeck
