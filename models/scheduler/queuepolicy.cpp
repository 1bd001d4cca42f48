// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
struct PolicyName {
    QueuePolicy policy;
    QLatin1StringView name;
    const char *text;
};
constexpr PolicyName kPolicies[] = {
    {QueuePolicy::Fcfs, "fcfs"_L1, QT_TRANSLATE_NOOP("QueuePolicy", "First come, first served")},
    {QueuePolicy::Priority, "priority"_L1, QT_TRANSLATE_NOOP("QueuePolicy", "Priority")},
    {QueuePolicy::ShortestFirst, "shortest"_L1,
     QT_TRANSLATE_NOOP("QueuePolicy", "Shortest expected first")},
    {QueuePolicy::RoundRobin, "round-robin"_L1,
     QT_TRANSLATE_NOOP("QueuePolicy", "Round-robin across hosts and labs")},
};

bool fcfsLess(const QueueCandidate &a, const QueueCandidate &b) {
    return a.enqueuedAt != b.enqueuedAt ? a.enqueuedAt < b.enqueuedAt : a.id < b.id;
}

// The room left under the limits: free slots in all, per host, and one job per VM.
class Room {
public:
    Room(const QList<RunningSlot> &running, const QueueLimits &limits, int free)
        : m_limits(limits)
        , m_free(free) {
        for (const auto &r : running) {
            ++m_perHost[r.host];
            m_busyVms.insert(r.vmKey);
        }
    }
    bool hasFree() const { return m_free > 0; }
    // Takes `c` if the limits allow; true when taken.
    bool tryTake(const QueueCandidate &c) {
        if (m_busyVms.contains(c.vmKey))
            return false;
        int &onHost = m_perHost[c.host];
        if (m_limits.perHost > 0 && onHost >= m_limits.perHost)
            return false;
        ++onHost;
        m_busyVms.insert(c.vmKey);
        m_taken.append(c.id);
        --m_free;
        return true;
    }
    const QList<qint64> &taken() const { return m_taken; }

private:
    QueueLimits m_limits;
    int m_free;
    QHash<QString, int> m_perHost;
    QSet<QString> m_busyVms;
    QList<qint64> m_taken;
};

// True when `a` goes before `b` under FCFS, Priority or ShortestFirst.
bool before(QueuePolicy policy, const QueueCandidate &a, const QueueCandidate &b) {
    switch (policy) {
    case QueuePolicy::Priority:
        if (a.priority != b.priority)
            return a.priority > b.priority;
        break;
    case QueuePolicy::ShortestFirst:
        if (a.expectedMs != b.expectedMs)
            return a.expectedMs < b.expectedMs;
        break;
    default:
        break;
    }
    return fcfsLess(a, b);
}

// A heap, not a sort: only as many jobs as there are free slots (plus blocked ones) are taken
// out of a queue that may hold thousands.
void takeInOrder(QList<QueueCandidate> &candidates, QueuePolicy policy, Room &room) {
    auto heapLess = [policy](const QueueCandidate &a, const QueueCandidate &b) {
        return before(policy, b, a);
    };
    auto end = candidates.end();
    std::make_heap(candidates.begin(), end, heapLess);
    while (room.hasFree() && end != candidates.begin()) {
        std::pop_heap(candidates.begin(), end, heapLess);
        --end;
        room.tryTake(*end);
    }
}

// The fairness keys, sorted, and each key's candidates (indexes) in FCFS order.
void groupByKey(const QList<QueueCandidate> &candidates, QList<QString> *keys,
                QHash<QString, QList<int>> *byKey) {
    for (int i = 0; i < candidates.size(); ++i) {
        const QString &k = candidates.at(i).fairnessKey;
        auto it = byKey->find(k);
        if (it == byKey->end()) {
            keys->append(k);
            it = byKey->insert(k, {});
        }
        it->append(i);
    }
    std::sort(keys->begin(), keys->end());
}

// Turns continue with the key after the one served last.
void startAfterCursor(QList<QString> &keys, const QString *cursor) {
    int start = 0;
    if (cursor && !cursor->isEmpty()) {
        const auto after = std::upper_bound(keys.begin(), keys.end(), *cursor);
        start = after == keys.end() ? 0 : int(after - keys.begin());
    }
    std::rotate(keys.begin(), keys.begin() + start, keys.end());
}

// One job per key in turn until the room is full or no key can start another.
void takeRoundRobin(QList<QueueCandidate> &candidates, Room &room, QString *cursor) {
    std::sort(candidates.begin(), candidates.end(), fcfsLess);
    QList<QString> keys;
    QHash<QString, QList<int>> byKey;
    groupByKey(candidates, &keys, &byKey);
    startAfterCursor(keys, cursor);
    QHash<QString, int> next; // position in each key's list
    bool progress = true;
    while (room.hasFree() && progress) {
        progress = false;
        for (const QString &k : std::as_const(keys)) {
            if (!room.hasFree())
                break;
            const QList<int> &list = byKey[k];
            int &pos = next[k];
            // The key's next job that the limits allow; blocked ones wait their turn.
            while (pos < list.size()) {
                if (room.tryTake(candidates.at(list.at(pos++)))) {
                    if (cursor)
                        *cursor = k;
                    progress = true;
                    break;
                }
            }
        }
    }
}
} // namespace

QString queuePolicyName(QueuePolicy p) {
    for (const auto &e : kPolicies)
        if (e.policy == p)
            return e.name;
    return {};
}

QString queuePolicyText(QueuePolicy p) {
    for (const auto &e : kPolicies)
        if (e.policy == p)
            return QCoreApplication::translate("QueuePolicy", e.text);
    return {};
}

bool queuePolicyFromName(const QString &name, QueuePolicy *out) {
    for (const auto &e : kPolicies) {
        if (name.compare(e.name, Qt::CaseInsensitive) == 0) {
            *out = e.policy;
            return true;
        }
    }
    return false;
}

QList<qint64> selectJobsToRun(QList<QueueCandidate> candidates, const QList<RunningSlot> &running,
                              QueuePolicy policy, const QueueLimits &limits,
                              QString *roundRobinCursor) {
    const int free =
        limits.global > 0 ? limits.global - int(running.size()) : int(candidates.size());
    if (free <= 0 || candidates.isEmpty())
        return {};
    Room room(running, limits, free);
    switch (policy) {
    case QueuePolicy::Fcfs:
    case QueuePolicy::Priority:
    case QueuePolicy::ShortestFirst:
        takeInOrder(candidates, policy, room);
        break;
    case QueuePolicy::RoundRobin:
        takeRoundRobin(candidates, room, roundRobinCursor);
        break;
    }
    return room.taken();
}

} // namespace virtdeck
