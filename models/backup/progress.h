// SPDX-License-Identifier: GPL-3.0-or-later
// Progress reporting and cancellation shared by every backup-engine operation. Plain values: the
// engine calls the sink on its worker thread; callers forward it across threads themselves.
#pragma once

#include "core/canceltoken.h"

#include <QString>

#include <functional>

namespace virtdeck::backup {

struct Progress {
    QString phase;           // what is happening now, for display ("reading vda", "verifying")
    quint64 done = 0;        // bytes of the current operation handled so far
    quint64 total = 0;       // bytes the operation will handle (0 when unknown)
    quint64 transferred = 0; // bytes actually read or written (excludes skipped holes)
    double elapsedSeconds = 0;
};

// Set from any thread; the engine polls it between chunks and stops cleanly.
using CancelToken = virtdeck::CancelToken;

using ProgressSink = std::function<void(const Progress &)>;

} // namespace virtdeck::backup
