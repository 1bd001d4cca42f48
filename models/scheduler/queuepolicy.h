// SPDX-License-Identifier: GPL-3.0-or-later
// Which queued jobs to start now: the queue policies and concurrency limits as a pure function.
#pragma once

#include <QList>
#include <QString>

namespace virtdeck {

enum class QueuePolicy : quint8 {
    Fcfs,          // first come, first served
    Priority,      // higher priority first, then FCFS
    ShortestFirst, // shortest expected duration first (from measured history), then FCFS
    RoundRobin,    // one job per lab/host in turn, so one big batch cannot starve the others
};

QString queuePolicyName(QueuePolicy p);
QString queuePolicyText(QueuePolicy p);
bool queuePolicyFromName(const QString &name, QueuePolicy *out);

struct QueueLimits {
    int global = 8;  // jobs running at once, all hosts together; <= 0: no limit
    int perHost = 4; // jobs running at once on one host; <= 0: no limit
};

struct QueueCandidate {
    qint64 id = 0;
    qint64 enqueuedAt = 0; // ms; ties broken by id
    int priority = 0;
    qint64 expectedMs = 0;
    QString host;        // URI
    QString vmKey;       // two jobs on one VM never run together
    QString fairnessKey; // round-robin key: the lab/batch, else the host
};

struct RunningSlot {
    QString host;
    QString vmKey;
};

// The ids to start now, in start order. `candidates` in any order. `roundRobinCursor` is the
// fairness key served last; it is read and advanced so turns continue across calls.
QList<qint64> selectJobsToRun(QList<QueueCandidate> candidates, const QList<RunningSlot> &running,
                              QueuePolicy policy, const QueueLimits &limits,
                              QString *roundRobinCursor = nullptr);

} // namespace virtdeck
