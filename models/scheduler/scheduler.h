// SPDX-License-Identifier: GPL-3.0-or-later
// The console's scheduler: the engine on its own thread, the executor beside the connections, and
// the Jobs model. Used by the window and by the headless runner alike. GUI thread.
#pragma once

#include "job.h"
#include "schedule.h"
#include "schedulersettings.h"

#include <QList>
#include <QObject>

class QThread;

namespace virtdeck {

class Clock;
class Workspace;
class JobExecutor;
class JobTableModel;
class SchedulerEngine;

class Scheduler : public QObject {
    Q_OBJECT
public:
    // `role` names this process for the lease ("GUI", "headless runner").
    Scheduler(Workspace *workspace, const QString &databasePath, const QString &role,
              QObject *parent = nullptr);
    ~Scheduler() override;

    // False: this process only shows the jobs (a window on a shared database, where the
    // headless runners run them). Before start().
    void setRunsJobs(bool runs) { m_runsJobs = runs; }
    // Starts the engine thread; problems arrive through errorOccurred().
    void start(const SchedulerSettings &settings, Clock *clock = nullptr);
    // Stops the engine (waits for its thread).
    void stop();
    void setSettings(const SchedulerSettings &settings);
    SchedulerSettings settings() const { return m_settings; }

    JobTableModel *jobs() const { return m_jobs; }
    JobExecutor *executor() const { return m_executor; }
    QList<Schedule> schedules() const { return m_schedules; }
    QString databasePath() const { return m_path; }
    bool isRunner() const { return m_isRunner; }
    // This database role can change nothing: the window greys its scheduling out.
    bool isReadOnly() const { return m_readOnly; }
    QString runnerDescription() const { return m_runner; }

    // Thread-safe requests, forwarded to the engine thread.
    void submit(const QList<Job> &jobs);
    void cancel(qint64 id);
    void retry(qint64 id);
    void addSchedule(const Schedule &schedule);
    void updateSchedule(const Schedule &schedule);
    void removeSchedule(qint64 id);
    void runScheduleNow(qint64 id);

Q_SIGNALS:
    void started();
    void schedulesChanged();
    void runnerChanged(bool thisProcess, const QString &holder);
    void readOnlyChanged(bool readOnly);
    void errorOccurred(const QString &message);
    void jobFinished(const virtdeck::Job &job);

private:
    Workspace *m_workspace;
    QString m_path;
    QString m_role;
    SchedulerSettings m_settings;
    QThread *m_thread = nullptr;
    SchedulerEngine *m_engine = nullptr;
    JobExecutor *m_executor;
    JobTableModel *m_jobs;
    QList<Schedule> m_schedules;
    bool m_isRunner = false;
    bool m_runsJobs = true;
    bool m_readOnly = false;
    QString m_runner;
};

} // namespace virtdeck
