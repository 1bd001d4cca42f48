// SPDX-License-Identifier: GPL-3.0-or-later
// The placement planner: every VM of a cluster onto hosts at once, as a mixed-integer programme
// solved by GLPK (memory and vCPUs under the overcommit ratios, pinned VMs, excluded hosts,
// affinity and anti-affinity), with the greedy rules as the fallback. Pure and thread-safe: each
// call builds, solves and frees its own problem; call it from any thread.
// A new VM alone stays with placeVm(): for one VM the greedy rule picks the best host under its
// objective (checking every host), which is already optimal; a solve would only add time.
#pragma once

#include "scheduler/placement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace virtdeck {

enum class PlanObjective : quint8 {
    FewestMoves, // rebalance, evacuation, capacity: keep VMs where they are when possible
    EvenLoad,    // spread: minimise the largest memory load, moves break ties
    FewestHosts, // consolidate: fewest hosts carrying running VMs, moves break ties
};

enum class PlanMethod : quint8 {
    Optimal,   // the solver proved the plan optimal
    TimeLimit, // the best plan the solver found within the time limit, not proven optimal
    Greedy,    // the solver found nothing in time: the greedy rules made the plan
};

enum class UnfitReason : quint8 {
    None,
    Memory,      // no host has the memory left for it
    Vcpus,       // no host has the vCPUs left for it
    Constraints, // room exists, but not together with the pins, groups and pairs asked for
};

struct PlanVm {
    QString name;
    int host = -1; // where it is now (index into the hosts), or -1: not placed yet
    VmDemand demand;
    bool running = true; // running, or to run: only those count against a host's capacity
    bool pinned = false; // stays on `host`
};

struct PlanRequest {
    // The hosts' allocated figures count only what is NOT in `vms` (other VMs, other labs).
    QList<HostCapacity> hosts;
    QList<int> maintenance;     // hosts that take no VM (their VMs move away unless pinned)
    QList<PlanVm> vms;          // earlier VMs are preferred to stay and to be placed on ties
    QList<QList<int>> affinity; // each a set of VMs that must share a host
    QList<std::pair<int, int>> antiAffinity; // two VMs never on the same host
    PlacementOptions options;
    PlanObjective objective = PlanObjective::FewestMoves;
    // FewestMoves only, when >= 0: the memory loads of the usable hosts must lie within this
    // many (0.1 = ten percentage points) of each other; as close as possible when they cannot.
    double balanceTolerance = -1;
    int timeLimitMs = 1000;
    // A plan to start from (a host per VM, -1: no room), e.g. the greedy rules' own for this use:
    // when it keeps every rule the solver offers it as its first solution, so the answer is never
    // worse by the objective, and it is the fallback instead of the planner's greedy rules.
    QList<int> start;
};

struct PlanUnfit {
    int vm = -1;
    UnfitReason reason = UnfitReason::None;
    QString text; // "<vm>: why" (translated)
};

struct PlanResult {
    // A host per VM: the new one; for a VM without room, where it is now (it stays, not counted)
    // or -1.
    QList<int> hostOf;
    QList<PlanUnfit> unfit;
    PlanMethod method = PlanMethod::Greedy;
    QString note; // how the plan was found, one translated sentence (MovePlan::note)
    int moves = 0;
    double maxLoad = 0; // the largest memory load of a usable host after the plan
    int hostsUsed = 0;  // usable hosts carrying running VMs after the plan
    bool fits(int vm) const;
};

// The plan for `request`: the solver's within the time limit, else the greedy one.
PlanResult planPlacement(const PlanRequest &request);
// The greedy plan alone (what the solver falls back to; also the benchmark's reference).
PlanResult planPlacementGreedy(const PlanRequest &request);
// What `plan` breaks in `request` (capacity, exclusions, pins, affinity, anti-affinity), one
// line each (untranslated, for tests and benchmarks); empty when it keeps every rule.
QStringList planViolations(const PlanRequest &request, const PlanResult &plan);
// The sentence for `method` (translated).
QString planMethodText(PlanMethod method);

} // namespace virtdeck
