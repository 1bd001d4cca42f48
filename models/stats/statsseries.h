// SPDX-License-Identifier: GPL-3.0-or-later
// One metric's bounded history, aligned with its host's tick sequence numbers, in two tiers: the
// newest ticks at full resolution, and the hour as buckets of several ticks (their mean). GUI
// thread.
#pragma once

#include "ringbuffer.h"

#include <cmath>
#include <cstddef>

namespace virtdeck {

class StatsSeries {
public:
    // `capacity`: ticks held at full resolution. `bucketTicks` > 0 adds the coarse tier: `buckets`
    // means of `bucketTicks` ticks each (bucket b holds ticks (b - 1) * bucketTicks + 1 …
    // b * bucketTicks).
    explicit StatsSeries(qsizetype capacity, int bucketTicks = 0, qsizetype buckets = 0)
        : m_values(capacity)
        , m_buckets(bucketTicks > 0 ? buckets : 0)
        , m_bucketTicks(bucketTicks > 0 ? bucketTicks : 0) {}

    // Records `value` (NaN: no data) as tick `seq`. Ticks skipped since the last push read as NaN.
    void push(quint64 seq, float value) {
        if (m_lastSeq != 0 && seq > m_lastSeq + 1) {
            const quint64 gap = std::min<quint64>(seq - m_lastSeq - 1, quint64(capacity()));
            for (quint64 i = 0; i < gap; ++i)
                append(std::nanf(""));
        }
        append(value);
        fold(seq, value);
        m_lastSeq = seq;
    }
    // The value of tick `seq`, NaN outside what the full-resolution tier holds.
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

    // The coarse tier: 0 when there is none.
    int bucketTicks() const { return m_bucketTicks; }
    qsizetype bucketCapacity() const { return m_buckets.capacity(); }
    // The bucket that holds tick `seq` (1-based, like ticks).
    quint64 bucketOf(quint64 seq) const {
        return m_bucketTicks ? (seq - 1) / quint64(m_bucketTicks) + 1 : 0;
    }
    // The mean of bucket `b`'s real samples (the open bucket too, so far); NaN when it had none
    // (a gap stays a gap) or is not held.
    float bucketMean(quint64 b) const {
        if (m_open == 0 || b == 0 || b > m_open)
            return std::nanf("");
        if (b == m_open)
            return m_count ? float(m_sum / m_count) : std::nanf("");
        const quint64 back = m_open - 1 - b; // 0: the newest closed bucket
        if (back >= quint64(m_buckets.size()))
            return std::nanf("");
        return m_buckets.at(m_buckets.size() - 1 - qsizetype(back));
    }
    // What the series holds in memory, counted from its layout (not measured).
    size_t bytes() const {
        return sizeof(StatsSeries) + size_t(capacity() + bucketCapacity()) * sizeof(float);
    }

private:
    void append(float v) {
        const float prev = last();
        const bool same = !m_values.isEmpty() && (v == prev || (std::isnan(v) && std::isnan(prev)));
        m_sameRun = same ? m_sameRun + 1 : 1;
        m_values.push(v);
    }
    // Adds tick `seq` to its bucket; a tick of a later bucket closes the open one first, and
    // the buckets skipped meanwhile are gaps.
    void fold(quint64 seq, float v) {
        if (!m_bucketTicks)
            return;
        const quint64 b = bucketOf(seq);
        if (b < m_open)
            return; // ticks only move forward
        if (m_open != 0 && b != m_open) {
            m_buckets.push(m_count ? float(m_sum / m_count) : std::nanf(""));
            const quint64 skipped =
                std::min<quint64>(b - m_open - 1, quint64(m_buckets.capacity()));
            for (quint64 i = 0; i < skipped; ++i)
                m_buckets.push(std::nanf(""));
            m_sum = 0;
            m_count = 0;
        }
        m_open = b;
        if (!std::isnan(v)) {
            m_sum += v;
            ++m_count;
        }
    }

    RingBuffer<float> m_values;  // full resolution, one per tick
    RingBuffer<float> m_buckets; // closed buckets' means, newest last
    quint64 m_lastSeq = 0;       // 0: nothing pushed yet (tick numbers start at 1)
    quint64 m_open = 0;          // the bucket being filled; 0: none
    double m_sum = 0;            // of the open bucket's real samples
    quint32 m_count = 0;
    int m_bucketTicks = 0;
    int m_sameRun = 0;
};

} // namespace virtdeck
