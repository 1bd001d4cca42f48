// SPDX-License-Identifier: GPL-3.0-or-later
// GLib's headers come first: they use `signals` as a name, which Qt's keywords would take (the
// project builds with QT_NO_KEYWORDS in any case).
#include <spice-client.h>

#include "console/spicesession.h"

#include "console/keysym.h"
#include "console/sshtunnel.h"

#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <mutex>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcSpice, "virtdeck.console.spice", QtWarningMsg)

namespace virtdeck {

namespace {

int channelType(SpiceChannel *channel) {
    int type = 0;
    g_object_get(channel, "channel-type", &type, nullptr);
    return type;
}

int channelId(SpiceChannel *channel) {
    int id = 0;
    g_object_get(channel, "channel-id", &id, nullptr);
    return id;
}

QImage::Format qtFormat(int spiceFormat) {
    switch (spiceFormat) {
    case SPICE_SURFACE_FMT_32_xRGB:
    case SPICE_SURFACE_FMT_32_ARGB:
        return QImage::Format_RGB32;
    case SPICE_SURFACE_FMT_16_565:
        return QImage::Format_RGB16;
    case SPICE_SURFACE_FMT_16_555:
        return QImage::Format_RGB555;
    default:
        return QImage::Format_Invalid;
    }
}

// SPICE's button numbers for our mask bits (left, middle, right, wheel up, wheel down).
constexpr int kSpiceButtons[] = {SPICE_MOUSE_BUTTON_LEFT, SPICE_MOUSE_BUTTON_MIDDLE,
                                 SPICE_MOUSE_BUTTON_RIGHT, SPICE_MOUSE_BUTTON_UP,
                                 SPICE_MOUSE_BUTTON_DOWN};

// QEMU's PS/2 keyboard holds a few scan codes only and SPICE, unlike QEMU's VNC server, does
// not pace them: a burst (a Send key, keys typed by the program) would lose all but the first
// few. So one key event goes out every kKeyPaceMs, the pace QEMU's VNC server keeps.
constexpr int kKeyPaceMs = 10;
constexpr quint32 kKeyUp = 0x80000000; // a release, in the queue of key events
constexpr size_t kMaxQueuedKeys = 4096;

// spice-client-glib's warnings (a tunnel that closes mid-handshake while the VM is off) go to
// our logging category, not to stderr: the session reports them as its state.
void routeLibraryLog() {
    static std::once_flag once;
    std::call_once(once, [] {
        g_log_set_handler(
            "GSpice", GLogLevelFlags(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO),
            [](const gchar *, GLogLevelFlags, const gchar *message, gpointer) {
                qCDebug(lcSpice, "%s", message);
            },
            nullptr);
    });
}

} // namespace

struct SpiceSession::Glue {
    static void channelNew(::SpiceSession *, SpiceChannel *channel, gpointer self) {
        auto *s = static_cast<SpiceSession *>(self);
        s->m_channels.push_back(channel);
        g_signal_connect(channel, "open-fd", G_CALLBACK(openFd), s);
        switch (channelType(channel)) {
        case SPICE_CHANNEL_MAIN:
            s->m_main = channel;
            g_signal_connect(channel, "channel-event", G_CALLBACK(mainEvent), s);
            break;
        case SPICE_CHANNEL_DISPLAY:
            if (channelId(channel) != 0 || s->m_display)
                break; // the first monitor only
            s->m_display = channel;
            g_signal_connect(channel, "display-primary-create", G_CALLBACK(primaryCreate), s);
            g_signal_connect(channel, "display-primary-destroy", G_CALLBACK(primaryDestroy), s);
            g_signal_connect(channel, "display-invalidate", G_CALLBACK(invalidate), s);
            spice_channel_connect(channel); // asks for its stream through "open-fd"
            break;
        case SPICE_CHANNEL_INPUTS:
            s->m_inputs = channel;
            g_signal_connect(channel, "channel-event", G_CALLBACK(inputsEvent), s);
            spice_channel_connect(channel);
            break;
        default:
            break;
        }
    }
    static void channelDestroy(::SpiceSession *, SpiceChannel *channel, gpointer self) {
        auto *s = static_cast<SpiceSession *>(self);
        g_signal_handlers_disconnect_by_data(channel, s);
        std::erase(s->m_channels, channel);
        if (channel == s->m_main)
            s->m_main = nullptr;
        if (channel == s->m_display) {
            s->m_display = nullptr;
            s->m_primary = {};
        }
        if (channel == s->m_inputs) {
            s->m_inputs = nullptr;
            s->m_inputsReady = false;
        }
    }
    static void openFd(SpiceChannel *channel, gint /*tls*/, gpointer self) {
        static_cast<SpiceSession *>(self)->requestFd(channel);
    }
    static void mainEvent(SpiceChannel *, SpiceChannelEvent event, gpointer self) {
        auto *s = static_cast<SpiceSession *>(self);
        switch (event) {
        case SPICE_CHANNEL_OPENED:
            s->setState(State::Connected);
            spice_main_channel_request_mouse_mode(SPICE_MAIN_CHANNEL(s->m_main),
                                                  SPICE_MOUSE_MODE_CLIENT);
            break;
        case SPICE_CHANNEL_ERROR_AUTH:
            s->drop(tr("The display refused the password in the VM's definition."));
            break;
        case SPICE_CHANNEL_ERROR_CONNECT:
        case SPICE_CHANNEL_ERROR_LINK:
        case SPICE_CHANNEL_ERROR_TLS:
            s->drop(tr("The display did not complete the SPICE handshake (the tunnel to it "
                       "failed)."));
            break;
        case SPICE_CHANNEL_CLOSED:
        case SPICE_CHANNEL_ERROR_IO:
            s->drop(tr("The display closed the connection."));
            break;
        default:
            break;
        }
    }
    // Keys typed before the inputs channel is up (over ssh each channel has a tunnel of its
    // own, which may come after the picture) wait for it instead of being dropped.
    static void inputsEvent(SpiceChannel *, SpiceChannelEvent event, gpointer self) {
        auto *s = static_cast<SpiceSession *>(self);
        s->m_inputsReady = event == SPICE_CHANNEL_OPENED;
        if (s->m_inputsReady && !s->m_keys.empty() && !s->m_keyPacer->isActive()) {
            s->flushKey();
            s->m_keyPacer->start();
        }
    }
    static void primaryCreate(SpiceChannel *, gint format, gint width, gint height, gint stride,
                              gint /*shmid*/, gpointer data, gpointer self) {
        static_cast<SpiceSession *>(self)->primaryCreated(format, width, height, stride, data);
    }
    static void primaryDestroy(SpiceChannel *, gpointer self) {
        static_cast<SpiceSession *>(self)->m_primary = {};
    }
    static void invalidate(SpiceChannel *, gint x, gint y, gint w, gint h, gpointer self) {
        static_cast<SpiceSession *>(self)->invalidated(QRect(x, y, w, h));
    }
};

SpiceSession::SpiceSession(ConsoleConnector connector, QObject *parent)
    : ConsoleSession(parent)
    , m_connector(std::move(connector))
    , m_retry(new QTimer(this))
    , m_keyPacer(new QTimer(this)) {
    routeLibraryLog();
    m_keyPacer->setInterval(kKeyPaceMs);
    connect(m_keyPacer, &QTimer::timeout, this, &SpiceSession::flushKey);
    m_retry->setSingleShot(true);
    m_retry->setInterval(1000);
    connect(m_retry, &QTimer::timeout, this, &SpiceSession::connectMain);
}

SpiceSession::~SpiceSession() {
    m_guard.reset();
    close();
}

void SpiceSession::open() {
    if (m_open)
        return;
    m_open = true;
    m_announce = true;
    connectMain();
}

void SpiceSession::close() {
    m_open = false;
    m_retry->stop();
    teardown();
}

// A new attempt: a fresh GLib session whose main channel gets its stream from the connector.
void SpiceSession::connectMain() {
    if (!m_open)
        return;
    teardown();
    if (std::exchange(m_announce, false))
        setState(State::Connecting);
    m_session = spice_session_new();
    g_object_set(m_session, "enable-audio", FALSE, "enable-usbredir", FALSE, "enable-smartcard",
                 FALSE, nullptr);
    g_signal_connect(m_session, "channel-new", G_CALLBACK(Glue::channelNew), this);
    g_signal_connect(m_session, "channel-destroy", G_CALLBACK(Glue::channelDestroy), this);
    requestFd(nullptr);
}

// Runs the connector on a pool thread; the fd comes back to onEndpoint() on this thread.
// `channel` null: the main channel, which opens the session.
void SpiceSession::requestFd(_SpiceChannel *channel) {
    QThreadPool::globalInstance()->start(
        [connector = m_connector, guard = m_guard, generation = m_generation, channel] {
            // The fd closes with the last reference unless onEndpoint() took it: a reply that
            // is never delivered (the session went meanwhile) leaks nothing.
            std::shared_ptr<ConsoleEndpoint> e(new ConsoleEndpoint(connector()),
                                               [](ConsoleEndpoint *p) {
                                                   if (p->fd >= 0)
                                                       ::close(p->fd);
                                                   delete p;
                                               });
            guard.reply([generation, channel, e](SpiceSession *s) {
                ConsoleEndpoint taken = *e;
                e->fd = -1;
                s->onEndpoint(generation, channel, std::move(taken));
            });
        });
}

void SpiceSession::onEndpoint(int generation, _SpiceChannel *channel, ConsoleEndpoint e) {
    const bool current =
        generation == m_generation && m_session &&
        (!channel || std::find(m_channels.begin(), m_channels.end(), channel) != m_channels.end());
    if (!current) {
        if (e.fd >= 0)
            ::close(e.fd);
        return;
    }
    if (e.fd < 0) {
        drop(e.error, false);
        if (!e.retry)
            m_retry->stop(); // trying again cannot help (no SPICE display)
        return;
    }
    if (e.tunnel)
        m_tunnels.push_back(std::move(e.tunnel));
    if (!channel) {
        m_password = e.password;
        if (!m_password.isEmpty())
            g_object_set(m_session, "password", m_password.toUtf8().constData(), nullptr);
        spice_session_open_fd(m_session, e.fd);
    } else {
        spice_channel_open_fd(channel, e.fd);
    }
}

// The connection ended (or never came): say why, and try again in a second while reconnect is
// on. The GLib session goes on the next turn of the event loop, not inside its own signal.
void SpiceSession::drop(const QString &given, bool announceRetry) {
    const int generation = ++m_generation;
    m_announce = announceRetry;
    QString reason = given; // or what a channel's ssh tunnel said when it gave up
    for (const auto &tunnel : m_tunnels)
        if (reason == given)
            reason = SshTunnel::explain(given, tunnel.get());
    if (state() != State::Disconnected || this->reason() != reason)
        setState(State::Disconnected, reason);
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            teardown();
    });
    if (m_open && m_reconnect)
        m_retry->start();
}

void SpiceSession::teardown() {
    ++m_generation;
    if (m_session) {
        g_signal_handlers_disconnect_by_data(m_session, this);
        for (SpiceChannel *c : m_channels)
            if (c)
                g_signal_handlers_disconnect_by_data(c, this);
        spice_session_disconnect(m_session);
        g_object_unref(m_session);
        m_session = nullptr;
    }
    m_main = m_display = m_inputs = nullptr;
    m_inputsReady = false;
    m_channels.clear();
    m_primary = {};
    m_tunnels.clear();
    m_buttons = 0;
    m_shiftHeld = false;
    m_keys.clear();
    m_keyPacer->stop();
}

void SpiceSession::primaryCreated(int format, int width, int height, int stride, void *data) {
    const QImage::Format f = qtFormat(format);
    if (f == QImage::Format_Invalid || !data) {
        qCWarning(lcSpice, "display format %d is not supported", format);
        return;
    }
    m_primary = QImage(static_cast<uchar *>(data), width, height, stride, f);
    const QSize size(width, height);
    if (m_frame.size() != size) {
        m_frame = QImage(size, QImage::Format_RGB32);
        m_frame.fill(Qt::black);
        Q_EMIT frameResized(size);
    }
    invalidated(QRect(QPoint(0, 0), size));
}

void SpiceSession::invalidated(const QRect &rect) {
    const QRect r = rect & m_primary.rect() & m_frame.rect();
    if (r.isEmpty())
        return;
    if (m_primary.format() == QImage::Format_RGB32) {
        for (int y = r.top(); y <= r.bottom(); ++y)
            std::memcpy(m_frame.scanLine(y) + r.left() * 4,
                        m_primary.constScanLine(y) + r.left() * 4, size_t(r.width()) * 4);
    } else {
        const QImage part = m_primary.copy(r).convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < part.height(); ++y)
            std::memcpy(m_frame.scanLine(r.top() + y) + r.left() * 4, part.constScanLine(y),
                        size_t(r.width()) * 4);
    }
    Q_EMIT damaged(r);
}

void SpiceSession::sendXtKey(quint32 scancode, bool down) {
    if (m_keys.size() >= kMaxQueuedKeys)
        return; // the inputs channel has not come for a long while: drop, do not hoard
    m_keys.push_back(down ? scancode : scancode | kKeyUp);
    if (m_inputsReady && !m_keyPacer->isActive()) {
        flushKey();
        m_keyPacer->start();
    }
}

// Sends the next queued key event; stops the pacer when none is left or the channel is not
// ready (inputsEvent() starts it again).
void SpiceSession::flushKey() {
    if (m_keys.empty() || !m_inputs || !m_inputsReady) {
        m_keyPacer->stop();
        return;
    }
    const quint32 key = m_keys.front();
    m_keys.pop_front();
    auto *inputs = SPICE_INPUTS_CHANNEL(m_inputs);
    if (key & kKeyUp)
        spice_inputs_channel_key_release(inputs, key & ~kKeyUp);
    else
        spice_inputs_channel_key_press(inputs, key);
}

void SpiceSession::sendKey(quint32 keysym, bool down, quint32 xtScancode) {
    if (!m_session)
        return; // not connected: there is nobody to type to
    if (keysym == keysym::ShiftL || keysym == keysym::ShiftR)
        m_shiftHeld = down;
    const XtKey key = xtScancode ? XtKey{xtScancode, false} : xtKeyForKeysym(keysym);
    if (!key.scancode)
        return;
    // A symbol that needs Shift ('A', '$') typed without the user's Shift held (a pasted or
    // programmatic key) gets a Shift of its own around its press; a key by its place goes as
    // it is.
    const quint32 shift = 0x2a;
    const bool wrap = down && key.shift && !m_shiftHeld;
    if (wrap)
        sendXtKey(shift, true);
    sendXtKey(key.scancode, down);
    if (wrap)
        sendXtKey(shift, false);
}

void SpiceSession::sendPointer(int x, int y, int buttons) {
    if (!m_inputs || !m_main)
        return;
    auto *inputs = SPICE_INPUTS_CHANNEL(m_inputs);
    int mode = 0;
    g_object_get(m_main, "mouse-mode", &mode, nullptr);
    const int held = buttons & 0x7; // the wheel's bits are clicks, not a held state
    if (mode == SPICE_MOUSE_MODE_CLIENT)
        spice_inputs_channel_position(inputs, x, y, 0, held);
    else if (QPoint(x, y) != m_pointer)
        spice_inputs_channel_motion(inputs, x - m_pointer.x(), y - m_pointer.y(), held);
    m_pointer = {x, y};
    for (int bit = 0; bit < 5; ++bit) {
        const int mask = 1 << bit;
        if ((buttons & mask) == (m_buttons & mask))
            continue;
        if (buttons & mask)
            spice_inputs_channel_button_press(inputs, kSpiceButtons[bit], held);
        if (!(buttons & mask) || bit >= 3)
            spice_inputs_channel_button_release(inputs, kSpiceButtons[bit], held);
    }
    m_buttons = buttons & 0x7;
}

} // namespace virtdeck
