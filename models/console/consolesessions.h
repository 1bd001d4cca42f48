// SPDX-License-Identifier: GPL-3.0-or-later
// Makes the embedded console session of a VM of a connected host (VNC today; the place where
// a SPICE session will be chosen by the display's type). GUI thread; returns at once — the
// session connects on its own thread when opened.
#pragma once

#include "console/consolesession.h"

namespace virtdeck {

class ConnectionManager;

// A session (not yet opened) for VM `uuid` of host `connectionId`, owned by `parent`. It
// reports "not connected" itself when the host has no connection.
ConsoleSession *createConsoleSession(ConnectionManager *manager, const QString &connectionId,
                                     const QString &uuid, QObject *parent = nullptr);

} // namespace virtdeck
