// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainaction.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
struct ActionName {
    DomainAction action;
    QLatin1StringView name;
    const char *text;
};
constexpr ActionName kActions[] = {
    {DomainAction::Start, "start"_L1, QT_TRANSLATE_NOOP("DomainAction", "Start")},
    {DomainAction::Shutdown, "shutdown"_L1, QT_TRANSLATE_NOOP("DomainAction", "Shut down")},
    {DomainAction::Reboot, "reboot"_L1, QT_TRANSLATE_NOOP("DomainAction", "Reboot")},
    {DomainAction::ForceOff, "forceoff"_L1, QT_TRANSLATE_NOOP("DomainAction", "Force off")},
    {DomainAction::Pause, "pause"_L1, QT_TRANSLATE_NOOP("DomainAction", "Pause")},
    {DomainAction::Resume, "resume"_L1, QT_TRANSLATE_NOOP("DomainAction", "Resume")},
    {DomainAction::Delete, "delete"_L1, QT_TRANSLATE_NOOP("DomainAction", "Delete")},
    {DomainAction::DeleteWithStorage, "delete-with-storage"_L1,
     QT_TRANSLATE_NOOP("DomainAction", "Delete with storage")},
    {DomainAction::Define, "define"_L1, QT_TRANSLATE_NOOP("DomainAction", "Define")},
};
} // namespace

QString domainActionName(DomainAction a) {
    for (const auto &e : kActions)
        if (e.action == a)
            return e.name;
    return {};
}

QString domainActionText(DomainAction a) {
    for (const auto &e : kActions)
        if (e.action == a)
            return QCoreApplication::translate("DomainAction", e.text);
    return {};
}

bool domainActionFromName(const QString &name, DomainAction *out) {
    for (const auto &e : kActions) {
        if (name.compare(e.name, Qt::CaseInsensitive) == 0) {
            *out = e.action;
            return true;
        }
    }
    return false;
}

} // namespace virtdeck
