// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle actions the console performs on domains, and their per-domain outcome.
#pragma once

#include <QMetaType>
#include <QString>

namespace virtdeck {

enum class DomainAction : quint8 {
    Start,
    Shutdown, // ACPI / agent request; the guest decides
    Reboot,
    ForceOff, // virDomainDestroy
    Pause,
    Resume,
    Delete,            // undefine (forcing off first when running)
    DeleteWithStorage, // undefine and delete the disk volumes it uses
    Define,            // a new persistent definition from XML (Connection::defineDomain)
};

QString domainActionName(DomainAction a);
QString domainActionText(DomainAction a);
bool domainActionFromName(const QString &name, DomainAction *out);

struct ActionResult {
    QString connectionId;
    QString uuid;
    QString name;
    DomainAction action = DomainAction::Start;
    bool ok = false;
    QString message; // libvirt's own message on failure; notes on success
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::ActionResult)
