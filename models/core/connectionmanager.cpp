// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmanager.h"

#include "core/libvirt/connection.h"
#include "core/libvirt/eventloop.h"
#include "redacteduri.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcManager, "virtdeck.connections")

namespace virtdeck {

using namespace Qt::StringLiterals;

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent) {
    LibvirtEventLoop::ensureRunning();
}

ConnectionManager::~ConnectionManager() {
    shutdown();
}

QList<ConnectionConfig> ConnectionManager::configs() const {
    QList<ConnectionConfig> out;
    for (const QString &id : m_order)
        out.append(m_entries.value(id).config);
    return out;
}

ConnectionConfig ConnectionManager::config(const QString &id) const {
    return m_entries.value(id).config;
}

bool ConnectionManager::contains(const QString &id) const {
    return m_entries.contains(id);
}

ConnectionState ConnectionManager::state(const QString &id) const {
    return m_entries.value(id).state;
}

QString ConnectionManager::lastMessage(const QString &id) const {
    return m_entries.value(id).message;
}

QString ConnectionManager::connectionForUri(const QString &uri, bool *added) {
    if (added)
        *added = false;
    for (const QString &id : std::as_const(m_order))
        if (m_entries.value(id).config.uri() == uri)
            return id;
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    c.transient = true;
    c.autoconnect = false;
    if (added)
        *added = true;
    return addConnection(c, false);
}

void ConnectionManager::whenConnected(const QString &id, QObject *context,
                                      std::function<void()> ready,
                                      std::function<void(const QString &)> failed) {
    if (state(id) == ConnectionState::Connected) {
        ready();
        return;
    }
    auto done = std::make_shared<bool>(false);
    auto link = std::make_shared<QMetaObject::Connection>();
    *link = connect(this, &ConnectionManager::stateChanged, context,
                    [=, this](const QString &cid, ConnectionState s, const QString &msg) {
                        if (cid != id || *done)
                            return;
                        if (s != ConnectionState::Connected && s != ConnectionState::Failed)
                            return;
                        *done = true;
                        disconnect(*link);
                        if (s == ConnectionState::Connected)
                            ready();
                        else
                            failed(msg);
                    });
    if (state(id) != ConnectionState::Connecting)
        openConnection(id);
}

QString ConnectionManager::addConnection(ConnectionConfig config, bool open) {
    if (config.id.isEmpty() || m_entries.contains(config.id))
        config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Entry &e = m_entries[config.id];
    e.config = config;
    m_order.append(config.id);
    Q_EMIT connectionAdded(config);
    if (open)
        openConnection(config.id);
    return config.id;
}

void ConnectionManager::updateConnection(const ConnectionConfig &config) {
    auto it = m_entries.find(config.id);
    if (it == m_entries.end())
        return;
    // The read-only flag is part of how the host is opened: a change means a new connection.
    const bool uriChanged =
        it->config.uri() != config.uri() || it->config.readOnly != config.readOnly;
    const bool wasOpen = it->connection != nullptr;
    it->config = config;
    Q_EMIT connectionUpdated(config);
    if (uriChanged && wasOpen) {
        stopEntry(*it, 10000);
        openConnection(config.id);
    }
}

void ConnectionManager::removeConnection(const QString &id) {
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    stopEntry(*it, 10000);
    m_entries.erase(it);
    m_order.removeAll(id);
    Q_EMIT connectionRemoved(id);
}

void ConnectionManager::startEntry(Entry &e) {
    const QString id = e.config.id;
    auto *thread = new QThread(this);
    thread->setObjectName(u"conn:"_s + e.config.displayName());
    auto *c = new Connection(id, e.config.uri());
    c->setReconnectDelays(m_reconnectInitialMs, m_reconnectMaxMs);
    c->setReadsTitles(m_readsTitles);
    c->setReadOnly(e.config.readOnly);
    c->moveToThread(thread);
    connect(thread, &QThread::finished, c, &QObject::deleteLater);
    connect(c, &Connection::stateChanged, this,
            [this](const QString &cid, ConnectionState s, const QString &msg) {
                auto it = m_entries.find(cid);
                if (it == m_entries.end())
                    return;
                it->state = s;
                it->message = msg;
                Q_EMIT stateChanged(cid, s, msg);
            });
    connect(c, &Connection::hostInfoChanged, this, &ConnectionManager::hostInfoChanged);
    connect(c, &Connection::domainsListed, this, &ConnectionManager::domainsListed);
    connect(c, &Connection::domainChanged, this, &ConnectionManager::domainChanged);
    connect(c, &Connection::domainRemoved, this, &ConnectionManager::domainRemoved);
    connect(c, &Connection::domainDefined, this, &ConnectionManager::domainDefined);
    connect(c, &Connection::actionFinished, this, &ConnectionManager::actionFinished);
    // Only forward credential questions when someone here listens, so the connection thread
    // fails fast in scripts instead of waiting for an answer nobody will give.
    static const QMetaMethod credSignal =
        QMetaMethod::fromSignal(&ConnectionManager::credentialsRequested);
    if (isSignalConnected(credSignal))
        connect(c, &Connection::credentialsRequested, this,
                &ConnectionManager::credentialsRequested);
    e.connection = c;
    e.thread = thread;
    thread->start();
}

void ConnectionManager::stopEntry(Entry &e, int timeoutMs) {
    if (!e.connection)
        return;
    e.connection->close();
    e.thread->quit();
    if (!e.thread->wait(timeoutMs)) {
        // A libvirt call is stuck (e.g. an ssh peer gone silent). Leave the thread to finish on
        // its own rather than kill it mid-call; it deletes its connection when it ends.
        qCWarning(lcManager) << "connection thread did not stop in time:"
                             << redactedUri(e.config.uri());
        connect(e.thread, &QThread::finished, e.thread, &QObject::deleteLater);
        e.thread->setParent(nullptr);
    } else {
        delete e.thread;
    }
    e.connection = nullptr;
    e.thread = nullptr;
    // The thread is gone, so its final signals may never arrive: say what the rows must show.
    if (e.state != ConnectionState::Disconnected) {
        e.state = ConnectionState::Disconnected;
        e.message.clear();
        Q_EMIT stateChanged(e.config.id, e.state, {});
    }
    Q_EMIT domainsListed(e.config.id, {});
}

void ConnectionManager::openConnection(const QString &id) {
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (!it->connection)
        startEntry(*it);
    it->connection->open();
}

void ConnectionManager::closeConnection(const QString &id) {
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        stopEntry(*it, 10000);
}

void ConnectionManager::refresh(const QString &id) {
    auto it = m_entries.find(id);
    if (it != m_entries.end() && it->connection)
        it->connection->refresh();
}

void ConnectionManager::runAction(const QList<DomainRef> &domains, DomainAction action) {
    QHash<QString, QStringList> byConnection;
    QList<QString> order;
    for (const auto &ref : domains) {
        if (!byConnection.contains(ref.connectionId))
            order.append(ref.connectionId);
        byConnection[ref.connectionId].append(ref.uuid);
    }
    for (const QString &cid : order) {
        auto it = m_entries.find(cid);
        if (it != m_entries.end() && it->connection) {
            it->connection->runAction(byConnection.value(cid), action);
            continue;
        }
        for (const QString &uuid : byConnection.value(cid)) {
            ActionResult r;
            r.connectionId = cid;
            r.uuid = uuid;
            r.action = action;
            r.message = tr("The host is not connected.");
            Q_EMIT actionFinished(r);
        }
    }
}

Connection *ConnectionManager::connection(const QString &id) const {
    return m_entries.value(id).connection;
}

void ConnectionManager::provideCredentials(const QString &connectionId, quint64 requestId,
                                           bool accepted, const QStringList &answers) {
    auto it = m_entries.find(connectionId);
    if (it != m_entries.end() && it->connection)
        it->connection->provideCredentials(requestId, accepted, answers);
}

void ConnectionManager::setReconnectDelays(int initialMs, int maxMs) {
    m_reconnectInitialMs = initialMs;
    m_reconnectMaxMs = maxMs;
}

void ConnectionManager::setReadsTitles(bool reads) {
    m_readsTitles = reads;
}

void ConnectionManager::load(QSettings &settings) {
    for (ConnectionConfig &c : loadConnectionConfigs(settings))
        addConnection(c, c.autoconnect);
}

void ConnectionManager::save(QSettings &settings) const {
    saveConnectionConfigs(settings, configs());
}

void ConnectionManager::shutdown(int timeoutMs) {
    for (const QString &id : std::as_const(m_order)) {
        auto it = m_entries.find(id);
        if (it != m_entries.end() && it->connection)
            it->connection->close();
    }
    for (const QString &id : std::as_const(m_order)) {
        auto it = m_entries.find(id);
        if (it != m_entries.end())
            stopEntry(*it, timeoutMs);
    }
}

} // namespace virtdeck
