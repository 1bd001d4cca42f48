// SPDX-License-Identifier: GPL-3.0-or-later
// Where provisioning puts the students not placed yet: the whole class in one solve of the
// placement planner, not student by student. Pure; any thread.
#pragma once

#include "lab.h"
#include "scheduler/placement.h"

#include <QHash>
#include <QList>
#include <QString>

namespace virtdeck {

struct LabClassPlanInput {
    QList<LabStudent> students;    // the students to place, in roster order
    QList<HostCapacity> hosts;     // the eligible hosts, with what is committed there already
    VmDemand perStudent;           // all of a student's VMs, running at once
    PlacementOptions options;      // its strategy picks the objective
    bool groupsTogether = false;   // a roster group shares a host (network mode Group)
    QHash<QString, int> groupHost; // group -> host a mate is on already (groupsTogether)
    int timeLimitMs = 500;
};

// Student id -> index into `hosts`, for the students the plan has room for. Spread asks for the
// most even load, BestFit for the fewest hosts; FirstFit keeps the greedy rule (host order is
// what the user chose it for) and returns an empty plan, as does a class with no host.
QHash<QString, int> planLabClass(const LabClassPlanInput &in);

} // namespace virtdeck
