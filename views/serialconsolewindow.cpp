// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialconsolewindow.h"

#include "console/terminalscreen.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "serialconsolewidget.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace virtdeck {

SerialConsoleWindow::SerialConsoleWindow(SerialConsoleSession *session, const QString &title,
                                         QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_screen(new TerminalScreen(25, 80, this))
    , m_terminal(new SerialConsoleWidget(m_screen, this))
    , m_status(new QLabel(this)) {
    session->setParent(this);
    setWindowTitle(tr("%1 — Serial Console").arg(title));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_status->setContentsMargins(6, 3, 6, 3);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // libvirt's messages are long; the window keeps its width
    layout->addWidget(m_status);
    layout->addWidget(m_terminal, 1);
    connect(session, &SerialConsoleSession::received, m_screen, &TerminalScreen::feed);
    connect(m_screen, &TerminalScreen::outputReady, session, &SerialConsoleSession::send);
    connect(session, &SerialConsoleSession::connected, m_screen, [this] {
        // A new run of the VM: keep what the last one printed above a visible divider.
        const QByteArray newLine = m_screen->cursor().x() > 0 ? "\r\n" : "";
        m_screen->feed(newLine + "\x1b[7m --- " + tr("console connected").toUtf8() +
                       " --- \x1b[0m\r\n");
    });
    connect(session, &SerialConsoleSession::stateChanged, this, &SerialConsoleWindow::showState);
    showState(session->state(), session->message());
    m_terminal->setFocus();
}

SerialConsoleWindow *SerialConsoleWindow::open(ConnectionManager *manager,
                                               const QString &connectionId, const QString &uuid,
                                               const QString &name) {
    Connection *connection = manager ? manager->connection(connectionId) : nullptr;
    if (!connection)
        return nullptr;
    auto *session =
        new SerialConsoleSession(SerialConsoleSession::fromConnection(connection), uuid);
    auto *window = new SerialConsoleWindow(session, name.isEmpty() ? uuid : name);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

QString SerialConsoleWindow::statusText() const {
    return m_status->text();
}

void SerialConsoleWindow::showState(SerialConsoleSession::State state, const QString &message) {
    using S = SerialConsoleSession::State;
    QString text;
    switch (state) {
    case S::Connecting:
        text = tr("Connecting to the serial console…");
        break;
    case S::Connected:
        text = tr("Connected to the serial console.");
        break;
    case S::Off:
        text = tr("The VM is off: the console opens when it starts.");
        break;
    case S::NoConsole:
        text = tr("This VM has no serial console to open.");
        break;
    case S::Failed:
        text = tr("The console cannot be opened.");
        break;
    case S::Closed:
        text = tr("Closed.");
        break;
    }
    if (!message.isEmpty() && state != S::Connected)
        text += u' ' + message;
    m_status->setText(text);
    // The terminal stays usable while closed: what the last run printed can still be scrolled
    // and copied; keys typed meanwhile go nowhere (SerialConsoleSession::send drops them).
}

} // namespace virtdeck
