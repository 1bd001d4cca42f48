// SPDX-License-Identifier: GPL-3.0-or-later
// One lab's timetable: the recurring schedules of a lab job kind ("lab-start", "lab-stop", …)
// that name the lab, a row each keyed by schedule id, with what it does, when ("Mon–Fri 08:00")
// and its next run. Such a schedule targets the lab, not its VMs: the job reads the lab's
// students when it runs, so a student added later is in it. Lives on the GUI thread; setSchedules()
// takes the scheduler's whole list and applies what changed row by row.
#pragma once

#include "scheduler/schedule.h"

#include <QAbstractTableModel>
#include <QList>

namespace virtdeck {

class LabTimetableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, When, NextRun, Enabled, ColumnCount };
    Q_ENUM(Column)
    enum DataRole {
        SortRole = Qt::UserRole + 1, // raw values: the next run in ms, texts as they are
        ScheduleIdRole,
    };
    Q_ENUM(DataRole)

    explicit LabTimetableModel(const QString &lab, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString labName() const { return m_lab; }
    const Schedule &scheduleAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 scheduleId) const;
    // Keeps the schedules of `all` that belong to the lab (targetsLab()).
    void setSchedules(const QList<Schedule> &all);

    // A schedule of a lab job kind whose target is lab `lab`.
    static bool targetsLab(const Schedule &schedule, const QString &lab);
    // "Lab: Shut down (wait 120 s, then force off)".
    static QString whatText(const Schedule &schedule);
    // "Mon–Fri 08:00", "Every day 07:30, 12:00", "cron: 0 9 * * 1-5"; the spec when unreadable.
    static QString whenText(const QString &recurrence);

private:
    QVariant displayData(const Schedule &s, int column) const;

    QString m_lab;
    QList<Schedule> m_rows;
};

} // namespace virtdeck
