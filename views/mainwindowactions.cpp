// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: its actions, menus, tool bar and context menus, and what the actions do.
#include "mainwindow.h"

#include "core/connectionmanager.h"
#include "core/libvirt/libraryinfo.h"
#include "core/preferences.h"
#include "domainoverviewwidget.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "newvmwizard.h"
#include "preferencesdialog.h"
#include "serialconsolewindow.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace virtdeck {

using namespace Qt::StringLiterals;

QAction *MainWindow::newAction(const QString &text, const QKeySequence &key, const QString &tip,
                               const QIcon &icon) {
    auto *a = new QAction(icon, text, this);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!tip.isEmpty())
        a->setToolTip(tip);
    return a;
}

void MainWindow::createActions() {
    createDomainActions();
    createConnectionActions();
    m_filterAction = newAction(tr("&Filter"), QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filterText->setFocus();
        m_filterText->selectAll();
    });
    addAction(m_filterAction);
}

// The lifecycle actions on the selected VMs, with their shortcuts in the tooltips.
void MainWindow::createDomainActions() {
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
        const QString text =
            s.action == DomainAction::Delete ? tr("&Delete…") : domainActionText(s.action);
        auto *a = newAction(text, s.key,
                            tr(s.tip) + u" ("_s + s.key.toString(QKeySequence::NativeText) + u')',
                            themedIcon(QString::fromLatin1(s.icon)));
        a->setStatusTip(tr(s.tip));
        if (s.action == DomainAction::Delete)
            connect(a, &QAction::triggered, this, &MainWindow::deleteSelection);
        else
            connect(a, &QAction::triggered, this, [this, act = s.action] { runOnSelection(act); });
        m_actions.insert(int(s.action), a);
    }
    // The table's own Delete key handling would eat the shortcut otherwise.
    m_domainView->addAction(m_actions.value(int(DomainAction::Delete)));
}

void MainWindow::createConnectionActions() {
    m_addConnection =
        newAction(tr("&Add Connection…"), QKeySequence::New, {}, themedIcon(u"connection-add"_s));
    connect(m_addConnection, &QAction::triggered, this, &MainWindow::addConnection);
    m_editConnection = newAction(tr("&Edit Connection…"), {}, {}, themedIcon(u"connection-edit"_s));
    connect(m_editConnection, &QAction::triggered, this, &MainWindow::editConnection);
    m_removeConnection =
        newAction(tr("&Remove Connection"), {}, {}, themedIcon(u"connection-remove"_s));
    connect(m_removeConnection, &QAction::triggered, this, &MainWindow::removeConnection);
    m_connect = newAction(tr("&Connect"), {}, {}, themedIcon(u"connect"_s));
    connect(m_connect, &QAction::triggered, this,
            [this] { m_workspace->connections()->openConnection(selectedConnectionId()); });
    m_disconnect = newAction(tr("D&isconnect"), {}, {}, themedIcon(u"disconnect"_s));
    connect(m_disconnect, &QAction::triggered, this,
            [this] { m_workspace->connections()->closeConnection(selectedConnectionId()); });
    m_refresh =
        newAction(tr("&Refresh"), QKeySequence::Refresh,
                  tr("Re-read every VM and every storage pool of every connected host (F5)"),
                  themedIcon(u"refresh"_s));
    connect(m_refresh, &QAction::triggered, this, [this] {
        for (const auto &c : m_workspace->connections()->configs())
            m_workspace->connections()->refresh(c.id);
        // Volumes made or deleted by other clients send no libvirt event: rescan the pools.
        m_workspace->storage()->refresh(true);
    });
}

void MainWindow::createMenus() {
    createFileMenu();
    createConnectionMenu();
    createVmMenu();
    createViewMenu();
    createHelpMenu();
    createToolBar();
}

void MainWindow::createFileMenu() {
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
}

void MainWindow::createConnectionMenu() {
    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    for (QAction *a : {m_addConnection, m_editConnection, m_removeConnection})
        m_connectionMenu->addAction(a);
    m_connectionMenu->addSeparator();
    for (QAction *a : {m_connect, m_disconnect, m_refresh})
        m_connectionMenu->addAction(a);
}

void MainWindow::createVmMenu() {
    m_vmMenu = menuBar()->addMenu(tr("&Virtual Machine"));
    m_vmMenu->addAction(themedIcon(u"vm"_s), tr("&New Virtual Machine…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &MainWindow::newVm);
    m_vmMenu->addSeparator();
    for (DomainAction a : {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot,
                           DomainAction::ForceOff, DomainAction::Pause, DomainAction::Resume})
        m_vmMenu->addAction(action(a));
    m_vmMenu->addSeparator();
    m_vmMenu->addAction(m_openConsole);
    m_vmMenu->addAction(action(DomainAction::Delete));
}

void MainWindow::createViewMenu() {
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_filterAction);
    addDockToggle(m_logDock, QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    m_viewMenu->addAction(m_alertsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_alertRules);
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
}

void MainWindow::createHelpMenu() {
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Virtdeck"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_addConnection);
    m_toolBar->addSeparator();
    for (DomainAction a :
         {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot, DomainAction::ForceOff,
          DomainAction::Pause, DomainAction::Resume, DomainAction::Delete})
        m_toolBar->addAction(action(a));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
}

void MainWindow::addDockToggle(QDockWidget *dock, const QKeySequence &key) {
    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(key);
    m_viewMenu->addAction(toggle);
}

void MainWindow::newVm() {
    auto *wizard = new NewVmWizard(m_workspace->connections(), m_workspace->hosts(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewVmWizard::vmCreated, this, [this](const ActionResult &r) {
        const QString host = m_workspace->connections()->config(r.connectionId).displayName();
        logLine(r.ok, host,
                r.ok ? tr("Created %1").arg(r.name) : tr("Creating %1 failed").arg(r.name),
                r.message);
    });
    wizard->show();
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
    menu.addAction(m_openConsole);
    menu.addAction(tr("Open in &virt-viewer"), m_overview, &DomainOverviewWidget::openConsole);
    menu.addAction(tr("&Serial Console"), this, [this] {
        for (const QModelIndex &i : m_domainView->selectionModel()->selectedRows()) {
            const auto vm = i.data(DomainTableModel::DomainRole).value<DomainInfo>();
            SerialConsoleWindow::open(m_workspace->connections(), vm.connectionId, vm.uuid,
                                      vm.name);
        }
    });
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
