// SPDX-License-Identifier: GPL-3.0-or-later
// The Console tab beside the VM details: the current VM's console, connected only while the
// tab is visible (a hidden tab costs no session and no thread). Lives on the GUI thread.
#pragma once

#include <QWidget>

namespace virtdeck {

class ConnectionManager;
class ConsoleView;

class ConsolePane : public QWidget {
    Q_OBJECT
public:
    explicit ConsolePane(ConnectionManager *manager, QWidget *parent = nullptr);

    void setDomain(const QString &connectionId, const QString &uuid);
    ConsoleView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void sync();

    ConnectionManager *m_manager;
    ConsoleView *m_view;
    QString m_connectionId;
    QString m_uuid;
    QString m_openFor; // "connectionId/uuid" of the open session
};

} // namespace virtdeck
