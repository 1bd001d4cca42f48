// SPDX-License-Identifier: GPL-3.0-or-later
// A SPICE session on spice-client-glib (its main, display and inputs channels; no GTK). SPICE's
// channels are non-blocking coroutines on GLib's default main context, which Qt's event loop
// runs on Linux, so the protocol lives on the GUI thread and never waits there. What can block —
// the connector (virDomainOpenGraphicsFD, starting an ssh tunnel) — runs on a pool thread once
// per channel, since SPICE opens one stream per channel, the way virt-viewer does it; its fd
// comes back to the GUI thread. After a drop the session asks again every second while
// reconnect is on, so a VM that is destroyed and started comes back by itself.
// Keys go out as PC scan codes (xtKeyForKeysym, a US layout); the pointer is absolute when the
// guest offers client mouse mode (a tablet or an agent), relative otherwise.
#pragma once

#include "console/consoleendpoint.h"
#include "console/consolesession.h"
#include "core/replyguard.h"

#include <QCoreApplication>

#include <deque>
#include <memory>
#include <vector>

class QTimer;
struct _SpiceSession;
struct _SpiceChannel;

namespace virtdeck {

class SpiceSession : public ConsoleSession {
    Q_OBJECT
public:
    explicit SpiceSession(ConsoleConnector connector, QObject *parent = nullptr);
    ~SpiceSession() override;

    void setReconnect(bool on) { m_reconnect = on; }
    void open() override;
    void close() override;
    QImage frame() const override { return m_frame; }
    void sendKey(quint32 keysym, bool down, quint32 xtScancode) override;
    void sendPointer(int x, int y, int buttons) override;

    // spice-client-glib's signal handlers (spicesession.cpp).
    struct Glue;

private:
    void connectMain();
    void requestFd(_SpiceChannel *channel);
    void onEndpoint(int generation, _SpiceChannel *channel, ConsoleEndpoint endpoint);
    // `announceRetry`: the next attempt says "connecting" (after a drop, not after each
    // failed retry, so the view does not flicker while a VM is off).
    void drop(const QString &reason, bool announceRetry = true);
    void teardown();
    void scheduleRetry();
    void primaryCreated(int format, int width, int height, int stride, void *data);
    void invalidated(const QRect &rect);
    void sendXtKey(quint32 scancode, bool down);
    void flushKey();

    ConsoleConnector m_connector;
    ReplyGuard<SpiceSession> m_guard{this};
    QTimer *m_retry;
    QTimer *m_keyPacer;
    std::deque<quint32> m_keys; // scan codes waiting for the pacer (kKeyUp: a release)
    bool m_reconnect = true;
    bool m_open = false;
    bool m_announce = true;
    int m_generation = 0; // one per connection attempt: late fds of an old one are closed
    _SpiceSession *m_session = nullptr;
    _SpiceChannel *m_main = nullptr;
    _SpiceChannel *m_display = nullptr;
    _SpiceChannel *m_inputs = nullptr;
    bool m_inputsReady = false;              // the inputs channel is open: keys may go out
    std::vector<_SpiceChannel *> m_channels; // alive: created and not yet destroyed
    QString m_password;
    std::vector<std::shared_ptr<SshTunnel>> m_tunnels; // ssh tunnels of the open channels
    QImage m_primary; // wraps the display channel's primary surface (its memory)
    QImage m_frame;   // our copy, updated where the display says it changed
    int m_buttons = 0;
    QPoint m_pointer;
    bool m_shiftHeld = false;
};

} // namespace virtdeck
