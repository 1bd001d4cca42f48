// SPDX-License-Identifier: GPL-3.0-or-later
// Lab operations as scheduler job kinds ("lab-provision", "lab-reset", …): a job names the lab
// (`vm` = lab name, `uri` = one of its hosts) and optional params "students" (comma-separated),
// "snapshot" and "database"; provisioning also "strictCapacity" and "definePools" (booleans,
// LabExecutor's options of those names); shutting down also "wait" (seconds the guests get to
// power off, kLabShutdownWait when absent) and "force" (then force off those still running). A
// provisioning result ends with the lines of the hosts it placed more students on than can run
// there at once. GUI thread.
#pragma once

#include "labs/lab.h"
#include "scheduler/schedule.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <utility>

namespace virtdeck {

struct Job;

QString labJobKind(LabOperation op);
// The queued job of `op` on lab `lab` (its first host as the job's host, the lab as its group),
// for `students` (empty: every student when it runs) with `params` besides "students".
Job labJob(const Lab &lab, LabOperation op, const QStringList &students,
           const QVariantMap &params = {});
// Adds the kinds and their handlers to the JobKinds registry (once, at start-up).
void registerLabJobKinds();

// When lab `labName` next starts after `nowMs`: the earliest pending "lab-start" job for it or
// enabled "lab-start" schedule naming it (ms since the epoch); 0 when none. Pure.
qint64 labNextStart(const QList<Job> &jobs, const QList<Schedule> &schedules,
                    const QString &labName, qint64 nowMs);

// What the capacity check counts as started by `atMs` besides lab `labName` itself: the VMs of
// pending "start" jobs and of other labs' pending "lab-start" jobs (read through `loadLab`), as
// (host URI, VM name). Any thread.
QList<std::pair<QString, QString>>
labScheduledStarts(const QList<Job> &jobs, const QString &labName, qint64 atMs,
                   const std::function<bool(const QString &, Lab *)> &loadLab);

} // namespace virtdeck
