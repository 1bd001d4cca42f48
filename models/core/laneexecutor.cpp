// SPDX-License-Identifier: GPL-3.0-or-later
#include "laneexecutor.h"

#include <algorithm>

namespace virtdeck {

LaneExecutor::LaneExecutor(int maxThreads)
    : m_maxThreads(std::max(1, maxThreads)) {}

LaneExecutor::~LaneExecutor() {
    shutdown();
}

void LaneExecutor::shutdown() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    // post() may still be called by a running job (it chains a call): it sees m_stopping. The
    // thread list no longer grows once m_stopping is set, so it is read without the lock here.
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
}

void LaneExecutor::post(const Lane &lane, const QString &what, std::function<void()> job) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_queue.push_back({lane, lane.key(), what, std::move(job)});
        // Threads start on demand: a host that only ever lists needs none. With every thread
        // busy (a few stuck VMs at most), jobs wait for the next free one.
        // An idle thread that was woken but has not taken its job yet still counts as idle, so
        // compare with the lanes that could run now, not with "is any thread idle".
        if (runnableLanes() > m_idle && int(m_threads.size()) < m_maxThreads)
            m_threads.emplace_back([this] { work(); });
    }
    m_wake.notify_all();
}

int LaneExecutor::runnableLanes() const {
    std::vector<QString> lanes;
    for (const Entry &e : m_queue)
        if (std::find(m_busyLanes.begin(), m_busyLanes.end(), e.key) == m_busyLanes.end() &&
            std::find(lanes.begin(), lanes.end(), e.key) == lanes.end())
            lanes.push_back(e.key);
    return int(lanes.size());
}

std::deque<LaneExecutor::Entry>::iterator LaneExecutor::nextRunnable() {
    return std::find_if(m_queue.begin(), m_queue.end(), [this](const Entry &e) {
        return std::find(m_busyLanes.begin(), m_busyLanes.end(), e.key) == m_busyLanes.end();
    });
}

void LaneExecutor::work() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        auto it = nextRunnable();
        if (m_stopping)
            return;
        if (it == m_queue.end()) {
            ++m_idle;
            m_wake.wait(lock);
            --m_idle;
            continue;
        }
        Entry entry = std::move(*it);
        m_queue.erase(it);
        m_busyLanes.push_back(entry.key);
        auto self = m_running.insert(m_running.end(),
                                     {entry.lane, entry.what, QDateTime::currentDateTimeUtc(),
                                      std::chrono::steady_clock::now()});
        lock.unlock();
        entry.job();
        entry.job = nullptr; // its captures go on this thread, outside the lock
        lock.lock();
        m_running.erase(self);
        m_busyLanes.erase(std::find(m_busyLanes.begin(), m_busyLanes.end(), entry.key));
        // The lane's next job may be waiting for it, on an idle thread that was not woken.
        lock.unlock();
        m_wake.notify_all();
        lock.lock();
    }
}

QList<LaneExecutor::Call> LaneExecutor::running(qint64 minMs) const {
    const auto now = std::chrono::steady_clock::now();
    QList<Call> out;
    std::lock_guard lock(m_mutex);
    for (const Running &r : m_running) {
        const qint64 ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(now - r.start).count();
        if (ms >= minMs)
            out.append({r.lane, r.what, r.since, ms});
    }
    std::sort(out.begin(), out.end(),
              [](const Call &a, const Call &b) { return a.elapsedMs > b.elapsedMs; });
    return out;
}

int LaneExecutor::threadCount() const {
    std::lock_guard lock(m_mutex);
    return int(m_threads.size());
}

} // namespace virtdeck
