// SPDX-License-Identifier: GPL-3.0-or-later
#include "moveplandialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

QList<MovePlanDialog::Load> MovePlanDialog::loadsAfter(const QList<HostCapacity> &hosts,
                                                       const MovePlan &plan,
                                                       const PlacementOptions &options) {
    const QList<HostCapacity> after = hostsAfter(hosts, plan);
    QList<Load> loads;
    for (const HostCapacity &h : after) {
        const double cpuCap = double(h.cpus) * options.cpuOvercommit;
        loads.append({memoryLoad(h, options), cpuCap > 0 ? h.allocatedVcpus / cpuCap : 0.0});
    }
    return loads;
}

MovePlanDialog::MovePlanDialog(const QString &title, const QList<MovePlan> &plans,
                               const QStringList &titles, const QList<HostCapacity> &hosts,
                               const PlacementOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_plans(plans)
    , m_hosts(hosts)
    , m_options(options) {
    setWindowTitle(title);
    auto *intro = new QLabel(tr("Two plans for the same moves. Pick the one to carry out; each "
                                "migration becomes a job in the Jobs view."),
                             this);
    intro->setWordWrap(true);
    auto *columns = new QHBoxLayout;
    auto *group = new QButtonGroup(this);
    for (int i = 0; i < m_plans.size(); ++i) {
        columns->addWidget(planColumn(i, titles.value(i, tr("Plan %1").arg(i + 1))), 1);
        group->addButton(m_picks.last(), i);
    }
    if (!m_picks.isEmpty())
        m_picks.first()->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *go = buttons->addButton(tr("&Migrate"), QDialogButtonBox::AcceptRole);
    go->setObjectName(u"planMigrate"_s);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto movable = [this](int i) {
        return !m_plans.at(i).moves.isEmpty();
    };
    go->setEnabled(!m_plans.isEmpty() && movable(0));
    connect(group, &QButtonGroup::idClicked, go,
            [go, movable](int id) { go->setEnabled(movable(id)); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(960, 480);
}

int MovePlanDialog::chosen() const {
    for (int i = 0; i < m_picks.size(); ++i)
        if (m_picks.at(i)->isChecked())
            return i;
    return 0;
}

namespace {
QString percent(double share) {
    return MovePlanDialog::tr("%1 %").arg(qRound(share * 100));
}

QTableWidget *loadTable(const QList<HostCapacity> &hosts, const QList<MovePlanDialog::Load> &loads,
                        QWidget *parent) {
    auto *table = new QTableWidget(int(hosts.size()) + 1, 3, parent);
    table->setHorizontalHeaderLabels(
        {MovePlanDialog::tr("Host"), MovePlanDialog::tr("Memory"), MovePlanDialog::tr("vCPUs")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setTextElideMode(Qt::ElideMiddle);
    double maxMem = 0, maxCpu = 0;
    for (int r = 0; r < hosts.size(); ++r) {
        const bool shown = hosts.at(r).connected;
        table->setItem(r, 0, new QTableWidgetItem(hosts.at(r).host));
        table->setItem(r, 1, new QTableWidgetItem(shown ? percent(loads.at(r).memory) : u"–"_s));
        table->setItem(r, 2, new QTableWidgetItem(shown ? percent(loads.at(r).vcpus) : u"–"_s));
        if (shown) {
            maxMem = std::max(maxMem, loads.at(r).memory);
            maxCpu = std::max(maxCpu, loads.at(r).vcpus);
        }
    }
    const int last = int(hosts.size());
    QFont bold = table->font();
    bold.setBold(true);
    const QStringList cells = {MovePlanDialog::tr("Highest"), percent(maxMem), percent(maxCpu)};
    for (int c = 0; c < 3; ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setFont(bold);
        table->setItem(last, c, item);
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}
} // namespace

QWidget *MovePlanDialog::planColumn(int index, const QString &title) {
    const MovePlan &plan = m_plans.at(index);
    auto *column = new QWidget(this);
    column->setObjectName(u"plan%1"_s.arg(index));
    auto *pick = new QRadioButton(title, column);
    QFont f = pick->font();
    f.setBold(true);
    pick->setFont(f);
    m_picks << pick;
    auto *count = new QLabel(tr("%n move(s)", nullptr, int(plan.moves.size())) +
                                 (plan.refusals.isEmpty() ? QString()
                                                          : tr(", %n VM(s) not placed", nullptr,
                                                               int(plan.refusals.size()))),
                             column);
    count->setObjectName(u"moveCount"_s);
    auto *note =
        new QLabel(plan.note.isEmpty() ? tr("Found by the greedy rules.") : plan.note, column);
    note->setObjectName(u"planNote"_s);
    note->setWordWrap(true);
    auto *moves = new QListWidget(column);
    moves->setObjectName(u"planMoves"_s);
    const QString text = describePlan(plan, m_hosts);
    if (!text.isEmpty())
        moves->addItems(text.split(u'\n'));
    auto *loads = loadTable(m_hosts, loadsAfter(m_hosts, plan, m_options), column);
    loads->setObjectName(u"planLoads"_s);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pick);
    layout->addWidget(count);
    layout->addWidget(note);
    layout->addWidget(moves, 1);
    layout->addWidget(new QLabel(tr("Load after the moves:"), column));
    layout->addWidget(loads, 1);
    return column;
}

} // namespace virtdeck
