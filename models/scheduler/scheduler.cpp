// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include "jobexecutor.h"
#include "jobtablemodel.h"
#include "schedulerengine.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThread>

namespace virtdeck {

using namespace Qt::StringLiterals;

Scheduler::Scheduler(Workspace *workspace, const QString &databasePath, const QString &role,
                     QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_path(databasePath)
    , m_role(role)
    , m_executor(new JobExecutor(workspace, this))
    , m_jobs(new JobTableModel(this)) {}

Scheduler::~Scheduler() {
    stop();
}

void Scheduler::start(const SchedulerSettings &settings, Clock *clock) {
    if (m_engine)
        return;
    m_settings = settings;
    m_executor->setSettings(settings);
    m_jobs->setHistoryLimit(settings.historyLimit);
    const QString description = tr("%1, pid %2 on %3")
                                    .arg(m_role)
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QSysInfo::machineHostName());
    m_thread = new QThread(this);
    m_thread->setObjectName(u"scheduler"_s);
    m_engine = new SchedulerEngine(m_path, clock, description);
    m_engine->setSettings(settings);
    m_engine->setRunsJobs(m_runsJobs);
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    // Engine -> GUI thread.
    connect(m_engine, &SchedulerEngine::dispatch, m_executor, &JobExecutor::run);
    connect(m_engine, &SchedulerEngine::jobsLoaded, m_jobs, &JobTableModel::setJobs);
    connect(m_engine, &SchedulerEngine::jobUpdated, this, [this](const Job &j) {
        m_jobs->updateJob(j);
        if (jobStateIsFinal(j.state))
            Q_EMIT jobFinished(j);
    });
    connect(m_engine, &SchedulerEngine::schedulesLoaded, this, [this](const QList<Schedule> &s) {
        m_schedules = s;
        Q_EMIT schedulesChanged();
        Q_EMIT started();
    });
    connect(m_engine, &SchedulerEngine::scheduleUpdated, this, [this](const Schedule &s) {
        for (Schedule &own : m_schedules) {
            if (own.id == s.id) {
                own = s;
                Q_EMIT schedulesChanged();
                return;
            }
        }
        m_schedules.append(s);
        Q_EMIT schedulesChanged();
    });
    connect(m_engine, &SchedulerEngine::scheduleRemoved, this, [this](qint64 id) {
        m_schedules.removeIf([id](const Schedule &s) { return s.id == id; });
        Q_EMIT schedulesChanged();
    });
    connect(m_engine, &SchedulerEngine::runnerChanged, this,
            [this](bool self, const QString &holder) {
                m_isRunner = self;
                m_runner = holder;
                Q_EMIT runnerChanged(self, holder);
            });
    connect(m_engine, &SchedulerEngine::readOnlyChanged, this, [this](bool readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged(readOnly);
    });
    connect(m_engine, &SchedulerEngine::errorOccurred, this, &Scheduler::errorOccurred);
    connect(m_engine, &SchedulerEngine::cancelRunning, m_executor, &JobExecutor::cancel);

    // Executor -> engine thread.
    auto *engine = m_engine;
    connect(m_executor, &JobExecutor::progress, engine, &SchedulerEngine::jobProgress);
    connect(m_executor, &JobExecutor::finished, engine, &SchedulerEngine::jobFinished);
    connect(m_executor, &JobExecutor::deferred, engine, &SchedulerEngine::jobDeferred);

    m_thread->start();
    QMetaObject::invokeMethod(
        engine, [engine] { engine->start(); }, Qt::QueuedConnection);
}

void Scheduler::stop() {
    if (!m_engine)
        return;
    auto *engine = m_engine;
    // Stopping records the jobs still running as interrupted and frees the lease.
    QMetaObject::invokeMethod(
        engine, [engine] { engine->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine = nullptr;
}

void Scheduler::setSettings(const SchedulerSettings &settings) {
    m_settings = settings;
    m_executor->setSettings(settings);
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, settings] { engine->setSettings(settings); }, Qt::QueuedConnection);
}

void Scheduler::submit(const QList<Job> &jobs) {
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, jobs] { engine->submit(jobs); }, Qt::QueuedConnection);
}

void Scheduler::cancel(qint64 id) {
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, id] { engine->cancel(id); }, Qt::QueuedConnection);
}

void Scheduler::retry(qint64 id) {
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, id] { engine->retry(id); }, Qt::QueuedConnection);
}

void Scheduler::addSchedule(const Schedule &schedule) {
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, schedule] { engine->addSchedule(schedule); }, Qt::QueuedConnection);
}

void Scheduler::updateSchedule(const Schedule &schedule) {
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, schedule] { engine->updateSchedule(schedule); }, Qt::QueuedConnection);
}

void Scheduler::removeSchedule(qint64 id) {
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, id] { engine->removeSchedule(id); }, Qt::QueuedConnection);
}

void Scheduler::runScheduleNow(qint64 id) {
    if (auto *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, id] { engine->runScheduleNow(id); }, Qt::QueuedConnection);
}

} // namespace virtdeck
