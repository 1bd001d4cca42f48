// SPDX-License-Identifier: GPL-3.0-or-later
#include "labclassplan.h"

#include "scheduler/planner.h"

namespace virtdeck {

namespace {

// A group's mates already placed: a VM of no demand pinned to their host holds the group there.
void addGroups(const LabClassPlanInput &in, PlanRequest &req) {
    QHash<QString, QList<int>> members;
    for (int v = 0; v < in.students.size(); ++v)
        members[in.students.at(v).group] << v;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        QList<int> group = it.value();
        const int host = in.groupHost.value(it.key(), -1);
        if (host >= 0 && host < in.hosts.size()) {
            req.vms.append({it.key(), host, {}, false, true});
            group << int(req.vms.size()) - 1;
        }
        if (group.size() > 1)
            req.affinity << group;
    }
}

} // namespace

QHash<QString, int> planLabClass(const LabClassPlanInput &in) {
    QHash<QString, int> out;
    if (in.options.strategy == PlacementStrategy::FirstFit || in.hosts.isEmpty() ||
        in.students.isEmpty())
        return out;
    PlanRequest req;
    req.hosts = in.hosts;
    req.options = in.options;
    req.objective = in.options.strategy == PlacementStrategy::Spread ? PlanObjective::EvenLoad
                                                                     : PlanObjective::FewestHosts;
    req.timeLimitMs = in.timeLimitMs;
    for (const LabStudent &s : in.students)
        req.vms.append({s.id, -1, in.perStudent, true, false});
    if (in.groupsTogether)
        addGroups(in, req);
    const PlanResult plan = planPlacement(req);
    for (int v = 0; v < in.students.size(); ++v)
        if (plan.fits(v) && plan.hostOf.at(v) >= 0)
            out.insert(in.students.at(v).id, plan.hostOf.at(v));
    return out;
}

} // namespace virtdeck
