// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore as scheduler job kinds, so they can be queued, repeated on a schedule and
// followed (progress, log, cancel) like every other job:
//  - "backup" on a VM. Params: repository (default: the Preferences' backup repository), full
//    (no incremental), and keepLast / keepDaily / keepWeekly / keepMonthly: after a good backup,
//    prune the repository by that policy (retention).
//  - "restore" on a host (the job's uri; vm: the new VM's name). Params: repository, backup (the
//    backup id), pool (default "default").
// The engine runs as a task on the workspace's TaskPool with a connection reference of its own,
// so the host's connection thread stays free; cancel (or quitting, which waits for the task)
// stops it between chunks and leaves nothing half-made.
#pragma once

#include "backup/progress.h"

#include <QPair>
#include <QString>

#include <functional>

struct _virConnect;

namespace virtdeck {

class JobRun;

// What an engine task returns: whether it worked, and the line the job ends with.
using EngineResult = QPair<bool, QString>;
using EngineWork = std::function<EngineResult(_virConnect *, const backup::CancelToken *,
                                              const backup::ProgressSink &)>;

// Runs `work` as a task on the workspace's TaskPool with a reference of its own to the run's
// connection (so the host's connection thread stays free), then finishes the run with what it
// returns. A cancel of the job stops the task between chunks; so does the run's end (the
// scheduler going away), after which the task's reports are dropped. Quitting (the Workspace's
// end) cancels the task and waits for it, so a backup never outlives the program half-made.
void startEngineTask(JobRun *run, EngineWork work);

// Adds the kinds and their handlers to the JobKinds registry (once, at start-up).
void registerBackupJobKinds();

} // namespace virtdeck
