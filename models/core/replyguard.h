// Lets a job on a connection thread hand its result to a GUI-thread object that may be destroyed
// meanwhile: the owner calls reset() in its destructor, and reply() after that does nothing.
#pragma once

#include <QMetaObject>
#include <QObject>

#include <memory>
#include <mutex>

namespace virtdeck {

template <typename Target> class ReplyGuard {
public:
    explicit ReplyGuard(Target *target)
        : m_state(std::make_shared<State>()) {
        m_state->target = target;
    }
    // Called by the owner (on its own thread) before it goes away.
    void reset() const {
        std::lock_guard lock(m_state->mutex);
        m_state->target = nullptr;
    }
    // From any thread: queues `fn(target)` to run on the target's thread, unless the target is
    // gone (Qt drops events queued for an object destroyed before they are delivered).
    template <typename Fn> void reply(Fn fn) const {
        std::lock_guard lock(m_state->mutex);
        if (Target *t = m_state->target)
            QMetaObject::invokeMethod(
                t, [t, fn = std::move(fn)] { fn(t); }, Qt::QueuedConnection);
    }

private:
    struct State {
        std::mutex mutex;
        Target *target = nullptr;
    };
    std::shared_ptr<State> m_state;
};

} // namespace virtdeck
