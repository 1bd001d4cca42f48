// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolinfo.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;

QString poolStateName(PoolState s) {
    switch (s) {
    case PoolState::Inactive:
        return u"inactive"_s;
    case PoolState::Building:
        return u"building"_s;
    case PoolState::Running:
        return u"running"_s;
    case PoolState::Degraded:
        return u"degraded"_s;
    case PoolState::Inaccessible:
        return u"inaccessible"_s;
    }
    return {};
}

QString poolStateText(PoolState s) {
    switch (s) {
    case PoolState::Inactive:
        return QCoreApplication::translate("PoolState", "Inactive");
    case PoolState::Building:
        return QCoreApplication::translate("PoolState", "Building");
    case PoolState::Running:
        return QCoreApplication::translate("PoolState", "Active");
    case PoolState::Degraded:
        return QCoreApplication::translate("PoolState", "Degraded");
    case PoolState::Inaccessible:
        return QCoreApplication::translate("PoolState", "Inaccessible");
    }
    return {};
}

} // namespace virtdeck
