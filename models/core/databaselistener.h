// SPDX-License-Identifier: GPL-3.0-or-later
// Tells a window when another process changed a shared (PostgreSQL) store, and when the database
// is lost and back. A connection of its own, on a thread it owns, LISTENs on the store's channel
// (StoreDatabase::notifyStatements) and forwards each notification from another session as
// changed(), queued to the listener's thread. It asks the server every few seconds whether the
// connection still stands; when it does not, it says so (connectionChanged(false, why)) and opens
// it again until the server answers, then reports changed() once, since whatever happened
// meanwhile was not announced. An SQLite location has no notifications: start() does nothing.
// Created and used on the GUI thread; the database calls never run there.
#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace virtdeck {

class DatabaseListener : public QObject {
    Q_OBJECT
public:
    DatabaseListener(const QString &location, const QString &channel, QObject *parent = nullptr);
    ~DatabaseListener() override; // stops and joins its thread

    void start();
    bool isActive() const { return m_thread != nullptr; }
    // How often the connection is checked (and, while lost, tried again).
    void setCheckIntervalMs(int ms) { m_checkMs = ms; }

Q_SIGNALS:
    void changed();
    void connectionChanged(bool connected, const QString &why);

private:
    QString m_location;
    QString m_channel;
    int m_checkMs = 5000;
    QThread *m_thread = nullptr;
};

} // namespace virtdeck
