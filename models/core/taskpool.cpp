// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskpool.h"

namespace virtdeck {

TaskPool::TaskPool(int maxThreads, QObject *parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(std::max(1, maxThreads));
}

TaskPool::~TaskPool() {
    close();
    cancelAll();
    m_pool.waitForDone();
}

std::shared_ptr<CancelToken> TaskPool::start(Task work) {
    return start(std::make_shared<CancelToken>(), std::move(work));
}

std::shared_ptr<CancelToken> TaskPool::start(std::shared_ptr<CancelToken> token, Task work) {
    std::list<std::shared_ptr<CancelToken>>::iterator it;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed) {
            token->cancel();
            return token;
        }
        it = m_tokens.insert(m_tokens.end(), token);
    }
    m_pool.start([this, token, it, work = std::move(work)] {
        work(*token);
        std::lock_guard lock(m_mutex);
        m_tokens.erase(it);
    });
    return token;
}

void TaskPool::close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
}

void TaskPool::cancelAll() {
    std::lock_guard lock(m_mutex);
    for (const auto &t : m_tokens)
        t->cancel();
}

bool TaskPool::waitForDone(int msecs) {
    return m_pool.waitForDone(msecs);
}

int TaskPool::activeCount() const {
    std::lock_guard lock(m_mutex);
    return int(m_tokens.size());
}

} // namespace virtdeck
