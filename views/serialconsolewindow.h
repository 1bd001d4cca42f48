// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's serial console in a window of its own: a SerialConsoleSession feeding a TerminalScreen
// shown by a SerialConsoleWidget, with a line that says what the console is doing (connected,
// VM off, no console). Several can be open at once; closing one ends its session. Lives on the
// GUI thread.
#pragma once

#include "console/libvirt/serialconsolesession.h"

#include <QWidget>

class QLabel;

namespace virtdeck {

class ConnectionManager;
class SerialConsoleWidget;
class TerminalScreen;

class SerialConsoleWindow : public QWidget {
    Q_OBJECT
public:
    // Takes `session` (reparented to the window). `title`: the VM's name.
    SerialConsoleWindow(SerialConsoleSession *session, const QString &title,
                        QWidget *parent = nullptr);

    // Opens the console of `uuid` on the host `connectionId` in a new window (deletes itself when
    // closed). Null when the host is unknown.
    static SerialConsoleWindow *open(ConnectionManager *manager, const QString &connectionId,
                                     const QString &uuid, const QString &name);

    SerialConsoleSession *session() const { return m_session; }
    TerminalScreen *screen() const { return m_screen; }
    SerialConsoleWidget *terminal() const { return m_terminal; }
    QString statusText() const;

private:
    void showState(SerialConsoleSession::State state, const QString &message);

    SerialConsoleSession *m_session;
    TerminalScreen *m_screen;
    SerialConsoleWidget *m_terminal;
    QLabel *m_status;
};

} // namespace virtdeck
