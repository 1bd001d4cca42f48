// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationjobs.h"

#include "core/connectionmanager.h"
#include "evacuationplan.h"
#include "libvirt/migrationservice.h"
#include "scheduler/jobexecutor.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobrun.h"
#include "workspace/workspace.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

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
    bool added = false;
    const QString dest = cm->connectionForUri(uri, &added);
    if (added)
        run->progress(0, JobExecutor::tr("Opening a connection to %1.").arg(uri));
    auto go = [run, dest] {
        auto *svc =
            new MigrationService(run->workspace()->connections(), run->workspace()->tasks(), run);
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
                    JobKinds::flagValue(p.value(u"peerToPeer"_s)),
                    JobKinds::flagValue(p.value(u"copyStorage"_s))});
    };
    cm->whenConnected(
        dest, run,
        [run, go] {
            if (!run->isFinished())
                go();
        },
        [run, uri](const QString &msg) {
            if (!run->isFinished())
                run->finish(
                    false,
                    JobExecutor::tr("Cannot connect to the destination %1: %2").arg(uri, msg));
        });
}

} // namespace

void registerMigrationJobKinds() {
    // "destination": a host URI, or "auto" (the default) for the placement's choice among the
    // connected hosts.
    JobKinds::add({u"migrate"_s,
                   JobExecutor::tr("Migrate"),
                   true,
                   false,
                   false,
                   {u"destination"_s, JobParam::flag(u"peerToPeer"_s),
                    JobParam::flag(u"copyStorage"_s), u"name"_s},
                   migrate});
}

} // namespace virtdeck
