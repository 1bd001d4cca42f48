// SPDX-License-Identifier: GPL-3.0-or-later
// Reaches a display that listens on a remote host's loopback (or a unix socket) the way
// virt-viewer does: an `ssh` child to the connection's host, with the URI's user, port and key
// file, whose stdin/stdout (`-W host:port`, or `nc -U socket`) is one end of a socketpair. The
// guest's display never has to listen publicly. Owned by the session thread that uses it; the
// child is ended and reaped when the tunnel goes.
#pragma once

#include "console/graphicsinfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace virtdeck {

class SshTunnel {
    Q_DECLARE_TR_FUNCTIONS(SshTunnel)

public:
    ~SshTunnel();
    SshTunnel(const SshTunnel &) = delete;
    SshTunnel &operator=(const SshTunnel &) = delete;

    // The ssh arguments (without the program) for a qemu+ssh `uri` and a display `g`.
    static QStringList arguments(const QString &uri, const GraphicsInfo &g);
    // Starts the child; null with `error` set when it could not start.
    static std::shared_ptr<SshTunnel> open(const QString &uri, const GraphicsInfo &g,
                                           QString *error);
    // Our end of the socketpair; the caller owns it after this call.
    int takeFd();

private:
    SshTunnel() = default;
    int m_fd = -1;
    int m_pid = -1;
};

} // namespace virtdeck
