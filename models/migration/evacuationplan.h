// SPDX-License-Identifier: GPL-3.0-or-later
// Which VMs to migrate where to empty a host (evacuate) or to even out the load (rebalance):
// pure functions over host capacity snapshots, using the scheduler's placement rules. The
// console adapter (hostsOf) reads the GUI-thread tables; the planners run anywhere.
#pragma once

#include "scheduler/job.h"
#include "scheduler/placement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace virtdeck {

class Workspace;

struct HostedVm {
    QString name;
    QString uuid;
    int host = -1; // index into the hosts list
    VmDemand demand;
    bool running = false; // only running VMs count against a host's capacity
};

struct PlannedMove {
    QString vm;
    QString uuid;
    int from = -1;
    int to = -1;
    VmDemand demand;
    bool live = false;
};

struct MovePlan {
    QList<PlannedMove> moves;
    QStringList refusals; // one line per VM that cannot be placed
    QString note;         // how the plan was found (translated; empty: the greedy rules)
    bool ok() const { return refusals.isEmpty(); }
};

// Every VM of `source` to the other hosts (running ones first, largest first), each placed by
// `options` on what is left after the moves before it. Shut-off VMs go where they could start
// but do not consume capacity.
MovePlan planEvacuation(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms, int source,
                        const PlacementOptions &options);

// A host's memory load: running VMs' memory over allocatable memory (0…1, more when overcommitted).
double memoryLoad(const HostCapacity &host, const PlacementOptions &options);

// Moves running VMs from the most to the least loaded connected host until their memory loads
// differ by at most `tolerance` (0.1 = ten percentage points) or no move improves the spread.
MovePlan planRebalance(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
                       const PlacementOptions &options, double tolerance);

// The console's hosts (by URI, in table order) and VMs. GUI thread.
struct ClusterSnapshot {
    QList<HostCapacity> hosts;
    QStringList uris;
    QStringList connectionIds;
    QList<HostedVm> vms;
    int indexOfUri(const QString &uri) const { return uris.indexOf(uri); }
};
ClusterSnapshot snapshotOf(const Workspace *workspace);

// One "migrate" job per move, named by host URI; `group` labels the batch.
QList<Job> migrationJobs(const MovePlan &plan, const QStringList &uris, const QString &group);

// A readable plan, one move per line, then the refusals.
QString describePlan(const MovePlan &plan, const QList<HostCapacity> &hosts);

} // namespace virtdeck
