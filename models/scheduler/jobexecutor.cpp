// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobexecutor.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domains/domaintablemodel.h"
#include "jobkinds.h"
#include "jobrun.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcExec, "virtdeck.scheduler.executor")

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
constexpr int kActionTimeoutMs = 10 * 60 * 1000;

// Fails the run when its host goes away while a handler waits on it, so no job stays "running".
void watchHost(JobRun *run) {
    auto *cm = run->workspace()->connections();
    QObject::connect(cm, &ConnectionManager::stateChanged, run,
                     [run](const QString &id, ConnectionState s, const QString &msg) {
                         if (id != run->connectionId())
                             return;
                         if (s == ConnectionState::Disconnected || s == ConnectionState::Failed)
                             run->finish(false,
                                         JobExecutor::tr("The host disconnected while the job "
                                                         "ran%1; its outcome is unknown.")
                                             .arg(msg.isEmpty() ? QString() : u": "_s + msg));
                     });
    QObject::connect(cm, &ConnectionManager::connectionRemoved, run, [run](const QString &id) {
        if (id == run->connectionId())
            run->finish(false, JobExecutor::tr("The connection was removed while the job ran."));
    });
    QTimer::singleShot(kActionTimeoutMs, run, [run] {
        run->finish(false, JobExecutor::tr("No answer from the host within %n minute(s).", nullptr,
                                           kActionTimeoutMs / 60000));
    });
}

} // namespace

JobExecutor::JobExecutor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {}

void JobExecutor::run(const Job &job) {
    auto *r = new JobRun(job, m_workspace, this);
    ++m_running;
    if (!JobKinds::kind(job.kind).handler) {
        r->finish(false, tr("This program cannot run jobs of the kind \"%1\".").arg(job.kind));
        return;
    }
    if (const QString why = JobKinds::checkParams(job.kind, job.params, false); !why.isEmpty()) {
        r->finish(false, why);
        return;
    }
    resolveHost(r);
}

void JobExecutor::cancel(qint64 id) {
    for (JobRun *r : findChildren<JobRun *>(QString(), Qt::FindDirectChildrenOnly))
        if (r->job().id == id && !r->isFinished())
            Q_EMIT r->cancelRequested();
}

void JobExecutor::resolveHost(JobRun *run) {
    auto *cm = m_workspace->connections();
    const QString uri = run->job().uri;
    bool added = false;
    const QString id = cm->connectionForUri(uri, &added);
    if (added)
        run->progress(0, tr("Opening a connection to %1.").arg(uri));
    run->m_connectionId = id;
    if (cm->state(id) == ConnectionState::Connected) {
        resolveVm(run);
        return;
    }
    QObject::connect(
        cm, &ConnectionManager::stateChanged, run,
        [this, run, id, uri](const QString &cid, ConnectionState s, const QString &msg) {
            if (cid != id || run->m_handlerStarted || run->isFinished())
                return;
            if (s == ConnectionState::Connected)
                resolveVm(run);
            else if (s == ConnectionState::Failed)
                run->hostUnavailable(tr("Cannot connect to %1: %2").arg(uri, msg));
        });
    QTimer::singleShot(m_hostWaitMs, run, [run, uri, this] {
        if (!run->m_handlerStarted)
            run->hostUnavailable(
                tr("%1 did not answer within %n second(s).", nullptr, m_hostWaitMs / 1000)
                    .arg(uri));
    });
    if (cm->state(id) != ConnectionState::Connecting)
        cm->openConnection(id);
}

void JobExecutor::resolveVm(JobRun *run) {
    if (run->m_handlerStarted || run->isFinished())
        return;
    const Job &job = run->job();
    const JobKind kind = JobKinds::kind(job.kind);
    if (!kind.needsVm) { // e.g. lab jobs: the handler finds its own VMs
        run->m_handlerStarted = true;
        kind.handler(run);
        return;
    }
    const auto *domains = m_workspace->domains();
    int row = -1;
    if (!job.vmUuid.isEmpty())
        row = domains->rowOf(run->connectionId(), job.vmUuid);
    if (row < 0 && !job.vm.isEmpty()) {
        for (int r = 0; r < domains->rowCount(); ++r) {
            const DomainInfo &d = domains->domainAt(r);
            if (d.connectionId == run->connectionId() && d.name == job.vm) {
                row = r;
                break;
            }
        }
    }
    if (row < 0) {
        run->finish(
            false,
            tr("There is no VM %1 on %2.").arg(job.vm.isEmpty() ? job.vmUuid : job.vm, job.uri));
        return;
    }
    run->m_domain = domains->domainAt(row);
    run->m_handlerStarted = true;
    watchHost(run);
    kind.handler(run);
}

} // namespace virtdeck
