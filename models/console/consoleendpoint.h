// SPDX-License-Identifier: GPL-3.0-or-later
// A connected stream to a VM's display and what the session needs with it, as a connector
// returns it. A connector runs on the session's own thread (it may block on libvirt or ssh).
#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace virtdeck {

class SshTunnel;

struct ConsoleEndpoint {
    int fd = -1;       // a connected stream socket; the session owns and closes it
    QString password;  // the display's password from the definition, if any
    QString error;     // translated, when fd < 0
    bool retry = true; // false when trying again cannot help (the VM has no VNC display)
    // The ssh child that carries fd on a remote host, kept while fd is used; it says why the
    // stream ended when ssh gave up (SshTunnel::explain).
    std::shared_ptr<SshTunnel> tunnel;
};

using ConsoleConnector = std::function<ConsoleEndpoint()>;

} // namespace virtdeck
