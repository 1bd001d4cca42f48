// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostinfo.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;

QString connectionStateName(ConnectionState s) {
    switch (s) {
    case ConnectionState::Disconnected:
        return u"disconnected"_s;
    case ConnectionState::Connecting:
        return u"connecting"_s;
    case ConnectionState::Connected:
        return u"connected"_s;
    case ConnectionState::Failed:
        return u"failed"_s;
    }
    return {};
}

QString connectionStateText(ConnectionState s) {
    switch (s) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("ConnectionState", "Disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting…");
    case ConnectionState::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionState::Failed:
        return QCoreApplication::translate("ConnectionState", "Failed");
    }
    return {};
}

QString libvirtVersionString(unsigned long long v) {
    return u"%1.%2.%3"_s.arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
}

} // namespace virtdeck
