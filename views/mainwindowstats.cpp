// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: live statistics — sparklines in the tables, the charts of the selection and the
// alerts log.
#include "mainwindow.h"

#include "alertrulesdialog.h"
#include "core/connectionmanager.h"
#include "desktopnotifier.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "sparklinedelegate.h"
#include "stats/alertengine.h"
#include "stats/alertlogmodel.h"
#include "stats/statsstore.h"
#include "statschartspage.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

void MainWindow::setUpStats() {
    setUpSparklines();
    createChartsDock();
    createAlertsDock();
    m_notifier = new DesktopNotifier(this);
    connect(m_workspace->alerts(), &AlertEngine::alertRaised, this, &MainWindow::onAlertRaised);
    updateCharts();
}

void MainWindow::setUpSparklines() {
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
}

// Charts of the selection, right, beside the details as a tab: each gets the dock's full height.
void MainWindow::createChartsDock() {
    m_charts = new StatsChartsPage(m_workspace->stats(), this);
    m_charts->setObjectName(u"chartsPage"_s);
    m_chartsDock = addDock(m_charts, tr("Performance"), u"chartsDock"_s, Qt::RightDockWidgetArea,
                           m_detailsDock);
    m_detailsDock->raise();
    connect(m_domainView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCharts);
    connect(m_hostView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCharts);
}

// Alerts log, bottom, beside the activity log.
void MainWindow::createAlertsDock() {
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
    m_alertsDock =
        addDock(alertsPane, tr("Alerts"), u"alertsDock"_s, Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->raise();
}

void MainWindow::onAlertRaised(const AlertEvent &e) {
    const QString title = tr("Virtdeck alert: %1").arg(e.subject);
    m_notifier->notify(title, e.message);
    statusBar()->showMessage(title + u" — "_s + e.message, 10000);
    m_alertView->scrollToBottom();
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
    m_workspace->setAlertRules(dlg.rules());
}

} // namespace virtdeck
