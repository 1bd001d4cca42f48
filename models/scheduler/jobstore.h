// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's database: jobs, schedules, history, the runner lease and the live runners. An
// SQLite file several processes of one computer share (the GUI, the headless runner, `virtdeck
// jobs add`), or a PostgreSQL database a team shares (`isShared()`: several runners take jobs
// from one queue, and commits are announced by notifications instead of polled). Each JobStore
// is one database connection and must be used on the thread that opened it.
#pragma once

#include "job.h"
#include "queuepolicy.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace virtdeck {

struct StoreSchema;

struct LeaseInfo {
    QString holder;      // engine instance id
    QString description; // "headless runner, pid 1234 on host"
    qint64 expiresAt = 0;
};

struct DurationStat {
    int count = 0;
    qint64 meanMs = 0;
};

class JobStore {
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    JobStore();
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // $VIRTDECK_SCHEDULER_DB, else the shared database (StoreDatabase::sharedLocation()), else
    // the file $XDG_DATA_HOME/virtdeck/scheduler.sqlite.
    static QString defaultPath();
    // `path`: a file, or a postgresql:// URL (see StoreDatabase).
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    // Opens the same database again, on a new connection (a shared database that was lost).
    bool reopen(QString *error = nullptr);
    // A PostgreSQL database: every runner takes jobs, claims are serialised across processes.
    bool isShared() const { return m_shared; }
    // False when this database role may read the jobs but not change them (a shared database's
    // read-only role). A file is always writable here: its own open() says when it is not.
    bool canWrite();
    // Called on the opening thread when another process committed a change (shared only; set
    // before open()).
    void setChangeCallback(std::function<void()> callback) { *m_onChange = std::move(callback); }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    bool insertJob(Job &job);          // sets job.id
    bool insertJobs(QList<Job> &jobs); // one transaction
    bool updateJob(const Job &job);
    // Atomically moves a waiting or queued job to running for `runner`; false when another
    // runner got it first or it was cancelled meanwhile.
    bool claimJob(qint64 id, const QString &runner, qint64 nowMs, const QString &log);
    // Moves a waiting job to queued; false when it is no longer waiting (another runner moved
    // it, or it was cancelled).
    bool promoteJob(qint64 id, const QString &log);
    // Groups the following writes into one transaction (nesting is not supported).
    bool begin();
    bool commit();
    std::optional<Job> job(qint64 id);
    // Every job not yet final, and the `historyLimit` most recent final ones.
    QList<Job> loadJobs(int historyLimit = 5000);
    // Jobs with an id above `afterId` (added by another process).
    QList<Job> jobsAfter(qint64 afterId);
    // State and cancel flag of the unfinished jobs, to notice what other processes changed.
    QList<Job> activeJobs();
    // Host and VM of every running job, whoever runs it.
    QList<RunningSlot> runningSlots();
    // From another process (the CLI): a waiting or queued job is cancelled at once; a running
    // one gets its cancel flag. False with lastError() when the job is unknown or already final.
    bool requestCancel(qint64 id, qint64 nowMs, QString *outcome = nullptr);
    // Marks every job still "running" but not claimed by `runner` as interrupted. Returns them.
    QList<Job> markInterrupted(const QString &runner, qint64 nowMs, const QString &message);
    // Marks the running jobs whose runner is no longer alive (no heartbeat within its time) as
    // interrupted. Returns them.
    QList<Job> markOrphaned(qint64 nowMs, const QString &message);
    QHash<QString, DurationStat> durationStats(); // key: kind + '\n' + uri

    bool insertSchedule(Schedule &s);
    bool updateSchedule(const Schedule &s);
    bool removeSchedule(qint64 id);
    QList<Schedule> loadSchedules();

    // Takes or renews the runner lease when it is free, expired or already ours.
    bool acquireLease(const QString &holder, const QString &description, qint64 nowMs, qint64 ttlMs,
                      LeaseInfo *current = nullptr);
    void releaseLease(const QString &holder);
    LeaseInfo lease();
    // A runner of a shared queue says it is alive until `nowMs + ttlMs`.
    bool heartbeat(const QString &runner, const QString &description, qint64 nowMs, qint64 ttlMs);
    void removeRunner(const QString &runner);
    // The runners alive at `nowMs`.
    QList<LeaseInfo> runners(qint64 nowMs);
    // Changes whenever another connection commits (SQLite's data_version; on PostgreSQL a
    // sequence the tables' triggers advance, so this connection's own commits count too).
    qint64 dataVersion();
    // The numbered schema of the jobs, schedules, lease and runners tables.
    static StoreSchema schema();

private:
    bool exec(const QString &sql);
    void close();
    // Runs a conditional single-row update: true when it changed that row.
    bool changedOneRow(QSqlQuery &q);
    // The statements run per job, prepared once (parsing them dominated small updates).
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);

    std::unique_ptr<QSqlQuery> m_updateJob;
    std::unique_ptr<QSqlQuery> m_claimJob;
    std::unique_ptr<QSqlQuery> m_promoteJob;
    QList<Job> interrupt(const QString &where, const QVariantList &values, qint64 nowMs,
                         const QString &message);

    bool m_shared = false;
    std::shared_ptr<std::function<void()>> m_onChange = std::make_shared<std::function<void()>>();

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
};

} // namespace virtdeck
