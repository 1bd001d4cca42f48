// SPDX-License-Identifier: GPL-3.0-or-later
// The window-less backup subcommands: backup, backups, restore, verify, prune.
#pragma once

namespace virtdeck {

bool isBackupCommand(const char *command);
int runBackupCommand(int argc, char **argv);

} // namespace virtdeck
