// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the job kinds of every capability into the scheduler's registry. Called once, at
// start-up, by the window and the command line alike, after the translations are installed.
#pragma once

namespace virtdeck {

void registerJobKinds();

} // namespace virtdeck
