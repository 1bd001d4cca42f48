// SPDX-License-Identifier: GPL-3.0-or-later
// What the commands that call libvirt share: open a host and wait for it (turning the console's
// event loop), and run blocking work on a thread of its own meanwhile.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct _virConnect;

namespace virtdeck {

class ConnectionManager;
struct ConnectionConfig;
class Workspace;

// Waits (turning the event loop) until the connection `id` is up or has failed, or `timeoutSec`.
void waitForConnection(ConnectionManager *cm, const QString &id, int timeoutSec);
// Connects to `uri`; a reference to the open libvirt connection (null with `error` set).
std::shared_ptr<_virConnect> openConnection(Workspace &workspace, const QString &uri,
                                            int timeoutSec, QString *error);
// The hosts the windows list: the team's when the shared database is PostgreSQL (with this
// computer's key files), else this user's saved ones. When the team's database does not answer,
// this user's copy, with `warning` set.
QList<ConnectionConfig> savedHosts(QString *warning);
// Runs blocking `work` on a thread of its own while this thread keeps the console's loop turning.
void runBlocking(std::function<void()> work);

} // namespace virtdeck
