#include "jobexecutor.h"

#include "backup/backupjobs.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domains/domaintablemodel.h"
#include "domains/libvirt/domainservice.h"
#include "domains/libvirt/snapshotservice.h"
#include "hosts/hosttablemodel.h"
#include "jobkinds.h"
#include "jobrun.h"
#include "labs/labjobs.h"
#include "migration/evacuationplan.h"
#include "migration/libvirt/migrationservice.h"
#include "placement.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
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

HostCapacity capacityOf(Workspace *workspace, const QString &connectionId) {
    HostCapacity cap;
    const auto *hosts = workspace->hosts();
    const int row = hosts->rowOf(connectionId);
    if (row >= 0) {
        const auto &h = hosts->rowAt(row);
        cap.host = h.name;
        cap.connected = h.state == ConnectionState::Connected;
        cap.memoryBytes = h.info.memoryBytes;
        cap.cpus = h.info.cpus;
    }
    const auto *domains = workspace->domains();
    for (int r = 0; r < domains->rowCount(); ++r) {
        const DomainInfo &d = domains->domainAt(r);
        if (d.connectionId == connectionId && domainStateIsActive(d.state)) {
            cap.allocatedMemoryBytes += d.memoryBytes;
            cap.allocatedVcpus += d.vcpus;
        }
    }
    return cap;
}

// Runs a ConnectionManager action on the run's VM and finishes with its outcome.
void runAction(JobRun *run, DomainAction action, std::function<void(const ActionResult &)> then) {
    auto *cm = run->workspace()->connections();
    // Other jobs' results arrive on the same signal: only ours ends the wait.
    auto link = std::make_shared<QMetaObject::Connection>();
    *link = QObject::connect(cm, &ConnectionManager::actionFinished, run,
                             [run, action, then, link](const ActionResult &r) {
                                 if (r.connectionId != run->connectionId() ||
                                     r.uuid != run->domain().uuid || r.action != action)
                                     return;
                                 QObject::disconnect(*link);
                                 then(r);
                             });
    cm->runAction({{run->connectionId(), run->domain().uuid}}, action);
}

void lifecycle(JobRun *run, DomainAction action) {
    if (action == DomainAction::Start) {
        const auto *exec = qobject_cast<JobExecutor *>(run->parent());
        const HostCapacity cap = capacityOf(run->workspace(), run->connectionId());
        if (cap.memoryBytes > 0 && !domainStateIsActive(run->domain().state)) {
            const QString refusal = admitStart(
                cap, {run->domain().memoryBytes, run->domain().vcpus}, exec->settings().placement);
            if (!refusal.isEmpty()) {
                run->finish(false, JobExecutor::tr("Not started: %1").arg(refusal));
                return;
            }
        }
    }
    const int waitSeconds = run->job().params.value(u"wait"_s).toInt();
    if (action != DomainAction::Shutdown || waitSeconds <= 0) {
        runAction(run, action, [run, action](const ActionResult &r) {
            run->finish(r.ok, r.ok && r.message.isEmpty()
                                  ? JobExecutor::tr("%1: done.").arg(domainActionText(action))
                                  : r.message);
        });
        return;
    }
    // Shut down and wait for the guest to power off; optionally pull the plug at the deadline.
    runAction(run, action, [run, waitSeconds](const ActionResult &r) {
        if (!r.ok) {
            run->finish(false, r.message);
            return;
        }
        run->progress(0, JobExecutor::tr("Shutdown requested; waiting up to %n second(s) for the "
                                         "guest to power off.",
                                         nullptr, waitSeconds));
        auto isOff = [run] {
            const auto *domains = run->workspace()->domains();
            const int row = domains->rowOf(run->connectionId(), run->domain().uuid);
            return row < 0 || !domainStateIsActive(domains->domainAt(row).state);
        };
        auto *ticker = new QTimer(run);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(ticker, &QTimer::timeout, run, [run, ticker, started, waitSeconds, isOff] {
            if (isOff()) {
                ticker->stop();
                run->finish(true, JobExecutor::tr("The guest powered off."));
                return;
            }
            const qint64 ms = started->elapsed();
            if (ms < qint64(waitSeconds) * 1000) {
                run->progress(int(ms * 100 / (qint64(waitSeconds) * 1000)));
                return;
            }
            ticker->stop();
            if (!run->job().params.value(u"force"_s).toBool()) {
                run->finish(false, JobExecutor::tr("The guest was still running after %n "
                                                   "second(s).",
                                                   nullptr, waitSeconds));
                return;
            }
            run->progress(99, JobExecutor::tr("Still running after %n second(s); forcing it off.",
                                              nullptr, waitSeconds));
            runAction(run, DomainAction::ForceOff, [run, waitSeconds](const ActionResult &f) {
                run->finish(f.ok, f.ok ? JobExecutor::tr("Forced off after %n second(s) without "
                                                         "shutting down.",
                                                         nullptr, waitSeconds)
                                       : f.message);
            });
        });
        ticker->start(500);
    });
}
// Moves the run's VM to the job's "destination" (a URI, or "auto" or nothing: the placement's
// pick among the other connected hosts), opening a connection to it when none is configured.
void migrate(JobRun *run) {
    auto *cm = run->workspace()->connections();
    const auto *exec = qobject_cast<JobExecutor *>(run->parent());
    QString uri = run->job().params.value(u"destination"_s).toString().trimmed();
    // No destination (e.g. scheduled from the Schedule dialog): the placement picks one.
    if (uri.isEmpty() || uri == u"auto"_s) {
        const ClusterSnapshot snap = snapshotOf(run->workspace());
        const int source = snap.connectionIds.indexOf(run->connectionId());
        const MovePlan plan = planEvacuation(snap.hosts,
                                             {{run->domain().name,
                                               run->domain().uuid,
                                               source,
                                               {run->domain().memoryBytes, run->domain().vcpus},
                                               domainStateIsActive(run->domain().state)}},
                                             source, exec->settings().placement);
        if (!plan.ok() || plan.moves.isEmpty()) {
            run->finish(false, JobExecutor::tr("No destination: %1").arg(plan.refusals.join(u' ')));
            return;
        }
        uri = snap.uris.value(plan.moves.first().to);
        run->progress(0, JobExecutor::tr("Placement chose %1.").arg(uri));
    }
    QString dest;
    for (const auto &c : cm->configs())
        if (c.uri() == uri)
            dest = c.id;
    if (dest.isEmpty()) {
        ConnectionConfig c = ConnectionConfig::fromUri(uri);
        c.transient = true;
        c.autoconnect = false;
        dest = cm->addConnection(c, false);
        run->progress(0, JobExecutor::tr("Opening a connection to %1.").arg(uri));
    }
    auto go = [run, dest] {
        auto *svc = new MigrationService(run->workspace()->connections(), run);
        QObject::connect(run, &JobRun::cancelRequested, svc, &MigrationService::cancel);
        QObject::connect(svc, &MigrationService::stage, run,
                         [run](const QString &text) { run->progress(0, text); });
        QObject::connect(svc, &MigrationService::progress, run,
                         [run](const MigrationProgress &p) { run->progress(p.percent); });
        QObject::connect(svc, &MigrationService::finished, run,
                         [run, dest](MigrationService::Outcome o, const QString &message) {
                             auto *cm = run->workspace()->connections();
                             cm->refresh(run->connectionId());
                             cm->refresh(dest);
                             run->finish(o == MigrationService::Outcome::Done, message);
                         });
        const QVariantMap &p = run->job().params;
        svc->start({run->connectionId(), run->domain().uuid, dest, p.value(u"name"_s).toString(),
                    p.value(u"peerToPeer"_s).toBool(), p.value(u"copyStorage"_s).toBool()});
    };
    if (cm->state(dest) == ConnectionState::Connected) {
        go();
        return;
    }
    auto started = std::make_shared<bool>(false);
    QObject::connect(
        cm, &ConnectionManager::stateChanged, run,
        [run, dest, uri, go, started](const QString &id, ConnectionState s, const QString &msg) {
            if (id != dest || *started || run->isFinished())
                return;
            if (s == ConnectionState::Connected) {
                *started = true;
                go();
            } else if (s == ConnectionState::Failed) {
                run->finish(false, JobExecutor::tr("Cannot connect to the "
                                                   "destination %1: %2")
                                       .arg(uri, msg));
            }
        });
    if (cm->state(dest) != ConnectionState::Connecting)
        cm->openConnection(dest);
}
} // namespace

JobExecutor::JobExecutor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {
    registerBuiltIns();
    registerLabJobHandlers(this);
    registerBackupJobHandlers(this);
}

void JobExecutor::registerHandler(const QString &kind, Handler handler) {
    m_handlers.insert(kind, std::move(handler));
}

void JobExecutor::registerBuiltIns() {
    for (DomainAction a : {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot,
                           DomainAction::ForceOff, DomainAction::Pause, DomainAction::Resume})
        registerHandler(domainActionName(a), [a](JobRun *run) { lifecycle(run, a); });
    // Snapshot jobs drive the same service as the Snapshots dialog, owned by the run.
    auto snapshot = [](JobRun *run, auto &&call) {
        auto *svc = new SnapshotService(run->workspace()->connections(), run->connectionId(),
                                        run->domain().uuid, run);
        QObject::connect(
            svc, &SnapshotService::finished, run,
            [run](SnapshotService::Operation op, const QString &name, bool ok,
                  const QString &message) {
                if (!ok) {
                    run->finish(false, message);
                    return;
                }
                run->finish(true, op == SnapshotService::Operation::Create
                                      ? JobExecutor::tr("Snapshot \"%1\" created.").arg(name)
                                  : op == SnapshotService::Operation::Revert
                                      ? JobExecutor::tr("Reverted to snapshot \"%1\".").arg(name)
                                      : JobExecutor::tr("Snapshot \"%1\" deleted.").arg(name));
            });
        call(svc, run->job().params.value(u"snapshot"_s).toString());
    };
    registerHandler(u"snapshot-create"_s, [snapshot](JobRun *run) {
        snapshot(run, [run](SnapshotService *svc, QString name) {
            if (name.isEmpty())
                name = u"snap-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
            svc->create(name, run->job().params.value(u"description"_s).toString(),
                        run->job().params.value(u"diskOnly"_s).toBool());
        });
    });
    registerHandler(u"snapshot-revert"_s, [snapshot](JobRun *run) {
        snapshot(run, [](SnapshotService *svc, const QString &name) { svc->revert(name); });
    });
    registerHandler(u"snapshot-delete"_s, [snapshot](JobRun *run) {
        snapshot(run, [](SnapshotService *svc, const QString &name) { svc->remove(name, false); });
    });
    registerHandler(u"migrate"_s, migrate);
    // Clone jobs drive the same service as the Clone dialog: a shut-off VM under a new name
    // ("name", default "<vm>-clone"), full copies or, with "linked", qcow2 overlays.
    registerHandler(u"clone"_s, [](JobRun *run) {
        auto *svc = new DomainService(run->workspace()->connections(), run->connectionId(), run);
        QObject::connect(svc, &DomainService::cloneFinished, run, [run](const ActionResult &r) {
            run->finish(r.ok, r.ok ? JobExecutor::tr("Cloned as %1.").arg(r.name) : r.message);
        });
        const QVariantMap &p = run->job().params;
        QString name = p.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            name = run->domain().name + u"-clone"_s;
        svc->cloneDomain(run->domain().uuid, name,
                         p.value(u"linked"_s).toBool() ? CloneMode::Linked : CloneMode::Full);
    });
}

void JobExecutor::run(const Job &job) {
    auto *r = new JobRun(job, m_workspace, this);
    ++m_running;
    if (!m_handlers.contains(job.kind)) {
        r->finish(false, tr("This program cannot run jobs of the kind \"%1\".").arg(job.kind));
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
    QString id;
    for (const auto &c : cm->configs())
        if (c.uri() == uri)
            id = c.id;
    if (id.isEmpty()) {
        ConnectionConfig c = ConnectionConfig::fromUri(uri);
        c.transient = true;
        c.autoconnect = false;
        id = cm->addConnection(c, false);
        run->progress(0, tr("Opening a connection to %1.").arg(uri));
    }
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
    if (!JobKinds::kind(job.kind).needsVm) { // e.g. lab jobs: the handler finds its own VMs
        run->m_handlerStarted = true;
        m_handlers.value(job.kind)(run);
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
    m_handlers.value(job.kind)(run);
}

} // namespace virtdeck
