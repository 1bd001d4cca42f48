// SPDX-License-Identifier: GPL-3.0-or-later
#include "labtimetabledialog.h"

#include "labs/labjobs.h"
#include "labs/labtimetablemodel.h"
#include "scheduledialog.h"
#include "scheduler/scheduler.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

LabTimetableDialog::LabTimetableDialog(Scheduler *scheduler, const Lab &lab, QWidget *parent)
    : QDialog(parent)
    , m_scheduler(scheduler)
    , m_lab(lab)
    , m_model(new LabTimetableModel(lab.name, this))
    , m_sorted(new QSortFilterProxyModel(this)) {
    setWindowTitle(tr("Timetable — %1").arg(lab.name));
    setObjectName(u"LabTimetableDialog"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(LabTimetableModel::SortRole);
    auto *intro = new QLabel(tr("Lab %1: each entry acts on the whole lab, on the students it has "
                                "when it runs (also those added later).")
                                 .arg(lab.name),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(u"labTimetable"_s);
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabTimetableModel::What,
                                                      QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LabTimetableModel::NextRun, Qt::AscendingOrder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &LabTimetableDialog::addSchedule);
    connect(m_edit, &QPushButton::clicked, this, &LabTimetableDialog::editSchedule);
    connect(m_delete, &QPushButton::clicked, this, &LabTimetableDialog::deleteSchedule);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &LabTimetableDialog::editSchedule);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_scheduler, &Scheduler::schedulesChanged, this, [this] {
        m_model->setSchedules(m_scheduler->schedules());
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LabTimetableDialog::updateButtons);
    m_model->setSchedules(m_scheduler->schedules());
    updateButtons();
    resize(720, 320);
}

QStringList LabTimetableDialog::kinds() {
    QStringList out;
    for (LabOperation op : {LabOperation::Start, LabOperation::Shutdown, LabOperation::Reset,
                            LabOperation::Snapshot, LabOperation::ExamStart, LabOperation::ExamEnd})
        out << labJobKind(op);
    return out;
}

const Schedule *LabTimetableDialog::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->scheduleAt(m_sorted->mapToSource(rows.first()).row());
}

void LabTimetableDialog::updateButtons() {
    m_edit->setEnabled(selected());
    m_delete->setEnabled(selected());
}

ScheduleDialog *LabTimetableDialog::scheduleDialog(const Schedule *edit) {
    auto *dialog = new ScheduleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLab(m_lab.name, m_lab.hosts.value(0), kinds());
    if (edit) {
        dialog->setSchedule(*edit);
    } else {
        dialog->setWindowTitle(tr("New Timetable Entry — %1").arg(m_lab.name));
        dialog->setWhen(ScheduleDialog::Weekly);
    }
    return dialog;
}

void LabTimetableDialog::addSchedule() {
    ScheduleDialog *dialog = scheduleDialog();
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const Schedule &s : dialog->schedules())
            m_scheduler->addSchedule(s);
    });
    dialog->open();
}

void LabTimetableDialog::editSchedule() {
    const Schedule *s = selected();
    if (!s)
        return;
    ScheduleDialog *dialog = scheduleDialog(s);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const Schedule &changed : dialog->schedules())
            m_scheduler->updateSchedule(changed);
    });
    dialog->open();
}

void LabTimetableDialog::deleteSchedule() {
    const Schedule *s = selected();
    if (!s)
        return;
    const qint64 id = s->id;
    if (QMessageBox::question(this, tr("Delete Timetable Entry"),
                              tr("Delete \"%1, %2\" from the timetable of lab %3?")
                                  .arg(LabTimetableModel::whatText(*s),
                                       LabTimetableModel::whenText(s->recurrence), m_lab.name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) == QMessageBox::Yes)
        m_scheduler->removeSchedule(id);
}

} // namespace virtdeck
