// SPDX-License-Identifier: GPL-3.0-or-later
// One job being executed: what a job-kind handler works with. Lives on the GUI thread (it drives
// the ConnectionManager); deletes itself once finished.
#pragma once

#include "core/domaininfo.h"
#include "job.h"
#include "schedulersettings.h"

#include <QObject>

namespace virtdeck {

class Connection;
class Workspace;
class JobExecutor;

class JobRun : public QObject {
    Q_OBJECT
public:
    JobRun(const Job &job, Workspace *workspace, JobExecutor *executor);

    const Job &job() const { return m_job; }
    Workspace *workspace() const { return m_workspace; }
    QString connectionId() const { return m_connectionId; }
    // The VM it acts on, as the console saw it when the job began (for kinds that need one).
    const DomainInfo &domain() const { return m_domain; }
    // The host's live connection, or nullptr once it is gone.
    Connection *connection() const;
    bool isFinished() const { return m_finished; }
    // The scheduler's settings (limits, placement) this run is under.
    const SchedulerSettings &settings() const;

    void progress(int percent, const QString &line = {});
    void finish(bool ok, const QString &message);
    // The host cannot be reached: fail or wait, as the job's HostDownPolicy says.
    void hostUnavailable(const QString &reason);

Q_SIGNALS:
    // The user asked the job to stop. Handlers that can stop early connect to it and then
    // finish(false, …); the job ends cancelled. Others just run to the end.
    void cancelRequested();

private:
    friend class JobExecutor;
    Job m_job;
    Workspace *m_workspace;
    JobExecutor *m_executor;
    QString m_connectionId;
    DomainInfo m_domain;
    bool m_finished = false;
    bool m_handlerStarted = false;
};

} // namespace virtdeck
