// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck jobs list|add|cancel` (work for the scheduler, written to its database) and
// `virtdeck scheduler --headless` (the scheduler without a window).
#pragma once

#include <QStringList>

namespace virtdeck {

// `arguments` as QCoreApplication::arguments(): program, "jobs", … Returns the exit code.
int runJobsCommand(const QStringList &arguments);
// Runs until SIGTERM or SIGINT. Returns the exit code.
int runHeadlessScheduler(const QStringList &arguments);

} // namespace virtdeck
