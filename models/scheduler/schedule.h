// SPDX-License-Identifier: GPL-3.0-or-later
// A recurring schedule: which action on which VMs, and when it fires. Value type.
#pragma once

#include "job.h"

#include <QMetaType>
#include <QStringList>
#include <QVariantMap>

namespace virtdeck {

struct Schedule {
    qint64 id = 0;
    QString name;
    QString kind;
    QString uri;
    QStringList vms; // one job per VM each time it fires
    QVariantMap params;
    QString group;
    int priority = 0;
    HostDownPolicy hostDown = HostDownPolicy::Wait;
    QString recurrence;  // Recurrence::toSpec()
    bool catchUp = true; // run once at start-up when a firing was missed while nothing ran
    bool enabled = true;
    qint64 nextFire = 0; // ms since the epoch
    qint64 lastFire = 0;
    QString note; // the last thing worth telling (a skipped or caught-up firing)
    qint64 createdAt = 0;

    bool operator==(const Schedule &) const = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Schedule)
