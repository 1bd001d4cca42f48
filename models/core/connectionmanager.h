// SPDX-License-Identifier: GPL-3.0-or-later
// Owns every Connection and its worker thread, and fans their signals in. Lives on the GUI thread.
#pragma once

#include "connectionconfig.h"
#include "credentialrequest.h"
#include "domainaction.h"
#include "domaininfo.h"
#include "hostinfo.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QThread;

namespace virtdeck {

class Connection;

// A domain named across hosts: rows are keyed by connection + UUID.
struct DomainRef {
    QString connectionId;
    QString uuid;
    bool operator==(const DomainRef &) const = default;
};

class ConnectionManager : public QObject {
    Q_OBJECT
public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    QList<ConnectionConfig> configs() const;
    ConnectionConfig config(const QString &id) const;
    bool contains(const QString &id) const;
    ConnectionState state(const QString &id) const;
    QString lastMessage(const QString &id) const;

    // Adds a connection (and opens it when `open`). Returns its id.
    QString addConnection(ConnectionConfig config, bool open);
    // The id of the connection to `uri`: the configured one, else a new transient one (not
    // opened; `added` says so), as jobs and labs use for a host they name.
    QString connectionForUri(const QString &uri, bool *added = nullptr);
    // Calls `ready` once connection `id` is connected (at once if it is; opens it if it is not
    // connecting), or `failed` with libvirt's message if it fails first. Once, and never after
    // `context` is gone.
    void whenConnected(const QString &id, QObject *context, std::function<void()> ready,
                       std::function<void(const QString &)> failed);
    // Replaces the configuration; a changed URI reopens the connection.
    void updateConnection(const ConnectionConfig &config);
    void removeConnection(const QString &id);
    void openConnection(const QString &id);
    void closeConnection(const QString &id);
    void refresh(const QString &id);
    // Runs an action on domains spread over several hosts: one batch per connection, in parallel.
    void runAction(const QList<DomainRef> &domains, DomainAction action);
    // The live Connection of a configuration, or nullptr while it has none. Use its thread-safe
    // request methods and post(); never call into it directly from another thread.
    Connection *connection(const QString &id) const;
    void provideCredentials(const QString &connectionId, quint64 requestId, bool accepted,
                            const QStringList &answers);
    // For tests: faster reconnect backoff on every connection opened from now on.
    void setReconnectDelays(int initialMs, int maxMs);
    // Whether listings read the VMs' titles (Connection::setReadsTitles), for every connection
    // opened from now on: `virtdeck list` without --json shows none, so it asks for none.
    void setReadsTitles(bool reads);

    void load(QSettings &settings);
    void save(QSettings &settings) const;
    // Closes all connections and stops their threads; waits at most `timeoutMs` per thread.
    void shutdown(int timeoutMs = 10000);

Q_SIGNALS:
    void connectionAdded(const virtdeck::ConnectionConfig &config);
    void connectionUpdated(const virtdeck::ConnectionConfig &config);
    void connectionRemoved(const QString &connectionId);
    void stateChanged(const QString &connectionId, virtdeck::ConnectionState state,
                      const QString &message);
    void hostInfoChanged(const virtdeck::HostInfo &info);
    void domainsListed(const QString &connectionId, const QList<virtdeck::DomainInfo> &domains);
    void domainChanged(const virtdeck::DomainInfo &domain);
    void domainRemoved(const QString &connectionId, const QString &uuid);
    void domainDefined(const QString &connectionId, const QString &uuid);
    void actionFinished(const virtdeck::ActionResult &result);
    void credentialsRequested(const virtdeck::CredentialRequest &request);

private:
    struct Entry {
        ConnectionConfig config;
        Connection *connection = nullptr;
        QThread *thread = nullptr;
        ConnectionState state = ConnectionState::Disconnected;
        QString message;
    };
    void startEntry(Entry &e);
    void stopEntry(Entry &e, int timeoutMs);

    QList<QString> m_order; // insertion order of ids
    QHash<QString, Entry> m_entries;
    int m_reconnectInitialMs = 1000;
    int m_reconnectMaxMs = 30000;
    bool m_readsTitles = true;
};

} // namespace virtdeck
