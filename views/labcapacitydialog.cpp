// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcapacitydialog.h"

#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "labs/labcapacityplan.h"
#include "labs/labexecutor.h"
#include "labs/labjobs.h"
#include "labs/labservice.h"
#include "labs/labsettings.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QColor>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
enum Column { HostCol, StudentsCol, MemoryCol, VcpuCol, VerdictCol, ColumnCount };

// The locale's short date and time, without seconds.
QString minuteFormat() {
    return QLocale().dateTimeFormat(QLocale::ShortFormat).remove(u":ss"_s);
}

// The lab's next scheduled start, else now (a check "can it run?" is about now by default).
QDateTime defaultWhen(const QList<Job> &jobs, const QList<Schedule> &schedules,
                      const QString &lab) {
    const qint64 next = labNextStart(jobs, schedules, lab, QDateTime::currentMSecsSinceEpoch());
    const QDateTime at =
        next > 0 ? QDateTime::fromMSecsSinceEpoch(next) : QDateTime::currentDateTime();
    return QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
}
} // namespace

LabCapacityDialog::LabCapacityDialog(Workspace *workspace, const Lab &lab, const QList<Lab> &labs,
                                     const QList<Job> &jobs, const PlacementOptions &placement,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_lab(lab)
    , m_labs(labs)
    , m_jobs(jobs)
    , m_placement(placement) {
    setWindowTitle(tr("Capacity Check — %1").arg(lab.name));
    auto *top = new QHBoxLayout;
    auto *whenLabel = new QLabel(tr("Class &starts at:"), this);
    m_defaultWhen = defaultWhen(jobs, {}, lab.name);
    m_when = new QDateTimeEdit(m_defaultWhen, this);
    m_when->setObjectName(u"capacityWhen"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(minuteFormat());
    whenLabel->setBuddy(m_when);
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setDefault(true);
    connect(m_check, &QPushButton::clicked, this, &LabCapacityDialog::check);
    top->addWidget(whenLabel);
    top->addWidget(m_when);
    top->addWidget(m_check);
    top->addStretch(1);
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_hosts = new QTableWidget(0, ColumnCount, this);
    m_hosts->setHorizontalHeaderLabels({tr("Host"), tr("Students"), tr("Memory (needed / allowed)"),
                                        tr("vCPUs (needed / allowed)"), tr("Verdict")});
    m_hosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hosts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hosts->verticalHeader()->hide();
    m_hosts->setTextElideMode(Qt::ElideMiddle);
    m_hosts->setWordWrap(false);
    m_hosts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hosts->horizontalHeader()->setSectionResizeMode(HostCol, QHeaderView::Stretch);
    m_advice = new QListWidget(this);
    m_advice->setMaximumHeight(120);
    m_adviceLabel = new QLabel(tr("What would make it fit, and what the hosts said:"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply Moves…"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(u"capacityApply"_s);
    m_apply->setEnabled(false);
    m_apply->setVisible(false);
    connect(m_apply, &QPushButton::clicked, this, &LabCapacityDialog::applyMoves);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_adviceLabel);
    layout->addWidget(m_advice);
    layout->addWidget(buttons);
    m_adviceLabel->setVisible(false);
    m_advice->setVisible(false);
    resize(820, 420);
}

LabCapacityDialog::~LabCapacityDialog() = default;

void LabCapacityDialog::setWhen(const QDateTime &when) {
    m_when->setDateTime(when);
}

void LabCapacityDialog::setSchedules(const QList<Schedule> &schedules) {
    const bool untouched = m_when->dateTime() == m_defaultWhen;
    m_defaultWhen = defaultWhen(m_jobs, schedules, m_lab.name);
    if (untouched)
        m_when->setDateTime(m_defaultWhen);
}

void LabCapacityDialog::check() {
    if (m_executor)
        return;
    m_at = m_when->dateTime();
    m_fits = false;
    const QList<Lab> &labs = m_labs;
    const auto scheduled = labScheduledStarts(m_jobs, m_lab.name, m_at.toMSecsSinceEpoch(),
                                              [&labs](const QString &name, Lab *out) {
                                                  for (const Lab &l : labs)
                                                      if (l.name == name) {
                                                          *out = l;
                                                          return true;
                                                      }
                                                  return false;
                                              });
    m_check->setEnabled(false);
    m_apply->setEnabled(false);
    m_report = {};
    m_headline->setText(tr("Asking the lab's hosts…"));
    m_hosts->setRowCount(0);
    m_advice->clear();
    m_executor = new LabExecutor(m_workspace, this);
    m_executor->setPlacementOptions(m_placement);
    auto notes = std::make_shared<QStringList>();
    connect(m_executor, &LabExecutor::note, this, [notes](const QString &t) { *notes << t; });
    connect(m_executor, &LabExecutor::capacityChecked, this, &LabCapacityDialog::showReport);
    connect(m_executor, &LabExecutor::finished, this, [this, notes] {
        m_executor->deleteLater();
        m_executor = nullptr;
        m_check->setEnabled(true);
        if (m_hosts->rowCount() == 0 && m_advice->count() == 0) {
            m_headline->setText(
                tr("The check could not run: %1")
                    .arg(notes->isEmpty() ? tr("no host answered.") : notes->join(u' '))
                    .toHtmlEscaped());
            Q_EMIT checked(false);
            return;
        }
        m_advice->addItems(*notes);
        m_advice->setVisible(m_advice->count() > 0);
        m_adviceLabel->setVisible(m_advice->count() > 0);
        Q_EMIT checked(m_fits);
    });
    m_executor->checkCapacity(m_lab, scheduled);
}

namespace {
// What the row's verdict says: which resource does not fit, with its numbers.
QString verdictText(const LabHostVerdict &h) {
    if (!h.reachable)
        return LabCapacityDialog::tr("not reachable");
    if (h.fits)
        return h.room - h.students > 9999
                   ? LabCapacityDialog::tr("fits")
                   : LabCapacityDialog::tr("fits, room for %n more", nullptr, h.room - h.students);
    QStringList shortOf;
    if (h.vcpusShort)
        shortOf
            << LabCapacityDialog::tr("vCPUs %1 of %2 allowed").arg(h.needVcpus).arg(h.allowVcpus);
    if (h.memoryShort)
        shortOf << LabCapacityDialog::tr("memory %1 of %2")
                       .arg(memorySizeText(qint64(h.needMemory)),
                            memorySizeText(qint64(h.allowMemory)));
    return LabCapacityDialog::tr("does not fit: %1").arg(shortOf.join(u", "_s));
}
} // namespace

void LabCapacityDialog::addHostRow(const LabHostVerdict &h) {
    const int row = m_hosts->rowCount();
    m_hosts->insertRow(row);
    const QStringList cells = {
        h.host,
        QString::number(h.students),
        tr("%1 / %2").arg(memorySizeText(qint64(h.needMemory)),
                          memorySizeText(qint64(h.allowMemory))),
        tr("%1 / %2").arg(h.needVcpus).arg(h.allowVcpus),
        verdictText(h),
    };
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == VerdictCol)
            item->setToolTip(h.text);
        m_hosts->setItem(row, c, item);
    }
    // Only the resource that does not fit is marked (or the host, when it cannot be reached).
    const QColor red(0xc6, 0x28, 0x28);
    if (!h.reachable)
        m_hosts->item(row, HostCol)->setForeground(red);
    if (h.memoryShort)
        m_hosts->item(row, MemoryCol)->setForeground(red);
    if (h.vcpusShort)
        m_hosts->item(row, VcpuCol)->setForeground(red);
}

void LabCapacityDialog::showReport(const LabCapacityReport &report) {
    const QString when = QLocale().toString(m_at, minuteFormat());
    // Students not provisioned yet have no host: placing them is no move.
    const bool placementsOnly = !report.fitsNow() && report.fitsAfterMoves() &&
                                std::all_of(report.hosts.cbegin(), report.hosts.cend(),
                                            [](const auto &h) { return h.fits; }) &&
                                std::all_of(report.moves.cbegin(), report.moves.cend(),
                                            [](const auto &m) { return m.from.isEmpty(); });
    m_fits = report.fitsNow() || placementsOnly;
    const QString headline =
        report.fitsNow() ? tr("Lab %1 can run at %2.").arg(m_lab.name, when)
        : placementsOnly ? tr("Lab %1 can run at %2 with its new students placed as below.")
                               .arg(m_lab.name, when)
        : report.fitsAfterMoves()
            ? tr("Lab %1 does not fit at %2 as placed; the moves below make it fit.")
                  .arg(m_lab.name, when)
            : tr("Lab %1 does not fit at %2, not even after moving students.")
                  .arg(m_lab.name, when);
    m_headline->setText(u"<b>"_s + headline.toHtmlEscaped() + u"</b>"_s);
    m_hosts->setRowCount(0);
    for (const auto &h : report.hosts)
        addHostRow(h);
    m_hosts->resizeColumnsToContents();
    m_hosts->setTextElideMode(Qt::ElideMiddle);
    m_hosts->setWordWrap(false);
    m_hosts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hosts->horizontalHeader()->setSectionResizeMode(HostCol, QHeaderView::Stretch);
    m_advice->clear();
    m_advice->addItems(report.adviceLines());
    m_report = report;
    m_apply->setEnabled(!report.moves.isEmpty());
}

void LabCapacityDialog::setApplyTo(Scheduler *scheduler, LabService *service) {
    m_scheduler = scheduler;
    m_service = service;
    m_apply->setVisible(scheduler && service);
}

LabCapacityPlan LabCapacityDialog::plan() const {
    const Workspace *workspace = m_workspace;
    return labCapacityPlan(
        m_lab, m_report,
        [workspace](const QString &uri, const QString &vm) -> std::optional<LabVmSeen> {
            QString id;
            for (const auto &c : workspace->connections()->configs())
                if (c.uri() == uri)
                    id = c.id;
            const DomainTableModel *domains = workspace->domains();
            for (int r = 0; r < domains->rowCount(); ++r) {
                const DomainInfo &d = domains->domainAt(r);
                if (d.connectionId == id && d.name == vm)
                    return LabVmSeen{d.uuid, domainStateIsActive(d.state)};
            }
            return std::nullopt;
        });
}

void LabCapacityDialog::applyMoves() {
    const LabCapacityPlan planned = plan();
    if (!m_scheduler || !m_service || planned.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Apply Moves — %1").arg(m_lab.name),
                    tr("Carry out these moves? Each migration is a job in the Jobs view; a "
                       "student's new host is recorded once its VMs are there."),
                    QMessageBox::Cancel, this);
    QStringList lines = planned.previewLines();
    if (!m_report.homeless.isEmpty())
        lines << tr("Even then, no host has room for: %1.").arg(m_report.homeless.join(u", "_s));
    box.setInformativeText(lines.join(u'\n'));
    box.setStyleSheet(u"QLabel#qt_msgbox_informativelabel { min-width: 36em; }"_s);
    auto *go = box.addButton(tr("&Apply"), QMessageBox::AcceptRole);
    box.setDefaultButton(go);
    box.exec();
    if (box.clickedButton() != go)
        return;
    const QList<Job> jobs = labMigrationJobs(m_lab, planned, m_service->databasePath());
    if (!jobs.isEmpty())
        m_scheduler->submit(jobs);
    QList<LabAssignment> placed;
    for (const auto &p : planned.placements)
        placed.append({p.student, p.to});
    if (!placed.isEmpty())
        m_service->setAssignments(m_lab.name, placed);
    m_apply->setEnabled(false);
    m_headline->setText(tr("%n migration(s) queued (the Jobs view shows their progress); %1.",
                           nullptr, int(jobs.size()))
                            .arg(tr("%n new host(s) recorded", nullptr, int(placed.size())))
                            .toHtmlEscaped());
    Q_EMIT applied(int(jobs.size()), int(placed.size()));
}

} // namespace virtdeck
