// SPDX-License-Identifier: GPL-3.0-or-later
// The process-wide libvirt event loop, run on a thread of its own.
#pragma once

namespace virtdeck {

// libvirt delivers lifecycle events, keepalive and close callbacks through its event loop. This
// registers libvirt's default implementation once and runs it on a dedicated std::thread; callbacks
// therefore arrive on that thread and must only queue work elsewhere. Thread-safe.
class LibvirtEventLoop {
public:
    // Registers the implementation and starts the thread on first call; later calls are no-ops.
    // Must happen before the first connection is opened so keepalive can be enabled on it.
    static void ensureRunning();
    // Stops the thread (used at exit so no callback runs during static destruction).
    static void shutdown();
};

} // namespace virtdeck
