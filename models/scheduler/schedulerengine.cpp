// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerengine.h"

#include "core/storedatabase.h"
#include "jobkinds.h"
#include "recurrence.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcEngine, "virtdeck.scheduler")

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString fireTimeText(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm"_s);
}
constexpr qint64 kDefaultExpectedMs = 30000;
} // namespace

SchedulerEngine::SchedulerEngine(const QString &databasePath, Clock *clock,
                                 const QString &description, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_clock(clock ? clock : Clock::system())
    , m_description(description)
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this)) {
    qRegisterMetaType<Job>();
    qRegisterMetaType<Schedule>();
    qRegisterMetaType<QList<Job>>();
    qRegisterMetaType<QList<Schedule>>();
    connect(m_timer, &QTimer::timeout, this, &SchedulerEngine::process);
}

SchedulerEngine::~SchedulerEngine() {
    stop();
}

bool SchedulerEngine::start() {
    if (m_started)
        return true;
    QString error;
    // Another process's commit to a shared database: look at once, not at the next tick.
    // The sequence dataVersion() reads moves before the commit is visible, so a look between the
    // two records the new value with nothing new to read: a notification (sent after the commit)
    // therefore always reads again.
    m_store.setChangeCallback([this] {
        m_notified = true;
        requestProcess();
    });
    if (!m_store.open(m_path, &error)) {
        Q_EMIT errorOccurred(tr("Cannot open the scheduler database %1: %2")
                                 .arg(StoreDatabase::displayName(m_path), error));
        return false;
    }
    m_started = true;
    if (!m_store.canWrite()) {
        // A read-only role: show everything, run and change nothing (the database refuses it
        // too).
        m_runsJobs = false;
        Q_EMIT readOnlyChanged(true);
    }
    m_dataVersion = m_store.dataVersion();
    const qint64 now = m_clock->nowMs();
    if (m_runsJobs) {
        beat(now);
        takeLease(now); // before loading, so jobs a dead runner left are already marked
    }
    const QList<Job> jobs = m_store.loadJobs(m_settings.historyLimit);
    for (const Job &j : jobs) {
        m_maxId = std::max(m_maxId, j.id);
        if (!jobStateIsFinal(j.state))
            setJob(j);
        if (j.state == JobState::Running && j.runner == m_instance)
            m_running.insert(j.id, j.vmKey());
    }
    for (const Schedule &s : m_store.loadSchedules())
        m_schedules.insert(s.id, s);
    m_stats = m_store.durationStats();
    Q_EMIT jobsLoaded(jobs);
    Q_EMIT schedulesLoaded(m_schedules.values());
    if (m_settings.pollMs > 0)
        m_timer->start(m_settings.pollMs);
    requestProcess();
    return true;
}

void SchedulerEngine::stop() {
    if (!m_started)
        return;
    m_timer->stop();
    const qint64 now = m_clock->nowMs();
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        auto j = m_jobs.find(it.key());
        if (j == m_jobs.end())
            continue;
        Job job = *j;
        job.finishedAt = now;
        job.state = JobState::Interrupted;
        job.result = tr("The scheduler stopped while the job ran; its outcome was not recorded.");
        appendLog(job, job.result);
        m_store.updateJob(job);
        Q_EMIT jobUpdated(job);
    }
    m_running.clear();
    if (m_leaseHeld)
        m_store.releaseLease(m_instance);
    if (m_store.isShared() && m_runsJobs)
        m_store.removeRunner(m_instance);
    m_leaseHeld = false;
    m_started = false;
}

void SchedulerEngine::setSettings(const SchedulerSettings &settings) {
    m_settings = settings;
    if (m_started) {
        if (m_settings.pollMs > 0)
            m_timer->start(m_settings.pollMs);
        else
            m_timer->stop();
        requestProcess();
    }
}

void SchedulerEngine::requestProcess() {
    if (m_processPending)
        return;
    m_processPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_processPending)
            process();
    });
}

void SchedulerEngine::appendLog(Job &job, const QString &line) const {
    job.log += QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).toString(Qt::ISODate) + u"  "_s +
               line + u'\n';
}

void SchedulerEngine::save(Job &job, bool emitUpdate) {
    if (!m_store.updateJob(job))
        Q_EMIT errorOccurred(tr("Cannot save job %1: %2").arg(job.id).arg(m_store.lastError()));
    if (jobStateIsFinal(job.state)) {
        dropJob(job.id);
        m_running.remove(job.id);
    } else {
        setJob(job);
    }
    if (emitUpdate)
        Q_EMIT jobUpdated(job);
}

void SchedulerEngine::finish(Job &job, JobState state, const QString &result) {
    job.state = state;
    job.finishedAt = m_clock->nowMs();
    job.result = result;
    appendLog(job, result);
    save(job);
}

bool SchedulerEngine::takeLease(qint64 now) {
    LeaseInfo current;
    const bool had = m_leaseHeld;
    m_leaseHeld =
        m_store.acquireLease(m_instance, m_description, now, m_settings.leaseTtlMs, &current);
    m_leaseRenewAt = now + m_settings.leaseTtlMs / 3;
    if (m_leaseHeld && m_store.isShared()) {
        // Other runners share the queue: only the jobs of a runner no longer alive are lost.
        for (const Job &j : m_store.markOrphaned(
                 now, tr("Interrupted: the runner of this job stopped answering before it "
                         "finished.")))
            forgetLost(j);
    } else if (m_leaseHeld && !had) {
        // Whoever ran these is gone (its lease expired or it released it): say so, keep them.
        const QList<Job> lost = m_store.markInterrupted(
            m_instance, now,
            tr("Interrupted: the process running this job ended before it finished."));
        for (const Job &j : lost)
            forgetLost(j);
    }
    if (m_leaseHeld != had || current.holder != m_leaseHolder) {
        m_leaseHolder = current.holder;
        Q_EMIT runnerChanged(m_leaseHeld, m_leaseHeld ? m_description : current.description);
    }
    return m_leaseHeld;
}

void SchedulerEngine::process() {
    m_processPending = false;
    if (!m_started)
        return;
    const qint64 now = m_clock->nowMs();
    const qint64 version = m_store.dataVersion();
    if (version < 0 && m_store.isShared()) {
        reconnect();
        return;
    }
    if (version != m_dataVersion || std::exchange(m_notified, false)) {
        m_dataVersion = version;
        syncFromStore();
    }
    if (!m_runsJobs) {
        // A window on a shared database: the runners run the jobs, this one shows them.
        if (now >= m_heartbeatAt) {
            m_heartbeatAt = now + m_settings.leaseTtlMs / 3;
            const QString holders = runnersText(now);
            if (holders != m_leaseHolder) {
                m_leaseHolder = holders;
                Q_EMIT runnerChanged(false, holders);
            }
        }
        return;
    }
    if (now >= m_heartbeatAt)
        beat(now);
    if (!m_leaseHeld || now >= m_leaseRenewAt)
        takeLease(now);
    if (m_leaseHeld) {
        // The lease holder alone fires schedules and moves waiting jobs on, so neither happens
        // twice; on a shared database every runner then takes queued jobs.
        fireSchedules(now);
        promoteWaiting(now);
    } else if (!m_store.isShared()) {
        return; // another process runs the jobs; this one shows them
    }
    dispatchQueued(now);
}

void SchedulerEngine::reconnect() {
    QString why = m_store.lastError();
    if (!m_store.reopen(&why)) {
        if (!m_lost)
            Q_EMIT errorOccurred(tr("The shared database %1 does not answer: %2 Virtdeck tries "
                                    "again every few seconds; jobs already running here go on.")
                                     .arg(StoreDatabase::displayName(m_path), why));
        m_lost = true;
        return;
    }
    if (std::exchange(m_lost, false))
        Q_EMIT errorOccurred(
            tr("The shared database %1 answers again.").arg(StoreDatabase::displayName(m_path)));
    // Whatever changed meanwhile was not announced: read it all again.
    m_dataVersion = -2;
    m_leaseHolder.clear();
    m_heartbeatAt = m_leaseRenewAt = 0;
    requestProcess();
}

void SchedulerEngine::beat(qint64 now) {
    m_heartbeatAt = now + m_settings.leaseTtlMs / 3;
    if (m_store.isShared() &&
        !m_store.heartbeat(m_instance, m_description, now, m_settings.leaseTtlMs))
        qCWarning(lcEngine) << "heartbeat" << m_store.lastError();
}

void SchedulerEngine::forgetLost(const Job &job) {
    dropJob(job.id);
    Q_EMIT jobUpdated(job);
}

QString SchedulerEngine::runnersText(qint64 now) {
    QStringList names;
    for (const LeaseInfo &r : m_store.runners(now))
        names << r.description;
    return names.isEmpty() ? tr("no runner (start `virtdeck scheduler --headless --database "
                                "%1` on a server)")
                                 .arg(StoreDatabase::displayName(m_path))
                           : names.join(u"; "_s);
}

void SchedulerEngine::syncFromStore() {
    // New jobs from other processes (`virtdeck jobs add`, a GUI in standby).
    for (Job &j : m_store.jobsAfter(m_maxId)) {
        m_maxId = std::max(m_maxId, j.id);
        if (!jobStateIsFinal(j.state))
            setJob(j);
        Q_EMIT jobUpdated(j);
    }
    // Changes to known jobs: cancellations from the command line, or (in standby) the runner's
    // progress.
    const QList<Job> active = m_store.activeJobs();
    QSet<qint64> stillActive;
    for (const Job &db : active) {
        stillActive.insert(db.id);
        auto it = m_jobs.find(db.id);
        if (it == m_jobs.end()) {
            setJob(db);
            Q_EMIT jobUpdated(db);
            continue;
        }
        if (m_running.contains(db.id)) {
            if (db.cancelRequested && !it->cancelRequested) {
                it->cancelRequested = true;
                it->log = db.log;
                Q_EMIT jobUpdated(*it);
                Q_EMIT cancelRunning(db.id);
            }
            continue;
        }
        if (!(db == *it)) {
            setJob(db);
            Q_EMIT jobUpdated(db);
        }
    }
    const QList<qint64> known = m_jobs.keys();
    for (qint64 id : known) {
        if (stillActive.contains(id) || m_running.contains(id))
            continue;
        dropJob(id);
        if (auto j = m_store.job(id))
            Q_EMIT jobUpdated(*j);
    }
    // Schedules edited elsewhere.
    QHash<qint64, Schedule> fresh;
    for (const Schedule &s : m_store.loadSchedules())
        fresh.insert(s.id, s);
    for (const Schedule &s : std::as_const(fresh))
        if (m_schedules.value(s.id) != s)
            Q_EMIT scheduleUpdated(s);
    for (auto it = m_schedules.cbegin(); it != m_schedules.cend(); ++it)
        if (!fresh.contains(it.key()))
            Q_EMIT scheduleRemoved(it.key());
    m_schedules = fresh;
}

QList<Job> SchedulerEngine::jobsForSchedule(const Schedule &s, const QString &firstLogLine) const {
    QList<Job> out;
    for (const QString &vm : s.vms) {
        Job j;
        j.kind = s.kind;
        j.uri = s.uri;
        j.vm = vm;
        j.params = s.params;
        j.group = s.group;
        j.priority = s.priority;
        j.hostDown = s.hostDown;
        j.scheduleId = s.id;
        appendLog(j, tr("Created by the schedule \"%1\".").arg(s.name));
        if (!firstLogLine.isEmpty())
            appendLog(j, firstLogLine);
        out.append(j);
    }
    return out;
}

void SchedulerEngine::fireSchedules(qint64 now) {
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now);
    for (Schedule &s : m_schedules) {
        if (!s.enabled)
            continue;
        const auto rec = Recurrence::parse(s.recurrence);
        if (!rec)
            continue;
        if (s.nextFire <= 0) {
            s.nextFire = rec->next(nowTime).toMSecsSinceEpoch();
            m_store.updateSchedule(s);
            Q_EMIT scheduleUpdated(s);
            continue;
        }
        if (s.nextFire > now)
            continue;
        const bool missed = now - s.nextFire > m_settings.missedGraceMs;
        const qint64 due = s.nextFire;
        if (missed && !s.catchUp) {
            s.note = tr("Skipped the run due %1: no scheduler was running then, and catching up "
                        "is off.")
                         .arg(fireTimeText(due));
        } else {
            const QString line =
                missed ? tr("Missed its time (%1) while no scheduler was running; running it "
                            "once now.")
                             .arg(fireTimeText(due))
                       : QString();
            s.note = missed ? line : QString();
            s.lastFire = now;
            submit(jobsForSchedule(s, line));
        }
        // Several missed firings still make one run: continue from now.
        s.nextFire = rec->next(nowTime).toMSecsSinceEpoch();
        m_store.updateSchedule(s);
        Q_EMIT scheduleUpdated(s);
    }
}

void SchedulerEngine::promoteWaiting(qint64 now) {
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        Job &j = *it;
        ++it; // finish() may remove the job from the hash
        if (j.state != JobState::Waiting || j.notBefore > now)
            continue;
        if (j.afterJob) {
            JobState dep = JobState::Done;
            auto d = m_jobs.constFind(j.afterJob);
            if (d != m_jobs.cend()) {
                dep = d->state;
            } else if (auto stored = m_store.job(j.afterJob)) {
                dep = stored->state;
            } else {
                Job copy = j;
                finish(copy, JobState::Failed,
                       tr("Not run: the job it follows (#%1) does not exist.").arg(j.afterJob));
                continue;
            }
            if (!jobStateIsFinal(dep))
                continue;
            if (dep != JobState::Done) {
                Job copy = j;
                finish(copy, JobState::Cancelled,
                       tr("Not run: the job it follows (#%1) ended %2.")
                           .arg(j.afterJob)
                           .arg(jobStateText(dep).toLower()));
                continue;
            }
        }
        j.state = JobState::Queued;
        Job copy = j;
        if (m_store.promoteJob(copy.id, copy.log)) {
            setJob(copy);
            Q_EMIT jobUpdated(copy);
        } else {
            reread(copy.id); // cancelled meanwhile, from another process
        }
    }
}

qint64 SchedulerEngine::expectedMs(const Job &job) const {
    const auto it = m_stats.constFind(job.kind + u'\n' + job.uri);
    if (it != m_stats.cend() && it->count > 0)
        return it->meanMs;
    // No history on this host: the kind's mean elsewhere, else a cautious default.
    qint64 sum = 0;
    int n = 0;
    const QString prefix = job.kind + u'\n';
    for (auto s = m_stats.cbegin(); s != m_stats.cend(); ++s) {
        if (s.key().startsWith(prefix)) {
            sum += s->meanMs * s->count;
            n += s->count;
        }
    }
    return n ? sum / n : kDefaultExpectedMs;
}

void SchedulerEngine::setJob(const Job &job) {
    m_jobs.insert(job.id, job);
    if (job.state == JobState::Queued)
        m_queue.insert(job.id, {job.id, job.createdAt, job.priority, expectedMs(job), job.uri,
                                job.vmKey(), job.group.isEmpty() ? job.uri : job.group});
    else
        m_queue.remove(job.id);
}

void SchedulerEngine::reread(qint64 id) {
    dropJob(id);
    if (auto stored = m_store.job(id)) {
        if (!jobStateIsFinal(stored->state))
            setJob(*stored);
        Q_EMIT jobUpdated(*stored);
    }
}

void SchedulerEngine::dropJob(qint64 id) {
    m_jobs.remove(id);
    m_queue.remove(id);
}

void SchedulerEngine::dispatchQueued(qint64 now) {
    const int limit = m_settings.limits.global;
    if (m_queue.isEmpty() || (limit > 0 && m_running.size() >= limit))
        return;
    // One writing transaction for the whole round of claims. On a shared database it comes
    // before the choice, so no other runner claims meanwhile and the per-host limits and "one
    // job per VM" hold across runners; an SQLite file has one runner, which takes the write lock
    // only when it has something to claim.
    const bool shared = m_store.isShared();
    if (shared && !m_store.begin())
        return;
    QList<RunningSlot> running;
    QueueLimits limits = m_settings.limits;
    if (shared) {
        running = m_store.runningSlots();
        // The global limit is this runner's own (its machine's); the others' jobs count for
        // the hosts and VMs only.
        if (limits.global > 0)
            limits.global += int(running.size() - m_running.size());
    } else {
        for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
            running.append({m_jobs.value(it.key()).uri, it.value()});
    }
    const QList<qint64> chosen =
        selectJobsToRun(m_queue.values(), running, m_settings.policy, limits, &m_rrCursor);
    if (chosen.isEmpty()) {
        if (shared)
            m_store.commit();
        return;
    }
    if (!shared && !m_store.begin())
        return;
    QList<Job> started;
    for (qint64 id : chosen) {
        auto it = m_jobs.constFind(id);
        if (it == m_jobs.cend())
            continue;
        Job j = *it;
        j.state = JobState::Running;
        j.runner = m_instance;
        j.startedAt = now;
        j.progress = 0;
        ++j.attempts;
        appendLog(j, j.attempts > 1 ? tr("Started (attempt %1).").arg(j.attempts) : tr("Started."));
        if (!m_store.claimJob(id, m_instance, now, j.log)) {
            // Someone else changed it (another runner took it, a cancel from the command line).
            reread(id);
            continue;
        }
        m_running.insert(id, j.vmKey());
        setJob(j);
        started.append(j);
    }
    m_store.commit();
    for (const Job &j : std::as_const(started)) {
        Q_EMIT jobUpdated(j);
        Q_EMIT dispatch(j);
    }
}

QList<qint64> SchedulerEngine::submit(QList<Job> jobs) {
    QList<qint64> ids;
    const qint64 now = m_clock->nowMs();
    QList<Job> accepted;
    for (Job &j : jobs) {
        j.kind = JobKinds::canonicalName(j.kind);
        j.id = 0;
        j.state = JobState::Waiting; // promoteWaiting() queues it when its time has come
        j.createdAt = now;
        j.startedAt = j.finishedAt = 0;
        j.progress = 0;
        j.attempts = 0;
        j.cancelRequested = false;
        j.result.clear();
        j.runner.clear();
        if (!JobKinds::contains(j.kind)) {
            Q_EMIT errorOccurred(tr("Unknown job kind \"%1\".").arg(j.kind));
            continue;
        }
        if (j.notBefore > now)
            appendLog(j, tr("Queued to run at %1.").arg(fireTimeText(j.notBefore)));
        else if (j.afterJob)
            appendLog(j, tr("Queued to run after job #%1.").arg(j.afterJob));
        else
            appendLog(j, tr("Queued."));
        accepted.append(j);
    }
    if (!m_store.insertJobs(accepted)) {
        Q_EMIT errorOccurred(tr("Cannot save the jobs: %1").arg(m_store.lastError()));
        return ids;
    }
    for (const Job &j : std::as_const(accepted)) {
        ids.append(j.id);
        m_maxId = std::max(m_maxId, j.id);
        setJob(j);
        Q_EMIT jobUpdated(j);
    }
    m_dataVersion = m_store.dataVersion();
    requestProcess();
    return ids;
}

void SchedulerEngine::cancel(qint64 id) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !m_leaseHeld || (m_store.isShared() && !m_running.contains(id))) {
        // Not ours to run: mark it in the database; the runner picks it up.
        QString outcome;
        if (!m_store.requestCancel(id, m_clock->nowMs(), &outcome))
            Q_EMIT errorOccurred(m_store.lastError());
        syncFromStore();
        return;
    }
    Job j = *it;
    if (j.state == JobState::Running) {
        j.cancelRequested = true;
        appendLog(j, tr("Cancel requested; the job stops where its action allows (an action "
                        "already sent to the host cannot be recalled)."));
        save(j);
        Q_EMIT cancelRunning(id);
        return;
    }
    finish(j, JobState::Cancelled, tr("Cancelled before it ran."));
    requestProcess();
}

qint64 SchedulerEngine::retry(qint64 id) {
    std::optional<Job> old =
        m_jobs.contains(id) ? std::optional<Job>(m_jobs.value(id)) : m_store.job(id);
    if (!old || !jobStateIsFinal(old->state))
        return 0;
    Job j = *old;
    j.log.clear();
    j.notBefore = 0;
    j.afterJob = 0;
    appendLog(j, tr("Retry of job #%1.").arg(id));
    const QList<qint64> ids = submit({j});
    return ids.value(0);
}

qint64 SchedulerEngine::addSchedule(Schedule schedule, QString *error) {
    QString why;
    const auto rec = Recurrence::parse(schedule.recurrence, &why);
    schedule.kind = JobKinds::canonicalName(schedule.kind);
    if (!rec || !JobKinds::contains(schedule.kind) || schedule.vms.isEmpty()) {
        if (why.isEmpty())
            why = schedule.vms.isEmpty() ? tr("A schedule needs at least one VM.")
                                         : tr("Unknown job kind \"%1\".").arg(schedule.kind);
        if (error)
            *error = why;
        Q_EMIT errorOccurred(why);
        return 0;
    }
    const qint64 now = m_clock->nowMs();
    schedule.createdAt = now;
    schedule.nextFire = rec->next(QDateTime::fromMSecsSinceEpoch(now)).toMSecsSinceEpoch();
    if (!m_store.insertSchedule(schedule)) {
        if (error)
            *error = m_store.lastError();
        return 0;
    }
    m_schedules.insert(schedule.id, schedule);
    m_dataVersion = m_store.dataVersion();
    Q_EMIT scheduleUpdated(schedule);
    return schedule.id;
}

bool SchedulerEngine::updateSchedule(Schedule schedule, QString *error) {
    QString why;
    const auto rec = Recurrence::parse(schedule.recurrence, &why);
    if (!rec || !m_schedules.contains(schedule.id)) {
        if (error)
            *error = why.isEmpty() ? tr("There is no such schedule.") : why;
        return false;
    }
    const Schedule old = m_schedules.value(schedule.id);
    if (old.recurrence != schedule.recurrence || (!old.enabled && schedule.enabled))
        schedule.nextFire =
            rec->next(QDateTime::fromMSecsSinceEpoch(m_clock->nowMs())).toMSecsSinceEpoch();
    if (!m_store.updateSchedule(schedule)) {
        if (error)
            *error = m_store.lastError();
        return false;
    }
    m_schedules.insert(schedule.id, schedule);
    Q_EMIT scheduleUpdated(schedule);
    return true;
}

void SchedulerEngine::removeSchedule(qint64 id) {
    if (m_store.removeSchedule(id) && m_schedules.remove(id))
        Q_EMIT scheduleRemoved(id);
}

void SchedulerEngine::runScheduleNow(qint64 id) {
    auto it = m_schedules.find(id);
    if (it == m_schedules.end())
        return;
    it->lastFire = m_clock->nowMs();
    m_store.updateSchedule(*it);
    Q_EMIT scheduleUpdated(*it);
    submit(jobsForSchedule(*it, tr("Run now by hand.")));
}

void SchedulerEngine::jobProgress(qint64 id, int percent, const QString &line) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->state != JobState::Running)
        return;
    Job j = *it;
    j.progress = std::clamp(percent, 0, 100);
    if (!line.isEmpty())
        appendLog(j, line);
    save(j);
}

void SchedulerEngine::jobFinished(qint64 id, bool ok, const QString &message) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->state != JobState::Running)
        return;
    Job j = *it;
    const qint64 now = m_clock->nowMs();
    if (ok) {
        j.progress = 100;
        auto &st = m_stats[j.kind + u'\n' + j.uri];
        st.meanMs = (st.meanMs * st.count + (now - j.startedAt)) / (st.count + 1);
        ++st.count;
    }
    QString result = message;
    if (result.isEmpty())
        result = ok ? tr("Done.") : tr("Failed.");
    // A run that stopped because it was asked to is cancelled, not failed.
    if (j.cancelRequested && !ok) {
        finish(j, JobState::Cancelled, result);
        requestProcess();
        return;
    }
    if (j.cancelRequested)
        result = tr("%1 (a cancel had been requested while it ran)").arg(result);
    finish(j, ok ? JobState::Done : JobState::Failed, result);
    requestProcess();
}

void SchedulerEngine::jobDeferred(qint64 id, const QString &reason) {
    const qint64 retryAtMs = m_clock->nowMs() + m_settings.hostRetryMs;
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->state != JobState::Running)
        return;
    Job j = *it;
    m_running.remove(id);
    j.state = JobState::Waiting;
    j.notBefore = retryAtMs;
    j.startedAt = 0;
    appendLog(j, tr("%1 Waiting; next try at %2.").arg(reason, fireTimeText(retryAtMs)));
    save(j);
    requestProcess();
}

} // namespace virtdeck
