// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

#ifdef VIRTDECK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

namespace virtdeck {

using namespace Qt::StringLiterals;

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {}

bool DesktopNotifier::notify(const QString &title, const QString &body) {
#ifdef VIRTDECK_HAVE_DBUS
    const QString service = u"org.freedesktop.Notifications"_s;
    auto bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() &&
        bus.interface()->isServiceRegistered(service).value()) {
        QDBusMessage m = QDBusMessage::createMethodCall(
            service, u"/org/freedesktop/Notifications"_s, service, u"Notify"_s);
        m << QGuiApplication::applicationDisplayName() << uint(0) << u"virtdeck"_s << title << body
          << QStringList() << QVariantMap() << int(10000);
        bus.call(m, QDBus::NoBlock);
        return true;
    }
#endif
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(u":/virtdeck/icons/virtdeck.svg"_s), this);
        m_tray->show();
    }
    m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 10000);
    return true;
}

} // namespace virtdeck
