// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/consolesessions.h"

#include "console/libvirt/graphicsconnector.h"
#include "console/spicesession.h"
#include "console/vncsession.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/replyguard.h"

#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace virtdeck {

namespace {

// Reads the display type on a pool thread at each open(), then runs a VncSession or a
// SpiceSession inside and passes its state, frame and damage through.
class DisplaySession : public ConsoleSession {
public:
    DisplaySession(std::shared_ptr<_virConnect> conn, QString uri, QString uuid, QObject *parent)
        : ConsoleSession(parent)
        , m_conn(std::move(conn))
        , m_uri(std::move(uri))
        , m_uuid(std::move(uuid)) {}
    ~DisplaySession() override {
        m_guard.reset();
        close();
    }

    void open() override {
        if (m_inner || m_probing)
            return;
        m_probing = true;
        setState(State::Connecting);
        if (!m_conn) {
            start(u"vnc"_s); // its connector says the host is not connected
            return;
        }
        QThreadPool::globalInstance()->start(
            [conn = m_conn, uuid = m_uuid, guard = m_guard, probe = ++m_probe] {
                const QString type = GraphicsConnector::displayType(conn.get(), uuid);
                guard.reply([type, probe](DisplaySession *s) {
                    if (probe == s->m_probe && s->m_probing)
                        s->start(type);
                });
            });
    }
    void close() override {
        ++m_probe;
        m_probing = false;
        delete std::exchange(m_inner, nullptr);
    }
    QImage frame() const override { return m_inner ? m_inner->frame() : QImage(); }
    void sendKey(quint32 keysym, bool down, quint32 xtScancode) override {
        if (m_inner)
            m_inner->sendKey(keysym, down, xtScancode);
    }
    void sendPointer(int x, int y, int buttons) override {
        if (m_inner)
            m_inner->sendPointer(x, y, buttons);
    }

private:
    // A VM without graphics (or one that cannot be read) goes to VNC, whose connector says why.
    void start(const QString &type) {
        m_probing = false;
        const QString protocol = type == "spice"_L1 ? type : u"vnc"_s;
        ConsoleConnector connector = GraphicsConnector::make(m_conn, m_uri, m_uuid, protocol);
        if (protocol == "spice"_L1)
            m_inner = new SpiceSession(std::move(connector), this);
        else
            m_inner = new VncSession(std::move(connector), this);
        connect(m_inner, &ConsoleSession::stateChanged, this,
                [this](State state, const QString &reason) { setState(state, reason); });
        connect(m_inner, &ConsoleSession::frameResized, this, &ConsoleSession::frameResized);
        connect(m_inner, &ConsoleSession::damaged, this, &ConsoleSession::damaged);
        m_inner->open();
    }

    std::shared_ptr<_virConnect> m_conn;
    QString m_uri, m_uuid;
    ReplyGuard<DisplaySession> m_guard{this};
    ConsoleSession *m_inner = nullptr;
    bool m_probing = false;
    int m_probe = 0;
};

} // namespace

ConsoleSession *createDisplaySession(std::shared_ptr<_virConnect> conn, const QString &uri,
                                     const QString &uuid, QObject *parent) {
    return new DisplaySession(std::move(conn), uri, uuid, parent);
}

ConsoleSession *createConsoleSession(ConnectionManager *manager, const QString &connectionId,
                                     const QString &uuid, QObject *parent) {
    Connection *c = manager ? manager->connection(connectionId) : nullptr;
    // A reference of the session's own: its thread calls libvirt without the host's
    // connection thread, which stays free for the window.
    return createDisplaySession(c ? c->acquire() : nullptr, c ? c->uri() : QString(), uuid, parent);
}

} // namespace virtdeck
