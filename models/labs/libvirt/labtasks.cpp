// SPDX-License-Identifier: GPL-3.0-or-later
#include "labtasks.h"

#include "core/libvirt/connection.h"
#include "core/taskpool.h"
#include "labconnections.h"
#include "labpools.h"
#include "labvm.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <utility>

namespace virtdeck {

namespace {
// The tasks of a batch that no worker has taken yet.
class Pending {
public:
    explicit Pending(const QList<LabVmTask> &tasks)
        : m_tasks(tasks.cbegin(), tasks.cend()) {}
    // The next task; false when none is left.
    bool take(LabVmTask *task) {
        std::lock_guard lock(m_mutex);
        if (m_tasks.empty())
            return false;
        *task = std::move(m_tasks.front());
        m_tasks.pop_front();
        return true;
    }
    std::deque<LabVmTask> takeAll() {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_tasks, {});
    }

private:
    std::mutex m_mutex;
    std::deque<LabVmTask> m_tasks;
};

LabVmOutcome notRun(const LabVmTask &t, const QString &why) {
    LabVmOutcome o;
    o.task = t;
    o.message = why;
    return o;
}

QString notConnected() {
    return LabVm::tr("The host is not connected.");
}

// One worker of a batch: takes tasks until none is left or the batch is cancelled.
void work(_virConnect *conn, Pending &pending, const CancelToken &cancel,
          const std::function<void(const LabVmOutcome &)> &deliver) {
    LabVmTask t;
    while (!cancel.isCancelled() && pending.take(&t))
        deliver(runLabVmTask(conn, t, cancel));
    if (cancel.isCancelled())
        for (const LabVmTask &left : pending.takeAll())
            deliver(notRun(left, LabVm::tr("Not started: the work was cancelled.")));
}
} // namespace

std::shared_ptr<CancelToken> runLabTasks(TaskPool *pool, Connection *connection,
                                         const QList<LabVmTask> &tasks, int parallel,
                                         std::function<void(const LabVmOutcome &)> deliver) {
    auto token = std::make_shared<CancelToken>();
    const std::shared_ptr<_virConnect> conn = connection ? connection->acquire() : nullptr;
    if (!conn) {
        for (const auto &t : tasks)
            deliver(notRun(t, notConnected()));
        return token;
    }
    // A shutdown asks every VM at once and then waits for them together: one worker, so the
    // wait takes the timeout once per host and holds one of the host's places.
    if (!tasks.isEmpty() && tasks.first().op == LabOperation::Shutdown) {
        pool->start(token, [conn, tasks, deliver](const CancelToken &cancel) {
            shutdownLabVms(conn.get(), tasks, cancel, deliver);
        });
        return token;
    }
    auto pending = std::make_shared<Pending>(tasks);
    const int workers = std::min<int>(std::max(1, parallel), int(tasks.size()));
    // The workers spread over connections of the batch's own, as many as the daemon serves at
    // once: on one connection libvirtd serves max_client_requests calls and queues the rest.
    auto connections = std::make_shared<LabConnections>(connection->uri(), connection->isReadOnly(),
                                                        conn, workers, int(tasks.size()));
    for (int i = 0; i < workers; ++i)
        pool->start(token, [connections, i, pending, deliver](const CancelToken &cancel) {
            const std::shared_ptr<_virConnect> own = connections->forWorker(i);
            work(own.get(), *pending, cancel, deliver);
        });
    return token;
}

std::shared_ptr<CancelToken>
removeLabNetworksAsync(TaskPool *pool, Connection *connection, const QStringList &names,
                       std::function<void(const QStringList &)> deliver) {
    const std::shared_ptr<_virConnect> conn = connection ? connection->acquire() : nullptr;
    if (!conn) {
        deliver({notConnected()});
        return std::make_shared<CancelToken>();
    }
    return pool->start([conn, names, deliver](const CancelToken &) {
        deliver(removeLabNetworks(conn.get(), names));
    });
}

std::shared_ptr<CancelToken>
prepareLabPoolsAsync(TaskPool *pool, Connection *connection, const QString &host,
                     const QStringList &templates, bool define,
                     std::function<void(const LabPoolPrep &)> deliver) {
    const std::shared_ptr<_virConnect> conn = connection ? connection->acquire() : nullptr;
    if (!conn) {
        LabPoolPrep prep;
        prep.errors << LabVm::tr("%1: %2").arg(host, notConnected());
        deliver(prep);
        return std::make_shared<CancelToken>();
    }
    return pool->start([conn, host, templates, define, deliver](const CancelToken &) {
        deliver(prepareLabPools(conn.get(), host, templates, define));
    });
}

std::shared_ptr<CancelToken>
labTemplateHasInterfaceAsync(TaskPool *pool, Connection *connection, const QString &templateVm,
                             std::function<void(int, const QString &)> deliver) {
    const std::shared_ptr<_virConnect> conn = connection ? connection->acquire() : nullptr;
    if (!conn) {
        deliver(-1, notConnected());
        return std::make_shared<CancelToken>();
    }
    return pool->start([conn, templateVm, deliver](const CancelToken &) {
        QString error;
        const int has = labTemplateHasInterface(conn.get(), templateVm, &error);
        deliver(has, error);
    });
}

std::shared_ptr<CancelToken>
listLabVmsAsync(TaskPool *pool, Connection *connection, const QString &lab,
                std::function<void(const QList<LabVmStatus> &, const QString &)> deliver) {
    const std::shared_ptr<_virConnect> conn = connection ? connection->acquire() : nullptr;
    if (!conn) {
        deliver({}, notConnected());
        return std::make_shared<CancelToken>();
    }
    return pool->start([conn, lab, deliver](const CancelToken &) {
        QString error;
        const QList<LabVmStatus> list = listLabVms(conn.get(), lab, &error);
        deliver(list, error);
    });
}

} // namespace virtdeck
