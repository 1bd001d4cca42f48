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
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).vm == vm)
            return r;
    return -1;
}

QList<LabStudentModel::Row> LabStudentModel::rowsOf(const Lab &lab) {
    QList<Row> rows;
    for (const auto &s : lab.students)
        for (const auto &role : lab.roles) {
            Row r;
            r.studentId = s.id;
            r.name = s.name;
            r.role = role.name;
            r.vm = lab.vmName(s.id, role.name);
            r.host = lab.hostOf(s.id);
            r.presence = r.host.isEmpty() ? Presence::NotProvisioned : Presence::Unknown;
            rows << r;
        }
    return rows;
}

void LabStudentModel::reindex() {
    m_index.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_index.insert(keyOf(m_rows.at(r).studentId, m_rows.at(r).role), r);
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
    QSet<QString> keep;
    for (const Row &r : rows)
        keep.insert(keyOf(r.studentId, r.role));
    for (int r = int(m_rows.size()) - 1; r >= 0; --r)
        if (!keep.contains(keyOf(m_rows.at(r).studentId, m_rows.at(r).role))) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    reindex();
    for (Row next : rows) {
        const int r = rowOf(next.studentId, next.role);
        if (r < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_index.insert(keyOf(next.studentId, next.role), int(m_rows.size()));
            m_rows << next;
            endInsertRows();
            continue;
        }
        // What is known of the VM stays while it keeps its host and name.
        const Row &old = m_rows.at(r);
        if (!next.host.isEmpty() && old.host == next.host && old.vm == next.vm) {
            next.presence = old.presence;
            next.state = old.state;
        }
        next.lastResult = old.lastResult;
        replaceRow(r, next);
    }
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

} // namespace virtdeck
