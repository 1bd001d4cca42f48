// SPDX-License-Identifier: GPL-3.0-or-later
// A request to stop, set from any thread and polled by long work between its steps.
#pragma once

#include <atomic>

namespace virtdeck {

class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace virtdeck
