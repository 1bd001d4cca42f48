// SPDX-License-Identifier: GPL-3.0-or-later
// The base of a service for one host (DomainService, SnapshotService, NewVmService,
// XmlDefinitionService, MigrationService…): it runs jobs in one of the host's lanes (the
// connection thread, the storage lane or a VM's lane) and hands their results back to itself on
// its own thread. Lives on the GUI thread; a result that
// arrives after the service is gone is dropped.
#pragma once

#include "core/lane.h"
#include "core/replyguard.h"

#include <QObject>
#include <QPointer>

#include <functional>

struct _virConnect;

namespace virtdeck {

class ConnectionManager;

class ConnectionService : public QObject {
public:
    QString connectionId() const { return m_connectionId; }

protected:
    ConnectionService(ConnectionManager *manager, const QString &connectionId, QObject *parent);
    ~ConnectionService() override;

    ConnectionManager *manager() const;
    // Runs `job` on the host's connection thread with the open connection, or here and now with
    // nullptr when the host has no connection (the job then answers "not connected" through
    // the guard, queued like any result).
    void run(std::function<void(_virConnect *)> job);
    // The same in `lane` (Connection::post): calls that may block on one VM go to its lane so
    // they hold up nothing else. `what` names the call while it runs, translated.
    void run(const Lane &lane, const QString &what, std::function<void(_virConnect *)> job);
    // The guard that jobs use to reply to the service, typed as the subclass.
    template <typename Self> ReplyGuard<Self> guard() const { return m_guard.as<Self>(); }

private:
    QPointer<ConnectionManager> m_manager;
    QString m_connectionId;
    ReplyGuard<QObject> m_guard;
};

} // namespace virtdeck
