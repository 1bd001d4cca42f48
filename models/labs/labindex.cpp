// SPDX-License-Identifier: GPL-3.0-or-later
#include "labindex.h"

#include "lab.h"

#include <QHash>

namespace virtdeck {

// Each table keeps a shallow copy of the list it was built from. While the copy shares the
// list's data, any change to the lab's list (append, assignment, a non-const element access)
// detaches it into new data: comparing the data pointers tells whether the table still holds.
struct LabIndex::Rows {
    QList<LabStudent> source;
    QHash<QString, qsizetype> row;
};

struct LabIndex::Hosts {
    QList<LabAssignment> source;
    QHash<QString, QString> host;
};

namespace {
template <typename T> bool builtFrom(const std::shared_ptr<const T> &table, const auto &list) {
    return table && table->source.constData() == list.constData() &&
           table->source.size() == list.size();
}
} // namespace

LabIndex::LabIndex(const LabIndex &other) {
    const std::lock_guard lock(other.m_mutex);
    m_rows = other.m_rows;
    m_hosts = other.m_hosts;
}

LabIndex &LabIndex::operator=(const LabIndex &other) {
    if (this == &other)
        return *this;
    std::shared_ptr<const Rows> rows;
    std::shared_ptr<const Hosts> hosts;
    {
        const std::lock_guard lock(other.m_mutex);
        rows = other.m_rows;
        hosts = other.m_hosts;
    }
    const std::lock_guard lock(m_mutex);
    m_rows = std::move(rows);
    m_hosts = std::move(hosts);
    return *this;
}

LabIndex::~LabIndex() = default;

qsizetype LabIndex::rowOf(const QList<LabStudent> &students, const QString &id) const {
    const std::lock_guard lock(m_mutex);
    if (!builtFrom(m_rows, students)) {
        auto rows = std::make_shared<Rows>();
        rows->source = students;
        rows->row.reserve(students.size());
        // A repeated id: its first row, as a search from the top finds it.
        for (qsizetype i = students.size() - 1; i >= 0; --i)
            rows->row.insert(students.at(i).id, i);
        m_rows = std::move(rows);
    }
    return m_rows->row.value(id, -1);
}

QString LabIndex::hostOf(const QList<LabAssignment> &assignments, const QString &id) const {
    const std::lock_guard lock(m_mutex);
    if (!builtFrom(m_hosts, assignments)) {
        auto hosts = std::make_shared<Hosts>();
        hosts->source = assignments;
        hosts->host.reserve(assignments.size());
        // A student assigned twice: the first assignment, as a search from the top finds it.
        for (qsizetype i = assignments.size() - 1; i >= 0; --i)
            hosts->host.insert(assignments.at(i).studentId, assignments.at(i).hostUri);
        m_hosts = std::move(hosts);
    }
    return m_hosts->host.value(id);
}

} // namespace virtdeck
