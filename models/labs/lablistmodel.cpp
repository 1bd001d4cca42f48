// SPDX-License-Identifier: GPL-3.0-or-later
#include "lablistmodel.h"

#include <QSet>

namespace virtdeck {

using namespace Qt::StringLiterals;

LabListModel::LabListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int LabListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LabListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabListModel::displayData(const Lab &lab, int column) const {
    switch (column) {
    case Name:
        return lab.name;
    case Students:
        return int(lab.students.size());
    case Roles: {
        QStringList roles;
        for (const auto &r : lab.roles)
            roles << r.name + u" ← "_s + r.templateVm;
        return roles.join(u", "_s);
    }
    case Hosts:
        return lab.hosts.join(u", "_s);
    default:
        return {};
    }
}

QVariant LabListModel::sortData(const Lab &lab, int column) const {
    if (column == Roles)
        return int(lab.roles.size());
    if (column == Hosts)
        return int(lab.hosts.size());
    return displayData(lab, column);
}

QVariant LabListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lab &lab = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(lab, index.column());
    case SortRole:
        return sortData(lab, index.column());
    case NameRole:
        return lab.name;
    default:
        return {};
    }
}

QVariant LabListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Lab");
    case Students:
        return tr("Students");
    case Roles:
        return tr("Roles");
    case Hosts:
        return tr("Hosts");
    default:
        return {};
    }
}

int LabListModel::rowOf(const QString &name) const {
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).name == name)
            return r;
    return -1;
}

void LabListModel::replaceRow(int row, const Lab &next) {
    const Lab &old = m_rows.at(row);
    int first = ColumnCount, last = -1;
    for (int c = 0; c < ColumnCount; ++c)
        if (displayData(old, c) != displayData(next, c) || sortData(old, c) != sortData(next, c)) {
            first = std::min(first, c);
            last = c;
        }
    m_rows[row] = next;
    // A change no column shows (students' hosts, settings) is still a change of the row's lab.
    if (last < 0)
        first = last = Name;
    Q_EMIT dataChanged(index(row, first), index(row, last), {Qt::DisplayRole, SortRole});
}

bool LabListModel::sameOrder(const QList<Lab> &labs) const {
    int next = 0;
    for (const Lab &lab : labs)
        if (next < m_rows.size() && m_rows.at(next).name == lab.name)
            ++next;
    return next == m_rows.size();
}

void LabListModel::setLabs(const QList<Lab> &labs) {
    QSet<QString> names;
    for (const Lab &lab : labs)
        names.insert(lab.name);
    for (int r = int(m_rows.size()) - 1; r >= 0; --r)
        if (!names.contains(m_rows.at(r).name)) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    if (!sameOrder(labs)) {
        beginResetModel();
        m_rows = labs;
        endResetModel();
        return;
    }
    for (int i = 0; i < labs.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).name == labs.at(i).name) {
            if (!(m_rows.at(i) == labs.at(i)))
                replaceRow(i, labs.at(i));
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, labs.at(i));
        endInsertRows();
    }
}

} // namespace virtdeck
