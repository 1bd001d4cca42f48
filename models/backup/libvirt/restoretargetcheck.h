// SPDX-License-Identifier: GPL-3.0-or-later
// Asks one host, before a restore is queued, whether it can take the restored VM: no VM of that
// name, the storage pool exists and is active, none of the disks' volumes exists in it. The
// same refusals the restore itself makes, so a dialog can say them while the user still types.
// Lives on the GUI thread; the lookups run on the host's connection thread.
#pragma once

#include "core/libvirt/connectionservice.h"

#include <QStringList>

namespace virtdeck {

class RestoreTargetCheck : public ConnectionService {
    Q_OBJECT
public:
    RestoreTargetCheck(ConnectionManager *manager, const QString &connectionId,
                       QObject *parent = nullptr);

    // checked(ticket, problem) follows; `problem` is empty when the restore can go ahead.
    void check(quint64 ticket, const QString &vmName, const QString &pool,
               const QStringList &volumeNames);

Q_SIGNALS:
    void checked(quint64 ticket, const QString &problem);
};

} // namespace virtdeck
