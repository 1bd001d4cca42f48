// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliconnect.h"

#include "core/connectionconfig.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/storedatabase.h"
#include "workspace/teamsettings.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QThread>
#include <QTimer>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Waits (turning the event loop) until the connection `id` is up or has failed, or `timeoutSec`.
void waitForConnection(ConnectionManager *cm, const QString &id, int timeoutSec) {
    const auto settled = [cm, id] {
        return cm->state(id) == ConnectionState::Connected ||
               cm->state(id) == ConnectionState::Failed;
    };
    if (settled())
        return;
    QEventLoop loop;
    QObject::connect(cm, &ConnectionManager::stateChanged, &loop, [&](const QString &cid) {
        if (cid == id && settled())
            loop.quit();
    });
    QTimer::singleShot(timeoutSec * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

// Connects to `uri`; a reference to the open libvirt connection (null with `error` set).
std::shared_ptr<_virConnect> openConnection(Workspace &workspace, const QString &uri,
                                            int timeoutSec, QString *error) {
    auto *cm = workspace.connections();
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    c.transient = true;
    const QString id = cm->addConnection(c, true);
    waitForConnection(cm, id, timeoutSec);
    if (cm->state(id) != ConnectionState::Connected) {
        *error = CommandLine::tr("cannot connect to %1: %2")
                     .arg(uri, cm->state(id) == ConnectionState::Failed
                                   ? cm->lastMessage(id)
                                   : CommandLine::tr("no answer before the timeout"));
        return nullptr;
    }
    std::shared_ptr<_virConnect> conn = cm->connection(id)->acquire();
    if (!conn)
        *error = CommandLine::tr("cannot connect to %1: connection closed").arg(uri);
    return conn;
}

// Runs blocking `work` on a thread of its own while this thread keeps the console's loop turning.
void runBlocking(std::function<void()> work) {
    QEventLoop loop;
    std::unique_ptr<QThread> t(QThread::create(std::move(work)));
    QObject::connect(t.get(), &QThread::finished, &loop, &QEventLoop::quit);
    t->start();
    loop.exec();
    t->wait();
}

QList<ConnectionConfig> savedHosts(QString *warning) {
    QSettings settings;
    const QList<ConnectionConfig> local = loadConnectionConfigs(settings);
    const QString shared = StoreDatabase::sharedLocation();
    if (!StoreDatabase::isPostgresLocation(shared))
        return local;
    QList<ConnectionConfig> team;
    QString error;
    if (loadTeamHosts(shared, local, &team, &error))
        return team.isEmpty() ? local : team;
    *warning =
        QCoreApplication::translate("CommandLine", "The team's list of hosts could not be "
                                                   "read (%1); this computer's copy is used.")
            .arg(error);
    return local;
}

} // namespace virtdeck
