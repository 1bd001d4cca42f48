// SPDX-License-Identifier: GPL-3.0-or-later
// A QSignalSpy for signals sent from another thread. QSignalSpy appends its rows in the
// sender's thread, so a test reading them while the sender goes on races it (seen as a row
// read back empty). Here the rows arrive queued, on the test's own thread.
#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QTest>
#include <QVariant>

class QueuedSpy {
public:
    template <typename Sender, typename Signal> QueuedSpy(const Sender *sender, Signal signal) {
        QObject::connect(
            sender, signal, &m_context,
            [this](auto... args) { m_rows.append(QVariantList{QVariant::fromValue(args)...}); },
            Qt::QueuedConnection);
    }
    QueuedSpy(const QueuedSpy &) = delete;
    QueuedSpy &operator=(const QueuedSpy &) = delete;

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QVariantList &at(qsizetype i) const { return m_rows.at(i); }
    const QVariantList &last() const { return m_rows.last(); }
    void clear() { m_rows.clear(); }
    auto begin() const { return m_rows.cbegin(); }
    auto end() const { return m_rows.cend(); }

    // True when a row arrived within `ms`, as QSignalSpy::wait.
    bool wait(int ms = 5000) {
        const qsizetype before = m_rows.size();
        QDeadlineTimer deadline(ms);
        while (m_rows.size() == before && !deadline.hasExpired())
            QTest::qWait(5);
        return m_rows.size() != before;
    }

private:
    QObject m_context;
    QList<QVariantList> m_rows;
};
