// SPDX-License-Identifier: GPL-3.0-or-later
// Reaches a display that listens on a remote host's loopback (or a unix socket) the way
// virt-viewer does: an `ssh` child to the connection's host, with the URI's user, port and key
// file, whose stdin/stdout (`-W host:port`, or `nc -U socket`) is one end of a socketpair. The
// guest's display never has to listen publicly. ssh's errors go to a pipe of their own, so a
// session can say why the stream ended (a refused key, a changed host key, a display that
// refused the connection) instead of "closed". The child is ended and reaped when the tunnel
// goes.
#pragma once

#include "console/graphicsinfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <mutex>

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
    // The last error ssh printed so far (its stderr at LogLevel=ERROR), empty while it said
    // nothing. Never blocks; safe from any thread.
    QString lastError();
    // `reason` for a stream that ended, or ssh's own error when the tunnel (if any) printed one.
    static QString explain(const QString &reason, SshTunnel *tunnel);

private:
    SshTunnel() = default;
    int m_fd = -1;
    int m_err = -1; // read end of ssh's stderr, non-blocking
    int m_pid = -1;
    std::mutex m_mutex;
    QByteArray m_said; // what ssh printed, the last 4 KiB
};

} // namespace virtdeck
