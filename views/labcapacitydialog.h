// SPDX-License-Identifier: GPL-3.0-or-later
// "Can this lab start at 10:00?": the capacity check for a lab at a chosen time, per host (memory
// and vCPUs committed against what the placement allows, counting the VMs that run there and
// those the scheduler will have started), with the moves that would make it fit. The hosts are
// read through the console's connections, never on the GUI thread. GUI thread.
#pragma once

#include "labs/lab.h"
#include "labs/labsettings.h"
#include "scheduler/job.h"
#include "scheduler/placement.h"
#include "scheduler/schedule.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace virtdeck {

class Workspace;
class LabExecutor;
class LabService;
class Scheduler;
struct LabCapacityPlan;

class LabCapacityDialog : public QDialog {
    Q_OBJECT
public:
    // `labs`: every lab (other labs' scheduled starts count); `jobs`: the scheduler's jobs.
    LabCapacityDialog(Workspace *workspace, const Lab &lab, const QList<Lab> &labs,
                      const QList<Job> &jobs, const PlacementOptions &placement,
                      QWidget *parent = nullptr);
    ~LabCapacityDialog() override;
    void setWhen(const QDateTime &when);
    // The scheduler's schedules: the default time becomes the lab's next scheduled start (unless
    // the user changed the time).
    void setSchedules(const QList<Schedule> &schedules);
    // Runs the check for the chosen time (again); the result replaces the last.
    void check();
    bool isChecking() const { return m_executor != nullptr; }
    // Where "Apply moves…" queues the migrations and records the new hosts; without them the
    // button stays hidden.
    void setApplyTo(Scheduler *scheduler, LabService *service);
    // The last report's moves as migrations (the VMs as the console sees them now) and
    // placement changes.
    LabCapacityPlan plan() const;
    // Shows the plan and, confirmed, queues its migrations and records its placements.
    void applyMoves();

Q_SIGNALS:
    // A check ended; `fits` when the lab runs at that time as placed (new students placed
    // where the check puts them).
    void checked(bool fits);
    // The plan was carried out: `jobs` migrations queued, `placements` new hosts recorded.
    void applied(int jobs, int placements);

private:
    void showReport(const LabCapacityReport &report);
    void addHostRow(const LabHostVerdict &h);

    Workspace *m_workspace;
    Lab m_lab;
    QList<Lab> m_labs;
    QList<Job> m_jobs;
    PlacementOptions m_placement;
    LabExecutor *m_executor = nullptr;
    QDateTimeEdit *m_when;
    QPushButton *m_check;
    QPushButton *m_apply;
    Scheduler *m_scheduler = nullptr;
    LabService *m_service = nullptr;
    LabCapacityReport m_report;
    QLabel *m_headline;
    QTableWidget *m_hosts;
    QLabel *m_adviceLabel;
    QListWidget *m_advice;
    QDateTime m_at;
    QDateTime m_defaultWhen; // what the time was set to, not by the user
    bool m_fits = false;
};

} // namespace virtdeck
