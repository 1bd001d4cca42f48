// SPDX-License-Identifier: GPL-3.0-or-later
#include "labstudentmodel.h"

#include <QSet>

namespace virtdeck {

using namespace Qt::StringLiterals;

LabStudentModel::LabStudentModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int LabStudentModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LabStudentModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabStudentModel::displayData(const Row &r, int column) const {
    switch (column) {
    case Student:
        return r.studentId;
    case Name:
        return r.name;
    case Role:
        return r.role;
    case Vm:
        return r.vm;
    case Host:
        return r.host;
    case State:
        switch (r.presence) {
        case Presence::NotProvisioned:
            return tr("not provisioned");
        case Presence::Unknown:
            return QString();
        case Presence::Missing:
            return tr("missing");
        case Presence::Present:
            return domainStateText(r.state);
        }
        return {};
    case LastResult:
        return r.lastResult;
    default:
        return {};
    }
}

QVariant LabStudentModel::sortData(const Row &r, int column) const {
    if (column != State)
        return displayData(r, column);
    // Not provisioned, unknown and missing before the states, in libvirt's order of them.
    return r.presence == Presence::Present ? int(r.state) : int(r.presence) - 3;
}

QVariant LabStudentModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case SortRole:
        return sortData(r, index.column());
    case StudentIdRole:
        return r.studentId;
    case VmNameRole:
        return r.vm;
    default:
        return {};
    }
}

QVariant LabStudentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Student:
        return tr("Student");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Vm:
        return tr("VM");
    case Host:
        return tr("Host");
    case State:
        return tr("State");
    case LastResult:
        return tr("Last result");
    default:
        return {};
    }
}

int LabStudentModel::rowOf(const QString &studentId, const QString &role) const {
    return m_index.value(keyOf(studentId, role), -1);
}

int LabStudentModel::rowOfVm(const QString &vm) const {
    return m_vmIndex.value(vm, -1);
}

QList<LabStudentModel::Row> LabStudentModel::rowsOf(const Lab &lab) {
    QList<Row> rows;
    rows.reserve(lab.students.size() * lab.roles.size());
    for (const auto &s : lab.students)
        for (const auto &role : lab.roles) {
            Row r;
            r.studentId = s.id;
            r.name = s.name;
            r.role = role.name;
            r.vm = lab.vmName(s, role.name);
            r.host = lab.hostOf(s.id);
            r.presence = r.host.isEmpty() ? Presence::NotProvisioned : Presence::Unknown;
            rows << r;
        }
    return rows;
}

void LabStudentModel::reindex() {
    m_index.clear();
    m_vmIndex.clear();
    m_index.reserve(m_rows.size());
    m_vmIndex.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r) {
        m_index.insert(keyOf(m_rows.at(r).studentId, m_rows.at(r).role), r);
        m_vmIndex.insert(m_rows.at(r).vm, r);
    }
}

void LabStudentModel::replaceRow(int row, const Row &next) {
    const Row &old = m_rows.at(row);
    int first = ColumnCount, last = -1;
    for (int c = 0; c < ColumnCount; ++c)
        if (displayData(old, c) != displayData(next, c) || sortData(old, c) != sortData(next, c)) {
            first = std::min(first, c);
            last = c;
        }
    m_rows[row] = next;
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last), {Qt::DisplayRole, SortRole});
}

void LabStudentModel::removeRowsNotIn(const QList<Row> &rows) {
    QSet<QString> keep;
    keep.reserve(rows.size());
    for (const Row &r : rows)
        keep.insert(keyOf(r.studentId, r.role));
    // From the bottom, a run of gone rows at a time: each run is one removal.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (keep.contains(keyOf(m_rows.at(last).studentId, m_rows.at(last).role))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 &&
               !keep.contains(keyOf(m_rows.at(first - 1).studentId, m_rows.at(first - 1).role)))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    reindex();
}

void LabStudentModel::setLab(const Lab &lab) {
    const QList<Row> rows = rowsOf(lab);
    if (lab.name != m_lab) {
        beginResetModel();
        m_lab = lab.name;
        m_rows = rows;
        reindex();
        endResetModel();
        return;
    }
    removeRowsNotIn(rows);
    QList<Row> added; // new rows go after the others, in one insertion
    bool renamed = false;
    for (Row next : rows) {
        const int r = rowOf(next.studentId, next.role);
        if (r < 0) {
            added << next;
            continue;
        }
        // What is known of the VM stays while it keeps its host and name.
        const Row &old = m_rows.at(r);
        if (!next.host.isEmpty() && old.host == next.host && old.vm == next.vm) {
            next.presence = old.presence;
            next.state = old.state;
        }
        next.lastResult = old.lastResult;
        renamed = renamed || old.vm != next.vm;
        replaceRow(r, next);
    }
    if (renamed)
        reindex();
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    for (const Row &row : std::as_const(added)) {
        m_index.insert(keyOf(row.studentId, row.role), int(m_rows.size()));
        m_vmIndex.insert(row.vm, int(m_rows.size()));
        m_rows << row;
    }
    endInsertRows();
}

void LabStudentModel::applyOutcome(const LabVmOutcome &o, const QString &host) {
    const int r = rowOfVm(o.task.vmName);
    if (r < 0)
        return;
    Row next = m_rows.at(r);
    next.host = host;
    next.presence = o.exists ? Presence::Present : Presence::Missing;
    next.state = o.state;
    if (!o.ok)
        next.lastResult = o.message;
    replaceRow(r, next);
}

void LabStudentModel::applyResult(const LabVmOutcome &o) {
    const int r = rowOfVm(o.task.vmName);
    if (r < 0 || o.task.lab != m_lab)
        return;
    Row next = m_rows.at(r);
    next.lastResult = o.message;
    if (o.exists) {
        next.presence = Presence::Present;
        next.state = o.state;
    }
    replaceRow(r, next);
}

} // namespace virtdeck
