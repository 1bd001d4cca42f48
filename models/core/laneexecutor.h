// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a host's blocking calls in lanes: the jobs of one lane run one after the other, jobs of
// different lanes run side by side on a small set of threads the executor owns. A job stuck in
// one lane (a VM whose QEMU does not answer) then holds one thread and its own lane, nothing
// else. The executor also knows which jobs are running and since when, for a "waiting for…"
// display. Owned by a Connection; post() and running() are safe from any thread; its destructor
// drops the jobs not started yet and joins every thread (waiting for the running jobs).
#pragma once

#include "core/lane.h"

#include <QDateTime>
#include <QList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace virtdeck {

class LaneExecutor {
public:
    // A job that is running now: its lane, what it does, since when.
    struct Call {
        Lane lane;
        QString what;
        QDateTime since;
        qint64 elapsedMs = 0;
    };

    explicit LaneExecutor(int maxThreads);
    ~LaneExecutor();
    LaneExecutor(const LaneExecutor &) = delete;
    LaneExecutor &operator=(const LaneExecutor &) = delete;

    // Drops the jobs not started yet, refuses new ones and waits for the running ones. Safe to
    // call again; the destructor calls it.
    void shutdown();
    // Queues `job` behind the earlier jobs of `lane`. `what` names it for running(). Dropped
    // (never run) when the executor ends first.
    void post(const Lane &lane, const QString &what, std::function<void()> job);
    // The jobs running now, longest first, those running at least `minMs`.
    QList<Call> running(qint64 minMs = 0) const;
    int threadCount() const;
    int maxThreads() const { return m_maxThreads; }

private:
    struct Entry {
        Lane lane;
        QString key;
        QString what;
        std::function<void()> job;
    };
    struct Running {
        Lane lane;
        QString what;
        QDateTime since;
        std::chrono::steady_clock::time_point start;
    };

    void work();
    // The first queued entry whose lane is free, or end(); under the mutex.
    std::deque<Entry>::iterator nextRunnable();
    // How many different free lanes have queued jobs; under the mutex.
    int runnableLanes() const;

    const int m_maxThreads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Entry> m_queue;
    std::vector<QString> m_busyLanes;
    std::list<Running> m_running;
    std::vector<std::thread> m_threads;
    int m_idle = 0;
    bool m_stopping = false;
};

} // namespace virtdeck
