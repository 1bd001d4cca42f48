// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "listtable.h"
#include "storage/storagemanager.h"

#include "consolepane.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/preferences.h"
#include "core/redacteduri.h"
#include "domainoverviewwidget.h"
#include "domains/domainfilterproxy.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "imagespane.h"
#include "stateicondelegate.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QTableView *makeMainTable(QWidget *parent) {
    auto *v = makeListTable(parent);
    v->setTextElideMode(Qt::ElideRight);
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

// Widgets are made in the order the Tab key visits them.
MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace) {
    setWindowTitle(tr("Virtdeck"));
    setWindowIcon(themedIcon(u"virtdeck"_s));
    setObjectName(u"MainWindow"_s);

    createHostView();
    createPages(createVmPane());
    createActivityDock();
    createDetailsDock();
    createStatusBar();

    createActions();
    setUpStats();
    createMenus();
    hideHostDetailColumns();

    connectFilters();
    connectViews();
    connectModels();
    connectConnectionManager();

    applyTheme(workspace->preferences()->values().theme);
    connect(workspace->preferences(), &Preferences::changed, this,
            [](const Preferences::Values &v) { applyTheme(v.theme); });

    restoreLayout();
    updateActions();
    updateStatus();
    refreshHostFilter();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::themedIcon(const QString &name) {
    return QIcon(u":/virtdeck/icons/"_s + name + u".svg"_s);
}

// Hosts, left.
void MainWindow::createHostView() {
    m_hostView = makeMainTable(this);
    m_hostView->setObjectName(u"hostView"_s);
    auto *hostProxy = new QSortFilterProxyModel(this);
    hostProxy->setSourceModel(m_workspace->hosts());
    hostProxy->setSortRole(HostTableModel::SortRole);
    m_hostView->setModel(hostProxy);
    m_hostView->setItemDelegateForColumn(HostTableModel::State,
                                         new StateIconDelegate(StateIconDelegate::Kind::Connection,
                                                               HostTableModel::StateRole, this));
    m_hostView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Room for the longest state ("Maintenance", "Connecting") beside its icon.
    const int stateWidth =
        m_hostView->fontMetrics().horizontalAdvance(HostTableModel::tr("Maintenance")) +
        m_hostView->iconSize().width() + 36;
    m_hostView->setColumnWidth(
        HostTableModel::State,
        std::max(m_hostView->columnWidth(HostTableModel::State), stateWidth));
}

// VMs, right: a filter bar over the table.
QWidget *MainWindow::createVmPane() {
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
    m_proxy->setSourceModel(m_workspace->domains());
    m_domainView = makeMainTable(this);
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
    return vmPane;
}

// The hosts beside the VMs and the images (storage volumes) of every host, one page each.
void MainWindow::createPages(QWidget *vmPane) {
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_hostView);
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
}

// Activity log, bottom dock: one line per action outcome, errors with libvirt's words.
void MainWindow::createActivityDock() {
    m_log = new QTreeWidget(this);
    m_log->setObjectName(u"activityLog"_s);
    m_log->setRootIsDecorated(false);
    m_log->setHeaderLabels({tr("Time"), tr("Host"), tr("Event")});
    m_log->setColumnWidth(0, 90);
    m_log->setColumnWidth(1, 140);
    m_logDock = addDock(m_log, tr("Activity"), u"activityDock"_s, Qt::BottomDockWidgetArea);
}

// The current VM's details, right: follows the table's current row.
void MainWindow::createDetailsDock() {
    m_overview = new DomainOverviewWidget(m_workspace->connections(), this);
    m_detailsDock = addDock(createConsoleTabs(m_overview), tr("VM Details"), u"detailsDock"_s,
                            Qt::RightDockWidgetArea);
}

void MainWindow::createStatusBar() {
    m_statusHosts = addStatusLabel();
    m_statusVms = addStatusLabel();
    createWaitingStatus();
    m_secrets = new SecretStore(this);
}

// Status bar: the libvirt calls that have waited more than 2 s (a VM whose QEMU does not answer
// holds its own calls only; this says which and since when). Each host's list is read once a
// second; reading it makes no libvirt call.
void MainWindow::createWaitingStatus() {
    m_statusWaiting = addStatusLabel();
    m_statusWaiting->setObjectName(u"waitingStatus"_s);
    m_statusWaiting->hide();
    auto *poll = new QTimer(this);
    poll->setInterval(1000);
    connect(poll, &QTimer::timeout, this, &MainWindow::updateWaitingStatus);
    poll->start();
}

void MainWindow::updateWaitingStatus() {
    const ConnectionManager *cm = m_workspace->connections();
    QStringList lines;
    for (const ConnectionConfig &config : cm->configs()) {
        const Connection *c = cm->connection(config.id);
        for (const LaneExecutor::Call &call : c ? c->waitingCalls() : QList<LaneExecutor::Call>())
            lines << tr("Waiting for libvirt on %1: %2 (%3 s)")
                         .arg(config.displayName(), call.what)
                         .arg(call.elapsedMs / 1000);
    }
    m_statusWaiting->setVisible(!lines.isEmpty());
    m_statusWaiting->setText(
        lines.isEmpty() ? QString()
        : lines.size() == 1
            ? lines.first()
            : tr("%1 (and %n more)", nullptr, int(lines.size() - 1)).arg(lines.first()));
    m_statusWaiting->setToolTip(lines.join(u'\n'));
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area, QDockWidget *besides) {
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    if (besides)
        tabifyDockWidget(besides, dock);
    return dock;
}

QLabel *MainWindow::addStatusLabel() {
    auto *label = new QLabel(this);
    label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(label);
    return label;
}

// Hidden by default: the host table's details beyond what fits beside the VMs.
void MainWindow::hideHostDetailColumns() {
    for (int c : {HostTableModel::Uri, HostTableModel::Hostname, HostTableModel::Hypervisor,
                  HostTableModel::Libvirt, HostTableModel::CpuModel})
        m_hostView->setColumnHidden(c, true);
}

void MainWindow::connectFilters() {
    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &DomainFilterProxy::setText);
    connect(m_filterState, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto &states = kStateFilters[qBound(0, i, int(std::size(kStateFilters)) - 1)].states;
        m_proxy->setStates(QSet<DomainState>(states.begin(), states.end()));
    });
    connect(m_filterHost, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setConnectionId(m_filterHost->currentData().toString()); });
}

void MainWindow::connectViews() {
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
                m_consolePane->setDomain(
                    current.data(DomainTableModel::ConnectionIdRole).toString(),
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
}

// The status bar and the host filter follow the tables.
void MainWindow::connectModels() {
    auto *domains = m_workspace->domains();
    auto *hosts = m_workspace->hosts();
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
}

void MainWindow::connectConnectionManager() {
    auto *cm = m_workspace->connections();
    connect(cm, &ConnectionManager::credentialsRequested, this, &MainWindow::askCredentials);
    connect(cm, &ConnectionManager::stateChanged, this, &MainWindow::onConnectionState);
    connect(cm, &ConnectionManager::actionFinished, this, &MainWindow::onActionFinished);
    connect(m_workspace->storage(), &StorageManager::hostWithoutPool, this,
            &MainWindow::offerDefaultPool);
    connect(m_workspace, &Workspace::sameHostReached, this,
            [this](const QString &id, const QString &, const QString &text) {
                logLine(true, m_workspace->connections()->config(id).displayName(), text);
                statusBar()->showMessage(text, 15000);
            });
    connect(m_workspace, &Workspace::teamReadOnlyChanged, this, [this](bool readOnly) {
        updateConnectionActions();
        if (readOnly)
            statusBar()->showMessage(tr("Read-only: your database role can change none of the "
                                        "team's hosts and alert rules."),
                                     15000);
    });
    connect(m_workspace, &Workspace::teamProblem, this, [this](const QString &text) {
        logLine(false, tr("Team"), text);
        statusBar()->showMessage(text, 15000);
    });
}

void MainWindow::onConnectionState(const QString &id, ConnectionState s, const QString &msg) {
    const auto *cm = m_workspace->connections();
    const QString host = cm->config(id).displayName();
    switch (s) {
    case ConnectionState::Connected:
        loginAccepted(id);
        logLine(true, host, tr("Connected to %1").arg(redactedUri(cm->config(id).uri())));
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
}

void MainWindow::onActionFinished(const ActionResult &r) {
    const QString what = domainActionText(r.action);
    const QString name = r.name.isEmpty() ? r.uuid : r.name;
    logLine(r.ok, m_workspace->connections()->config(r.connectionId).displayName(),
            r.ok ? tr("%1: %2").arg(what, name) : tr("%1 failed: %2").arg(what, name), r.message);
    if (!r.ok)
        statusBar()->showMessage(tr("%1 failed on %2: %3").arg(what, name, r.message), 10000);
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
        fitColumnsOnFirstRows();
        resizeDocks({m_logDock}, {140}, Qt::Vertical);
        resizeDocks({m_detailsDock}, {440}, Qt::Horizontal);
    }
}

// First start: fit the columns to the first rows that arrive, once.
void MainWindow::fitColumnsOnFirstRows() {
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
    updateDomainActions();
    updateConnectionActions();
}

void MainWindow::updateDomainActions() {
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
}

void MainWindow::updateConnectionActions() {
    const QString cid = selectedConnectionId();
    const auto *cm = m_workspace->connections();
    const bool has = !cid.isEmpty();
    const auto state = cm->state(cid);
    // A database role that may only read the team's hosts and alert rules changes none here.
    const bool teamLocked = m_workspace->teamIsReadOnly();
    const bool hostsLocked = teamLocked && m_workspace->sharesHostsWithTeam();
    m_addConnection->setEnabled(!hostsLocked);
    m_editConnection->setEnabled(has && !cm->config(cid).transient && !hostsLocked);
    m_removeConnection->setEnabled(has && !hostsLocked);
    if (m_alertRules)
        m_alertRules->setEnabled(!teamLocked);
    m_connect->setEnabled(has && state != ConnectionState::Connected &&
                          state != ConnectionState::Connecting);
    m_disconnect->setEnabled(
        has && (state == ConnectionState::Connected || state == ConnectionState::Connecting));
    if (m_evacuateAction)
        m_evacuateAction->setEnabled(has && state == ConnectionState::Connected &&
                                     !cm->config(cid).readOnly);
    if (m_maintenanceAction) {
        const QSignalBlocker quiet(m_maintenanceAction); // showing the state is no toggle
        m_maintenanceAction->setEnabled(has && !cm->config(cid).readOnly && !hostsLocked);
        m_maintenanceAction->setChecked(has && cm->config(cid).maintenance);
    }
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

} // namespace virtdeck
