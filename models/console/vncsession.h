// SPDX-License-Identifier: GPL-3.0-or-later
// A VNC session on libvncclient. The object lives on the GUI thread; the protocol runs on a
// thread it owns (started by open(), joined by close() and the destructor). The connector gives
// that thread a connected stream (virDomainOpenGraphicsFD locally, an ssh tunnel over
// qemu+ssh); after a drop the session asks it again every second while reconnect is on, so a
// VM that is destroyed and started comes back by itself. The thread decodes into its own buffer
// and copies each finished update into the shared frame under a lock, so painting never waits
// for the network. A display that stops answering mid-handshake or mid-message ends the
// connection after a bounded wait, and close() shuts the socket down, so it never waits for one.
#pragma once

#include "console/consoleendpoint.h"
#include "console/consolesession.h"
#include "core/replyguard.h"

#include <QCoreApplication>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace virtdeck {

class VncSession : public ConsoleSession {
    Q_OBJECT
public:
    explicit VncSession(ConsoleConnector connector, QObject *parent = nullptr);
    ~VncSession() override;

    void setReconnect(bool on) { m_reconnect = on; }
    // Seconds the display may stay silent mid-handshake or mid-message (default 10); before open().
    void setReadTimeout(unsigned seconds) { m_readTimeout = seconds; }
    void open() override;
    void close() override;
    QImage frame() const override;
    void sendKey(quint32 keysym, bool down, quint32 xtScancode) override;
    void sendPointer(int x, int y, int buttons) override;

    // Called from libvncclient's callbacks, on the session thread.
    struct Protocol;

private:
    struct Input {
        bool key;
        quint32 a; // keysym, or x
        int b;     // down, or y
        int buttons;
        quint32 keyNumber = 0; // a key's QEMU key number (0: none)
    };
    void runLoop();
    QString runProtocol(ConsoleEndpoint &endpoint);
    void report(State state, const QString &reason);
    void wake();
    void waitRetry();
    std::vector<Input> takeInput();

    ConsoleConnector m_connector;
    ReplyGuard<VncSession> m_guard{this};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_reconnect{true};
    int m_wakeFd = -1; // eventfd: input queued or stop
    unsigned m_readTimeout = 10;
    bool m_shiftHeld = false; // GUI thread: the user holds Shift
    mutable std::mutex m_mutex;
    QImage m_frame;             // guarded by m_mutex
    std::vector<Input> m_input; // guarded by m_mutex
    int m_socket = -1;          // guarded by m_mutex: the stream runProtocol() reads
    std::thread m_thread;       // last: joined before the rest goes
};

} // namespace virtdeck
