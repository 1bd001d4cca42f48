// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck ha status|mark|unmark`: which VMs fail over when their host is lost.
#pragma once

#include <QStringList>

namespace virtdeck {

int runHaCommand(const QStringList &arguments);

} // namespace virtdeck
