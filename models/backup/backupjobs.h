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

namespace virtdeck {

// Adds the kinds and their handlers to the JobKinds registry (once, at start-up).
void registerBackupJobKinds();

} // namespace virtdeck
