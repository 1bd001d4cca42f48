// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionservice.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"

namespace virtdeck {

ConnectionService::ConnectionService(ConnectionManager *manager, const QString &connectionId,
                                     QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_connectionId(connectionId)
    , m_guard(this) {}

ConnectionService::~ConnectionService() {
    m_guard.reset();
}

ConnectionManager *ConnectionService::manager() const {
    return m_manager;
}

void ConnectionService::run(std::function<void(_virConnect *)> job) {
    run(Lane::host(), {}, std::move(job));
}

void ConnectionService::run(const Lane &lane, const QString &what,
                            std::function<void(_virConnect *)> job) {
    Connection *c = m_manager ? m_manager->connection(m_connectionId) : nullptr;
    if (c)
        c->post(this, lane, what, std::move(job));
    else
        job(nullptr);
}

} // namespace virtdeck
