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
    QList<qint64> out;
    int free = limits.global > 0 ? limits.global - int(running.size()) : int(candidates.size());
    if (free <= 0 || candidates.isEmpty())
        return out;
    QHash<QString, int> perHost;
    QSet<QString> busyVms;
    for (const auto &r : running) {
        ++perHost[r.host];
        busyVms.insert(r.vmKey);
    }
    // Takes `c` if the limits allow; true when taken.
    auto tryTake = [&](const QueueCandidate &c) {
        if (busyVms.contains(c.vmKey))
            return false;
        int &onHost = perHost[c.host];
        if (limits.perHost > 0 && onHost >= limits.perHost)
            return false;
        ++onHost;
        busyVms.insert(c.vmKey);
        out.append(c.id);
        --free;
        return true;
    };

    // A heap, not a sort: only as many jobs as there are free slots (plus blocked ones) are
    // taken out of a queue that may hold thousands.
    auto before = [policy](const QueueCandidate &a, const QueueCandidate &b) {
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
    };
    switch (policy) {
    case QueuePolicy::Fcfs:
    case QueuePolicy::Priority:
    case QueuePolicy::ShortestFirst: {
        auto heapLess = [&before](const QueueCandidate &a, const QueueCandidate &b) {
            return before(b, a);
        };
        auto end = candidates.end();
        std::make_heap(candidates.begin(), end, heapLess);
        while (free > 0 && end != candidates.begin()) {
            std::pop_heap(candidates.begin(), end, heapLess);
            --end;
            tryTake(*end);
        }
        return out;
    }
    case QueuePolicy::RoundRobin: {
        std::sort(candidates.begin(), candidates.end(), fcfsLess);
        // Keys in order of their oldest job; each key's jobs in FCFS order.
        QList<QString> keys;
        QHash<QString, QList<int>> byKey;
        for (int i = 0; i < candidates.size(); ++i) {
            const QString &k = candidates.at(i).fairnessKey;
            auto it = byKey.find(k);
            if (it == byKey.end()) {
                keys.append(k);
                it = byKey.insert(k, {});
            }
            it->append(i);
        }
        // Start with the key after the one served last.
        std::sort(keys.begin(), keys.end());
        int start = 0;
        if (roundRobinCursor && !roundRobinCursor->isEmpty()) {
            const auto after = std::upper_bound(keys.begin(), keys.end(), *roundRobinCursor);
            start = after == keys.end() ? 0 : int(after - keys.begin());
        }
        std::rotate(keys.begin(), keys.begin() + start, keys.end());
        QHash<QString, int> next; // position in each key's list
        bool progress = true;
        while (free > 0 && progress) {
            progress = false;
            for (const QString &k : std::as_const(keys)) {
                if (free <= 0)
                    break;
                const QList<int> &list = byKey[k];
                int &pos = next[k];
                // The key's next job that the limits allow; blocked ones wait their turn.
                while (pos < list.size()) {
                    const QueueCandidate &c = candidates.at(list.at(pos++));
                    if (tryTake(c)) {
                        if (roundRobinCursor)
                            *roundRobinCursor = k;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return out;
    }
    }
    return out;
}

} // namespace virtdeck
