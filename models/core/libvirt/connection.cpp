// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include "core/domainxml.h"
#include "core/redacteduri.h"
#include "domainlisting.h"
#include "domainlookup.h"
#include "eventloop.h"
#include "handles.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>

Q_LOGGING_CATEGORY(lcConn, "virtdeck.libvirt.connection", QtWarningMsg)

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

// Routes libvirt callbacks (event-loop thread) to a Connection without touching it: the target
// is cleared under the mutex before the Connection goes away, and libvirt frees its own copy of
// the shared pointer through the free callback once it no longer uses it.
struct EventBridge {
    std::mutex mutex;
    Connection *target = nullptr;
    quint64 generation = 0; // which libvirt connection the callbacks belong to
};
using BridgePtr = std::shared_ptr<EventBridge>;

void freeBridge(void *opaque) {
    delete static_cast<BridgePtr *>(opaque);
}

} // namespace

struct Connection::Private {
    Connection *q;
    const QString id;
    const QString uri;
    std::atomic<ConnectionState> state{ConnectionState::Disconnected};

    lv::ConnectPtr conn;
    mutable std::mutex connMutex; // guards `conn` for acquire() from other threads
    BridgePtr bridge;
    std::atomic<quint64> generation{0}; // read by lane threads: reopen theirs after a reconnect
    int lifecycleCallback = -1;
    bool closeCallbackRegistered = false;
    // The close callback's opaque copy is ours: libvirt does not reliably call a free callback
    // for it (drivers without close callbacks accept the registration and drop it), so it is
    // freed after the callback is unregistered and the connection released.
    std::unique_ptr<BridgePtr> closeOpaque;

    bool wantConnected = false; // the user asked for the connection to be open
    bool everConnected = false; // retry only hosts that once answered
    int reconnectInitialMs = 1000;
    int reconnectMaxMs = 30000;
    int reconnectDelayMs = 1000;
    QTimer *reconnectTimer = nullptr;
    QTimer *hostInfoTimer = nullptr;
    QTimer *settleTimer = nullptr; // one more listing a while after reconnecting
    bool hostInfoPending = false;
    // What a host says of itself that holds while one libvirt connection is open (name,
    // versions, CPUs, memory): read once per generation, so that the host row's update after
    // every batch of VM changes costs one call (free memory), not six.
    HostInfo fixedHost;
    quint64 fixedHostGeneration = 0;

    QHash<QString, DomainInfo> domains; // by uuid, the worker's own view for host counts
    lv::DomainHandles handles;          // this connection's handle of each VM in `domains`
    // VMs whose state the next batch re-reads in one call (after events and actions), and the
    // actions' results, reported once their VM's row is current.
    QSet<QString> staleStates;
    QList<ActionResult> heldResults;
    bool statesQueued = false;
    QElapsedTimer lastStatesRead; // batches of a burst come at most every kStatesReadGapMs
    static constexpr int kStatesReadGapMs = 50;
    bool readsTitles = true;
    // Domain names by uuid for waitingCalls(), read from other threads.
    mutable std::mutex namesMutex;
    QHash<QString, QString> names;
    // Lane threads: libvirtd serves one client's calls with max_client_requests workers (5 by
    // default); the connection thread takes one, the lanes at most the other four.
    static constexpr int kLaneThreads = 4;
    std::unique_ptr<LaneExecutor> lanes = std::make_unique<LaneExecutor>(kLaneThreads);

    // Credential hand-over between the connection thread and the answering thread.
    std::mutex credMutex;
    std::condition_variable credCond;
    quint64 credPendingId = 0;
    bool credAnswered = false;
    bool credAccepted = false;
    QStringList credAnswers;
    std::atomic<bool> cancelAuth{false};
    std::atomic<bool> readOnly{false};
    static std::atomic<quint64> nextCredId;

    Private(Connection *qq, const QString &i, const QString &u)
        : q(qq)
        , id(i)
        , uri(u) {}

    void setState(ConnectionState s, const QString &message) {
        state = s;
        Q_EMIT q->stateChanged(id, s, message);
    }

    static int authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata);
    int askCredentials(virConnectCredentialPtr cred, unsigned int ncred);
    static void lifecycleEvent(virConnectPtr, virDomainPtr dom, int event, int detail,
                               void *opaque);
    static void closeEvent(virConnectPtr, int reason, void *opaque);

    void doOpen();
    void doClose(bool userRequested);
    void onConnectionLost(quint64 gen, int reason);
    void onDomainEvent(quint64 gen, const QString &uuid, int event);
    void scheduleReconnect();
    void listAll();
    DomainInfo readDomain(virDomainPtr dom) const;
    void emitHostInfo();
    HostInfo readFixedHostInfo() const;
    void scheduleHostInfo();
    std::shared_ptr<_virConnect> laneConnection() const;
    ActionResult performOne(virConnectPtr c, const QString &uuid, DomainAction action) const;
    QString deleteDomain(virConnectPtr c, virDomainPtr dom, bool withStorage, bool *ok) const;
    void refreshOne(const QString &uuid);
    void queueStateRead(const QString &uuid, const ActionResult *result = nullptr);
    void readQueuedStates();
    void applyRow(const DomainInfo &info);
    void setName(const QString &uuid, const QString &name);
    static void refreshActivePools(virConnectPtr c);
};

std::atomic<quint64> Connection::Private::nextCredId{1};

Connection::Connection(const QString &id, const QString &uri, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, id, uri)) {
    qRegisterMetaType<DomainInfo>();
    qRegisterMetaType<HostInfo>();
    qRegisterMetaType<ActionResult>();
    qRegisterMetaType<CredentialRequest>();
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<DomainAction>();
    d->reconnectTimer = new QTimer(this);
    d->reconnectTimer->setSingleShot(true);
    connect(d->reconnectTimer, &QTimer::timeout, this, [this] {
        if (d->wantConnected && !d->conn)
            d->doOpen();
    });
    d->hostInfoTimer = new QTimer(this);
    d->hostInfoTimer->setInterval(10000); // free memory has no event; poll it gently
    connect(d->hostInfoTimer, &QTimer::timeout, this, [this] { d->emitHostInfo(); });
    // A restarted libvirtd re-attaches to its QEMU processes in threads of its own after it
    // answers; a VM it then finds dead is marked shut off without a lifecycle event. One more
    // listing a few seconds after a reconnect shows what it settled on.
    d->settleTimer = new QTimer(this);
    d->settleTimer->setSingleShot(true);
    d->settleTimer->setInterval(5000);
    connect(d->settleTimer, &QTimer::timeout, this, [this] {
        if (d->conn)
            d->listAll();
    });
}

Connection::~Connection() {
    d->cancelAuth = true;
    // Joins the lane threads first: their jobs hold references of their own, not `conn`, and
    // the results they post back to this object are dropped with it.
    // A running job may still post to a lane (a listing that chains the next call): the
    // executor stays in place, refusing, until every thread has ended.
    d->lanes->shutdown();
    d->lanes.reset();
    d->doClose(true);
}

QString Connection::id() const {
    return d->id;
}
QString Connection::uri() const {
    return d->uri;
}
ConnectionState Connection::state() const {
    return d->state.load();
}

void Connection::setReadOnly(bool ro) {
    d->readOnly = ro;
}

bool Connection::isReadOnly() const {
    return d->readOnly;
}

void Connection::open() {
    d->cancelAuth = false;
    QMetaObject::invokeMethod(
        this,
        [this] {
            d->wantConnected = true;
            d->reconnectDelayMs = d->reconnectInitialMs;
            if (!d->conn)
                d->doOpen();
        },
        Qt::QueuedConnection);
}

void Connection::close() {
    {
        // Under the lock: a waiter between its predicate check and its wait would otherwise
        // miss the notification and sit out its whole timeout.
        std::lock_guard lock(d->credMutex);
        d->cancelAuth = true;
    }
    d->credCond.notify_all();
    QMetaObject::invokeMethod(
        this, [this] { d->doClose(true); }, Qt::QueuedConnection);
}

void Connection::refresh() {
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (d->conn) {
                d->listAll();
                d->emitHostInfo();
            }
        },
        Qt::QueuedConnection);
}

void Connection::runAction(const QStringList &uuids, DomainAction action) {
    // One job per VM in the VM's lane: a VM whose QEMU hangs delays its own action only. The
    // result goes back to the connection thread, which re-reads the VM and then reports.
    for (const QString &uuid : uuids)
        d->lanes->post(Lane::domain(uuid), domainActionText(action), [this, uuid, action] {
            const std::shared_ptr<_virConnect> c = d->laneConnection();
            const ActionResult r = d->performOne(c.get(), uuid, action);
            QMetaObject::invokeMethod(
                this,
                [this, r] {
                    // Events say the same; drivers without them too. A VM that may be gone is
                    // read alone; the others join one batch read (a round trip for them all).
                    const bool gone = r.action == DomainAction::Delete ||
                                      r.action == DomainAction::DeleteWithStorage;
                    if (!d->conn || gone) {
                        if (d->conn)
                            d->refreshOne(r.uuid);
                        Q_EMIT actionFinished(r);
                        return;
                    }
                    d->queueStateRead(r.uuid, &r);
                },
                Qt::QueuedConnection);
        });
}

void Connection::defineDomain(const QString &xml) {
    QMetaObject::invokeMethod(
        this,
        [this, xml] {
            ActionResult r;
            r.connectionId = d->id;
            r.action = DomainAction::Define;
            if (!d->conn) {
                r.message = tr("Not connected to %1").arg(redactedUri(d->uri));
                Q_EMIT actionFinished(r);
                return;
            }
            lv::DomainPtr dom(virDomainDefineXMLFlags(d->conn.get(), xml.toUtf8().constData(),
                                                      VIR_DOMAIN_DEFINE_VALIDATE));
            if (!dom) {
                r.message = lv::lastError();
                Q_EMIT actionFinished(r);
                return;
            }
            r.ok = true;
            r.uuid = lv::uuidOf(dom.get());
            r.name = QString::fromUtf8(virDomainGetName(dom.get()));
            dom.reset();
            const bool known = d->domains.contains(r.uuid);
            d->refreshOne(r.uuid);
            if (known)
                Q_EMIT domainDefined(d->id, r.uuid);
            Q_EMIT actionFinished(r);
        },
        Qt::QueuedConnection);
}

void Connection::provideCredentials(quint64 requestId, bool accepted, const QStringList &answers) {
    {
        std::lock_guard lock(d->credMutex);
        if (requestId != d->credPendingId)
            return;
        d->credAnswered = true;
        d->credAccepted = accepted;
        d->credAnswers = answers;
    }
    d->credCond.notify_all();
}

namespace {
// Whether a job's context still lives. The context lives on another thread: a QPointer to it may
// not be read on the thread that runs the job. Its destroyed() signal (delivered directly, on its
// own thread) flips a flag that any thread may read.
struct ContextAlive {
    std::atomic<bool> alive{true};
    QMetaObject::Connection watch;
};

std::shared_ptr<ContextAlive> watchContext(QObject *context) {
    auto state = std::make_shared<ContextAlive>();
    if (context)
        state->watch = QObject::connect(
            context, &QObject::destroyed, context, [state] { state->alive = false; },
            Qt::DirectConnection);
    return state;
}
} // namespace

void Connection::post(QObject *context, std::function<void(_virConnect *)> job) {
    auto state = watchContext(context);
    QMetaObject::invokeMethod(
        this,
        [this, state, job = std::move(job)] {
            QObject::disconnect(state->watch);
            if (state->alive)
                job(d->conn.get());
        },
        Qt::QueuedConnection);
}

void Connection::post(QObject *context, const Lane &lane, const QString &what,
                      std::function<void(_virConnect *)> job) {
    if (lane.kind == Lane::Kind::Host) {
        post(context, std::move(job));
        return;
    }
    auto state = watchContext(context);
    d->lanes->post(lane, what, [this, state, job = std::move(job)] {
        QObject::disconnect(state->watch);
        if (!state->alive)
            return;
        const std::shared_ptr<_virConnect> c = d->laneConnection();
        job(c.get());
    });
}

// Each lane thread talks to libvirtd over a connection of its own. On one shared connection,
// calls from other threads wait behind a call that holds its socket: measured with libvirt 9.0,
// while a screenshot of a VM whose QEMU was stopped waited, other threads' replies on that
// connection were read only when the 5 s keepalive woke it, or not at all. Test-driver URIs keep
// the shared reference: each open of a test:///FILE URI would be a driver state of its own. A
// connection that cannot open unattended (it would ask for a password) falls back to it too.
std::shared_ptr<_virConnect> Connection::Private::laneConnection() const {
    std::shared_ptr<_virConnect> shared = q->acquire();
    if (!shared || !canOpenAnother(uri))
        return shared; // null while the host is not connected: the job says so
    struct Own {
        const Private *owner = nullptr;
        quint64 generation = 0;
        lv::ConnectPtr conn;
    };
    thread_local Own own; // closed when the lane thread ends, at the executor's end
    if (own.owner != this || own.generation != generation || !own.conn ||
        virConnectIsAlive(own.conn.get()) != 1) {
        own.conn.reset();
        virConnectAuth noPrompts{nullptr, 0, nullptr, nullptr};
        own.conn.reset(virConnectOpenAuth(uri.toUtf8().constData(), &noPrompts,
                                          readOnly ? VIR_CONNECT_RO : 0));
        if (!own.conn) {
            virResetLastError();
            return shared;
        }
        own.owner = this;
        own.generation = generation;
    }
    lv::ConnectPtr ref = lv::retain(own.conn.get());
    return std::shared_ptr<_virConnect>(ref.release(), lv::ConnectDeleter());
}

QList<LaneExecutor::Call> Connection::waitingCalls(qint64 minMs) const {
    QList<LaneExecutor::Call> calls = d->lanes->running(minMs);
    std::lock_guard lock(d->namesMutex);
    for (LaneExecutor::Call &call : calls)
        if (call.lane.kind == Lane::Kind::Domain)
            call.what =
                tr("%1 of %2").arg(call.what, d->names.value(call.lane.uuid, call.lane.uuid));
    return calls;
}

std::shared_ptr<_virConnect> Connection::acquire() const {
    std::lock_guard lock(d->connMutex);
    lv::ConnectPtr ref = lv::retain(d->conn.get());
    if (!ref)
        return nullptr;
    return std::shared_ptr<_virConnect>(ref.release(), lv::ConnectDeleter());
}

bool Connection::canOpenAnother(const QString &uri) {
    const QString scheme = uri.section(u':', 0, 0);
    return scheme != u"test"_s && !scheme.startsWith(u"test+"_s);
}

std::shared_ptr<_virConnect> Connection::openAnother(const QString &uri, bool readOnly) {
    if (!canOpenAnother(uri))
        return nullptr;
    virConnectAuth noPrompts{nullptr, 0, nullptr, nullptr};
    lv::ConnectPtr own(
        virConnectOpenAuth(uri.toUtf8().constData(), &noPrompts, readOnly ? VIR_CONNECT_RO : 0));
    if (!own) {
        virResetLastError();
        return nullptr;
    }
    return std::shared_ptr<_virConnect>(own.release(), lv::ConnectDeleter());
}

void Connection::setReconnectDelays(int initialMs, int maxMs) {
    QMetaObject::invokeMethod(
        this,
        [this, initialMs, maxMs] {
            d->reconnectInitialMs = d->reconnectDelayMs = initialMs;
            d->reconnectMaxMs = maxMs;
        },
        Qt::QueuedConnection);
}

void Connection::setReadsTitles(bool reads) {
    QMetaObject::invokeMethod(
        this, [this, reads] { d->readsTitles = reads; }, Qt::QueuedConnection);
}

// --- connection thread -------------------------------------------------------------------------

int Connection::Private::authCallback(virConnectCredentialPtr cred, unsigned int ncred,
                                      void *cbdata) {
    return static_cast<Private *>(cbdata)->askCredentials(cred, ncred);
}

int Connection::Private::askCredentials(virConnectCredentialPtr cred, unsigned int ncred) {
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Connection::credentialsRequested);
    if (!q->isSignalConnected(signal))
        return -1; // nobody can answer: fail instead of hanging

    CredentialRequest req;
    req.connectionId = id;
    req.uri = uri;
    for (unsigned i = 0; i < ncred; ++i) {
        CredentialPrompt p;
        switch (cred[i].type) {
        case VIR_CRED_USERNAME:
        case VIR_CRED_AUTHNAME:
            p.kind = CredentialPrompt::Kind::Username;
            break;
        case VIR_CRED_PASSPHRASE:
            p.kind = CredentialPrompt::Kind::Password;
            break;
        case VIR_CRED_ECHOPROMPT:
            p.kind = CredentialPrompt::Kind::EchoPrompt;
            break;
        case VIR_CRED_REALM:
            p.kind = CredentialPrompt::Kind::Realm;
            break;
        default:
            p.kind = CredentialPrompt::Kind::NoEchoPrompt;
            break;
        }
        p.prompt = QString::fromUtf8(cred[i].prompt ? cred[i].prompt : "");
        p.challenge = QString::fromUtf8(cred[i].challenge ? cred[i].challenge : "");
        p.defaultResult = QString::fromUtf8(cred[i].defresult ? cred[i].defresult : "");
        req.prompts.append(p);
    }

    std::unique_lock lock(credMutex);
    req.id = credPendingId = nextCredId++;
    credAnswered = false;
    lock.unlock();
    Q_EMIT q->credentialsRequested(req);
    lock.lock();
    // Bounded so an abandoned dialog cannot pin the thread forever.
    const bool answered = credCond.wait_for(lock, std::chrono::minutes(5),
                                            [this] { return credAnswered || cancelAuth.load(); });
    credPendingId = 0;
    if (!answered || !credAnswered || !credAccepted || credAnswers.size() != int(ncred))
        return -1;
    for (unsigned i = 0; i < ncred; ++i) {
        const QByteArray v = credAnswers.at(int(i)).toUtf8();
        cred[i].result = static_cast<char *>(malloc(size_t(v.size()) + 1));
        if (!cred[i].result)
            return -1;
        memcpy(cred[i].result, v.constData(), size_t(v.size()) + 1);
        cred[i].resultlen = unsigned(v.size());
    }
    return 0;
}

void Connection::Private::lifecycleEvent(virConnectPtr, virDomainPtr dom, int event, int,
                                         void *opaque) {
    auto bridge = *static_cast<BridgePtr *>(opaque);
    const QString uuid = lv::uuidOf(dom);
    std::lock_guard lock(bridge->mutex);
    if (Connection *c = bridge->target) {
        const quint64 gen = bridge->generation;
        QMetaObject::invokeMethod(
            c, [c, gen, uuid, event] { c->d->onDomainEvent(gen, uuid, event); },
            Qt::QueuedConnection);
    }
}

void Connection::Private::closeEvent(virConnectPtr, int reason, void *opaque) {
    auto bridge = *static_cast<BridgePtr *>(opaque);
    std::lock_guard lock(bridge->mutex);
    if (Connection *c = bridge->target) {
        const quint64 gen = bridge->generation;
        QMetaObject::invokeMethod(
            c, [c, gen, reason] { c->d->onConnectionLost(gen, reason); }, Qt::QueuedConnection);
    }
}

void Connection::Private::doOpen() {
    LibvirtEventLoop::ensureRunning();
    reconnectTimer->stop();
    setState(ConnectionState::Connecting, {});

    int credTypes[] = {VIR_CRED_AUTHNAME,   VIR_CRED_USERNAME,     VIR_CRED_PASSPHRASE,
                       VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};
    virConnectAuth auth{credTypes, int(std::size(credTypes)), &Private::authCallback, this};
    const QByteArray u = uri.toUtf8();
    lv::ConnectPtr c(virConnectOpenAuth(u.constData(), &auth, readOnly ? VIR_CONNECT_RO : 0));
    if (!c) {
        const QString msg = lv::lastError();
        qCInfo(lcConn) << "open failed" << redactedUri(uri) << msg;
        setState(ConnectionState::Failed, msg);
        if (wantConnected && everConnected)
            scheduleReconnect();
        return;
    }
    {
        std::lock_guard lock(connMutex);
        conn = std::move(c);
    }
    ++generation;
    bridge = std::make_shared<EventBridge>();
    bridge->target = q;
    bridge->generation = generation;

    // Keepalive notices a silent peer; the close callback reports it (and EOF) at once.
    // Drivers without a remote side refuse keepalive, which is fine.
    if (virConnectSetKeepAlive(conn.get(), 5, 3) < 0)
        virResetLastError();
    closeOpaque = std::make_unique<BridgePtr>(bridge);
    if (virConnectRegisterCloseCallback(conn.get(), &Private::closeEvent, closeOpaque.get(),
                                        nullptr) == 0) {
        closeCallbackRegistered = true;
    } else {
        virResetLastError();
        closeOpaque.reset();
    }
    lifecycleCallback = virConnectDomainEventRegisterAny(
        conn.get(), nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
        VIR_DOMAIN_EVENT_CALLBACK(&Private::lifecycleEvent), new BridgePtr(bridge), &freeBridge);
    if (lifecycleCallback < 0) {
        qCWarning(lcConn) << "no lifecycle events on" << redactedUri(uri) << lv::lastError();
        virResetLastError();
    }

    if (everConnected)
        settleTimer->start();
    everConnected = true;
    reconnectDelayMs = reconnectInitialMs;
    listAll();
    emitHostInfo();
    hostInfoTimer->start();
    setState(ConnectionState::Connected, {});
}

void Connection::Private::doClose(bool userRequested) {
    if (userRequested) {
        wantConnected = false;
        reconnectTimer->stop();
    }
    hostInfoTimer->stop();
    if (bridge) {
        std::lock_guard lock(bridge->mutex);
        bridge->target = nullptr;
    }
    const bool hadConnection = bool(conn);
    if (conn) {
        if (lifecycleCallback >= 0 &&
            virConnectDomainEventDeregisterAny(conn.get(), lifecycleCallback) < 0)
            virResetLastError();
        if (closeCallbackRegistered &&
            virConnectUnregisterCloseCallback(conn.get(), &Private::closeEvent) < 0)
            virResetLastError();
        std::lock_guard lock(connMutex);
        conn.reset();
    }
    closeOpaque.reset();
    lifecycleCallback = -1;
    closeCallbackRegistered = false;
    bridge.reset();
    handles.clear(); // they belong to the connection just closed
    if (hadConnection || !domains.isEmpty()) {
        domains.clear();
        std::lock_guard lock(namesMutex);
        names.clear();
        Q_EMIT q->domainsListed(id, {});
    }
    if (userRequested && state != ConnectionState::Disconnected)
        setState(ConnectionState::Disconnected, {});
}

void Connection::Private::onConnectionLost(quint64 gen, int reason) {
    if (gen != generation || !conn)
        return; // a late callback from a connection already replaced
    QString why;
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        why = Connection::tr("the host closed the connection");
        break;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        why = Connection::tr("the host stopped answering (keepalive timeout)");
        break;
    case VIR_CONNECT_CLOSE_REASON_CLIENT:
        why = Connection::tr("the connection was closed");
        break;
    default:
        why = Connection::tr("connection error");
        break;
    }
    qCInfo(lcConn) << "lost" << redactedUri(uri) << why;
    doClose(false);
    setState(ConnectionState::Disconnected, why);
    if (wantConnected)
        scheduleReconnect();
}

void Connection::Private::scheduleReconnect() {
    reconnectTimer->start(reconnectDelayMs);
    reconnectDelayMs = std::min(reconnectDelayMs * 2, reconnectMaxMs);
}

void Connection::Private::listAll() {
    // Bulk calls plus a few calls in flight: a remote host's listing costs a handful of round
    // trips, not four per VM (lv::listDomainInfos).
    QList<DomainInfo> out;
    QString error;
    lv::DomainHandles listed;
    if (!lv::listDomainInfos(conn.get(), id, &out, &error, &listed)) {
        qCWarning(lcConn) << "list failed" << redactedUri(uri) << error;
        return;
    }
    handles = std::move(listed);
    domains.clear();
    for (const DomainInfo &info : std::as_const(out))
        domains.insert(info.uuid, info);
    {
        std::lock_guard lock(namesMutex);
        names.clear();
        for (const DomainInfo &info : std::as_const(out))
            names.insert(info.uuid, info.name);
    }
    Q_EMIT q->domainsListed(id, out);
    // The table is filled; the titles (a round trip per VM, no bulk call has them) follow.
    if (!readsTitles)
        return;
    const QHash<QString, QString> titles = lv::readTitles(handles);
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        const auto row = domains.find(it.key());
        if (row == domains.end())
            continue;
        row->title = it.value();
        Q_EMIT q->domainChanged(*row);
    }
}

DomainInfo Connection::Private::readDomain(virDomainPtr dom) const {
    return lv::readDomainInfo(dom, id);
}

void Connection::Private::onDomainEvent(quint64 gen, const QString &uuid, int event) {
    if (gen != generation || !conn)
        return;
    // Re-read instead of trusting the event: an undefined transient domain may still run, and
    // several events for one domain may already be queued. A new or changed definition is read
    // whole; a lifecycle change joins the next batch of state reads.
    const bool known = domains.contains(uuid); // a new VM is news enough as domainChanged()
    if (event == VIR_DOMAIN_EVENT_DEFINED || event == VIR_DOMAIN_EVENT_UNDEFINED)
        refreshOne(uuid);
    else
        queueStateRead(uuid);
    if (event == VIR_DOMAIN_EVENT_DEFINED && known && domains.contains(uuid))
        Q_EMIT q->domainDefined(id, uuid);
}

void Connection::Private::queueStateRead(const QString &uuid, const ActionResult *result) {
    staleStates.insert(uuid);
    if (result)
        heldResults.append(*result);
    if (statesQueued)
        return;
    statesQueued = true;
    // Whatever else is queued on this thread by then (more events, more finished actions)
    // joins the same read; in a burst (an action on a hundred VMs) reads come at most every
    // kStatesReadGapMs, so the round trips follow the burst's length, not its VM count.
    const qint64 since = lastStatesRead.isValid() ? lastStatesRead.elapsed() : kStatesReadGapMs;
    QTimer::singleShot(int(std::max<qint64>(0, kStatesReadGapMs - since)), q,
                       [this] { readQueuedStates(); });
}

void Connection::Private::readQueuedStates() {
    statesQueued = false;
    lastStatesRead.start();
    const QSet<QString> uuids = std::exchange(staleStates, {});
    const QList<ActionResult> results = std::exchange(heldResults, {});
    if (conn) {
        std::vector<virDomainPtr> doms;
        QHash<QString, DomainInfo> rows;
        QSet<QString> oneByOne;
        for (const QString &uuid : uuids) {
            const auto h = handles.find(uuid);
            if (h != handles.end() && domains.contains(uuid)) {
                doms.push_back(h->second.get());
                rows.insert(uuid, domains.value(uuid));
            } else {
                oneByOne.insert(uuid);
            }
        }
        for (const QString &uuid : lv::refreshStates(conn.get(), doms, &rows))
            oneByOne.insert(uuid);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (!oneByOne.contains(it.key()))
                applyRow(*it);
        for (const QString &uuid : std::as_const(oneByOne))
            refreshOne(uuid);
    }
    for (const ActionResult &r : results)
        Q_EMIT q->actionFinished(r);
}

void Connection::Private::refreshOne(const QString &uuid) {
    const QByteArray u = uuid.toLatin1();
    lv::DomainPtr dom(virDomainLookupByUUIDString(conn.get(), u.constData()));
    if (!dom) {
        virResetLastError();
        handles.erase(uuid);
        if (domains.remove(uuid)) {
            setName(uuid, {});
            Q_EMIT q->domainRemoved(id, uuid);
            scheduleHostInfo();
        }
        return;
    }
    const DomainInfo info = readDomain(dom.get());
    if (info.uuid.isEmpty())
        return;
    handles[uuid] = std::move(dom);
    applyRow(info);
}

void Connection::Private::applyRow(const DomainInfo &info) {
    auto it = domains.find(info.uuid);
    if (it != domains.end() && *it == info)
        return;
    domains.insert(info.uuid, info);
    setName(info.uuid, info.name);
    Q_EMIT q->domainChanged(info);
    scheduleHostInfo();
}

void Connection::Private::setName(const QString &uuid, const QString &name) {
    std::lock_guard lock(namesMutex);
    if (name.isEmpty())
        names.remove(uuid);
    else
        names.insert(uuid, name);
}

void Connection::Private::scheduleHostInfo() {
    // Coalesce: a burst of events (a bulk start of 200 VMs) yields one host update.
    if (hostInfoPending)
        return;
    hostInfoPending = true;
    QTimer::singleShot(0, q, [this] {
        hostInfoPending = false;
        emitHostInfo();
    });
}

// The host's identity, read once per libvirt connection (it never changes while it is open)
// and kept by connection id and generation; the connection threads share the cache.
static QString hostUuidOnce(virConnectPtr conn, const QString &id, quint64 generation) {
    static std::mutex mutex;
    static QHash<QString, std::pair<quint64, QString>> cache;
    {
        std::lock_guard lock(mutex);
        const auto it = cache.constFind(id);
        if (it != cache.constEnd() && it->first == generation)
            return it->second;
    }
    QString uuid;
    if (char *caps = virConnectGetCapabilities(conn))
        uuid = hostUuidFromCapabilities(lv::takeString(caps));
    else
        virResetLastError();
    if (uuid.isEmpty()) {
        if (char *sysinfo = virConnectGetSysinfo(conn, 0))
            uuid = hostUuidFromSysinfo(lv::takeString(sysinfo));
        else
            virResetLastError();
    }
    std::lock_guard lock(mutex);
    cache.insert(id, {generation, uuid});
    return uuid;
}

HostInfo Connection::Private::readFixedHostInfo() const {
    HostInfo h;
    h.connectionId = id;
    h.uri = uri;
    h.hostUuid = hostUuidOnce(conn.get(), id, generation);
    if (char *name = virConnectGetHostname(conn.get()))
        h.hostname = lv::takeString(name);
    else
        virResetLastError();
    if (const char *type = virConnectGetType(conn.get()))
        h.hypervisor = QString::fromUtf8(type);
    unsigned long v = 0;
    if (virConnectGetVersion(conn.get(), &v) == 0)
        h.hypervisorVersion = libvirtVersionString(v);
    else
        virResetLastError();
    if (virConnectGetLibVersion(conn.get(), &v) == 0)
        h.libvirtVersion = libvirtVersionString(v);
    else
        virResetLastError();
    virNodeInfo ni{};
    if (virNodeGetInfo(conn.get(), &ni) == 0) {
        h.cpuModel = QString::fromUtf8(ni.model);
        h.cpus = int(ni.cpus);
        h.cpuMhz = int(ni.mhz);
        h.memoryBytes = quint64(ni.memory) * 1024;
    } else {
        virResetLastError();
    }
    return h;
}

void Connection::Private::emitHostInfo() {
    if (!conn)
        return;
    if (fixedHostGeneration != generation) {
        fixedHost = readFixedHostInfo();
        fixedHostGeneration = generation;
    }
    HostInfo h = fixedHost;
    const unsigned long long freeMem = virNodeGetFreeMemory(conn.get());
    if (freeMem == 0)
        virResetLastError();
    h.freeMemoryBytes = freeMem;
    for (const auto &dom : std::as_const(domains)) {
        ++h.domainsDefined;
        if (domainStateIsActive(dom.state))
            ++h.domainsRunning;
    }
    Q_EMIT q->hostInfoChanged(h);
}

// Runs on the VM's lane thread with a connection reference of its own: touches no member that
// the connection thread writes.
ActionResult Connection::Private::performOne(virConnectPtr c, const QString &uuid,
                                             DomainAction action) const {
    ActionResult r;
    r.connectionId = id;
    r.uuid = uuid;
    r.action = action;
    if (!c) {
        r.message = Connection::tr("Not connected to %1").arg(redactedUri(uri));
        return r;
    }
    const QByteArray u = uuid.toLatin1();
    lv::DomainPtr dom(virDomainLookupByUUIDString(c, u.constData()));
    if (!dom) {
        r.message = lv::lastError();
        return r;
    }
    r.name = QString::fromUtf8(virDomainGetName(dom.get()));
    int rc = -1;
    switch (action) {
    case DomainAction::Start:
        rc = virDomainCreate(dom.get());
        break;
    case DomainAction::Shutdown:
        rc = virDomainShutdown(dom.get());
        break;
    case DomainAction::Reboot:
        rc = virDomainReboot(dom.get(), 0);
        break;
    case DomainAction::ForceOff:
        rc = virDomainDestroy(dom.get());
        break;
    case DomainAction::Pause:
        rc = virDomainSuspend(dom.get());
        break;
    case DomainAction::Resume:
        rc = virDomainResume(dom.get());
        break;
    case DomainAction::Define:
        r.message = Connection::tr("Use defineDomain() to define a domain");
        return r;
    case DomainAction::Delete:
    case DomainAction::DeleteWithStorage: {
        bool ok = false;
        r.message = deleteDomain(c, dom.get(), action == DomainAction::DeleteWithStorage, &ok);
        r.ok = ok;
        return r;
    }
    }
    r.ok = rc == 0;
    if (!r.ok)
        r.message = lv::lastError();
    return r;
}

QString Connection::Private::deleteDomain(virConnectPtr c, virDomainPtr dom, bool withStorage,
                                          bool *ok) const {
    *ok = false;
    QList<DomainDisk> disks;
    if (withStorage) {
        QString parseError;
        const QString xml = lv::takeString(virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE));
        if (xml.isEmpty())
            return lv::lastError();
        disks = ownedDisks(parseDomainDisks(xml, &parseError));
        if (!parseError.isEmpty())
            return Connection::tr("Cannot read the VM's disks: %1").arg(parseError);
    }
    const int active = virDomainIsActive(dom);
    if (active == 1 && virDomainDestroy(dom) < 0)
        return lv::lastError();
    if (virDomainIsPersistent(dom) == 1) {
        const unsigned flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                               VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                               VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
        if (virDomainUndefineFlags(dom, flags) < 0) {
            const QString first = lv::lastError();
            // Drivers that reject some flags (the test driver knows no NVRAM) take the plain call.
            if (virDomainUndefine(dom) < 0)
                return first;
        }
    }
    QStringList failures;
    bool poolsRefreshed = false;
    for (const DomainDisk &disk : std::as_const(disks)) {
        lv::VolumePtr vol;
        if (!disk.sourcePath.isEmpty()) {
            const QByteArray path = disk.sourcePath.toUtf8();
            vol.reset(virStorageVolLookupByPath(c, path.constData()));
            if (!vol && !poolsRefreshed) {
                // The file may have been made outside libvirt since the pool last looked.
                refreshActivePools(c);
                poolsRefreshed = true;
                vol.reset(virStorageVolLookupByPath(c, path.constData()));
            }
        } else {
            lv::PoolPtr pool(virStoragePoolLookupByName(c, disk.sourcePool.toUtf8().constData()));
            if (pool)
                vol.reset(
                    virStorageVolLookupByName(pool.get(), disk.sourceVolume.toUtf8().constData()));
        }
        const QString label = disk.sourcePath.isEmpty() ? disk.sourcePool % u'/' % disk.sourceVolume
                                                        : disk.sourcePath;
        if (!vol || virStorageVolDelete(vol.get(), 0) < 0) {
            failures << Connection::tr("%1: %2").arg(label, lv::lastError());
            virResetLastError();
        }
    }
    if (!failures.isEmpty())
        return Connection::tr("VM deleted, but some storage was not: %1")
            .arg(failures.join(u"; "_s));
    *ok = true;
    return disks.isEmpty()
               ? QString()
               : Connection::tr("Deleted %n storage volume(s)", nullptr, int(disks.size()));
}

void Connection::Private::refreshActivePools(virConnectPtr c) {
    virStoragePoolPtr *raw = nullptr;
    const int n = virConnectListAllStoragePools(c, &raw, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    for (const auto &pool : lv::adoptList<lv::PoolPtr>(raw, n))
        if (virStoragePoolRefresh(pool.get(), 0) < 0)
            virResetLastError();
    if (n < 0)
        virResetLastError();
}

} // namespace virtdeck
