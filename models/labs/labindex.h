// SPDX-License-Identifier: GPL-3.0-or-later
// A lab's lookups by student id: a student's row in the roster and the host a student was placed
// on, each built once for the lists it answers for and rebuilt when they change. A Lab owns one;
// it is not part of the lab's value. Any thread: the tables are built under a lock, so a Lab may be
// read from several threads at once.
#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <mutex>

namespace virtdeck {

struct LabStudent;
struct LabAssignment;

class LabIndex {
public:
    LabIndex() = default;
    LabIndex(const LabIndex &other);
    LabIndex &operator=(const LabIndex &other);
    ~LabIndex();
    bool operator==(const LabIndex &) const { return true; }

    // The row of student `id` in `students`, or -1. O(1) once built for this list.
    qsizetype rowOf(const QList<LabStudent> &students, const QString &id) const;
    // The host `assignments` place student `id` on; empty when none. O(1) once built.
    QString hostOf(const QList<LabAssignment> &assignments, const QString &id) const;

private:
    struct Rows;
    struct Hosts;
    mutable std::mutex m_mutex;
    mutable std::shared_ptr<const Rows> m_rows;
    mutable std::shared_ptr<const Hosts> m_hosts;
};

} // namespace virtdeck
