// SPDX-License-Identifier: GPL-3.0-or-later
#include "evacuationplan.h"

#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "scheduler/planner.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace virtdeck {

struct EvacuationPlan {
    Q_DECLARE_TR_FUNCTIONS(EvacuationPlan)
};

using namespace Qt::StringLiterals;

namespace {

void charge(HostCapacity &h, const VmDemand &d, int sign) {
    h.allocatedMemoryBytes =
        quint64(std::max<qint64>(0, qint64(h.allocatedMemoryBytes) + sign * qint64(d.memoryBytes)));
    h.allocatedVcpus = std::max(0, h.allocatedVcpus + sign * d.vcpus);
}
} // namespace

QList<HostCapacity> hostsAfter(QList<HostCapacity> hosts, const MovePlan &plan) {
    for (const PlannedMove &m : plan.moves) {
        if (!m.live || m.from < 0 || m.to < 0 || m.from >= hosts.size() || m.to >= hosts.size())
            continue;
        charge(hosts[m.from], m.demand, -1);
        charge(hosts[m.to], m.demand, +1);
    }
    return hosts;
}

double memoryLoad(const HostCapacity &host, const PlacementOptions &options) {
    const double cap = double(host.memoryBytes) * options.memoryOvercommit;
    return cap > 0 ? double(host.allocatedMemoryBytes) / cap : 0.0;
}

MovePlan planEvacuationGreedy(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
                              int source, const PlacementOptions &options) {
    MovePlan plan;
    if (source < 0 || source >= hosts.size()) {
        plan.refusals << EvacuationPlan::tr("The host to evacuate is unknown.");
        return plan;
    }
    // Candidates: every other host; the source is offered as disconnected so placement skips it.
    QList<HostCapacity> state = hosts;
    state[source].connected = false;
    QList<HostedVm> mine;
    for (const HostedVm &vm : vms)
        if (vm.host == source)
            mine.append(vm);
    std::stable_sort(mine.begin(), mine.end(), [](const HostedVm &a, const HostedVm &b) {
        if (a.running != b.running)
            return a.running;
        return a.demand.memoryBytes > b.demand.memoryBytes;
    });
    QList<HostCapacity> others;
    QList<int> index;
    for (int i = 0; i < state.size(); ++i)
        if (i != source) {
            others.append(state.at(i));
            index.append(i);
        }
    if (others.isEmpty()) {
        plan.refusals << EvacuationPlan::tr("There is no other host to move the VMs to.");
        return plan;
    }
    for (const HostedVm &vm : mine) {
        for (int k = 0; k < others.size(); ++k)
            others[k] = state.at(index.at(k));
        const PlacementResult r = placeVm(others, vm.demand, options);
        if (!r.ok()) {
            plan.refusals << EvacuationPlan::tr("%1: %2").arg(vm.name, r.reason);
            continue;
        }
        const int to = index.at(r.host);
        if (vm.running)
            charge(state[to], vm.demand, +1);
        plan.moves.append({vm.name, vm.uuid, source, to, vm.demand, vm.running});
    }
    return plan;
}

MovePlan planRebalanceGreedy(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
                             const PlacementOptions &options, double tolerance) {
    MovePlan plan;
    QList<HostCapacity> state = hosts;
    QList<HostedVm> pool;
    for (const HostedVm &vm : vms)
        if (vm.running && vm.host >= 0 && vm.host < hosts.size())
            pool.append(vm);
    QList<bool> moved(pool.size(), false);
    for (int guard = 0; guard < pool.size(); ++guard) {
        int most = -1;
        int least = -1;
        for (int i = 0; i < state.size(); ++i) {
            if (!state.at(i).connected || state.at(i).maintenance || state.at(i).memoryBytes == 0)
                continue;
            const double load = memoryLoad(state.at(i), options);
            if (most < 0 || load > memoryLoad(state.at(most), options))
                most = i;
            if (least < 0 || load < memoryLoad(state.at(least), options))
                least = i;
        }
        if (most < 0 || most == least)
            break;
        const double spread =
            memoryLoad(state.at(most), options) - memoryLoad(state.at(least), options);
        if (spread <= tolerance)
            break;
        // The VM whose move leaves the two hosts closest together, if that is closer than now.
        int pick = -1;
        double bestGap = spread;
        for (int k = 0; k < pool.size(); ++k) {
            const HostedVm &vm = pool.at(k);
            if (moved.at(k) || vm.host != most)
                continue;
            if (!placeVm({state.at(least)}, vm.demand, options).ok())
                continue;
            HostCapacity from = state.at(most);
            HostCapacity to = state.at(least);
            charge(from, vm.demand, -1);
            charge(to, vm.demand, +1);
            const double gap = std::abs(memoryLoad(from, options) - memoryLoad(to, options));
            if (gap < bestGap - 1e-9) {
                bestGap = gap;
                pick = k;
            }
        }
        if (pick < 0)
            break;
        moved[pick] = true;
        HostedVm &vm = pool[pick];
        charge(state[most], vm.demand, -1);
        charge(state[least], vm.demand, +1);
        plan.moves.append({vm.name, vm.uuid, most, least, vm.demand, true});
        vm.host = least;
    }
    return plan;
}

namespace {

// The solver's request over `hosts` and the running VMs in `vms` that may move: their load leaves
// the hosts' allocated figures (the planner counts it itself).
PlanRequest solverRequest(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
                          const QList<int> &movable, const PlacementOptions &options) {
    PlanRequest r;
    r.hosts = hosts;
    r.options = options;
    for (int k : movable) {
        const HostedVm &vm = vms.at(k);
        r.vms.append({vm.name, vm.host, vm.demand, vm.running, false});
        if (vm.running && vm.host >= 0 && vm.host < hosts.size())
            charge(r.hosts[vm.host], vm.demand, -1);
    }
    return r;
}

// The plan's moves (those that make room first), its refusals and its note.
MovePlan movePlanOf(const PlanResult &res, const QList<HostedVm> &vms, const QList<int> &movable,
                    int source) {
    MovePlan plan;
    QList<PlannedMove> fromSource;
    for (int i = 0; i < movable.size(); ++i) {
        const HostedVm &vm = vms.at(movable.at(i));
        if (!res.fits(i) || res.hostOf.at(i) == vm.host)
            continue;
        const PlannedMove m{vm.name, vm.uuid, vm.host, res.hostOf.at(i), vm.demand, vm.running};
        if (vm.host == source)
            fromSource.append(m);
        else
            plan.moves.append(m);
    }
    std::stable_sort(fromSource.begin(), fromSource.end(),
                     [](const PlannedMove &a, const PlannedMove &b) {
                         if (a.live != b.live)
                             return a.live;
                         return a.demand.memoryBytes > b.demand.memoryBytes;
                     });
    plan.moves += fromSource;
    for (const PlanUnfit &u : res.unfit)
        plan.refusals << u.text;
    plan.note = res.note;
    return plan;
}

// The greedy plan as the solver's start: a host per movable VM (-1: refused, from the source).
QList<int> startOf(const MovePlan &greedy, const QList<HostedVm> &vms, const QList<int> &movable,
                   int source) {
    QHash<QString, int> to;
    for (const PlannedMove &m : greedy.moves)
        to.insert(m.uuid + u'\n' + m.vm, m.to);
    QList<int> start;
    for (int k : movable) {
        const HostedVm &vm = vms.at(k);
        start << to.value(vm.uuid + u'\n' + vm.name, vm.host == source ? -1 : vm.host);
    }
    return start;
}

// Hosts whose running VMs already exceed what they allow: their VMs stay (the solver reshuffles
// only hosts within their capacity, so an evacuation never turns into a repair of another host).
QSet<int> overfullHosts(const QList<HostCapacity> &hosts, const PlacementOptions &options) {
    QSet<int> out;
    for (int i = 0; i < hosts.size(); ++i)
        if (freeMemory(hosts.at(i), options) < 0 || freeVcpus(hosts.at(i), options) < 0)
            out.insert(i);
    return out;
}

} // namespace

MovePlan planEvacuation(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms, int source,
                        const PlacementOptions &options, int timeLimitMs) {
    if (source < 0 || source >= hosts.size() || hosts.size() < 2)
        return planEvacuationGreedy(hosts, vms, source, options);
    const QSet<int> overfull = overfullHosts(hosts, options);
    QList<int> movable;
    for (int k = 0; k < vms.size(); ++k) {
        const HostedVm &vm = vms.at(k);
        if (vm.host == source ||
            (vm.running && vm.host >= 0 && vm.host < hosts.size() && !overfull.contains(vm.host)))
            movable << k;
    }
    PlanRequest r = solverRequest(hosts, vms, movable, options);
    r.maintenance = {source};
    r.timeLimitMs = timeLimitMs;
    const MovePlan greedy = planEvacuationGreedy(hosts, vms, source, options);
    r.start = startOf(greedy, vms, movable, source);
    const PlanResult res = planPlacement(r);
    if (res.method == PlanMethod::Greedy) {
        MovePlan plan = greedy;
        plan.note = res.note;
        return plan;
    }
    return movePlanOf(res, vms, movable, source);
}

MovePlan planRebalance(const QList<HostCapacity> &hosts, const QList<HostedVm> &vms,
                       const PlacementOptions &options, double tolerance, int timeLimitMs) {
    QList<int> movable;
    for (int k = 0; k < vms.size(); ++k) {
        const HostedVm &vm = vms.at(k);
        if (vm.running && vm.host >= 0 && vm.host < hosts.size() && hosts.at(vm.host).connected &&
            hosts.at(vm.host).memoryBytes > 0)
            movable << k;
    }
    PlanRequest r = solverRequest(hosts, vms, movable, options);
    for (int i = 0; i < hosts.size(); ++i)
        if (hosts.at(i).memoryBytes == 0)
            r.maintenance << i; // what it has is not known: greedy skips it too
    r.balanceTolerance = std::max(0.0, tolerance);
    r.timeLimitMs = timeLimitMs;
    const MovePlan greedy = planRebalanceGreedy(hosts, vms, options, tolerance);
    r.start = startOf(greedy, vms, movable, -1);
    const PlanResult res = planPlacement(r);
    if (res.method == PlanMethod::Greedy) {
        MovePlan plan = greedy;
        plan.note = res.note;
        return plan;
    }
    return movePlanOf(res, vms, movable, -1);
}

ClusterSnapshot snapshotOf(const Workspace *workspace) {
    ClusterSnapshot s;
    const auto *hosts = workspace->hosts();
    for (int r = 0; r < hosts->rowCount(); ++r) {
        const auto &h = hosts->rowAt(r);
        HostCapacity cap;
        cap.host = h.name;
        cap.connected = h.state == ConnectionState::Connected && h.hasInfo;
        cap.maintenance = h.maintenance;
        cap.memoryBytes = h.info.memoryBytes;
        cap.cpus = h.info.cpus;
        s.hosts.append(cap);
        s.uris.append(h.uri);
        s.connectionIds.append(h.connectionId);
    }
    const auto *domains = workspace->domains();
    for (int r = 0; r < domains->rowCount(); ++r) {
        const DomainInfo &d = domains->domainAt(r);
        const int host = s.connectionIds.indexOf(d.connectionId);
        if (host < 0)
            continue;
        HostedVm vm{d.name, d.uuid, host, {d.memoryBytes, d.vcpus}, domainStateIsActive(d.state)};
        if (vm.running)
            charge(s.hosts[host], vm.demand, +1);
        s.vms.append(vm);
    }
    return s;
}

QList<Job> migrationJobs(const MovePlan &plan, const QStringList &uris, const QString &group) {
    QList<Job> jobs;
    for (const PlannedMove &m : plan.moves) {
        Job j;
        j.kind = u"migrate"_s;
        j.uri = uris.value(m.from);
        j.vm = m.vm;
        j.vmUuid = m.uuid;
        j.params.insert(u"destination"_s, uris.value(m.to));
        j.group = group;
        j.hostDown = HostDownPolicy::Fail;
        jobs.append(j);
    }
    return jobs;
}

QString describePlan(const MovePlan &plan, const QList<HostCapacity> &hosts) {
    QStringList lines;
    auto name = [&](int i) {
        return i >= 0 && i < hosts.size() ? hosts.at(i).host : QString();
    };
    for (const PlannedMove &m : plan.moves)
        lines << EvacuationPlan::tr("%1 (%2, %3 vCPUs, %4): %5 → %6")
                     .arg(m.vm, QLocale().formattedDataSize(qint64(m.demand.memoryBytes), 1,
                                                            QLocale::DataSizeTraditionalFormat))
                     .arg(m.demand.vcpus)
                     .arg(m.live ? EvacuationPlan::tr("live") : EvacuationPlan::tr("offline"),
                          name(m.from), name(m.to));
    if (plan.moves.isEmpty() && plan.refusals.isEmpty())
        lines << EvacuationPlan::tr("Nothing to move.");
    for (const QString &r : plan.refusals)
        lines << EvacuationPlan::tr("Cannot move %1").arg(r);
    return lines.join(u'\n');
}

} // namespace virtdeck
