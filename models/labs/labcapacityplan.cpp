// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcapacityplan.h"

#include "core/connectionmanager.h"
#include "core/taskpool.h"
#include "domains/domaintablemodel.h"
#include "labstore.h"
#include "scheduler/job.h"
#include "scheduler/jobexecutor.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobrun.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <memory>

namespace virtdeck {

using namespace Qt::StringLiterals;

QStringList LabCapacityPlan::previewLines() const {
    QStringList lines;
    for (const auto &m : migrations)
        lines << (m.live ? tr("Migrate %1 (student %2) from %3 to %4, live.")
                         : tr("Migrate %1 (student %2) from %3 to %4, offline (shut off)."))
                     .arg(m.vm, m.student, m.from, m.to);
    for (const auto &p : placements)
        lines << (p.from.isEmpty() ? tr("Place student %1 on %2 (no VM yet).").arg(p.student, p.to)
                                   : tr("Place student %1 on %2 instead of %3 (no VM yet).")
                                         .arg(p.student, p.to, p.from));
    return lines;
}

LabCapacityPlan labCapacityPlan(const Lab &lab, const LabCapacityReport &report,
                                const LabVmFinder &find) {
    LabCapacityPlan plan;
    for (const LabMove &move : report.moves) {
        QList<LabPlannedMigration> vms;
        if (!move.from.isEmpty())
            for (const LabRole &role : lab.roles) {
                const QString vm = lab.vmName(move.student, role.name);
                if (const auto seen = find(move.from, vm))
                    vms.append({move.student, vm, seen->uuid, move.from, move.to, seen->running});
            }
        if (vms.isEmpty())
            plan.placements.append({move.student, move.from, move.to});
        plan.migrations += vms;
    }
    return plan;
}

QList<Job> labMigrationJobs(const Lab &lab, const LabCapacityPlan &plan, const QString &database) {
    QHash<QString, QStringList> vmsOf; // student -> its VMs that move
    for (const auto &m : plan.migrations)
        vmsOf[m.student] << m.vm;
    QList<Job> jobs;
    for (const auto &m : plan.migrations) {
        Job j;
        j.kind = QString::fromUtf16(kLabMigrateKind);
        j.uri = m.from;
        j.vm = m.vm;
        j.vmUuid = m.uuid;
        j.group = lab.name;
        j.hostDown = HostDownPolicy::Fail;
        j.state = JobState::Waiting;
        j.params = {{u"destination"_s, m.to},
                    {u"lab"_s, lab.name},
                    {u"student"_s, m.student},
                    {u"studentVms"_s, vmsOf.value(m.student).join(u',')}};
        if (!database.isEmpty())
            j.params.insert(u"database"_s, database);
        jobs << j;
    }
    return jobs;
}

Lab withPlannedPlacements(Lab lab, const LabCapacityPlan &plan) {
    for (const auto &p : plan.placements) {
        auto it = std::find_if(lab.assignments.begin(), lab.assignments.end(),
                               [&p](const LabAssignment &a) { return a.studentId == p.student; });
        if (it != lab.assignments.end())
            it->hostUri = p.to;
        else
            lab.assignments.append({p.student, p.to});
    }
    return lab;
}

namespace {
// Whether every VM in `vms` but `moved` shows on host `uri` in the console's table.
bool othersThere(Workspace *workspace, const QString &uri, const QStringList &vms,
                 const QString &moved) {
    QString id;
    for (const auto &c : workspace->connections()->configs())
        if (c.uri() == uri)
            id = c.id;
    const DomainTableModel *domains = workspace->domains();
    for (const QString &vm : vms) {
        if (vm == moved)
            continue;
        bool found = false;
        for (int r = 0; r < domains->rowCount() && !found; ++r)
            found = domains->domainAt(r).connectionId == id && domains->domainAt(r).name == vm;
        if (!found)
            return false;
    }
    return true;
}

// The student's new host, written once the run's migration succeeded.
void recordOnSuccess(JobRun *run) {
    auto *exec = qobject_cast<JobExecutor *>(run->parent());
    if (!exec)
        return;
    const qint64 id = run->job().id;
    const QVariantMap p = run->job().params;
    const QString vm = run->job().vm;
    Workspace *workspace = run->workspace();
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn =
        QObject::connect(exec, &JobExecutor::finished, exec,
                         [conn, id, p, vm, workspace](qint64 finished, bool ok, const QString &) {
                             if (finished != id)
                                 return;
                             QObject::disconnect(*conn);
                             const QString to = p.value(u"destination"_s).toString();
                             const QStringList vms =
                                 p.value(u"studentVms"_s).toString().split(u',');
                             if (!ok || !othersThere(workspace, to, vms, vm))
                                 return;
                             const QString db = p.value(u"database"_s).toString();
                             const QString lab = p.value(u"lab"_s).toString();
                             const QString student = p.value(u"student"_s).toString();
                             workspace->tasks()->start([db, lab, student, to](const CancelToken &) {
                                 LabStore store;
                                 if (store.open(db.isEmpty() ? LabStore::defaultPath() : db))
                                     store.setAssignment(lab, student, to);
                             });
                         });
}
} // namespace

void registerLabMoveJobKind() {
    JobKind k = JobKinds::kind(u"migrate"_s);
    const auto migrate = k.handler;
    k.name = QString::fromUtf16(kLabMigrateKind);
    k.text = JobExecutor::tr("Lab: move a student's VM");
    k.params = {u"destination"_s, u"lab"_s, u"student"_s, u"studentVms"_s, u"database"_s};
    k.handler = [migrate](JobRun *run) {
        recordOnSuccess(run);
        if (migrate)
            migrate(run);
        else
            run->finish(false, JobExecutor::tr("Migration is not available."));
    };
    JobKinds::add(k);
}

} // namespace virtdeck
