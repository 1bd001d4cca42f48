// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/consolesessions.h"

#include "console/libvirt/graphicsconnector.h"
#include "console/vncsession.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"

namespace virtdeck {

ConsoleSession *createConsoleSession(ConnectionManager *manager, const QString &connectionId,
                                     const QString &uuid, QObject *parent) {
    Connection *c = manager ? manager->connection(connectionId) : nullptr;
    // A reference of the session's own: its thread calls libvirt without the host's
    // connection thread, which stays free for the window.
    std::shared_ptr<_virConnect> conn = c ? c->acquire() : nullptr;
    const QString uri = c ? c->uri() : QString();
    return new VncSession(GraphicsConnector::make(std::move(conn), uri, uuid), parent);
}

} // namespace virtdeck
