// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrun.h"

#include "core/connectionmanager.h"
#include "jobexecutor.h"
#include "workspace/workspace.h"

namespace virtdeck {

JobRun::JobRun(const Job &job, Workspace *workspace, JobExecutor *executor)
    : QObject(executor)
    , m_job(job)
    , m_workspace(workspace)
    , m_executor(executor) {}

Connection *JobRun::connection() const {
    return m_workspace->connections()->connection(m_connectionId);
}

const SchedulerSettings &JobRun::settings() const {
    return m_executor->settings();
}

void JobRun::progress(int percent, const QString &line) {
    if (!m_finished)
        Q_EMIT m_executor->progress(m_job.id, percent, line);
}

void JobRun::finish(bool ok, const QString &message) {
    if (m_finished)
        return;
    m_finished = true;
    --m_executor->m_running;
    Q_EMIT m_executor->finished(m_job.id, ok, message);
    deleteLater();
}

void JobRun::hostUnavailable(const QString &reason) {
    if (m_finished)
        return;
    if (m_job.hostDown == HostDownPolicy::Fail) {
        finish(false, reason);
        return;
    }
    m_finished = true;
    --m_executor->m_running;
    Q_EMIT m_executor->deferred(m_job.id, reason);
    deleteLater();
}

} // namespace virtdeck
