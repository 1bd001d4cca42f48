// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's preferences: queue policy, limits, placement. Stored in QSettings
// ("scheduler/…"), read by the GUI and the headless runner alike.
#pragma once

#include "placement.h"
#include "queuepolicy.h"

class QSettings;

namespace virtdeck {

struct SchedulerSettings {
    QueuePolicy policy = QueuePolicy::Fcfs;
    QueueLimits limits;
    PlacementOptions placement;
    qint64 leaseTtlMs = 30000;     // a dead runner's lease frees itself after this long
    qint64 hostRetryMs = 60000;    // a job waiting for its host tries again after this long
    qint64 missedGraceMs = 120000; // a firing later than this counts as missed
    int pollMs = 1000;       // how often the engine looks at the clock and the database; 0: never
    int historyLimit = 5000; // finished jobs loaded for the Jobs view

    static SchedulerSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace virtdeck
