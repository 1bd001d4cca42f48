// SPDX-License-Identifier: GPL-3.0-or-later
// A fixed-capacity FIFO: the newest value pushes out the oldest. Memory is allocated once.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace virtdeck {

template <typename T> class RingBuffer {
public:
    explicit RingBuffer(qsizetype capacity = 0)
        : m_data(size_t(std::max<qsizetype>(capacity, 0))) {}

    qsizetype capacity() const { return qsizetype(m_data.size()); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    void push(const T &value) {
        if (m_data.empty())
            return;
        m_data[size_t(m_head)] = value;
        m_head = (m_head + 1) % capacity();
        if (m_size < capacity())
            ++m_size;
    }
    // 0 is the oldest value held, size() - 1 the newest.
    const T &at(qsizetype i) const {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_data[size_t((m_head - m_size + i + capacity()) % capacity())];
    }
    const T &last() const { return at(m_size - 1); }
    void clear() {
        m_head = 0;
        m_size = 0;
    }

private:
    std::vector<T> m_data;
    qsizetype m_head = 0; // where the next value goes
    qsizetype m_size = 0;
};

} // namespace virtdeck
