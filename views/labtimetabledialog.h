// SPDX-License-Identifier: GPL-3.0-or-later
// "Timetable…" of the Labs pane: the lab's recurring schedules (what, when, next run) with Add,
// Edit and Delete. The when comes from ScheduleDialog; the what is a lab operation on the whole
// lab (its students are read when the job runs). The scheduler keeps the schedules; this dialog
// follows its schedulesChanged(). GUI thread.
#pragma once

#include "labs/lab.h"

#include <QDialog>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace virtdeck {

class LabTimetableModel;
class Scheduler;
class ScheduleDialog;
struct Schedule;

class LabTimetableDialog : public QDialog {
    Q_OBJECT
public:
    LabTimetableDialog(Scheduler *scheduler, const Lab &lab, QWidget *parent = nullptr);

    LabTimetableModel *model() const { return m_model; }
    // The lab job kinds a timetable offers: start, shut down, reset, snapshot, exam start/end.
    static QStringList kinds();
    // A ScheduleDialog for a new schedule of the lab (weekly, Monday to Friday) or for `edit`.
    ScheduleDialog *scheduleDialog(const Schedule *edit = nullptr);
    // Asks for a new schedule and adds it.
    void addSchedule();
    // Edits the selected schedule.
    void editSchedule();
    // Deletes the selected schedule, asked.
    void deleteSchedule();

private:
    const Schedule *selected() const;
    void updateButtons();

    Scheduler *m_scheduler;
    Lab m_lab;
    LabTimetableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace virtdeck
