// SPDX-License-Identifier: GPL-3.0-or-later
// What the window shows of the failover watch: its notes in the status bar, and for a VM that
// runs on its old host again besides where a failover started it, a dialog that asks which copy
// stays ("Keep the copy on …"); the other is discarded (forced off, undefined, disks kept).
#pragma once

class QMainWindow;

namespace virtdeck {

class FailoverWatch;

void showFailoverEvents(QMainWindow *window, FailoverWatch *watch);

} // namespace virtdeck
