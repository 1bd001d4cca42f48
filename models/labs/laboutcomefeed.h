// SPDX-License-Identifier: GPL-3.0-or-later
// Where the lab jobs of this process announce each VM's outcome, so that the Labs pane shows the
// last operation's result per student ("Last result") without parsing the job's log. One per
// process (instance()); lives on the GUI thread, where the lab jobs run.
#pragma once

#include "labs/lab.h"
#include "labs/labvmtask.h"

#include <QObject>

namespace virtdeck {

class LabOutcomeFeed : public QObject {
    Q_OBJECT
public:
    static LabOutcomeFeed *instance();
    void announce(LabOperation op, const LabVmOutcome &outcome) { Q_EMIT vmFinished(op, outcome); }

Q_SIGNALS:
    // A lab operation is done with one VM (outcome.task.lab names the lab).
    void vmFinished(virtdeck::LabOperation op, const virtdeck::LabVmOutcome &outcome);

private:
    LabOutcomeFeed() = default;
};

} // namespace virtdeck
