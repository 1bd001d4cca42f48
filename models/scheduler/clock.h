// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's source of time: the system clock in the product, a hand-moved one in tests
// (so trigger tests never sleep). Thread-safe.
#pragma once

#include <QDateTime>

#include <atomic>

namespace virtdeck {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
    static Clock *system();
};

class ManualClock : public Clock {
public:
    explicit ManualClock(qint64 ms = 0)
        : m_ms(ms) {}
    explicit ManualClock(const QDateTime &t)
        : m_ms(t.toMSecsSinceEpoch()) {}
    qint64 nowMs() const override { return m_ms.load(); }
    void set(const QDateTime &t) { m_ms = t.toMSecsSinceEpoch(); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    std::atomic<qint64> m_ms;
};

} // namespace virtdeck
