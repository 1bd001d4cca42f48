// SPDX-License-Identifier: GPL-3.0-or-later
#include "pooltablemodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

PoolTableModel::PoolTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int PoolTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoolTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolInfo &p = m_rows.at(index.row());
    const bool active = p.state == PoolState::Running;
    auto size = [active](quint64 bytes) -> QVariant {
        return active ? QLocale().formattedDataSize(qint64(bytes), 1) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Host:
            return m_hostNames.value(p.connectionId, p.connectionId);
        case State:
            return poolStateText(p.state);
        case Type:
            return p.type;
        case Capacity:
            return size(p.capacityBytes);
        case Allocation:
            return size(p.allocationBytes);
        case Available:
            return size(p.availableBytes);
        case Volumes:
            return p.volumeCount >= 0 ? QVariant(p.volumeCount) : QVariant(QString());
        case Autostart:
            return p.autostart ? tr("Yes") : tr("No");
        case Path:
            return p.targetPath;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case State:
            return int(p.state);
        case Capacity:
            return p.capacityBytes;
        case Allocation:
            return p.allocationBytes;
        case Available:
            return p.availableBytes;
        case Volumes:
            return p.volumeCount;
        case Autostart:
            return p.autostart;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Capacity && index.column() <= Volumes)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ConnectionIdRole:
        return p.connectionId;
    case NameRole:
        return p.name;
    case StateRole:
        return int(p.state);
    case PoolRole:
        return QVariant::fromValue(p);
    default:
        break;
    }
    return {};
}

QVariant PoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Pool");
    case Host:
        return tr("Host");
    case State:
        return tr("State");
    case Type:
        return tr("Type");
    case Capacity:
        return tr("Capacity");
    case Allocation:
        return tr("Allocation");
    case Available:
        return tr("Available");
    case Volumes:
        return tr("Volumes");
    case Autostart:
        return tr("Autostart");
    case Path:
        return tr("Path");
    }
    return {};
}

int PoolTableModel::rowOf(const QString &connectionId, const QString &name) const {
    return m_index.value(keyOf(connectionId, name), -1);
}

void PoolTableModel::setPools(const QString &connectionId, const QList<PoolInfo> &pools) {
    QSet<QString> incoming;
    for (const auto &p : pools)
        incoming.insert(p.name);
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto &r = m_rows.at(row);
        if (r.connectionId == connectionId && !incoming.contains(r.name))
            gone.append(row);
    }
    removeRowList(gone);
    QList<PoolInfo> added;
    for (const auto &p : pools) {
        const int row = rowOf(connectionId, p.name);
        if (row >= 0)
            replaceRow(row, p);
        else
            added.append(p);
    }
    appendRows(added);
}

void PoolTableModel::updatePool(const PoolInfo &pool) {
    const int row = rowOf(pool.connectionId, pool.name);
    if (row >= 0)
        replaceRow(row, pool);
    else
        appendRows({pool});
}

void PoolTableModel::setHostName(const QString &connectionId, const QString &name) {
    if (m_hostNames.value(connectionId) == name)
        return;
    m_hostNames.insert(connectionId, name);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).connectionId == connectionId) {
            const QModelIndex i = index(row, Host);
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole, SortRole});
        }
    }
}

void PoolTableModel::replaceRow(int row, const PoolInfo &pool) {
    if (m_rows.at(row) == pool)
        return;
    m_rows[row] = pool;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PoolTableModel::removeRowList(QList<int> rows) {
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start), last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_index.remove(keyOf(m_rows.at(r).connectionId, m_rows.at(r).name));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        end = start - 1;
    }
    reindexFrom(rows.first());
}

void PoolTableModel::appendRows(const QList<PoolInfo> &pools) {
    if (pools.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(pools.size()) - 1);
    m_rows.append(pools);
    reindexFrom(first);
    endInsertRows();
}

void PoolTableModel::reindexFrom(int row) {
    for (int r = row; r < m_rows.size(); ++r)
        m_index.insert(keyOf(m_rows.at(r).connectionId, m_rows.at(r).name), r);
}

} // namespace virtdeck
