// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmjobs.h"

#include "core/connectionmanager.h"
#include "core/domainaction.h"
#include "domains/domaintablemodel.h"
#include "domains/libvirt/domainservice.h"
#include "domains/libvirt/snapshotservice.h"
#include "hosts/hosttablemodel.h"
#include "jobexecutor.h"
#include "jobkinds.h"
#include "jobrun.h"
#include "placement.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

HostCapacity capacityOf(Workspace *workspace, const QString &connectionId) {
    HostCapacity cap;
    const auto *hosts = workspace->hosts();
    const int row = hosts->rowOf(connectionId);
    if (row >= 0) {
        const auto &h = hosts->rowAt(row);
        cap.host = h.name;
        cap.connected = h.state == ConnectionState::Connected;
        cap.maintenance = h.maintenance;
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
        // The memory check waits for the host's figures; maintenance needs none.
        if ((cap.memoryBytes > 0 || cap.maintenance) && !domainStateIsActive(run->domain().state)) {
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
            if (!JobKinds::flagValue(run->job().params.value(u"force"_s))) {
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
// Snapshot jobs drive the same service as the Snapshots dialog, owned by the run.
template <typename Call> void snapshotJob(JobRun *run, Call call) {
    auto *svc = new SnapshotService(run->workspace()->connections(), run->connectionId(),
                                    run->domain().uuid, run);
    QObject::connect(
        svc, &SnapshotService::finished, run,
        [run](SnapshotService::Operation op, const QString &name, bool ok, const QString &message) {
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
}

void snapshotCreate(JobRun *run) {
    snapshotJob(run, [run](SnapshotService *svc, QString name) {
        if (name.isEmpty())
            name = u"snap-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        svc->create(name, run->job().params.value(u"description"_s).toString(),
                    JobKinds::flagValue(run->job().params.value(u"diskOnly"_s)));
    });
}

void snapshotRevert(JobRun *run) {
    snapshotJob(run, [](SnapshotService *svc, const QString &name) { svc->revert(name); });
}

void snapshotDelete(JobRun *run) {
    snapshotJob(run, [](SnapshotService *svc, const QString &name) { svc->remove(name, false); });
}

// Clone jobs drive the same service as the Clone dialog: a shut-off VM under a new name
// ("name", default "<vm>-clone"), full copies or, with "linked", qcow2 overlays.
void cloneJob(JobRun *run) {
    auto *svc = new DomainService(run->workspace()->connections(), run->connectionId(), run);
    QObject::connect(svc, &DomainService::cloneFinished, run, [run](const ActionResult &r) {
        run->finish(r.ok, r.ok ? JobExecutor::tr("Cloned as %1.").arg(r.name) : r.message);
    });
    const QVariantMap &p = run->job().params;
    QString name = p.value(u"name"_s).toString().trimmed();
    if (name.isEmpty())
        name = run->domain().name + u"-clone"_s;
    svc->cloneDomain(run->domain().uuid, name,
                     JobKinds::flagValue(p.value(u"linked"_s)) ? CloneMode::Linked
                                                               : CloneMode::Full);
}

} // namespace

QList<JobKind> vmJobKinds() {
    QList<JobKind> out;
    for (DomainAction a : {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot,
                           DomainAction::ForceOff, DomainAction::Pause, DomainAction::Resume}) {
        JobKind k;
        k.name = domainActionName(a);
        k.text = domainActionText(a);
        k.startsVm = a == DomainAction::Start;
        if (a == DomainAction::Shutdown)
            k.params = {JobParam::integer(u"wait"_s, 0, 86400), JobParam::flag(u"force"_s)};
        k.handler = [a](JobRun *run) {
            lifecycle(run, a);
        };
        out.append(k);
    }
    out.append({u"snapshot-create"_s,
                JobExecutor::tr("Create snapshot"),
                true,
                false,
                false,
                {u"snapshot"_s, u"description"_s, JobParam::flag(u"diskOnly"_s)},
                snapshotCreate});
    out.append({u"snapshot-revert"_s,
                JobExecutor::tr("Revert to snapshot"),
                true,
                false,
                false,
                {u"snapshot"_s},
                snapshotRevert});
    out.append({u"snapshot-delete"_s,
                JobExecutor::tr("Delete snapshot"),
                true,
                false,
                false,
                {u"snapshot"_s},
                snapshotDelete});
    out.append({u"clone"_s,
                JobExecutor::tr("Clone"),
                true,
                false,
                false,
                {u"name"_s, JobParam::flag(u"linked"_s)},
                cloneJob});
    return out;
}

} // namespace virtdeck
