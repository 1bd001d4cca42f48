// SPDX-License-Identifier: GPL-3.0-or-later
// The connector of a VM's VNC display on one host: reads the graphics element from the live,
// secure definition (for the password), then opens the display through
// virDomainOpenGraphicsFD on a local connection or through an ssh tunnel (SshTunnel) on a
// qemu+ssh one. The connector runs on the session's thread with a connection reference of its
// own (Connection::acquire()), never on the host's connection thread or the GUI thread.
#pragma once

#include "console/consoleendpoint.h"
#include "console/graphicsinfo.h"

#include <QCoreApplication>

#include <memory>

struct _virConnect;

namespace virtdeck {

struct GraphicsConnector {
    Q_DECLARE_TR_FUNCTIONS(GraphicsConnector)

public:
    // How the display of a host with `uri` is reached.
    enum class Transport { Local, Ssh, Unsupported };
    static Transport transportOf(const QString &uri);
    // `conn` may be null (the host is not connected): the connector then says so.
    static ConsoleConnector make(std::shared_ptr<_virConnect> conn, const QString &uri,
                                 const QString &uuid);
    // One attempt, as the connector makes it (tests call it directly).
    static ConsoleEndpoint connect(_virConnect *conn, const QString &uri, const QString &uuid);
};

} // namespace virtdeck
