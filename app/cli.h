// SPDX-License-Identifier: GPL-3.0-or-later
// The window-less subcommands (`virtdeck list`, `virtdeck hosts`, --version, --help).
#pragma once

namespace virtdeck {

// True when argv asks for something that needs no window (so no display is required).
bool isCommandLineOnly(int argc, char **argv);
// Runs it with a QCoreApplication and returns the process exit code.
int runCommandLine(int argc, char **argv);

} // namespace virtdeck
