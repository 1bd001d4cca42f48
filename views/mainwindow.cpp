#include "mainwindow.h"

#include "alertrulesdialog.h"
#include "backupspane.h"
#include "connectiondialog.h"
#include "core/connectionmanager.h"
#include "core/libvirt/libraryinfo.h"
#include "core/preferences.h"
#include "core/redacteduri.h"
#include "core/secretstore.h"
#include "credentialdialog.h"
#include "desktopnotifier.h"
#include "domainoverviewwidget.h"
#include "domains/domainfilterproxy.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "imagespane.h"
#include "jobsview.h"
#include "labspane.h"
#include "migratedialog.h"
#include "migration/evacuationplan.h"
#include "newvmwizard.h"
#include "preferencesdialog.h"
#include "scheduledialog.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "sparklinedelegate.h"
#include "stateicondelegate.h"
#include "stats/alertengine.h"
#include "stats/alertlogmodel.h"
#include "stats/statsstore.h"
#include "statschartspage.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QIcon themedIcon(const QString &name) {
    return QIcon(u":/virtdeck/icons/"_s + name + u".svg"_s);
}

QTableView *makeTable(QWidget *parent) {
    auto *v = new QTableView(parent);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->setSortingEnabled(true);
    v->setAlternatingRowColors(true);
    v->setShowGrid(false);
    v->setWordWrap(false);
    v->setTextElideMode(Qt::ElideRight);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setHighlightSections(false);
    v->horizontalHeader()->setSectionsMovable(true);
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    return v;
}

// Which states a filter entry shows.
struct StateFilter {
    const char *text;
    QList<DomainState> states;
};
const StateFilter kStateFilters[] = {
    {QT_TRANSLATE_NOOP("MainWindow", "All states"), {}},
    {QT_TRANSLATE_NOOP("MainWindow", "Running"), {DomainState::Running, DomainState::Blocked}},
    {QT_TRANSLATE_NOOP("MainWindow", "Paused"), {DomainState::Paused, DomainState::PMSuspended}},
    {QT_TRANSLATE_NOOP("MainWindow", "Shut off"), {DomainState::Shutoff}},
    {QT_TRANSLATE_NOOP("MainWindow", "Crashed"), {DomainState::Crashed}},
    {QT_TRANSLATE_NOOP("MainWindow", "Not running"),
     {DomainState::Shutoff, DomainState::Crashed, DomainState::Shutdown}},
};
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace) {
    setWindowTitle(tr("Virtdeck"));
    setWindowIcon(themedIcon(u"virtdeck"_s));
    setObjectName(u"MainWindow"_s);

    // Hosts, left.
    m_hostView = makeTable(this);
    m_hostView->setObjectName(u"hostView"_s);
    auto *hostProxy = new QSortFilterProxyModel(this);
    hostProxy->setSourceModel(workspace->hosts());
    hostProxy->setSortRole(HostTableModel::SortRole);
    m_hostView->setModel(hostProxy);
    m_hostView->setItemDelegateForColumn(HostTableModel::State,
                                         new StateIconDelegate(StateIconDelegate::Kind::Connection,
                                                               HostTableModel::StateRole, this));
    m_hostView->setSelectionMode(QAbstractItemView::SingleSelection);

    // VMs, right: a filter bar over the table.
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(u"vmFilter"_s);
    m_filterText->setPlaceholderText(tr("Filter by name, title, UUID or host (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    m_filterState = new QComboBox(this);
    for (const auto &f : kStateFilters)
        m_filterState->addItem(QCoreApplication::translate("MainWindow", f.text));
    m_filterHost = new QComboBox(this);
    m_filterHost->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterHost->addItem(tr("All hosts"), QString());

    m_proxy = new DomainFilterProxy(this);
    m_proxy->setSourceModel(workspace->domains());
    m_domainView = makeTable(this);
    m_domainView->setObjectName(u"domainView"_s);
    m_domainView->setModel(m_proxy);
    m_domainView->setItemDelegateForColumn(
        DomainTableModel::State,
        new StateIconDelegate(StateIconDelegate::Kind::Domain, DomainTableModel::StateRole, this));
    m_domainView->sortByColumn(DomainTableModel::Name, Qt::AscendingOrder);
    m_domainView->setColumnHidden(DomainTableModel::Uuid, true);
    m_domainView->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *vmPane = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_filterState);
    filterRow->addWidget(m_filterHost);
    auto *vmLayout = new QVBoxLayout(vmPane);
    vmLayout->setContentsMargins(0, 0, 0, 0);
    vmLayout->addLayout(filterRow);
    vmLayout->addWidget(m_domainView);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_hostView);
    // The VMs and the images (storage volumes) of every host, one page each.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(vmPane, themedIcon(u"vm"_s), tr("Virtual Machines"));
    m_imagesPage = new QWidget(this);
    (new QVBoxLayout(m_imagesPage))->setContentsMargins(0, 0, 0, 0);
    m_pages->addTab(m_imagesPage, themedIcon(u"image"_s), tr("Images"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_pages->widget(i) == m_imagesPage)
            imagesPane();
    });
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    // Activity log, bottom dock: one line per action outcome, errors with libvirt's words.
    m_log = new QTreeWidget(this);
    m_log->setObjectName(u"activityLog"_s);
    m_log->setRootIsDecorated(false);
    m_log->setHeaderLabels({tr("Time"), tr("Host"), tr("Event")});
    m_log->setColumnWidth(0, 90);
    m_log->setColumnWidth(1, 140);
    m_logDock = new QDockWidget(tr("Activity"), this);
    m_logDock->setObjectName(u"activityDock"_s);
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    // The current VM's details, right: follows the table's current row.
    m_overview = new DomainOverviewWidget(workspace->connections(), this);
    m_detailsDock = new QDockWidget(tr("VM Details"), this);
    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_overview);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_statusHosts = new QLabel(this);
    m_statusVms = new QLabel(this);
    m_secrets = new SecretStore(this);
    m_statusHosts->setContentsMargins(8, 0, 8, 0);
    m_statusVms->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_statusHosts);
    statusBar()->addPermanentWidget(m_statusVms);

    createActions();
    setUpStats();
    createMenus();

    // Hidden by default: the host table's details beyond what fits beside the VMs.
    for (int c : {HostTableModel::Uri, HostTableModel::Hostname, HostTableModel::Hypervisor,
                  HostTableModel::Libvirt, HostTableModel::CpuModel})
        m_hostView->setColumnHidden(c, true);

    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &DomainFilterProxy::setText);
    connect(m_filterState, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto &states = kStateFilters[qBound(0, i, int(std::size(kStateFilters)) - 1)].states;
        m_proxy->setStates(QSet<DomainState>(states.begin(), states.end()));
    });
    connect(m_filterHost, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setConnectionId(m_filterHost->currentData().toString()); });
    connect(m_domainView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_hostView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_workspace->connections(), &ConnectionManager::connectionUpdated, this,
            &MainWindow::updateActions); // e.g. made read-only
    connect(m_domainView, &QTableView::customContextMenuRequested, this,
            &MainWindow::showDomainMenu);
    connect(m_domainView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_overview->setDomain(current.data(DomainTableModel::ConnectionIdRole).toString(),
                                      current.data(DomainTableModel::UuidRole).toString());
            });
    connect(m_overview, &DomainOverviewWidget::activity, this,
            [this](bool ok, const QString &cid, const QString &text, const QString &detail) {
                logLine(ok, m_workspace->connections()->config(cid).displayName(), text, detail);
            });
    connect(m_domainView, &QTableView::doubleClicked, this, [this] {
        // Double-click starts a stopped VM, the quickest thing a user wants from a row.
        if (action(DomainAction::Start)->isEnabled())
            runOnSelection(DomainAction::Start);
    });
    connect(m_hostView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const int idx = m_filterHost->findData(i.data(HostTableModel::ConnectionIdRole));
        if (idx >= 0)
            m_filterHost->setCurrentIndex(idx);
    });
    for (QTableView *v : {m_domainView, m_hostView})
        connect(v->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
                [this, v](const QPoint &p) { showHeaderMenu(v, p); });

    auto *domains = workspace->domains();
    auto *hosts = workspace->hosts();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(domains, signal, this, &MainWindow::updateStatus);
        connect(hosts, signal, this, &MainWindow::updateStatus);
        connect(hosts, signal, this, &MainWindow::refreshHostFilter);
    }
    connect(domains, &QAbstractItemModel::dataChanged, this, [this] {
        updateStatus();
        updateActions(); // a selected VM's state may have changed
    });
    connect(hosts, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(hosts, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshHostFilter);

    auto *cm = workspace->connections();
    connect(cm, &ConnectionManager::credentialsRequested, this, &MainWindow::askCredentials);
    connect(cm, &ConnectionManager::stateChanged, this,
            [this, cm](const QString &id, ConnectionState s, const QString &msg) {
                const QString host = cm->config(id).displayName();
                switch (s) {
                case ConnectionState::Connected:
                    loginAccepted(id);
                    logLine(true, host,
                            tr("Connected to %1").arg(redactedUri(cm->config(id).uri())));
                    break;
                case ConnectionState::Failed:
                    logLine(false, host, tr("Cannot connect"), msg);
                    break;
                case ConnectionState::Disconnected:
                    if (!msg.isEmpty())
                        logLine(false, host, tr("Disconnected; reconnecting"), msg);
                    break;
                case ConnectionState::Connecting:
                    break;
                }
                updateActions();
            });
    connect(cm, &ConnectionManager::actionFinished, this, [this, cm](const ActionResult &r) {
        const QString what = domainActionText(r.action);
        const QString name = r.name.isEmpty() ? r.uuid : r.name;
        logLine(r.ok, cm->config(r.connectionId).displayName(),
                r.ok ? tr("%1: %2").arg(what, name) : tr("%1 failed: %2").arg(what, name),
                r.message);
        if (!r.ok)
            statusBar()->showMessage(tr("%1 failed on %2: %3").arg(what, name, r.message), 10000);
    });

    applyTheme(workspace->preferences()->values().theme);
    connect(workspace->preferences(), &Preferences::changed, this,
            [](const Preferences::Values &v) { applyTheme(v.theme); });

    restoreLayout();
    updateActions();
    updateStatus();
    refreshHostFilter();
}

ImagesPane *MainWindow::imagesPane() {
    if (!m_images) {
        m_images = new ImagesPane(m_workspace, m_imagesPage);
        m_imagesPage->layout()->addWidget(m_images);
        connect(m_images, &ImagesPane::logMessage, this, &MainWindow::logLine);
    }
    return m_images;
}

bool MainWindow::showPage(const QString &name) {
    if (name == u"vms"_s)
        m_pages->setCurrentIndex(0);
    else if (name == u"images"_s)
        m_pages->setCurrentWidget(m_imagesPage);
    else
        return false;
    return true;
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    struct Spec {
        DomainAction action;
        const char *icon;
        QKeySequence key;
        const char *tip;
    };
    const Spec specs[] = {
        {DomainAction::Start, "vm-start", QKeySequence(Qt::CTRL | Qt::Key_Return),
         QT_TR_NOOP("Start the selected VMs")},
        {DomainAction::Shutdown, "vm-shutdown", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         QT_TR_NOOP("Ask the guests to shut down (ACPI)")},
        {DomainAction::Reboot, "vm-reboot", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         QT_TR_NOOP("Ask the guests to reboot")},
        {DomainAction::ForceOff, "vm-forceoff", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         QT_TR_NOOP("Power off at once, like pulling the plug")},
        {DomainAction::Pause, "vm-pause", QKeySequence(Qt::CTRL | Qt::Key_P),
         QT_TR_NOOP("Pause the selected VMs")},
        {DomainAction::Resume, "vm-resume", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         QT_TR_NOOP("Resume the selected VMs")},
        {DomainAction::Delete, "vm-delete", QKeySequence::Delete,
         QT_TR_NOOP("Delete the selected VMs (asks first)")},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(
            themedIcon(QString::fromLatin1(s.icon)),
            s.action == DomainAction::Delete ? tr("&Delete…") : domainActionText(s.action), this);
        a->setShortcut(s.key);
        a->setToolTip(tr(s.tip) + u" ("_s + s.key.toString(QKeySequence::NativeText) + u')');
        a->setStatusTip(tr(s.tip));
        if (s.action == DomainAction::Delete)
            connect(a, &QAction::triggered, this, &MainWindow::deleteSelection);
        else
            connect(a, &QAction::triggered, this, [this, act = s.action] { runOnSelection(act); });
        m_actions.insert(int(s.action), a);
    }
    // The table's own Delete key handling would eat the shortcut otherwise.
    m_domainView->addAction(m_actions.value(int(DomainAction::Delete)));

    m_addConnection = new QAction(themedIcon(u"connection-add"_s), tr("&Add Connection…"), this);
    m_addConnection->setShortcut(QKeySequence::New);
    connect(m_addConnection, &QAction::triggered, this, &MainWindow::addConnection);
    m_editConnection = new QAction(themedIcon(u"connection-edit"_s), tr("&Edit Connection…"), this);
    connect(m_editConnection, &QAction::triggered, this, &MainWindow::editConnection);
    m_removeConnection =
        new QAction(themedIcon(u"connection-remove"_s), tr("&Remove Connection"), this);
    connect(m_removeConnection, &QAction::triggered, this, &MainWindow::removeConnection);
    m_connect = new QAction(themedIcon(u"connect"_s), tr("&Connect"), this);
    connect(m_connect, &QAction::triggered, this,
            [this] { m_workspace->connections()->openConnection(selectedConnectionId()); });
    m_disconnect = new QAction(themedIcon(u"disconnect"_s), tr("D&isconnect"), this);
    connect(m_disconnect, &QAction::triggered, this,
            [this] { m_workspace->connections()->closeConnection(selectedConnectionId()); });
    m_refresh = new QAction(themedIcon(u"refresh"_s), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Re-read every VM of every connected host (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        for (const auto &c : m_workspace->connections()->configs())
            m_workspace->connections()->refresh(c.id);
    });
    m_filterAction = new QAction(tr("&Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filterText->setFocus();
        m_filterText->selectAll();
    });
    addAction(m_filterAction);
}

void MainWindow::createMenus() {
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addConnection);
    file->addSeparator();
    auto *prefs = file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        PreferencesDialog dlg(m_workspace->preferences(), m_workspace->connections(), this);
        dlg.exec();
    });
    prefs->setMenuRole(QAction::PreferencesRole);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    auto *conn = menuBar()->addMenu(tr("&Connection"));
    for (QAction *a : {m_addConnection, m_editConnection, m_removeConnection})
        conn->addAction(a);
    conn->addSeparator();
    for (QAction *a : {m_connect, m_disconnect, m_refresh})
        conn->addAction(a);

    auto *vm = m_vmMenu = menuBar()->addMenu(tr("&Virtual Machine"));
    vm->addAction(
        themedIcon(u"vm"_s), tr("&New Virtual Machine…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
            auto *wizard = new NewVmWizard(m_workspace->connections(), m_workspace->hosts(), this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            connect(wizard, &NewVmWizard::vmCreated, this, [this](const ActionResult &r) {
                const QString host =
                    m_workspace->connections()->config(r.connectionId).displayName();
                logLine(r.ok, host,
                        r.ok ? tr("Created %1").arg(r.name) : tr("Creating %1 failed").arg(r.name),
                        r.message);
            });
            wizard->show();
        });
    vm->addSeparator();
    for (DomainAction a : {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot,
                           DomainAction::ForceOff, DomainAction::Pause, DomainAction::Resume})
        vm->addAction(action(a));
    vm->addSeparator();
    vm->addAction(action(DomainAction::Delete));

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_filterAction);
    auto *logToggle = m_logDock->toggleViewAction();
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(logToggle);
    view->addAction(m_chartsDock->toggleViewAction());
    view->addAction(m_alertsDock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_alertRules);
    view->addAction(m_detailsDock->toggleViewAction());

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Virtdeck"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto *tb = addToolBar(tr("Main"));
    tb->setObjectName(u"mainToolBar"_s);
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(m_addConnection);
    tb->addSeparator();
    for (DomainAction a :
         {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot, DomainAction::ForceOff,
          DomainAction::Pause, DomainAction::Resume, DomainAction::Delete})
        tb->addAction(action(a));
    tb->addSeparator();
    tb->addAction(m_refresh);
}

void MainWindow::restoreLayout() {
    QSettings s;
    s.beginGroup(u"mainWindow"_s);
    if (!restoreGeometry(s.value(u"geometry"_s).toByteArray()))
        resize(1280, 760);
    restoreState(s.value(u"state"_s).toByteArray());
    if (!m_splitter->restoreState(s.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes({340, 760});
    m_domainView->horizontalHeader()->restoreState(s.value(u"domainHeader"_s).toByteArray());
    m_hostView->horizontalHeader()->restoreState(s.value(u"hostHeader"_s).toByteArray());
    m_filterState->setCurrentIndex(s.value(u"stateFilter"_s, 0).toInt());
    s.endGroup();
    if (s.value(u"mainWindow/domainHeader"_s).isNull()) {
        // First start: fit the columns to the first rows that arrive, once.
        for (QTableView *view : {m_domainView, m_hostView}) {
            auto fit = std::make_shared<QMetaObject::Connection>();
            *fit = connect(view->model(), &QAbstractItemModel::rowsInserted, view, [view, fit] {
                QObject::disconnect(*fit);
                QTimer::singleShot(0, view, [view] {
                    const int last = view->model()->columnCount() - 1;
                    for (int c = 0; c < last; ++c) {
                        view->resizeColumnToContents(c);
                        view->setColumnWidth(c, view->columnWidth(c) + 12);
                    }
                });
            });
        }
        resizeDocks({m_logDock}, {140}, Qt::Vertical);
        resizeDocks({m_detailsDock}, {440}, Qt::Horizontal);
    }
}

void MainWindow::saveLayout() const {
    QSettings s;
    s.beginGroup(u"mainWindow"_s);
    s.setValue(u"geometry"_s, saveGeometry());
    s.setValue(u"state"_s, saveState());
    s.setValue(u"splitter"_s, m_splitter->saveState());
    s.setValue(u"domainHeader"_s, m_domainView->horizontalHeader()->saveState());
    s.setValue(u"hostHeader"_s, m_hostView->horizontalHeader()->saveState());
    s.setValue(u"stateFilter"_s, m_filterState->currentIndex());
    s.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveLayout();
    QSettings s;
    m_workspace->connections()->save(s);
    event->accept();
}

QList<DomainRef> MainWindow::selectedDomains() const {
    QList<DomainRef> out;
    const auto rows = m_domainView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out.append({i.data(DomainTableModel::ConnectionIdRole).toString(),
                    i.data(DomainTableModel::UuidRole).toString()});
    return out;
}

QString MainWindow::selectedConnectionId() const {
    const auto rows = m_hostView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.first().data(HostTableModel::ConnectionIdRole).toString();
}

void MainWindow::updateActions() {
    bool anyActive = false, anyInactive = false, anyRunning = false, anyPaused = false;
    const auto rows = m_domainView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const auto s = DomainState(i.data(DomainTableModel::StateRole).toInt());
        anyActive |= domainStateIsActive(s);
        anyInactive |= !domainStateIsActive(s);
        anyRunning |= s == DomainState::Running || s == DomainState::Blocked;
        anyPaused |= s == DomainState::Paused || s == DomainState::PMSuspended;
    }
    // A read-only host refuses every change: offer none for a selection that includes one.
    const bool writable = !selectionTouchesReadOnlyHost();
    action(DomainAction::Start)->setEnabled(writable && anyInactive);
    action(DomainAction::Shutdown)->setEnabled(writable && anyRunning);
    action(DomainAction::Reboot)->setEnabled(writable && anyRunning);
    action(DomainAction::ForceOff)->setEnabled(writable && anyActive);
    action(DomainAction::Pause)->setEnabled(writable && anyRunning);
    action(DomainAction::Resume)->setEnabled(writable && anyPaused);
    action(DomainAction::Delete)->setEnabled(writable && !rows.isEmpty());
    if (m_scheduleAction) {
        m_scheduleAction->setEnabled(writable && !rows.isEmpty());
        m_scheduleMenu->setEnabled(writable && !rows.isEmpty());
        m_migrateAction->setEnabled(writable && !rows.isEmpty());
        m_backupAction->setEnabled(writable && !rows.isEmpty());
    }

    const QString cid = selectedConnectionId();
    const auto *cm = m_workspace->connections();
    const bool has = !cid.isEmpty();
    const auto state = cm->state(cid);
    m_editConnection->setEnabled(has && !cm->config(cid).transient);
    m_removeConnection->setEnabled(has);
    m_connect->setEnabled(has && state != ConnectionState::Connected &&
                          state != ConnectionState::Connecting);
    m_disconnect->setEnabled(
        has && (state == ConnectionState::Connected || state == ConnectionState::Connecting));
    if (m_evacuateAction)
        m_evacuateAction->setEnabled(has && state == ConnectionState::Connected &&
                                     !cm->config(cid).readOnly);
}

bool MainWindow::selectionTouchesReadOnlyHost() const {
    const auto *cm = m_workspace->connections();
    const auto rows = m_domainView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        if (cm->config(i.data(DomainTableModel::ConnectionIdRole).toString()).readOnly)
            return true;
    return false;
}

void MainWindow::updateStatus() {
    const auto *hosts = m_workspace->hosts();
    int connected = 0;
    for (int r = 0; r < hosts->rowCount(); ++r)
        connected += hosts->rowAt(r).state == ConnectionState::Connected;
    m_statusHosts->setText(
        tr("%1 of %n host(s) connected", nullptr, hosts->rowCount()).arg(connected));
    const auto *domains = m_workspace->domains();
    int running = 0, paused = 0;
    for (int r = 0; r < domains->rowCount(); ++r) {
        const DomainState st = domains->domainAt(r).state;
        running += st == DomainState::Running || st == DomainState::Blocked;
        paused += st == DomainState::Paused || st == DomainState::PMSuspended;
    }
    m_statusVms->setText(tr("%n VM(s): %1 running, %2 paused", nullptr, domains->rowCount())
                             .arg(running)
                             .arg(paused));
}

void MainWindow::refreshHostFilter() {
    const QString current = m_filterHost->currentData().toString();
    const auto *hosts = m_workspace->hosts();
    QSignalBlocker block(m_filterHost);
    while (m_filterHost->count() > 1)
        m_filterHost->removeItem(1);
    for (int r = 0; r < hosts->rowCount(); ++r)
        m_filterHost->addItem(hosts->rowAt(r).name, hosts->rowAt(r).connectionId);
    const int idx = m_filterHost->findData(current);
    m_filterHost->setCurrentIndex(idx < 0 ? 0 : idx);
    if (idx < 0 && !current.isEmpty())
        m_proxy->setConnectionId({});
}

void MainWindow::selectDomainsByName(const QStringList &names) {
    QItemSelection sel;
    const QAbstractItemModel *m = m_domainView->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (names.contains(m->index(r, DomainTableModel::Name).data().toString()))
            sel.select(m->index(r, 0), m->index(r, m->columnCount() - 1));
    m_domainView->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    if (!sel.isEmpty()) // the details pane follows the current row
        m_domainView->selectionModel()->setCurrentIndex(sel.first().topLeft(),
                                                        QItemSelectionModel::NoUpdate);
}

void MainWindow::runOnSelection(DomainAction a) {
    const auto refs = selectedDomains();
    if (refs.isEmpty())
        return;
    if (a == DomainAction::ForceOff && refs.size() > 1 &&
        m_workspace->preferences()->values().confirmForceOff &&
        QMessageBox::question(this, tr("Force off"),
                              tr("Power off %n VM(s) at once? Unsaved work in the guests is lost.",
                                 nullptr, int(refs.size()))) != QMessageBox::Yes)
        return;
    statusBar()->showMessage(
        tr("%1: %n VM(s)…", nullptr, int(refs.size())).arg(domainActionText(a)), 3000);
    m_workspace->connections()->runAction(refs, a);
}

void MainWindow::deleteSelection() {
    const auto refs = selectedDomains();
    if (refs.isEmpty())
        return;
    QStringList names;
    for (const QModelIndex &i :
         m_domainView->selectionModel()->selectedRows(DomainTableModel::Name))
        names << i.data().toString();
    QMessageBox box(QMessageBox::Warning, tr("Delete virtual machines"),
                    tr("Delete %n virtual machine(s)? Running ones are powered off first. This "
                       "cannot be undone.",
                       nullptr, int(refs.size())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        names.mid(0, 12).join(u", "_s) +
        (names.size() > 12 ? tr(" and %n more", nullptr, int(names.size()) - 12) : QString()));
    auto *storage = new QCheckBox(
        tr("Also delete their disk images (storage volumes); shared and read-only disks are kept"),
        &box);
    box.setCheckBox(storage);
    auto *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_workspace->connections()->runAction(
        refs, storage->isChecked() ? DomainAction::DeleteWithStorage : DomainAction::Delete);
}

void MainWindow::addConnection() {
    ConnectionDialog dlg(this);
    dlg.setWindowTitle(tr("Add Connection"));
    if (dlg.exec() != QDialog::Accepted)
        return;
    auto *cm = m_workspace->connections();
    cm->addConnection(dlg.config(), true);
    QSettings s;
    cm->save(s);
}

void MainWindow::editConnection() {
    const QString id = selectedConnectionId();
    auto *cm = m_workspace->connections();
    if (id.isEmpty() || cm->config(id).transient)
        return;
    ConnectionDialog dlg(this);
    dlg.setWindowTitle(tr("Edit Connection"));
    dlg.setConfig(cm->config(id));
    if (dlg.exec() != QDialog::Accepted)
        return;
    cm->updateConnection(dlg.config());
    QSettings s;
    cm->save(s);
}

void MainWindow::removeConnection() {
    const QString id = selectedConnectionId();
    auto *cm = m_workspace->connections();
    if (id.isEmpty())
        return;
    if (m_workspace->preferences()->values().confirmRemoveConnection &&
        QMessageBox::question(this, tr("Remove connection"),
                              tr("Remove the connection %1? Its VMs stay on the host; only "
                                 "Virtdeck forgets the connection.")
                                  .arg(cm->config(id).displayName())) != QMessageBox::Yes)
        return;
    cm->removeConnection(id);
    m_secrets->remove(id);
    QSettings s;
    cm->save(s);
}

void MainWindow::askCredentials(const CredentialRequest &request) {
    const QString id = request.connectionId;
    LoginAttempt &attempt = m_logins[id];
    bool retry = false;
    for (const CredentialPrompt &p : request.prompts)
        retry |= attempt.answeredFromKeyring.contains(int(p.kind));
    if (!SecretStore::canAnswer(request) || retry || attempt.askedUser) {
        showCredentialDialog(request);
        return;
    }
    m_secrets->read(id, [this, request](bool found, const StoredLogin &login,
                                        const QString &error) {
        LoginAttempt &attempt = m_logins[request.connectionId];
        if (found && SecretStore::covers(request, login)) {
            attempt.login = login;
            for (const CredentialPrompt &p : request.prompts)
                attempt.answeredFromKeyring.insert(int(p.kind));
            m_workspace->connections()->provideCredentials(request.connectionId, request.id, true,
                                                           SecretStore::answers(request, login));
            return;
        }
        if (!error.isEmpty())
            logLine(false, m_workspace->connections()->config(request.connectionId).displayName(),
                    tr("The system keyring cannot be read"), error);
        showCredentialDialog(request);
    });
}

void MainWindow::showCredentialDialog(const CredentialRequest &request) {
    // Window-modal but not blocking: the event loop keeps running while the user types.
    auto *dlg = new CredentialDialog(request, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::finished, this, [this, dlg](int result) {
        const CredentialRequest &r = dlg->request();
        const bool accepted = result == QDialog::Accepted;
        const QStringList answers = dlg->answers();
        if (accepted && SecretStore::canAnswer(r)) {
            // Kept until the host accepts it (see the Connected case of stateChanged).
            LoginAttempt &attempt = m_logins[r.connectionId];
            SecretStore::takeAnswers(r, answers, &attempt.login);
            attempt.askedUser = true;
            attempt.remember |= dlg->remember();
        }
        m_workspace->connections()->provideCredentials(r.connectionId, r.id, accepted, answers);
    });
    dlg->open();
}

void MainWindow::loginAccepted(const QString &connectionId) {
    const auto it = m_logins.constFind(connectionId);
    if (it == m_logins.cend())
        return;
    const LoginAttempt attempt = *it;
    m_logins.erase(it);
    if (!attempt.askedUser)
        return; // the keyring's login worked as it is
    const QString host = m_workspace->connections()->config(connectionId).displayName();
    if (!attempt.remember) {
        m_secrets->remove(connectionId); // a refused stored login is stale; no keyring is fine
        return;
    }
    m_secrets->write(connectionId, attempt.login, [this, host](const QString &error) {
        if (!error.isEmpty())
            logLine(false, host, tr("The system keyring refused the password"), error);
    });
}

void MainWindow::logLine(bool ok, const QString &host, const QString &text, const QString &detail) {
    auto *item = new QTreeWidgetItem(m_log);
    item->setText(0, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    item->setText(1, host);
    item->setText(2, detail.isEmpty() ? text : text + u" — "_s + detail);
    item->setToolTip(2, item->text(2));
    if (!ok) {
        item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        item->setIcon(2, themedIcon(u"state-crashed"_s));
    }
    // Bounded: the log is a view of recent activity, not an archive.
    while (m_log->topLevelItemCount() > 2000)
        delete m_log->takeTopLevelItem(0);
    m_log->scrollToItem(item);
}

void MainWindow::setUpStats() {
    const StatsStore *store = m_workspace->stats();
    using SD = SparklineDelegate;
    const struct {
        int column;
        QList<int> metrics;
        bool percent;
    } domainColumns[] = {
        {DomainTableModel::Cpu, {StatsStore::Cpu}, true},
        {DomainTableModel::MemoryUsed, {StatsStore::MemoryUsed}, false},
        {DomainTableModel::DiskIo, {StatsStore::DiskRead, StatsStore::DiskWrite}, false},
        {DomainTableModel::NetIo, {StatsStore::NetRx, StatsStore::NetTx}, false},
    };
    for (const auto &c : domainColumns)
        m_domainView->setItemDelegateForColumn(
            c.column, new SD(store, SD::Kind::Domain, c.metrics, c.percent,
                             DomainTableModel::ConnectionIdRole, DomainTableModel::UuidRole, this));
    const struct {
        int column;
        int metric;
        bool percent;
    } hostColumns[] = {
        {HostTableModel::CpuUsage, StatsStore::HostCpu, true},
        {HostTableModel::MemoryUsage, StatsStore::HostMemoryUsed, false},
        {HostTableModel::VmDiskIo, StatsStore::HostVmDisk, false},
        {HostTableModel::VmNetIo, StatsStore::HostVmNet, false},
    };
    for (const auto &c : hostColumns)
        m_hostView->setItemDelegateForColumn(c.column,
                                             new SD(store, SD::Kind::Host, {c.metric}, c.percent,
                                                    HostTableModel::ConnectionIdRole, -1, this));
    // Live columns sit beside the state (a saved header layout overrides this).
    auto *dh = m_domainView->horizontalHeader();
    for (int c : {DomainTableModel::NetIo, DomainTableModel::DiskIo, DomainTableModel::MemoryUsed,
                  DomainTableModel::Cpu})
        dh->moveSection(dh->visualIndex(c), dh->visualIndex(DomainTableModel::State) + 1);
    auto *hh = m_hostView->horizontalHeader();
    for (int c : {HostTableModel::MemoryUsage, HostTableModel::CpuUsage})
        hh->moveSection(hh->visualIndex(c), hh->visualIndex(HostTableModel::State) + 1);
    for (int c : {HostTableModel::VmCpu, HostTableModel::VmDiskIo, HostTableModel::VmNetIo})
        m_hostView->setColumnHidden(c, true);

    // Charts of the selection, right.
    m_charts = new StatsChartsPage(store, this);
    m_charts->setObjectName(u"chartsPage"_s);
    m_chartsDock = new QDockWidget(tr("Performance"), this);
    m_chartsDock->setObjectName(u"chartsDock"_s);
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);
    // Beside the details as a tab: each gets the dock's full height.
    tabifyDockWidget(m_detailsDock, m_chartsDock);
    m_detailsDock->raise();
    connect(m_domainView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCharts);
    connect(m_hostView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCharts);

    // Alerts log, bottom, beside the activity log.
    m_alertView = new QTableView(this);
    m_alertView->setObjectName(u"alertView"_s);
    m_alertView->setModel(m_workspace->alertLog());
    m_alertView->verticalHeader()->hide();
    m_alertView->setShowGrid(false);
    m_alertView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertView->horizontalHeader()->setStretchLastSection(true);
    m_alertView->verticalHeader()->setDefaultSectionSize(m_alertView->fontMetrics().height() + 8);
    m_alertRules = new QAction(tr("Alert &Rules…"), this);
    m_alertRules->setStatusTip(tr("Choose which thresholds raise an alert"));
    connect(m_alertRules, &QAction::triggered, this, &MainWindow::editAlertRules);
    auto *rulesButton = new QPushButton(tr("Rules…"), this);
    connect(rulesButton, &QPushButton::clicked, this, &MainWindow::editAlertRules);
    auto *alertsPane = new QWidget(this);
    auto *alertsLayout = new QVBoxLayout(alertsPane);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addWidget(m_alertView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(rulesButton);
    alertsLayout->addLayout(buttons);
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(u"alertsDock"_s);
    m_alertsDock->setWidget(alertsPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    tabifyDockWidget(m_logDock, m_alertsDock);
    m_logDock->raise();

    m_notifier = new DesktopNotifier(this);
    connect(m_workspace->alerts(), &AlertEngine::alertRaised, this, [this](const AlertEvent &e) {
        const QString title = tr("Virtdeck alert: %1").arg(e.subject);
        m_notifier->notify(title, e.message);
        statusBar()->showMessage(title + u" — "_s + e.message, 10000);
        m_alertView->scrollToBottom();
    });
    updateCharts();
}

void MainWindow::updateCharts() {
    const auto rows = m_domainView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        QList<StatsChartsPage::Vm> vms;
        // Enough lines to compare; more would be unreadable.
        for (const QModelIndex &i : rows.mid(0, 8)) {
            const auto d = i.data(DomainTableModel::DomainRole).value<DomainInfo>();
            vms.append({d.connectionId, d.uuid, d.name, d.memoryBytes});
        }
        m_charts->showVms(vms);
        return;
    }
    const QString host = selectedConnectionId();
    if (!host.isEmpty()) {
        m_charts->showHost(host, m_workspace->connections()->config(host).displayName());
        return;
    }
    m_charts->showNothing(tr("Select one or more VMs, or a host, to see their charts."));
}

void MainWindow::editAlertRules() {
    AlertRulesDialog dlg(m_workspace->alerts()->rules(), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_workspace->alerts()->setRules(dlg.rules());
    QSettings s;
    saveAlertRules(s, dlg.rules());
}

void MainWindow::showAbout() {
    // Versions as the hosts reported them when they connected: no call to a host from here.
    QString hosts;
    const HostTableModel *model = m_workspace->hosts();
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto &row = model->rowAt(r);
        hosts += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
            row.name.toHtmlEscaped(),
            row.hasInfo
                ? tr("%1 %2, libvirt %3")
                      .arg(row.info.hypervisor, row.info.hypervisorVersion, row.info.libvirtVersion)
                      .toHtmlEscaped()
                : tr("not connected"));
    }
    if (hosts.isEmpty())
        hosts = u"<tr><td colspan=2>%1</td></tr>"_s.arg(tr("No hosts yet."));
    QMessageBox::about(
        this, tr("About Virtdeck"),
        tr("<h3>Virtdeck %1</h3><p>A desktop console for libvirt hypervisors: local and remote "
           "hosts, bulk operations, scheduling, backup and teaching labs.</p>"
           "<p>Qt %2 · libvirt library %3</p><p><b>Hosts</b></p><table cellspacing=4>%4</table>")
            .arg(QStringLiteral(VIRTDECK_VERSION), QString::fromLatin1(qVersion()),
                 libvirtLibraryVersion(), hosts));
}

void MainWindow::showDomainMenu(const QPoint &pos) {
    if (!m_domainView->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (DomainAction a : {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot,
                           DomainAction::ForceOff, DomainAction::Pause, DomainAction::Resume})
        menu.addAction(action(a));
    menu.addSeparator();
    menu.addAction(tr("Open &Console"), m_overview, &DomainOverviewWidget::openConsole);
    const bool writable = !selectionTouchesReadOnlyHost();
    menu.addAction(tr("Edit &XML…"), m_overview, &DomainOverviewWidget::editXml)
        ->setEnabled(writable);
    menu.addAction(tr("S&napshots…"), m_overview, &DomainOverviewWidget::showSnapshots)
        ->setEnabled(writable);
    menu.addAction(tr("C&lone…"), m_overview, &DomainOverviewWidget::cloneVm)->setEnabled(writable);
    if (m_migrateAction)
        menu.addAction(m_migrateAction);
    menu.addSeparator();
    menu.addAction(action(DomainAction::Delete));
    if (m_scheduleMenu) {
        menu.addSeparator();
        menu.addMenu(m_scheduleMenu);
    }
    menu.exec(m_domainView->viewport()->mapToGlobal(pos));
}

void MainWindow::setScheduler(Scheduler *scheduler) {
    if (m_scheduler || !scheduler)
        return;
    m_scheduler = scheduler;
    m_jobsView = new JobsView(scheduler, this);
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(u"jobsDock"_s);
    m_jobsDock->setWidget(m_jobsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    tabifyDockWidget(m_logDock, m_jobsDock);
    m_logDock->raise();

    m_scheduleAction = new QAction(tr("&Schedule…"), this);
    m_scheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_scheduleAction->setToolTip(tr("Run an action on the selected VMs later, after another job, "
                                    "or on a recurring schedule (Ctrl+Shift+S)"));
    connect(m_scheduleAction, &QAction::triggered, this, [this] { scheduleSelection(); });
    // "Schedule" beside every action that can be scheduled, preselected.
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
    // Moving VMs between hosts: one VM or a selection, a whole host, or all hosts evened out.
    m_migrateAction = new QAction(tr("&Migrate…"), this);
    m_migrateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_migrateAction->setToolTip(tr("Move the selected VMs to another host (Ctrl+Shift+M)"));
    connect(m_migrateAction, &QAction::triggered, this, &MainWindow::migrateSelection);
    m_vmMenu->addAction(m_migrateAction);
    m_evacuateAction = new QAction(tr("&Evacuate Host…"), this);
    m_evacuateAction->setToolTip(
        tr("Move every VM of the selected host to the others, placed by the scheduler's rules"));
    connect(m_evacuateAction, &QAction::triggered, this, &MainWindow::evacuateHost);
    m_rebalanceAction = new QAction(tr("Re&balance Hosts…"), this);
    m_rebalanceAction->setToolTip(
        tr("Move running VMs from the fullest to the emptiest hosts until their memory loads "
           "are within ten points"));
    connect(m_rebalanceAction, &QAction::triggered, this, &MainWindow::rebalanceHosts);
    // Backups: "Back Up Now" queues a backup job per selected VM into the Preferences'
    // repository; the Backups pane lists, restores and verifies.
    m_backupAction = new QAction(tr("&Back Up Now"), this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupAction->setToolTip(
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
    m_backupsDock = new QDockWidget(tr("Backups"), this);
    m_backupsDock->setObjectName(u"backupsDock"_s);
    m_backupsPane = new BackupsPane(m_workspace, scheduler, m_backupsDock);
    m_backupsDock->setWidget(m_backupsPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_backupsDock);
    tabifyDockWidget(m_jobsDock, m_backupsDock);
    auto *backupsToggle = m_backupsDock->toggleViewAction();
    backupsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    for (QAction *a : menuBar()->actions())
        if (a->menu() && a->text() == tr("&View"))
            a->menu()->addAction(backupsToggle);
    for (QAction *a : menuBar()->actions())
        if (a->menu() && a->text() == tr("&Connection")) {
            a->menu()->addSeparator();
            a->menu()->addAction(m_evacuateAction);
            a->menu()->addAction(m_rebalanceAction);
        }
    updateActions();
    if (auto *tb = findChild<QToolBar *>(u"mainToolBar"_s)) {
        tb->insertAction(m_refresh, m_scheduleAction);
        tb->insertSeparator(m_refresh);
    }
    auto *jobsToggle = m_jobsDock->toggleViewAction();
    jobsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    for (QAction *a : menuBar()->actions())
        if (a->menu() && a->text() == tr("&View"))
            a->menu()->addAction(jobsToggle);
    // Labs: a class's VMs as one object; its operations run as scheduler jobs.
    auto *labsDock = new QDockWidget(tr("Labs"), this);
    labsDock->setObjectName(u"labsDock"_s);
    auto *labsPane = new LabsPane(m_workspace, scheduler, labsDock);
    labsDock->setWidget(labsPane);
    addDockWidget(Qt::BottomDockWidgetArea, labsDock);
    tabifyDockWidget(m_jobsDock, labsDock);
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
    connect(m_domainView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any =
            m_domainView->selectionModel()->hasSelection() && !selectionTouchesReadOnlyHost();
        m_scheduleAction->setEnabled(any);
        m_scheduleMenu->setEnabled(any);
    });
    m_scheduleAction->setEnabled(false);
    m_scheduleMenu->setEnabled(false);
    // The limits in Preferences are the scheduler's own keys: apply them at once.
    connect(m_workspace->preferences(), &Preferences::changed, this, [this] {
        SchedulerSettings s = m_scheduler->settings();
        const auto &v = m_workspace->preferences()->values();
        if (s.limits.global == v.schedulerMaxJobs && s.limits.perHost == v.schedulerMaxJobsPerHost)
            return;
        s.limits.global = v.schedulerMaxJobs;
        s.limits.perHost = v.schedulerMaxJobsPerHost;
        m_scheduler->setSettings(s);
    });

    connect(scheduler, &Scheduler::jobFinished, this, [this](const Job &j) {
        const JobKind k = JobKinds::kind(j.kind);
        const QString line =
            tr("Job %1, %2 %3: %4")
                .arg(j.id)
                .arg(k.text.isEmpty() ? j.kind : k.text, j.vm, jobStateText(j.state));
        logLine(j.state == JobState::Done, redactedUri(j.uri), line, j.result);
        // Long jobs and failures tell the desktop: the user has likely looked away.
        const bool longJob = j.startedAt > 0 && j.finishedAt - j.startedAt >= 30000;
        if (m_notifier && (longJob || j.state == JobState::Failed))
            m_notifier->notify(line, j.result);
    });
    // Status bar: how many jobs run and wait, recounted at most four times a second.
    m_statusJobs = new QLabel(this);
    m_statusJobs->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_statusJobs);
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
    auto *jobs = scheduler->jobs();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(jobs, signal, recount, qOverload<>(&QTimer::start));
    connect(jobs, &QAbstractItemModel::dataChanged, recount, qOverload<>(&QTimer::start));
    connect(jobs, &QAbstractItemModel::modelReset, recount, qOverload<>(&QTimer::start));
    recount->start();
    connect(scheduler, &Scheduler::errorOccurred, this, [this](const QString &msg) {
        logLine(false, tr("Scheduler"), msg);
        statusBar()->showMessage(msg, 10000);
    });
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
    offerMovePlan(
        tr("Evacuate %1").arg(name), tr("evacuate %1").arg(name),
        planEvacuation(cluster.hosts, cluster.vms, source, m_scheduler->settings().placement),
        cluster);
}

void MainWindow::rebalanceHosts() {
    if (!m_scheduler)
        return;
    const ClusterSnapshot cluster = snapshotOf(m_workspace);
    // Ten percentage points of memory load between the fullest and the emptiest host are fine.
    offerMovePlan(tr("Rebalance hosts"), tr("rebalance"),
                  planRebalance(cluster.hosts, cluster.vms, m_scheduler->settings().placement, 0.1),
                  cluster);
}

void MainWindow::offerMovePlan(const QString &title, const QString &group, const MovePlan &plan,
                               const ClusterSnapshot &cluster) {
    const QString details = describePlan(plan, cluster.hosts);
    if (plan.moves.isEmpty()) {
        QMessageBox box(QMessageBox::Information, title,
                        plan.refusals.isEmpty() ? tr("Nothing needs to move.")
                                                : tr("No VM can be moved."),
                        QMessageBox::Ok, this);
        box.setInformativeText(details);
        box.exec();
        return;
    }
    QMessageBox box(QMessageBox::Question, title,
                    tr("Migrate %n VM(s) as planned below?", nullptr, int(plan.moves.size())),
                    QMessageBox::Cancel, this);
    QString info = details;
    if (!plan.refusals.isEmpty())
        info += u"\n\n"_s + tr("The VMs that cannot be placed stay where they are.");
    box.setInformativeText(info);
    // One move per line: wide enough that a line does not wrap.
    box.setStyleSheet(u"QLabel#qt_msgbox_informativelabel { min-width: 30em; }"_s);
    auto *go = box.addButton(tr("&Migrate"), QMessageBox::AcceptRole);
    box.setDefaultButton(go);
    box.exec();
    if (box.clickedButton() != go)
        return;
    m_scheduler->submit(migrationJobs(plan, cluster.uris, group));
    showJobs(0);
}

void MainWindow::showHeaderMenu(QTableView *view, const QPoint &pos) {
    QMenu menu(this);
    auto *model = view->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        auto *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!view->isColumnHidden(c));
        connect(a, &QAction::toggled, view, [view, c](bool on) { view->setColumnHidden(c, !on); });
    }
    menu.exec(view->horizontalHeader()->mapToGlobal(pos));
}

} // namespace virtdeck
