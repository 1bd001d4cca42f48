// SPDX-License-Identifier: GPL-3.0-or-later
// The connector of a VM's VNC or SPICE display on one host: reads the graphics element from the
// live, secure definition (for the password), then opens the display through
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
    // `conn` may be null (the host is not connected): the connector then says so. `protocol`
    // is the display type the session speaks ("vnc", "spice"); another type is an error.
    static ConsoleConnector make(std::shared_ptr<_virConnect> conn, const QString &uri,
                                 const QString &uuid,
                                 const QString &protocol = QStringLiteral("vnc"));
    // One attempt, as the connector makes it (tests call it directly).
    static ConsoleEndpoint connect(_virConnect *conn, const QString &uri, const QString &uuid,
                                   const QString &protocol = QStringLiteral("vnc"));
    // The type of the VM's first display ("vnc", "spice"), from its live or inactive
    // definition; empty when it has none or cannot be read. Blocks on libvirt.
    static QString displayType(_virConnect *conn, const QString &uuid);
};

} // namespace virtdeck
