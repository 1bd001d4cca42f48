// SPDX-License-Identifier: GPL-3.0-or-later
// What carrying out a capacity report means for a lab: each move of a student becomes a migration
// per VM of the student that exists (live when it runs, offline when shut off), or, for a student
// with no VM yet, a change of the host recorded for it. The plan is pure; its migrations become
// "lab-migrate" jobs, a migrate job that records the student's new host in the lab once the VM
// is there (registerLabMoveJobKind). Any thread, except the job kind's handler (GUI thread).
#pragma once

#include "labs/lab.h"
#include "labs/labsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace virtdeck {

struct Job;

struct LabPlannedMigration {
    QString student;
    QString vm;
    QString uuid; // empty when unknown (the job then finds the VM by name)
    QString from; // host URIs
    QString to;
    bool live = false; // the VM runs: a live migration; shut off: an offline one
};

// A student without a VM on its host yet: only the host recorded for it changes.
struct LabPlannedPlacement {
    QString student;
    QString from; // empty: not placed yet
    QString to;
};

struct LabCapacityPlan {
    Q_DECLARE_TR_FUNCTIONS(LabCapacityPlan)
public:
    QList<LabPlannedMigration> migrations;
    QList<LabPlannedPlacement> placements;
    bool isEmpty() const { return migrations.isEmpty() && placements.isEmpty(); }
    // One translated line per migration, then per placement change.
    QStringList previewLines() const;
};

// A lab VM as its host shows it.
struct LabVmSeen {
    QString uuid;
    bool running = false;
};
// Finds VM `vm` on host `uri`; nothing when it is not there.
using LabVmFinder = std::function<std::optional<LabVmSeen>(const QString &uri, const QString &vm)>;

// The plan of `report`'s moves for `lab`. Pure.
LabCapacityPlan labCapacityPlan(const Lab &lab, const LabCapacityReport &report,
                                const LabVmFinder &find);

// The job kind of a lab VM's move.
inline constexpr char16_t kLabMigrateKind[] = u"lab-migrate";

// One "lab-migrate" job per migration, grouped under the lab's name; `database`: the labs
// database the jobs record the new hosts in (empty: the default one). Pure.
QList<Job> labMigrationJobs(const Lab &lab, const LabCapacityPlan &plan, const QString &database);

// `lab` with the plan's placement changes recorded as its assignments. Pure.
Lab withPlannedPlacements(Lab lab, const LabCapacityPlan &plan);

// Adds "lab-migrate" to the JobKinds registry: the "migrate" kind's handler, then, once the VM is
// on its destination and every other VM of the student is there too, the student's new host
// written to the lab (on the workspace's TaskPool). Call after registerMigrationJobKinds().
void registerLabMoveJobKind();

} // namespace virtdeck
