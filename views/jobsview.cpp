// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsview.h"
#include "listtable.h"

#include "core/connectionmanager.h"
#include "scheduledialog.h"
#include "scheduler/jobfilterproxy.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/recurrence.h"
#include "scheduler/scheduler.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
struct StateFilter {
    const char *text;
    QList<JobState> states;
};
const StateFilter kFilters[] = {
    {QT_TRANSLATE_NOOP("JobsView", "All jobs"), {}},
    {QT_TRANSLATE_NOOP("JobsView", "Queued and running"),
     {JobState::Waiting, JobState::Queued, JobState::Running}},
    {QT_TRANSLATE_NOOP("JobsView", "Finished"),
     {JobState::Done, JobState::Failed, JobState::Cancelled, JobState::Interrupted}},
    {QT_TRANSLATE_NOOP("JobsView", "Failed or interrupted"),
     {JobState::Failed, JobState::Interrupted}},
};
constexpr int kScheduleIdRole = Qt::UserRole + 1;
} // namespace

// Widgets are made in the order the Tab key visits them.
void JobsView::setConnections(ConnectionManager *connections) {
    m_connections = connections;
    for (auto signal : {&ConnectionManager::connectionAdded, &ConnectionManager::connectionUpdated})
        connect(connections, signal, this, &JobsView::updateHostNames);
    connect(connections, &ConnectionManager::connectionRemoved, this, &JobsView::updateHostNames);
    updateHostNames();
}

void JobsView::updateHostNames() {
    QHash<QString, QString> names;
    for (const ConnectionConfig &c : m_connections->configs())
        names.insert(c.uri(), c.displayName());
    m_scheduler->jobs()->setHostNames(names);
}

JobsView::JobsView(Scheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_scheduler(scheduler) {
    setObjectName(u"jobsView"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createQueuePage(), tr("Queue and History"));
    m_tabs->addTab(createSchedulePage(), tr("Schedules"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connectQueue();
    connectSchedules();
    refreshSchedules();
    updateRunner(m_scheduler->isRunner(), m_scheduler->runnerDescription());
    updateButtons();
}

// Queue and history: a filter bar, the jobs beside the selected one's log, who runs them.
QWidget *JobsView::createQueuePage() {
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by action, VM, host or result"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(this);
    for (const auto &f : kFilters)
        m_stateFilter->addItem(QCoreApplication::translate("JobsView", f.text));
    m_cancel = new QPushButton(tr("&Cancel Job"), this);
    m_retry = new QPushButton(tr("Re&try"), this);
    m_runner = new QLabel(this);
    m_runner->setObjectName(u"runnerLabel"_s);
    createJobTable();
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"jobLog"_s);
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("Select a job to see its log."));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *queuePage = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_stateFilter);
    bar->addWidget(m_cancel);
    bar->addWidget(m_retry);
    auto *split = new QSplitter(Qt::Horizontal, queuePage);
    split->addWidget(m_table);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *queueLayout = new QVBoxLayout(queuePage);
    queueLayout->setContentsMargins(4, 4, 4, 4);
    queueLayout->addLayout(bar);
    queueLayout->addWidget(split, 1);
    queueLayout->addWidget(m_runner);
    return queuePage;
}

void JobsView::createJobTable() {
    m_proxy = new JobFilterProxy(this);
    m_proxy->setSourceModel(m_scheduler->jobs());
    // The shared list look, with one job selected at a time, tighter rows and fixed columns.
    m_table = makeListTable(this);
    m_table->setObjectName(u"jobTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(JobTableModel::Id, Qt::DescendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    const int widths[] = {6, 10, 15, 14, 18, 11, 11, 8, 8};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * digit + 12);
}

// The recurring schedules and their buttons.
QWidget *JobsView::createSchedulePage() {
    m_schedules = new QTreeWidget(this);
    m_schedules->setObjectName(u"scheduleList"_s);
    m_schedules->setRootIsDecorated(false);
    m_schedules->setHeaderLabels(
        {tr("Name"), tr("Action"), tr("VMs"), tr("When"), tr("Next run"), tr("Host"), tr("Note")});
    m_editSchedule = new QPushButton(tr("&Edit…"), this);
    m_runSchedule = new QPushButton(tr("Run &Now"), this);
    m_toggleSchedule = new QPushButton(tr("&Disable"), this);
    m_removeSchedule = new QPushButton(tr("De&lete"), this);
    auto *schedulePage = new QWidget(this);
    auto *sbar = new QHBoxLayout;
    sbar->addWidget(
        new QLabel(tr("New schedules: select VMs, then Virtual Machine ▸ Schedule…"), schedulePage),
        1);
    for (QPushButton *b : {m_editSchedule, m_runSchedule, m_toggleSchedule, m_removeSchedule})
        sbar->addWidget(b);
    auto *scheduleLayout = new QVBoxLayout(schedulePage);
    scheduleLayout->setContentsMargins(4, 4, 4, 4);
    scheduleLayout->addLayout(sbar);
    scheduleLayout->addWidget(m_schedules, 1);
    return schedulePage;
}

void JobsView::connectQueue() {
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto &s = kFilters[qBound(0, i, int(std::size(kFilters)) - 1)].states;
        m_proxy->setStates(QSet<JobState>(s.begin(), s.end()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsView::showSelectedJob);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &JobsView::showSelectedJob);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedJobId())
            m_scheduler->cancel(id);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedJobId())
            m_scheduler->retry(id);
    });
    connect(m_scheduler, &Scheduler::runnerChanged, this, &JobsView::updateRunner);
}

void JobsView::connectSchedules() {
    connect(m_scheduler, &Scheduler::schedulesChanged, this, &JobsView::refreshSchedules);
    connect(m_schedules, &QTreeWidget::itemSelectionChanged, this, &JobsView::updateButtons);
    connect(m_scheduler, &Scheduler::readOnlyChanged, this, [this] {
        updateButtons();
        updateRunner(m_scheduler->isRunner(), m_scheduler->runnerDescription());
    });
    connect(m_schedules, &QTreeWidget::itemDoubleClicked, this, &JobsView::editSchedule);
    connect(m_editSchedule, &QPushButton::clicked, this, &JobsView::editSchedule);
    connect(m_runSchedule, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedScheduleId())
            m_scheduler->runScheduleNow(id);
    });
    connect(m_toggleSchedule, &QPushButton::clicked, this, &JobsView::toggleSchedule);
    connect(m_removeSchedule, &QPushButton::clicked, this, &JobsView::removeSchedule);
}

void JobsView::showSelectedJob() {
    updateButtons();
    showLog();
}

void JobsView::toggleSchedule() {
    const qint64 id = selectedScheduleId();
    for (Schedule s : m_scheduler->schedules()) {
        if (s.id == id) {
            s.enabled = !s.enabled;
            m_scheduler->updateSchedule(s);
        }
    }
}

void JobsView::removeSchedule() {
    const qint64 id = selectedScheduleId();
    if (id && QMessageBox::question(this, tr("Delete schedule"),
                                    tr("Delete this schedule? Jobs it already queued stay "
                                       "in the queue.")) == QMessageBox::Yes)
        m_scheduler->removeSchedule(id);
}

qint64 JobsView::selectedJobId() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobTableModel::IdRole).toLongLong();
}

qint64 JobsView::selectedScheduleId() const {
    const auto items = m_schedules->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, kScheduleIdRole).toLongLong();
}

void JobsView::updateButtons() {
    const auto rows = m_table->selectionModel()->selectedRows();
    const auto state = rows.isEmpty()
                           ? JobState::Done
                           : JobState(rows.first().data(JobTableModel::StateRole).toInt());
    const bool writable = !m_scheduler->isReadOnly();
    m_cancel->setEnabled(writable && !rows.isEmpty() && !jobStateIsFinal(state));
    m_retry->setEnabled(writable && !rows.isEmpty() && jobStateIsFinal(state) &&
                        state != JobState::Done);
    const qint64 sid = selectedScheduleId();
    for (QPushButton *b : {m_editSchedule, m_runSchedule, m_toggleSchedule, m_removeSchedule})
        b->setEnabled(writable && sid != 0);
    for (const Schedule &s : m_scheduler->schedules())
        if (s.id == sid)
            m_toggleSchedule->setText(s.enabled ? tr("&Disable") : tr("&Enable"));
}

void JobsView::showLog() {
    const auto rows = m_table->selectionModel()->selectedRows();
    const QString log =
        rows.isEmpty() ? QString() : rows.first().data(JobTableModel::LogRole).toString();
    if (m_log->toPlainText() != log)
        m_log->setPlainText(log);
}

void JobsView::refreshSchedules() {
    const qint64 selected = selectedScheduleId();
    m_schedules->clear();
    for (const Schedule &s : m_scheduler->schedules()) {
        const auto rec = Recurrence::parse(s.recurrence);
        const JobKind kind = JobKinds::kind(s.kind);
        auto *item = new QTreeWidgetItem(m_schedules);
        item->setData(0, kScheduleIdRole, s.id);
        item->setText(0, s.name);
        item->setText(1, kind.text.isEmpty() ? s.kind : kind.text);
        item->setText(2, s.vms.join(u", "_s));
        item->setText(3, rec ? rec->describe() : s.recurrence);
        item->setText(4, !s.enabled ? tr("disabled")
                         : s.nextFire > 0
                             ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.nextFire),
                                                  QLocale::ShortFormat)
                             : QString());
        item->setText(5, s.uri);
        item->setText(6, s.note);
        item->setToolTip(6, s.note);
        if (s.id == selected)
            item->setSelected(true);
    }
    for (int c = 0; c < 5; ++c)
        m_schedules->resizeColumnToContents(c);
    updateButtons();
}

void JobsView::updateRunner(bool thisProcess, const QString &holder) {
    if (thisProcess)
        m_runner->setText(tr("This window runs the jobs (%1).")
                              .arg(queuePolicyText(m_scheduler->settings().policy)));
    else if (!holder.isEmpty())
        m_runner->setText(
            tr("Jobs are run by another process: %1. This window shows them.").arg(holder));
    else
        m_runner->setText(tr("The scheduler is starting…"));
    if (m_scheduler->isReadOnly())
        m_runner->setText(m_runner->text() + u' ' +
                          tr("Read-only: your database role can change nothing here."));
}

void JobsView::editSchedule() {
    const qint64 id = selectedScheduleId();
    for (const Schedule &s : m_scheduler->schedules()) {
        if (s.id != id)
            continue;
        ScheduleDialog dlg(this);
        dlg.setSchedule(s);
        if (dlg.exec() == QDialog::Accepted && !dlg.schedules().isEmpty())
            m_scheduler->updateSchedule(dlg.schedules().first());
        return;
    }
}

} // namespace virtdeck
