// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck lab create|list|provision|start|stop|forceoff|snapshot|revert|reset|delete|status`:
// labs from the command line, run in this process against the lab's hosts.
#pragma once

#include <QStringList>

namespace virtdeck {

// `arguments` as QCoreApplication::arguments(): program, "lab", … Returns the exit code:
// 0 all done, 1 some VMs failed, 2 bad usage or a bad roster.
int runLabCommand(const QStringList &arguments);

} // namespace virtdeck
