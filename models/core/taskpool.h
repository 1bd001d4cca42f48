// SPDX-License-Identifier: GPL-3.0-or-later
// Threads for blocking work off the GUI thread that is not a connection thread's: reading and
// writing a backup repository, a libvirt call on a connection reference of its own, an external
// tool. The pool owns its threads: its destructor cancels every task (through the task's
// CancelToken) and waits for all of them, so nothing outlives the pool's owner (the Workspace,
// at exit). Lives on its owner's thread; start(), cancelAll() and activeCount() from any thread.
#pragma once

#include "core/canceltoken.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <list>
#include <memory>
#include <mutex>

namespace virtdeck {

class TaskPool : public QObject {
public:
    explicit TaskPool(int maxThreads, QObject *parent = nullptr);
    ~TaskPool() override;

    using Task = std::function<void(const CancelToken &cancel)>;
    // Runs `work` on a pool thread. The returned token stops this task alone; cancelAll() and
    // the pool's end stop every task. Work should check its token between steps.
    std::shared_ptr<CancelToken> start(Task work);
    // The same with a token the caller made beforehand (to cancel a task not yet started).
    std::shared_ptr<CancelToken> start(std::shared_ptr<CancelToken> token, Task work);
    // Starts no more tasks from now on (start() then returns a cancelled token and runs nothing).
    void close();
    void cancelAll();
    // Waits for the running tasks; false when `msecs` passed first.
    bool waitForDone(int msecs = -1);
    int activeCount() const;

private:
    mutable std::mutex m_mutex;
    std::list<std::shared_ptr<CancelToken>> m_tokens;
    bool m_closed = false;
    QThreadPool m_pool;
};

} // namespace virtdeck
