// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's embedded consoles: the Console tab beside the VM details and Open Console,
// a window of its own per VM (several at once).
#include "mainwindow.h"

#include "consolepane.h"
#include "consolewindow.h"
#include "domainoverviewwidget.h"
#include "domains/domaintablemodel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace virtdeck {

QWidget *MainWindow::createConsoleTabs(QWidget *details) {
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"detailsTabs"_s);
    tabs->setDocumentMode(true);
    m_consolePane = new ConsolePane(m_workspace->connections(), tabs);
    tabs->addTab(details, tr("&Details"));
    tabs->addTab(m_consolePane, tr("C&onsole"));
    m_openConsole = new QAction(tr("Open &Console"), this);
    m_openConsole->setObjectName(u"openConsole"_s);
    m_openConsole->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_openConsole->setToolTip(tr("Open the VM's screen in a window of its own"));
    connect(m_openConsole, &QAction::triggered, this, &MainWindow::openConsoleWindow);
    addAction(m_openConsole);
    return tabs;
}

void MainWindow::openConsoleWindow() {
    const QModelIndex current = m_domainView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = current.siblingAtColumn(DomainTableModel::Name);
    ConsoleWindow::open(
        m_workspace->connections(), current.data(DomainTableModel::ConnectionIdRole).toString(),
        current.data(DomainTableModel::UuidRole).toString(), name.data().toString(), this);
}

} // namespace virtdeck
