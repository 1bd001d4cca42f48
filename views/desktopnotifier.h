// SPDX-License-Identifier: GPL-3.0-or-later
// Shows a desktop notification: the freedesktop notification service over D-Bus where there
// is one, else a system tray balloon, else nothing (the alerts log still has the line).
// GUI thread.
#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace virtdeck {

class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Returns whether a notification service took it.
    bool notify(const QString &title, const QString &body);

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace virtdeck
