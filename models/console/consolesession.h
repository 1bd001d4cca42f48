// SPDX-License-Identifier: GPL-3.0-or-later
// What a console view needs from a graphical session, whatever its protocol (VNC today, SPICE
// later): the frame, its damage, key and pointer input, and the connection's state. Lives on the
// GUI thread; an implementation runs its protocol on a thread of its own and signals here.
#pragma once

#include <QImage>
#include <QObject>
#include <QRect>

namespace virtdeck {

class ConsoleSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Disconnected };
    Q_ENUM(State)

    using QObject::QObject;

    // Starts connecting (and reconnecting after a drop while reconnect is on).
    virtual void open() = 0;
    // Disconnects for good; no signal follows.
    virtual void close() = 0;
    // A copy of the whole frame as it is now (shares memory until the next update).
    virtual QImage frame() const = 0;
    // `keysym` is an X keysym (console/keysym.h); queued to the session's thread. With the key's
    // physical position (`xtScancode`, see xtScancodeForNativeKey) the guest gets that key as
    // it is, and its own layout decides the symbol; without, the key the symbol has on a US
    // layout (with a Shift of its own where the symbol needs one).
    virtual void sendKey(quint32 keysym, bool down, quint32 xtScancode = 0) = 0;
    // Absolute pointer in frame pixels; `buttons` bit 0 left, 1 middle, 2 right, 3/4 wheel.
    virtual void sendPointer(int x, int y, int buttons) = 0;

    State state() const { return m_state; }
    QString reason() const { return m_reason; }

Q_SIGNALS:
    void stateChanged(virtdeck::ConsoleSession::State state, const QString &reason);
    void frameResized(const QSize &size);
    void damaged(const QRect &rect);

protected:
    // For implementations, on the GUI thread.
    void setState(State state, const QString &reason = {}) {
        m_state = state;
        m_reason = reason;
        Q_EMIT stateChanged(state, reason);
    }

private:
    State m_state = State::Idle;
    QString m_reason;
};

} // namespace virtdeck
