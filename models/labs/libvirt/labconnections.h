// SPDX-License-Identifier: GPL-3.0-or-later
// The libvirt connections of one lab batch on one host. libvirtd serves max_client_requests
// calls of one client at once, so a batch of many slow calls on the host's one shared connection
// waits in the daemon; when the daemon's limits call for more (labdaemonlimits.h), the batch's
// workers share connections of its own, round robin. Made on the GUI thread without blocking;
// the limits are read and the connections opened on the workers' pool threads, the first time a
// worker asks. Owned by the batch's workers (shared_ptr): when the last of them ends — the batch
// done or cancelled — the connections close.
#pragma once

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

struct _virConnect;

namespace virtdeck {

class LabConnections {
public:
    // `shared` is the host's own connection (Connection::acquire()), used when no other opens.
    LabConnections(const QString &uri, bool readOnly, std::shared_ptr<_virConnect> shared,
                   int parallel, int tasks);
    LabConnections(const LabConnections &) = delete;
    LabConnections &operator=(const LabConnections &) = delete;

    // The connection worker `index` uses. Blocks the first time (reads the daemon's limits,
    // opens the worker's connection); safe from any thread.
    std::shared_ptr<_virConnect> forWorker(int index);

private:
    struct Slot {
        std::mutex mutex;
        std::shared_ptr<_virConnect> conn;
        bool tried = false;
    };
    void plan();

    const QString m_uri;
    const bool m_readOnly;
    const std::shared_ptr<_virConnect> m_shared;
    const int m_parallel;
    const int m_tasks;
    std::once_flag m_planned;
    std::vector<std::unique_ptr<Slot>> m_slots; // set once by plan()
};

} // namespace virtdeck
