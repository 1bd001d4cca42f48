// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's serial/text console through virDomainOpenConsole: a libvirt stream, so it works over
// any connection (qemu+ssh included). The object lives on the GUI thread; the stream lives on a
// thread of its own that the session owns and joins in its destructor. That thread sleeps until
// libvirt's event loop says the stream is readable, hands the bytes back through a ReplyGuard
// (received()), and sends what send() queued. When the VM stops it reports Off and opens the
// console again once the VM runs (checked every retryMs, only while not connected).
#pragma once

#include "core/replyguard.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

struct _virConnect;

namespace virtdeck {

class Connection;

class SerialConsoleSession : public QObject {
    Q_OBJECT
public:
    enum class State { Connecting, Connected, Off, NoConsole, Failed, Closed };
    Q_ENUM(State)

    // Gives the thread a libvirt connection (called on the session's thread, may block):
    // Connection::acquire() of the host, or a connection of its own. Null: "not connected".
    using ConnectionSource = std::function<std::shared_ptr<_virConnect>()>;
    // A source that opens a connection of its own to `uri` (unattended, as lanes do).
    static ConnectionSource openUri(const QString &uri);
    // A source that first hands over the host's own connection (Connection::acquire(), taken
    // now, on the caller's thread) and, once that one is dead, opens another to its URI
    // (Connection::openAnother: no prompts).
    static ConnectionSource fromConnection(Connection *connection);

    // Starts the session's thread at once. `domain`: the VM's UUID or name.
    SerialConsoleSession(ConnectionSource source, const QString &domain, QObject *parent = nullptr);
    ~SerialConsoleSession() override; // stops the thread and joins it

    State state() const { return m_state; }
    QString message() const { return m_message; }
    // Queues bytes for the console (typed keys, pastes). Returns at once; dropped while not
    // connected.
    void send(const QByteArray &bytes);
    void setRetryInterval(int ms);

Q_SIGNALS:
    void received(const QByteArray &bytes);
    // A new connection to the console (after a start of the VM, too): a terminal resets.
    void connected();
    void stateChanged(virtdeck::SerialConsoleSession::State state, const QString &message);

private:
    void setState(State state, const QString &message);

    struct Worker;
    std::shared_ptr<Worker> m_worker;
    ReplyGuard<SerialConsoleSession> m_guard;
    State m_state = State::Connecting;
    QString m_message;
};

} // namespace virtdeck
