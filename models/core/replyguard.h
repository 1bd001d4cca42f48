// SPDX-License-Identifier: GPL-3.0-or-later
// Lets work on another thread hand its result to an object that may be destroyed meanwhile: the
// owner calls reset() in its destructor, and reply() after that does nothing.
#pragma once

#include <QMetaObject>
#include <QObject>

#include <memory>
#include <mutex>
#include <type_traits>

namespace virtdeck {

namespace detail {
struct ReplyGuardState {
    std::mutex mutex;
    QObject *target = nullptr;
};
} // namespace detail

template <typename Target> class ReplyGuard {
public:
    explicit ReplyGuard(Target *target)
        : m_state(std::make_shared<detail::ReplyGuardState>()) {
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
        if (QObject *o = m_state->target) {
            auto *t = static_cast<Target *>(o);
            QMetaObject::invokeMethod(
                o, [t, fn = std::move(fn)] { fn(t); }, Qt::QueuedConnection);
        }
    }
    // The same guard, seen as a guard of a class derived from Target (a service base hands its
    // subclasses their typed guard).
    template <typename Derived> ReplyGuard<Derived> as() const {
        static_assert(std::is_base_of_v<Target, Derived>);
        return ReplyGuard<Derived>(m_state);
    }

private:
    template <typename> friend class ReplyGuard;
    explicit ReplyGuard(std::shared_ptr<detail::ReplyGuardState> state)
        : m_state(std::move(state)) {}
    std::shared_ptr<detail::ReplyGuardState> m_state;
};

} // namespace virtdeck
