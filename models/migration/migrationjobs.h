// SPDX-License-Identifier: GPL-3.0-or-later
// Migration as a scheduler job kind: "migrate" moves a VM to the job's "destination" (a host URI,
// or "auto"/nothing for the placement's pick), live when it runs. GUI thread.
#pragma once

namespace virtdeck {

// Adds the kind and its handler to the JobKinds registry (once, at start-up).
void registerMigrationJobKinds();

} // namespace virtdeck
