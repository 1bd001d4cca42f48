// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/libvirt/serialconsolesession.h"

#include "core/libvirt/connection.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/eventloop.h"
#include "core/libvirt/handles.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace virtdeck {

// The session's thread and what it shares with the GUI thread and libvirt's event loop.
struct SerialConsoleSession::Worker : std::enable_shared_from_this<Worker> {
    ConnectionSource source;
    QString domain;
    ReplyGuard<SerialConsoleSession> guard;
    std::mutex mutex;
    std::condition_variable cv;
    bool stop = false;
    bool wake = false; // the stream has something (set on the event loop thread)
    QByteArray outgoing;
    int retryMs = 1000;
    State reported = State::Closed;
    // The run of the VM whose console another client took (FORCE): not taken back from it
    // until the VM runs anew (two windows would otherwise take it from each other for ever).
    unsigned int takenId = 0;
    std::thread thread;

    Worker(ConnectionSource s, QString d, ReplyGuard<SerialConsoleSession> g)
        : source(std::move(s))
        , domain(std::move(d))
        , guard(std::move(g)) {}

    void run();
    bool openAndPump(virConnectPtr conn);
    void pump(virStreamPtr st);
    bool flushOutgoing(virStreamPtr st, QByteArray &pending);
    void report(State state, const QString &message);
    // Sleeps until the stream signals, bytes are queued, the session stops or `ms` pass.
    // False when the session stops.
    bool waitFor(int ms); // ms < 0: the retry interval

    // The event loop holds a reference of its own: a callback late after removal finds a live
    // worker.
    static void onStreamEvent(virStreamPtr, int, void *opaque) {
        const std::shared_ptr<Worker> w = static_cast<std::weak_ptr<Worker> *>(opaque)->lock();
        if (!w)
            return;
        {
            std::lock_guard lock(w->mutex);
            w->wake = true;
        }
        w->cv.notify_all();
    }

    // The data of a stream callback: a weak reference to its worker. libvirt 9.0's remote
    // streams did not call the free function when the callback was removed (LeakSanitizer
    // found one per console opened), and a callback being dispatched may still run just after
    // the removal, so the data is neither freed by libvirt nor early by us: it stays, reachable,
    // for the process's life (16 bytes per console opened).
    std::weak_ptr<Worker> *callbackData() {
        static std::mutex keptMutex;
        static std::vector<std::unique_ptr<std::weak_ptr<Worker>>> kept;
        std::lock_guard lock(keptMutex);
        kept.push_back(std::make_unique<std::weak_ptr<Worker>>(weak_from_this()));
        return kept.back().get();
    }
};

bool SerialConsoleSession::Worker::waitFor(int ms) {
    std::unique_lock lock(mutex);
    cv.wait_for(lock, std::chrono::milliseconds(ms < 0 ? retryMs : ms),
                [this] { return stop || wake || !outgoing.isEmpty(); });
    wake = false;
    return !stop;
}

void SerialConsoleSession::Worker::report(State state, const QString &message) {
    if (state == reported && state != State::Connected)
        return;
    reported = state;
    guard.reply([state, message](SerialConsoleSession *s) {
        if (state == State::Connected)
            Q_EMIT s->connected();
        s->setState(state, message);
    });
}

void SerialConsoleSession::Worker::run() {
    std::shared_ptr<_virConnect> conn;
    while (true) {
        {
            std::lock_guard lock(mutex);
            if (stop)
                return;
        }
        if (!conn || virConnectIsAlive(conn.get()) != 1)
            conn = source ? source() : nullptr;
        if (!conn)
            report(State::Failed, SerialConsoleSession::tr("The host is not connected."));
        else if (openAndPump(conn.get()))
            continue; // the console closed: open it again at once if the VM still runs
        if (!waitFor(-1))
            return;
    }
}

// Opens the console and pumps it until it closes. False when it could not be opened (the
// caller waits before the next try).
bool SerialConsoleSession::Worker::openAndPump(virConnectPtr conn) {
    lv::DomainPtr dom = lv::lookupDomain(conn, domain);
    if (!dom) {
        report(State::Failed, lv::lastError());
        return false;
    }
    if (virDomainIsActive(dom.get()) != 1) {
        report(State::Off, SerialConsoleSession::tr("The VM is not running."));
        return false;
    }
    const unsigned int id = virDomainGetID(dom.get());
    if (takenId != 0 && id == takenId) {
        report(State::NoConsole, SerialConsoleSession::tr("Another client opened this console."));
        return false;
    }
    lv::StreamPtr st(virStreamNew(conn, VIR_STREAM_NONBLOCK));
    // FORCE: a console left open elsewhere (a crashed viewer) would block this one for good.
    if (!st || virDomainOpenConsole(dom.get(), nullptr, st.get(), VIR_DOMAIN_CONSOLE_FORCE) < 0) {
        report(State::NoConsole, lv::lastError());
        return false;
    }
    if (virStreamEventAddCallback(
            st.get(), VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP,
            &Worker::onStreamEvent, callbackData(), nullptr) < 0) {
        report(State::Failed, lv::lastError());
        virStreamAbort(st.get());
        return false;
    }
    {
        std::lock_guard lock(mutex);
        outgoing.clear(); // keys typed while it was closed belong to no shell
    }
    report(State::Connected, {});
    pump(st.get());
    virStreamEventRemoveCallback(st.get());
    virStreamAbort(st.get());
    // The same run of the VM still going: the console was taken by another client.
    lv::DomainPtr now = lv::lookupDomain(conn, domain);
    if (now && virDomainIsActive(now.get()) == 1 && virDomainGetID(now.get()) == id) {
        takenId = id;
        return false;
    }
    report(State::Connecting, SerialConsoleSession::tr("The console closed; reconnecting…"));
    return true;
}

bool SerialConsoleSession::Worker::flushOutgoing(virStreamPtr st, QByteArray &pending) {
    {
        std::lock_guard lock(mutex);
        pending += std::exchange(outgoing, {});
    }
    while (!pending.isEmpty()) {
        const int n = virStreamSend(st, pending.constData(), size_t(pending.size()));
        if (n == -2)
            return true; // would block: the next round sends the rest
        if (n < 0)
            return false;
        pending.remove(0, n);
    }
    return true;
}

void SerialConsoleSession::Worker::pump(virStreamPtr st) {
    QByteArray pending;
    char buf[16384];
    while (true) {
        if (!flushOutgoing(st, pending))
            return;
        const int n = virStreamRecv(st, buf, sizeof buf);
        if (n > 0) {
            QByteArray bytes(buf, n);
            guard.reply([bytes](SerialConsoleSession *s) { Q_EMIT s->received(bytes); });
            continue;
        }
        if (n != -2)
            return; // 0: end of stream (the VM stopped); -1: an error
        // Nothing to read: sleep until the event loop says the stream has more. A short wait
        // while bytes wait to be sent (the stream was full), a long one otherwise (a safety net).
        if (!waitFor(pending.isEmpty() ? 1000 : 20))
            return;
    }
}

SerialConsoleSession::ConnectionSource SerialConsoleSession::openUri(const QString &uri) {
    return [uri]() -> std::shared_ptr<_virConnect> {
        virConnectAuth noPrompts{nullptr, 0, nullptr, nullptr};
        lv::ConnectPtr own(virConnectOpenAuth(uri.toUtf8().constData(), &noPrompts, 0));
        if (!own)
            return nullptr;
        return std::shared_ptr<_virConnect>(own.release(), lv::ConnectDeleter());
    };
}

SerialConsoleSession::ConnectionSource SerialConsoleSession::fromConnection(Connection *c) {
    auto first = std::make_shared<std::shared_ptr<_virConnect>>(c->acquire());
    return [first, uri = c->uri(), readOnly = c->isReadOnly()]() {
        if (*first)
            return std::exchange(*first, nullptr);
        return Connection::openAnother(uri, readOnly);
    };
}

SerialConsoleSession::SerialConsoleSession(ConnectionSource source, const QString &domain,
                                           QObject *parent)
    : QObject(parent)
    , m_guard(this) {
    // Stream events come through libvirt's event loop; it must run before the stream opens.
    LibvirtEventLoop::ensureRunning();
    m_worker = std::make_shared<Worker>(std::move(source), domain, m_guard);
    m_worker->thread = std::thread([w = m_worker.get()] { w->run(); });
}

SerialConsoleSession::~SerialConsoleSession() {
    m_guard.reset();
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->stop = true;
    }
    m_worker->cv.notify_all();
    m_worker->thread.join();
}

void SerialConsoleSession::send(const QByteArray &bytes) {
    if (m_state != State::Connected || bytes.isEmpty())
        return;
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->outgoing += bytes;
    }
    m_worker->cv.notify_all();
}

void SerialConsoleSession::setRetryInterval(int ms) {
    std::lock_guard lock(m_worker->mutex);
    m_worker->retryMs = ms;
}

void SerialConsoleSession::setState(State state, const QString &message) {
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

} // namespace virtdeck
