// SPDX-License-Identifier: GPL-3.0-or-later
#include "labconnections.h"

#include "core/libvirt/connection.h"
#include "core/redacteduri.h"
#include "labdaemonlimits.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLabConnections, "virtdeck.labs.connections")

namespace virtdeck {

LabConnections::LabConnections(const QString &uri, bool readOnly,
                               std::shared_ptr<_virConnect> shared, int parallel, int tasks)
    : m_uri(uri)
    , m_readOnly(readOnly)
    , m_shared(std::move(shared))
    , m_parallel(parallel)
    , m_tasks(tasks) {}

void LabConnections::plan() {
    // Test-driver hosts keep the shared reference: another open would be another driver state.
    if (!Connection::canOpenAnother(m_uri) || m_tasks <= 1)
        return;
    const LabDaemonLimits limits = readLabDaemonLimits(m_uri);
    const int count = labConnectionCount(limits, m_parallel, m_tasks);
    qCInfo(lcLabConnections).nospace()
        << redactedUri(m_uri) << ": " << count << " connection(s) for " << m_tasks
        << " VM(s), at most " << m_parallel << " at once; daemon limits max_workers "
        << limits.maxWorkers << ", max_client_requests " << limits.maxClientRequests
        << ", max_clients " << limits.maxClients << " (" << limits.clients << " connected), from "
        << limits.source;
    for (int i = 0; i < count; ++i)
        m_slots.push_back(std::make_unique<Slot>());
}

std::shared_ptr<_virConnect> LabConnections::forWorker(int index) {
    std::call_once(m_planned, [this] { plan(); });
    if (m_slots.empty())
        return m_shared;
    Slot &slot = *m_slots.at(size_t(index) % m_slots.size());
    std::lock_guard lock(slot.mutex);
    if (!slot.tried) {
        slot.tried = true;
        slot.conn = Connection::openAnother(m_uri, m_readOnly);
        if (!slot.conn)
            qCInfo(lcLabConnections)
                << redactedUri(m_uri) << ": another connection did not open; the host's own serves";
    }
    return slot.conn ? slot.conn : m_shared;
}

} // namespace virtdeck
