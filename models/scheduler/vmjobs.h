// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's own job kinds, those that act on one VM of a host: the lifecycle actions, the
// snapshot operations and clone. Each drives the same service as the window's action. GUI thread.
#pragma once

#include <QList>

namespace virtdeck {

struct JobKind;

// The kinds, with their handlers, for the JobKinds registry (which starts with them).
QList<JobKind> vmJobKinds();

} // namespace virtdeck
