// SPDX-License-Identifier: GPL-3.0-or-later
// One metric's bounded history, aligned with its host's tick sequence numbers. GUI thread.
#pragma once

#include "ringbuffer.h"

#include <cmath>

namespace virtdeck {

class StatsSeries {
public:
    explicit StatsSeries(qsizetype capacity)
        : m_values(capacity) {}

    // Records `value` (NaN: no data) as tick `seq`. Ticks skipped since the last push read as NaN.
    void push(quint64 seq, float value) {
        if (m_lastSeq != 0 && seq > m_lastSeq + 1) {
            const quint64 gap = std::min<quint64>(seq - m_lastSeq - 1, quint64(capacity()));
            for (quint64 i = 0; i < gap; ++i)
                append(std::nanf(""));
        }
        append(value);
        m_lastSeq = seq;
    }
    // The value of tick `seq`, NaN outside what is held.
    float valueAt(quint64 seq) const {
        if (m_lastSeq == 0 || seq > m_lastSeq || m_lastSeq - seq >= quint64(m_values.size()))
            return std::nanf("");
        return m_values.at(m_values.size() - 1 - qsizetype(m_lastSeq - seq));
    }
    float last() const { return m_values.isEmpty() ? std::nanf("") : m_values.last(); }
    quint64 lastSeq() const { return m_lastSeq; }
    qsizetype size() const { return m_values.size(); }
    qsizetype capacity() const { return m_values.capacity(); }
    // How many of the newest values are equal (NaN equals NaN): a sparkline of the last n
    // points looks the same after a push exactly when sameRun() > n.
    int sameRun() const { return m_sameRun; }

private:
    void append(float v) {
        const float prev = last();
        const bool same = !m_values.isEmpty() && (v == prev || (std::isnan(v) && std::isnan(prev)));
        m_sameRun = same ? m_sameRun + 1 : 1;
        m_values.push(v);
    }

    RingBuffer<float> m_values;
    quint64 m_lastSeq = 0; // 0: nothing pushed yet (tick numbers start at 1)
    int m_sameRun = 0;
};

} // namespace virtdeck
