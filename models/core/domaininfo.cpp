// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaininfo.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
struct StateName {
    DomainState state;
    QLatin1StringView name;
    const char *text;
};
constexpr StateName kStates[] = {
    {DomainState::Running, "running"_L1, QT_TRANSLATE_NOOP("DomainState", "Running")},
    {DomainState::Blocked, "blocked"_L1, QT_TRANSLATE_NOOP("DomainState", "Blocked")},
    {DomainState::Paused, "paused"_L1, QT_TRANSLATE_NOOP("DomainState", "Paused")},
    {DomainState::Shutdown, "shutdown"_L1, QT_TRANSLATE_NOOP("DomainState", "Shutting down")},
    {DomainState::Shutoff, "shutoff"_L1, QT_TRANSLATE_NOOP("DomainState", "Shut off")},
    {DomainState::Crashed, "crashed"_L1, QT_TRANSLATE_NOOP("DomainState", "Crashed")},
    {DomainState::PMSuspended, "pmsuspended"_L1, QT_TRANSLATE_NOOP("DomainState", "Suspended")},
};
} // namespace

QString domainStateName(DomainState s) {
    for (const auto &e : kStates)
        if (e.state == s)
            return e.name;
    return {};
}

QString domainStateText(DomainState s) {
    for (const auto &e : kStates)
        if (e.state == s)
            return QCoreApplication::translate("DomainState", e.text);
    return {};
}

bool domainStateFromName(const QString &name, DomainState *out) {
    for (const auto &e : kStates) {
        if (name.compare(e.name, Qt::CaseInsensitive) == 0) {
            *out = e.state;
            return true;
        }
    }
    return false;
}

} // namespace virtdeck
