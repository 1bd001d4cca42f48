// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler: triggers, the queue under its policy and limits, recurring schedules, the
// runner lease and the job history in SQLite. Lives on the scheduler thread (tests may keep it on
// theirs); other threads reach it through queued calls. It does not run jobs itself: it emits
// dispatch() and learns the outcome through jobProgress()/jobFinished()/jobDeferred().
#pragma once

#include "clock.h"
#include "job.h"
#include "jobstore.h"
#include "schedule.h"
#include "schedulersettings.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace virtdeck {

class SchedulerEngine : public QObject {
    Q_OBJECT
public:
    // `description` tells other processes who holds the lease ("GUI, pid 42 on box").
    SchedulerEngine(const QString &databasePath, Clock *clock, const QString &description,
                    QObject *parent = nullptr);
    ~SchedulerEngine() override;

    // Opens the database and loads jobs and schedules; false (and error()) when it cannot.
    bool start();
    // Running jobs become interrupted (their outcome will not be recorded), the lease is freed.
    void stop();
    void setSettings(const SchedulerSettings &settings);
    SchedulerSettings settings() const { return m_settings; }
    // One cycle: lease, other processes' changes, due schedules, waiting jobs, dispatch.
    void process();

    // Adds jobs (state and times are set here); returns their ids (0 for a refused one).
    QList<qint64> submit(QList<Job> jobs);
    void cancel(qint64 id);
    qint64 retry(qint64 id); // a new job like the old one
    qint64 addSchedule(Schedule schedule, QString *error = nullptr);
    bool updateSchedule(Schedule schedule, QString *error = nullptr);
    void removeSchedule(qint64 id);
    void runScheduleNow(qint64 id);

    // From the executor.
    void jobProgress(qint64 id, int percent, const QString &line);
    void jobFinished(qint64 id, bool ok, const QString &message);
    void jobDeferred(qint64 id, const QString &reason); // retried after hostRetryMs

    // A window on a shared database only shows the jobs: the runners run them. Before start().
    void setRunsJobs(bool runs) { m_runsJobs = runs; }
    // Whether this engine holds the lease: it fires the schedules (and its process watches the
    // failovers). On a shared database the other runners take queued jobs as well.
    bool isRunner() const { return m_leaseHeld; }
    QString instanceId() const { return m_instance; }
    // Unfinished jobs as this engine knows them.
    QList<Job> activeJobs() const { return m_jobs.values(); }
    QList<Schedule> schedules() const { return m_schedules.values(); }
    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    void dispatch(const virtdeck::Job &job);
    void jobsLoaded(const QList<virtdeck::Job> &jobs);
    void jobUpdated(const virtdeck::Job &job);
    void schedulesLoaded(const QList<virtdeck::Schedule> &schedules);
    void scheduleUpdated(const virtdeck::Schedule &schedule);
    void scheduleRemoved(qint64 id);
    // Whether this engine runs jobs, or who does instead.
    void runnerChanged(bool thisProcess, const QString &holder);
    // The database role may read but not change the jobs: nothing can be queued or cancelled.
    void readOnlyChanged(bool readOnly);
    void errorOccurred(const QString &message);
    // A running job was asked to stop: its handler may stop early (the job then ends cancelled).
    void cancelRunning(qint64 id);

private:
    void appendLog(Job &job, const QString &line) const;
    void save(Job &job, bool emitUpdate = true);
    void finish(Job &job, JobState state, const QString &result);
    bool takeLease(qint64 now);
    void beat(qint64 now);
    void reconnect();
    void forgetLost(const Job &job);
    QString runnersText(qint64 now);
    void reread(qint64 id);
    void syncFromStore();
    void fireSchedules(qint64 now);
    QList<Job> jobsForSchedule(const Schedule &s, const QString &firstLogLine) const;
    void promoteWaiting(qint64 now);
    void dispatchQueued(qint64 now);
    qint64 expectedMs(const Job &job) const;
    // Every change to m_jobs goes through these, so the queue index stays right.
    void setJob(const Job &job);
    void dropJob(qint64 id);
    void requestProcess();

    QString m_path;
    Clock *m_clock;
    QString m_description;
    QString m_instance;
    JobStore m_store;
    SchedulerSettings m_settings;
    QTimer *m_timer;
    bool m_started = false;
    bool m_runsJobs = true;
    bool m_lost = false;     // the shared database stopped answering
    bool m_notified = false; // another process's commit was announced since the last look
    qint64 m_heartbeatAt = 0;
    bool m_leaseHeld = false;
    QString m_leaseHolder;
    qint64 m_leaseRenewAt = 0;
    qint64 m_dataVersion = -1;
    qint64 m_maxId = 0;
    bool m_processPending = false;
    QString m_rrCursor;
    QHash<qint64, Job> m_jobs;             // unfinished jobs only; the history lives in the store
    QHash<qint64, QString> m_running;      // id -> vmKey
    QHash<qint64, QueueCandidate> m_queue; // the queued jobs, as the policy sees them
    QHash<qint64, Schedule> m_schedules;
    QHash<QString, DurationStat> m_stats; // kind + '\n' + uri
};

} // namespace virtdeck
