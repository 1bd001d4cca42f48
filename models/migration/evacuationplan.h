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

// Every VM of `source` to the other hosts, planned by the solver (scheduler/planner.h) for the
// fewest moves: it may also move a VM between two other hosts when that makes room for one that
// fits nowhere else. Moves that make room come first, then the source's VMs (running ones first,
// largest first). Shut-off VMs go where they could start but do not consume capacity. Hosts
// already over their capacity keep their VMs. `note` says how the plan was found.
MovePlan planEvacuation(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms, int source,
                        const PlacementOptions &options, int timeLimitMs = 1000);
// The greedy rules alone: each VM of `source` (running ones first, largest first) placed by
// `options` on what is left after the moves before it.
MovePlan planEvacuationGreedy(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
                              int source, const PlacementOptions &options);

// The hosts as they are after `plan`'s live moves (an offline move takes no capacity).
QList<HostCapacity> hostsAfter(QList<HostCapacity> hosts, const MovePlan &plan);

// A host's memory load: running VMs' memory over allocatable memory (0…1, more when overcommitted).
double memoryLoad(const HostCapacity &host, const PlacementOptions &options);

// The fewest migrations of running VMs after which the memory loads of the connected hosts lie
// within `tolerance` of each other (0.1 = ten percentage points), or as close as they can, by the
// solver. Fewest moves under the tolerance rather than the lowest maximum load: the user named
// the spread that is good enough, and each migration costs time and risk, so a plan that keeps
// moving VMs for a point less of load is worse. When the solver finds nothing in time the plan
// is planRebalanceGreedy()'s, and `note` says so.
MovePlan planRebalance(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
                       const PlacementOptions &options, double tolerance, int timeLimitMs = 1000);
// The greedy rules alone: moves running VMs from the most to the least loaded connected host
// until their loads differ by at most `tolerance` or no move improves the spread.
MovePlan planRebalanceGreedy(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
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
