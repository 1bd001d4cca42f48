// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's console in a window of its own (Open Console; the classroom wall's tiles): several
// can be open at once, each with its own session, and closing one ends its session. Lives on
// the GUI thread; deletes itself when closed.
#pragma once

#include <QWidget>

namespace virtdeck {

class ConnectionManager;
class ConsoleView;

class ConsoleWindow : public QWidget {
    Q_OBJECT
public:
    // Opens (shows) the console of VM `uuid` of host `connectionId`; `title` names the VM.
    static ConsoleWindow *open(ConnectionManager *manager, const QString &connectionId,
                               const QString &uuid, const QString &title,
                               QWidget *parent = nullptr);
    ConsoleView *view() const { return m_view; }

private:
    explicit ConsoleWindow(QWidget *parent);
    ConsoleView *m_view;
};

} // namespace virtdeck
