// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/vncsession.h"

#include "console/keysym.h"
#include "console/sshtunnel.h"

#include <QLoggingCategory>

#include <rfb/rfbclient.h>

#include <cstdarg>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcVnc, "virtdeck.console.vnc", QtWarningMsg)

namespace virtdeck {

namespace {

int s_tag; // the address tags our client data in libvncclient

void logToCategory(const char *format, ...) {
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    if (const size_t n = std::strlen(line); n > 0 && line[n - 1] == '\n')
        line[n - 1] = '\0';
    qCDebug(lcVnc, "%s", line);
}

void quietLibrary() {
    static std::once_flag once;
    std::call_once(once, [] {
        rfbClientLog = logToCategory;
        rfbClientErr = logToCategory;
    });
}

// A key with its QEMU key number goes as QEMU's raw key event where the display takes those
// (it said so in the handshake); otherwise, and for keys without a number, as the keysym.
void sendKeyEvent(rfbClient *c, quint32 sym, bool down, quint32 keyNumber) {
    if (keyNumber && SupportsClient2Server(c, rfbQemuEvent))
        SendExtendedKeyEvent(c, sym, keyNumber, down ? TRUE : FALSE);
    else if (sym)
        SendKeyEvent(c, sym, down ? TRUE : FALSE);
}

} // namespace

// The session thread's side of one connection: the decoding buffer and the damage not yet
// copied into the shared frame.
struct VncSession::Protocol {
    VncSession *session;
    ConsoleEndpoint *endpoint;
    QRect pending;

    static Protocol *of(rfbClient *c) {
        return static_cast<Protocol *>(rfbClientGetClientData(c, &s_tag));
    }

    static rfbBool resize(rfbClient *c) {
        std::free(c->frameBuffer);
        c->frameBuffer = static_cast<uint8_t *>(std::calloc(size_t(c->width) * c->height, 4));
        Protocol *p = of(c);
        const QSize size(c->width, c->height);
        {
            std::lock_guard lock(p->session->m_mutex);
            p->session->m_frame = QImage(size, QImage::Format_RGB32);
            p->session->m_frame.fill(Qt::black);
        }
        p->session->m_guard.reply([size](VncSession *s) { Q_EMIT s->frameResized(size); });
        return c->frameBuffer != nullptr;
    }
    static void update(rfbClient *c, int x, int y, int w, int h) {
        of(c)->pending |= QRect(x, y, w, h);
    }
    static void finished(rfbClient *c) {
        Protocol *p = of(c);
        const QRect r = p->pending & QRect(0, 0, c->width, c->height);
        p->pending = {};
        if (r.isEmpty())
            return;
        {
            std::lock_guard lock(p->session->m_mutex);
            QImage &f = p->session->m_frame;
            for (int y = r.top(); y <= r.bottom(); ++y)
                std::memcpy(f.scanLine(y) + r.left() * 4,
                            c->frameBuffer + (size_t(y) * c->width + r.left()) * 4,
                            size_t(r.width()) * 4);
        }
        p->session->m_guard.reply([r](VncSession *s) { Q_EMIT s->damaged(r); });
    }
    static char *password(rfbClient *c) {
        return strdup(of(c)->endpoint->password.toUtf8().constData());
    }
};

VncSession::VncSession(ConsoleConnector connector, QObject *parent)
    : ConsoleSession(parent)
    , m_connector(std::move(connector))
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
    quietLibrary();
}

VncSession::~VncSession() {
    close();
    m_guard.reset();
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void VncSession::open() {
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { runLoop(); });
}

void VncSession::close() {
    m_stop = true;
    {
        // A read blocked inside libvncclient (the handshake) does not see the wake-up fd.
        std::lock_guard lock(m_mutex);
        if (m_socket >= 0)
            ::shutdown(m_socket, SHUT_RDWR);
    }
    wake();
    if (m_thread.joinable())
        m_thread.join();
}

QImage VncSession::frame() const {
    std::lock_guard lock(m_mutex);
    return m_frame;
}

void VncSession::sendKey(quint32 sym, bool down, quint32 xtScancode) {
    if (sym == keysym::ShiftL || sym == keysym::ShiftR)
        m_shiftHeld = down;
    // The display maps a keysym to a key without adding Shift: a symbol that needs it ('A',
    // '$') typed without the user's Shift held (a key sent by the program) gets a Shift of its
    // own around its press, as the SPICE session does. A physical key goes as it is.
    const bool wrap = !xtScancode && down && !m_shiftHeld && xtKeyForKeysym(sym).shift;
    {
        std::lock_guard lock(m_mutex);
        if (wrap)
            m_input.push_back({true, keysym::ShiftL, 1, 0});
        m_input.push_back({true, sym, down ? 1 : 0, 0, qemuKeyNumber(xtScancode)});
        if (wrap)
            m_input.push_back({true, keysym::ShiftL, 0, 0});
    }
    wake();
}

void VncSession::sendPointer(int x, int y, int buttons) {
    {
        std::lock_guard lock(m_mutex);
        m_input.push_back({false, quint32(x), y, buttons});
    }
    wake();
}

void VncSession::wake() {
    const uint64_t one = 1;
    if (m_wakeFd >= 0) [[maybe_unused]]
        auto n = ::write(m_wakeFd, &one, sizeof one);
}

std::vector<VncSession::Input> VncSession::takeInput() {
    uint64_t count;
    [[maybe_unused]] auto n = ::read(m_wakeFd, &count, sizeof count);
    std::lock_guard lock(m_mutex);
    return std::exchange(m_input, {});
}

void VncSession::report(State state, const QString &reason) {
    m_guard.reply([state, reason](VncSession *s) {
        if (s->state() != state || s->reason() != reason)
            s->setState(state, reason);
    });
}

void VncSession::waitRetry() {
    pollfd p{m_wakeFd, POLLIN, 0};
    for (int waited = 0; waited < 1000 && !m_stop; waited += 100) {
        if (::poll(&p, 1, 100) > 0)
            takeInput(); // input while disconnected has nowhere to go
    }
}

void VncSession::runLoop() {
    bool dropped = true; // announce "connecting" once per drop, not on every retry
    while (!m_stop) {
        if (dropped)
            report(State::Connecting, {});
        ConsoleEndpoint endpoint = m_connector();
        if (m_stop) {
            if (endpoint.fd >= 0)
                ::close(endpoint.fd);
            break;
        }
        if (endpoint.fd < 0) {
            report(State::Disconnected, endpoint.error);
            dropped = false;
            if (!endpoint.retry || !m_reconnect)
                break;
            waitRetry();
            continue;
        }
        const QString reason = SshTunnel::explain(runProtocol(endpoint), endpoint.tunnel.get());
        if (m_stop)
            break;
        report(State::Disconnected, reason);
        dropped = true;
        if (!m_reconnect)
            break;
        waitRetry();
    }
}

QString VncSession::runProtocol(ConsoleEndpoint &endpoint) {
    rfbClient *c = rfbGetClient(8, 3, 4);
    Protocol protocol{this, &endpoint, {}};
    rfbClientSetClientData(c, &s_tag, &protocol);
    c->MallocFrameBuffer = &Protocol::resize;
    c->GotFrameBufferUpdate = &Protocol::update;
    c->FinishedFrameBufferUpdate = &Protocol::finished;
    c->GetPassword = &Protocol::password;
    // Pixels as QImage::Format_RGB32 (0xffRRGGBB in native order): no conversion when copying.
    c->format.redShift = 16;
    c->format.greenShift = 8;
    c->format.blueShift = 0;
    c->canHandleNewFBSize = TRUE;
    // Non-blocking, as libvncclient's own sockets are: only then does its read timeout apply, so
    // a display that keeps silent (an ssh tunnel whose far end never connected, a hung QEMU)
    // ends the connection and the session reconnects instead of waiting forever.
    ::fcntl(endpoint.fd, F_SETFL, ::fcntl(endpoint.fd, F_GETFL) | O_NONBLOCK);
    c->readTimeout = m_readTimeout;
    c->sock = endpoint.fd;
    {
        std::lock_guard lock(m_mutex);
        m_socket = endpoint.fd;
    }
    endpoint.fd = -1;
    if (m_stop) // close() came before m_socket was set: it could not shut this one down
        ::shutdown(c->sock, SHUT_RDWR);

    QString reason;
    if (!InitialiseRFBConnection(c)) {
        reason = tr("The display did not complete the VNC handshake (a wrong password, or the "
                    "tunnel to it failed).");
    } else {
        c->width = c->si.framebufferWidth;
        c->height = c->si.framebufferHeight;
        if (!c->MallocFrameBuffer(c) || !SetFormatAndEncodings(c) ||
            !SendFramebufferUpdateRequest(c, 0, 0, c->width, c->height, FALSE)) {
            reason = tr("The display closed the connection.");
        } else {
            report(State::Connected, {});
            reason = tr("The display closed the connection.");
            while (!m_stop) {
                pollfd fds[2] = {{c->sock, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
                // libvncclient may hold bytes it read ahead: handle those before waiting.
                if (::poll(fds, 2, c->buffered > 0 ? 0 : -1) < 0 && errno != EINTR)
                    break;
                if (fds[1].revents & POLLIN) {
                    for (const Input &in : takeInput()) {
                        if (in.key)
                            sendKeyEvent(c, in.a, in.b != 0, in.keyNumber);
                        else
                            SendPointerEvent(c, int(in.a), in.b, in.buttons);
                    }
                }
                if ((c->buffered > 0 || (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) &&
                    !HandleRFBServerMessage(c))
                    break;
            }
        }
    }
    // We close the socket ourselves: it is ours, whatever the library's cleanup does with it.
    const int fd = c->sock;
    c->sock = RFB_INVALID_SOCKET;
    {
        std::lock_guard lock(m_mutex);
        m_socket = -1;
    }
    std::free(c->frameBuffer);
    c->frameBuffer = nullptr;
    rfbClientCleanup(c);
    ::close(fd);
    return reason;
}

} // namespace virtdeck
