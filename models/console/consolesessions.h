// SPDX-License-Identifier: GPL-3.0-or-later
// Makes the embedded console session of a VM: VNC or SPICE, chosen by the VM's display type when
// the session opens (read on a pool thread, never on the GUI thread). GUI thread; returns at
// once — the session connects on its own when opened, and reads the type again on each open(),
// so a VM whose display changed shows again after Reconnect.
#pragma once

#include "console/consolesession.h"

#include <memory>

struct _virConnect;

namespace virtdeck {

class ConnectionManager;

// A session (not yet opened) for VM `uuid` (or name) reached through `conn` (may be null: the
// session then reports "not connected" itself) of a host with `uri`, owned by `parent`.
ConsoleSession *createDisplaySession(std::shared_ptr<_virConnect> conn, const QString &uri,
                                     const QString &uuid, QObject *parent = nullptr);

// The same for VM `uuid` of host `connectionId`, with a connection reference of its own.
ConsoleSession *createConsoleSession(ConnectionManager *manager, const QString &connectionId,
                                     const QString &uuid, QObject *parent = nullptr);

} // namespace virtdeck
