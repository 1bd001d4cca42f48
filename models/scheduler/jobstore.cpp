// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstore.h"

#include "core/storedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "virtdeck.scheduler.store")

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// The PostgreSQL channel the tables' triggers notify on.
const QString kChannel = u"virtdeck_jobs"_s;

const QString kJobColumns =
    u"id, kind, uri, vm, vm_uuid, params, grp, priority, host_down, state, progress, not_before, "
    "after_job, schedule_id, created_at, started_at, finished_at, attempts, cancel_requested, "
    "result, log, runner"_s;

QString toJson(const QVariantMap &m) {
    return m.isEmpty()
               ? QString()
               : QString::fromUtf8(
                     QJsonDocument(QJsonObject::fromVariantMap(m)).toJson(QJsonDocument::Compact));
}
QVariantMap fromJson(const QString &s) {
    return s.isEmpty() ? QVariantMap()
                       : QJsonDocument::fromJson(s.toUtf8()).object().toVariantMap();
}

Job readJob(const QSqlQuery &q) {
    Job j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.uri = q.value(2).toString();
    j.vm = q.value(3).toString();
    j.vmUuid = q.value(4).toString();
    j.params = fromJson(q.value(5).toString());
    j.group = q.value(6).toString();
    j.priority = q.value(7).toInt();
    j.hostDown = HostDownPolicy(q.value(8).toInt());
    jobStateFromName(q.value(9).toString(), &j.state);
    j.progress = q.value(10).toInt();
    j.notBefore = q.value(11).toLongLong();
    j.afterJob = q.value(12).toLongLong();
    j.scheduleId = q.value(13).toLongLong();
    j.createdAt = q.value(14).toLongLong();
    j.startedAt = q.value(15).toLongLong();
    j.finishedAt = q.value(16).toLongLong();
    j.attempts = q.value(17).toInt();
    j.cancelRequested = q.value(18).toInt() != 0;
    j.result = q.value(19).toString();
    j.log = q.value(20).toString();
    j.runner = q.value(21).toString();
    return j;
}

void bindJob(QSqlQuery &q, const Job &j) {
    q.bindValue(u":kind"_s, j.kind);
    q.bindValue(u":uri"_s, j.uri);
    q.bindValue(u":vm"_s, j.vm);
    q.bindValue(u":vm_uuid"_s, j.vmUuid);
    q.bindValue(u":params"_s, toJson(j.params));
    q.bindValue(u":grp"_s, j.group);
    q.bindValue(u":priority"_s, j.priority);
    q.bindValue(u":host_down"_s, int(j.hostDown));
    q.bindValue(u":state"_s, jobStateName(j.state));
    q.bindValue(u":progress"_s, j.progress);
    q.bindValue(u":not_before"_s, j.notBefore);
    q.bindValue(u":after_job"_s, j.afterJob);
    q.bindValue(u":schedule_id"_s, j.scheduleId);
    q.bindValue(u":created_at"_s, j.createdAt);
    q.bindValue(u":started_at"_s, j.startedAt);
    q.bindValue(u":finished_at"_s, j.finishedAt);
    q.bindValue(u":attempts"_s, j.attempts);
    q.bindValue(u":cancel_requested"_s, j.cancelRequested ? 1 : 0);
    q.bindValue(u":result"_s, j.result);
    q.bindValue(u":log"_s, j.log);
    q.bindValue(u":runner"_s, j.runner);
}

const QString kInsertJob =
    u"INSERT INTO jobs (kind, uri, vm, vm_uuid, params, grp, priority, host_down, state, "
    "progress, not_before, after_job, schedule_id, created_at, started_at, finished_at, attempts, "
    "cancel_requested, result, log, runner) VALUES (:kind, :uri, :vm, :vm_uuid, :params, :grp, "
    ":priority, :host_down, :state, :progress, :not_before, :after_job, :schedule_id, "
    ":created_at, :started_at, :finished_at, :attempts, :cancel_requested, :result, :log, "
    ":runner) RETURNING id"_s;

const QString kScheduleColumns =
    u"id, name, kind, uri, vms, params, grp, priority, host_down, recurrence, catch_up, enabled, "
    "next_fire, last_fire, note, created_at"_s;

Schedule readSchedule(const QSqlQuery &q) {
    Schedule s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.uri = q.value(3).toString();
    s.vms = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).toVariant().toStringList();
    s.params = fromJson(q.value(5).toString());
    s.group = q.value(6).toString();
    s.priority = q.value(7).toInt();
    s.hostDown = HostDownPolicy(q.value(8).toInt());
    s.recurrence = q.value(9).toString();
    s.catchUp = q.value(10).toInt() != 0;
    s.enabled = q.value(11).toInt() != 0;
    s.nextFire = q.value(12).toLongLong();
    s.lastFire = q.value(13).toLongLong();
    s.note = q.value(14).toString();
    s.createdAt = q.value(15).toLongLong();
    return s;
}

void bindSchedule(QSqlQuery &q, const Schedule &s) {
    q.bindValue(u":name"_s, s.name);
    q.bindValue(u":kind"_s, s.kind);
    q.bindValue(u":uri"_s, s.uri);
    q.bindValue(u":vms"_s, QString::fromUtf8(
                               QJsonDocument::fromVariant(s.vms).toJson(QJsonDocument::Compact)));
    q.bindValue(u":params"_s, toJson(s.params));
    q.bindValue(u":grp"_s, s.group);
    q.bindValue(u":priority"_s, s.priority);
    q.bindValue(u":host_down"_s, int(s.hostDown));
    q.bindValue(u":recurrence"_s, s.recurrence);
    q.bindValue(u":catch_up"_s, s.catchUp ? 1 : 0);
    q.bindValue(u":enabled"_s, s.enabled ? 1 : 0);
    q.bindValue(u":next_fire"_s, s.nextFire);
    q.bindValue(u":last_fire"_s, s.lastFire);
    q.bindValue(u":note"_s, s.note);
    q.bindValue(u":created_at"_s, s.createdAt);
}
} // namespace

JobStore::JobStore()
    : m_connectionName(u"virtdeck-jobs-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

JobStore::~JobStore() {
    close();
}

void JobStore::close() {
    m_updateJob.reset();
    m_claimJob.reset();
    m_promoteJob.reset();
    StoreDatabase::close(m_connectionName);
}

QString JobStore::defaultPath() {
    const QString env = qEnvironmentVariable("VIRTDECK_SCHEDULER_DB");
    if (!env.isEmpty())
        return env;
    if (const QString shared = StoreDatabase::sharedLocation(); !shared.isEmpty())
        return shared;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/virtdeck/scheduler.sqlite"_s;
}

bool JobStore::open(const QString &path, QString *error) {
    m_path = path;
    const bool postgres = StoreDatabase::isPostgresLocation(path);
    if (!StoreDatabase::open(m_connectionName, path, tr("the scheduler database"), schema(),
                             &m_lastError)) {
        if (error)
            *error = m_lastError;
        return false;
    }
    m_shared = postgres;
    if (m_shared) {
        // Other processes' commits arrive as notifications (the tables' triggers send them);
        // the driver reads them from the connection's socket on this thread's event loop.
        QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
        driver->subscribeToNotification(kChannel);
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [callback = m_onChange](const QString &,
                                                 QSqlDriver::NotificationSource source,
                                                 const QVariant &) {
                             if (source != QSqlDriver::SelfSource && *callback)
                                 (*callback)();
                         });
    }
    return true;
}

bool JobStore::reopen(QString *error) {
    close();
    return open(m_path, error);
}

bool JobStore::canWrite() {
    return StoreDatabase::mayWrite(m_connectionName, {u"jobs"_s});
}

bool JobStore::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlQuery &JobStore::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql) {
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        slot->prepare(sql);
    }
    return *slot;
}

bool JobStore::exec(const QString &sql) {
    if (!StoreDatabase::exec(m_connectionName, sql, &m_lastError)) {
        qCWarning(lcStore) << sql << m_lastError;
        return false;
    }
    return true;
}

StoreSchema JobStore::schema() {
    // Version 1: the schema as it stood when the versions were first numbered.
    const QStringList first{
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT "
        "NULL, uri TEXT NOT NULL, vm TEXT, vm_uuid TEXT, params TEXT, grp TEXT, priority INTEGER "
        "DEFAULT 0, host_down INTEGER DEFAULT 0, state TEXT NOT NULL, progress INTEGER DEFAULT 0, "
        "not_before INTEGER DEFAULT 0, after_job INTEGER DEFAULT 0, schedule_id INTEGER DEFAULT "
        "0, created_at INTEGER, started_at INTEGER DEFAULT 0, finished_at INTEGER DEFAULT 0, "
        "attempts INTEGER DEFAULT 0, cancel_requested INTEGER DEFAULT 0, result TEXT, log TEXT, "
        "runner TEXT)"_s,
        u"CREATE INDEX IF NOT EXISTS jobs_state ON jobs (state)"_s,
        u"CREATE TABLE IF NOT EXISTS schedules (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, "
        "kind TEXT NOT NULL, uri TEXT NOT NULL, vms TEXT, params TEXT, grp TEXT, priority INTEGER "
        "DEFAULT 0, host_down INTEGER DEFAULT 0, recurrence TEXT NOT NULL, catch_up INTEGER "
        "DEFAULT 1, enabled INTEGER DEFAULT 1, next_fire INTEGER DEFAULT 0, last_fire INTEGER "
        "DEFAULT 0, note TEXT, created_at INTEGER)"_s,
        u"CREATE TABLE IF NOT EXISTS lease (name TEXT PRIMARY KEY, holder TEXT, description "
        "TEXT, expires_at INTEGER)"_s,
        u"CREATE TABLE IF NOT EXISTS runners (id TEXT PRIMARY KEY, description TEXT, "
        "expires_at INTEGER)"_s,
    };
    return {u"scheduler"_s,
            {first},
            StoreDatabase::notifyStatements(kChannel, {u"jobs"_s, u"schedules"_s})};
}

bool JobStore::insertJob(Job &job) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(kInsertJob);
    bindJob(q, job);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    job.id = q.value(0).toLongLong();
    return true;
}

bool JobStore::insertJobs(QList<Job> &jobs) {
    // IMMEDIATE: take the write lock (waiting for a peer's) before the first insert, so the
    // batch never fails half-way on a lock.
    if (!begin())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(kInsertJob);
    for (Job &job : jobs) {
        bindJob(q, job);
        if (!q.exec() || !q.next()) {
            m_lastError = q.lastError().text();
            exec(u"ROLLBACK"_s);
            return false;
        }
        job.id = q.value(0).toLongLong();
        q.finish();
    }
    return exec(u"COMMIT"_s);
}

bool JobStore::updateJob(const Job &job) {
    QSqlQuery &q = prepared(
        m_updateJob,
        u"UPDATE jobs SET kind=:kind, uri=:uri, vm=:vm, vm_uuid=:vm_uuid, params=:params, "
        "grp=:grp, priority=:priority, host_down=:host_down, state=:state, "
        "progress=:progress, not_before=:not_before, after_job=:after_job, "
        "schedule_id=:schedule_id, created_at=:created_at, started_at=:started_at, "
        "finished_at=:finished_at, attempts=:attempts, cancel_requested=:cancel_requested, "
        "result=:result, log=:log, runner=:runner WHERE id=:id"_s);
    bindJob(q, job);
    q.bindValue(u":id"_s, job.id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "update job" << job.id << m_lastError;
        return false;
    }
    return true;
}

bool JobStore::begin() {
    return StoreDatabase::beginWrite(m_connectionName, &m_lastError);
}

bool JobStore::commit() {
    return exec(u"COMMIT"_s);
}

bool JobStore::claimJob(qint64 id, const QString &runner, qint64 nowMs, const QString &log) {
    QSqlQuery &q =
        prepared(m_claimJob,
                 u"UPDATE jobs SET state='running', runner=?, started_at=?, attempts=attempts+1, "
                 "progress=0, log=? WHERE id=? AND state IN ('waiting','queued') AND "
                 "cancel_requested=0"_s);
    q.bindValue(0, runner);
    q.bindValue(1, nowMs);
    q.bindValue(2, log);
    q.bindValue(3, id);
    return changedOneRow(q);
}

bool JobStore::changedOneRow(QSqlQuery &q) {
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool JobStore::promoteJob(qint64 id, const QString &log) {
    QSqlQuery &q = prepared(
        m_promoteJob, u"UPDATE jobs SET state='queued', log=? WHERE id=? AND state='waiting'"_s);
    q.bindValue(0, log);
    q.bindValue(1, id);
    return changedOneRow(q);
}

std::optional<Job> JobStore::job(qint64 id) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT "_s + kJobColumns + u" FROM jobs WHERE id=?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readJob(q);
    m_lastError = q.lastError().text();
    return std::nullopt;
}

QList<Job> JobStore::loadJobs(int historyLimit) {
    QList<Job> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kJobColumns +
              u" FROM jobs WHERE state IN ('waiting','queued','running') OR id IN (SELECT id "
              "FROM jobs WHERE state NOT IN ('waiting','queued','running') ORDER BY id DESC "
              "LIMIT ?) ORDER BY id"_s);
    q.addBindValue(historyLimit);
    if (!q.exec())
        m_lastError = q.lastError().text();
    while (q.next())
        out.append(readJob(q));
    return out;
}

QList<Job> JobStore::jobsAfter(qint64 afterId) {
    QList<Job> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kJobColumns + u" FROM jobs WHERE id > ? ORDER BY id"_s);
    q.addBindValue(afterId);
    if (q.exec())
        while (q.next())
            out.append(readJob(q));
    return out;
}

QList<Job> JobStore::activeJobs() {
    QList<Job> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (q.exec(u"SELECT "_s + kJobColumns +
               u" FROM jobs WHERE state IN ('waiting','queued','running') ORDER BY id"_s))
        while (q.next())
            out.append(readJob(q));
    return out;
}

QList<RunningSlot> JobStore::runningSlots() {
    QList<RunningSlot> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (q.exec(u"SELECT uri, vm, vm_uuid FROM jobs WHERE state='running'"_s)) {
        while (q.next()) {
            Job j;
            j.uri = q.value(0).toString();
            j.vm = q.value(1).toString();
            j.vmUuid = q.value(2).toString();
            out.append({j.uri, j.vmKey()});
        }
    }
    return out;
}

bool JobStore::requestCancel(qint64 id, qint64 nowMs, QString *outcome) {
    if (!begin())
        return false;
    auto j = job(id);
    if (!j) {
        exec(u"ROLLBACK"_s);
        m_lastError = QCoreApplication::translate("JobStore", "There is no job %1.").arg(id);
        return false;
    }
    if (jobStateIsFinal(j->state)) {
        exec(u"ROLLBACK"_s);
        m_lastError = QCoreApplication::translate("JobStore", "Job %1 is already %2.")
                          .arg(id)
                          .arg(jobStateText(j->state).toLower());
        return false;
    }
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs).toString(Qt::ISODate);
    if (j->state == JobState::Running) {
        j->cancelRequested = true;
        j->log +=
            stamp + u"  "_s +
            QCoreApplication::translate("JobStore", "Cancel requested from the command line.") +
            u'\n';
        if (outcome)
            *outcome = QCoreApplication::translate("JobStore", "cancel requested (running)");
    } else {
        j->state = JobState::Cancelled;
        j->finishedAt = nowMs;
        j->result = QCoreApplication::translate("JobStore", "Cancelled before it ran.");
        j->log += stamp + u"  "_s + j->result + u'\n';
        if (outcome)
            *outcome = QCoreApplication::translate("JobStore", "cancelled");
    }
    if (!updateJob(*j)) {
        exec(u"ROLLBACK"_s);
        return false;
    }
    return exec(u"COMMIT"_s);
}

QList<Job> JobStore::markInterrupted(const QString &runner, qint64 nowMs, const QString &message) {
    return interrupt(u"(runner IS NULL OR runner != ?)"_s, {runner}, nowMs, message);
}

QList<Job> JobStore::markOrphaned(qint64 nowMs, const QString &message) {
    if (!begin())
        return {};
    const QList<Job> out =
        interrupt(u"(runner IS NULL OR runner NOT IN (SELECT id FROM runners WHERE expires_at > "
                  "?))"_s,
                  {nowMs}, nowMs, message);
    commit();
    return out;
}

QList<Job> JobStore::interrupt(const QString &where, const QVariantList &values, qint64 nowMs,
                               const QString &message) {
    QList<Job> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT "_s + kJobColumns + u" FROM jobs WHERE state='running' AND "_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readJob(q));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs).toString(Qt::ISODate);
    for (Job &j : out) {
        j.state = JobState::Interrupted;
        j.finishedAt = nowMs;
        j.result = message;
        j.log += stamp + u"  "_s + message + u'\n';
        updateJob(j);
    }
    return out;
}

QHash<QString, DurationStat> JobStore::durationStats() {
    QHash<QString, DurationStat> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT kind, uri, COUNT(*), AVG(finished_at - started_at) FROM jobs WHERE "
               "state='done' AND started_at > 0 GROUP BY kind, uri"_s))
        while (q.next())
            out.insert(q.value(0).toString() + u'\n' + q.value(1).toString(),
                       {q.value(2).toInt(), qint64(q.value(3).toDouble())});
    return out;
}

bool JobStore::insertSchedule(Schedule &s) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO schedules (name, kind, uri, vms, params, grp, priority, host_down, "
              "recurrence, catch_up, enabled, next_fire, last_fire, note, created_at) VALUES "
              "(:name, :kind, :uri, :vms, :params, :grp, :priority, :host_down, :recurrence, "
              ":catch_up, :enabled, :next_fire, :last_fire, :note, :created_at) RETURNING id"_s);
    bindSchedule(q, s);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    s.id = q.value(0).toLongLong();
    return true;
}

bool JobStore::updateSchedule(const Schedule &s) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE schedules SET name=:name, kind=:kind, uri=:uri, vms=:vms, params=:params, "
              "grp=:grp, priority=:priority, host_down=:host_down, recurrence=:recurrence, "
              "catch_up=:catch_up, enabled=:enabled, next_fire=:next_fire, last_fire=:last_fire, "
              "note=:note, created_at=:created_at WHERE id=:id"_s);
    bindSchedule(q, s);
    q.bindValue(u":id"_s, s.id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool JobStore::removeSchedule(qint64 id) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM schedules WHERE id=?"_s);
    q.addBindValue(id);
    return q.exec();
}

QList<Schedule> JobStore::loadSchedules() {
    QList<Schedule> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT "_s + kScheduleColumns + u" FROM schedules ORDER BY id"_s))
        while (q.next())
            out.append(readSchedule(q));
    return out;
}

bool JobStore::acquireLease(const QString &holder, const QString &description, qint64 nowMs,
                            qint64 ttlMs, LeaseInfo *current) {
    // A writing transaction first, so two runners cannot both see the lease free.
    if (!begin())
        return false;
    LeaseInfo l = lease();
    if (!l.holder.isEmpty() && l.holder != holder && l.expiresAt > nowMs) {
        exec(u"ROLLBACK"_s);
        if (current)
            *current = l;
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO lease (name, holder, description, expires_at) VALUES ('runner', ?, ?, "
              "?) ON CONFLICT (name) DO UPDATE SET holder=excluded.holder, "
              "description=excluded.description, expires_at=excluded.expires_at"_s);
    q.addBindValue(holder);
    q.addBindValue(description);
    q.addBindValue(nowMs + ttlMs);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        exec(u"ROLLBACK"_s);
        return false;
    }
    if (!exec(u"COMMIT"_s))
        return false;
    if (current)
        *current = {holder, description, nowMs + ttlMs};
    return true;
}

void JobStore::releaseLease(const QString &holder) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM lease WHERE name='runner' AND holder=?"_s);
    q.addBindValue(holder);
    q.exec();
}

LeaseInfo JobStore::lease() {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT holder, description, expires_at FROM lease WHERE name='runner'"_s) &&
        q.next())
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return {};
}

bool JobStore::heartbeat(const QString &runner, const QString &description, qint64 nowMs,
                         qint64 ttlMs) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO runners (id, description, expires_at) VALUES (?, ?, ?) ON CONFLICT "
              "(id) DO UPDATE SET description=excluded.description, "
              "expires_at=excluded.expires_at"_s);
    q.addBindValue(runner);
    q.addBindValue(description);
    q.addBindValue(nowMs + ttlMs);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

void JobStore::removeRunner(const QString &runner) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM runners WHERE id=? OR expires_at < ?"_s);
    q.addBindValue(runner);
    // Rows of runners dead for a day go too: the table lists who may still come back.
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(24) * 3600 * 1000);
    q.exec();
}

QList<LeaseInfo> JobStore::runners(qint64 nowMs) {
    QList<LeaseInfo> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, description, expires_at FROM runners WHERE expires_at > ? ORDER BY "
              "description"_s);
    q.addBindValue(nowMs);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

qint64 JobStore::dataVersion() {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(m_shared ? u"SELECT last_value FROM virtdeck_changes"_s
                        : u"PRAGMA data_version"_s) &&
        q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace virtdeck
