// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlogmodel.h"

#include <QDateTime>
#include <QLocale>

namespace virtdeck {

AlertLogModel::AlertLogModel(QObject *parent, int limit)
    : QAbstractTableModel(parent)
    , m_limit(std::max(limit, 1)) {}

int AlertLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int AlertLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.wallMs),
                                      QLocale::ShortFormat);
        case Host:
            return e.hostName;
        case Subject:
            return e.subject;
        case Message:
            return e.message;
        }
        break;
    case SortRole:
        return index.column() == Time ? QVariant(e.wallMs) : data(index, Qt::DisplayRole);
    case ConnectionIdRole:
        return e.connectionId;
    case UuidRole:
        return e.uuid;
    default:
        break;
    }
    return {};
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Host:
        return tr("Host");
    case Subject:
        return tr("VM or host");
    case Message:
        return tr("Alert");
    }
    return {};
}

void AlertLogModel::append(const AlertEvent &event) {
    if (m_events.size() >= m_limit) {
        beginRemoveRows({}, 0, 0);
        m_events.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append(event);
    endInsertRows();
}

} // namespace virtdeck
