// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts raised in this session, newest last; bounded. GUI thread.
#pragma once

#include "alertrule.h"

#include <QAbstractTableModel>

namespace virtdeck {

class AlertLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Host, Subject, Message, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, ConnectionIdRole, UuidRole };
    Q_ENUM(Role)

    explicit AlertLogModel(QObject *parent = nullptr, int limit = 1000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AlertEvent &eventAt(int row) const { return m_events.at(row); }
    void append(const AlertEvent &event);

private:
    QList<AlertEvent> m_events;
    int m_limit;
};

} // namespace virtdeck
