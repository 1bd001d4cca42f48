// SPDX-License-Identifier: GPL-3.0-or-later
// Every storage pool of every connected host, keyed by connection + pool name. GUI thread.
#pragma once

#include "poolinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace virtdeck {

class PoolTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Host,
        State,
        Type,
        Capacity,
        Allocation,
        Available,
        Volumes,
        Autostart,
        Path,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        ConnectionIdRole,
        NameRole,
        StateRole, // PoolState as int
        PoolRole,  // the whole PoolInfo
    };
    Q_ENUM(Role)

    explicit PoolTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const PoolInfo &poolAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &connectionId, const QString &name) const;
    QList<PoolInfo> pools() const { return m_rows; }

    // Replaces one host's rows by diff; an empty list removes them.
    void setPools(const QString &connectionId, const QList<PoolInfo> &pools);
    void updatePool(const PoolInfo &pool);
    void setHostName(const QString &connectionId, const QString &name);

private:
    static QString keyOf(const QString &connectionId, const QString &name) {
        return connectionId + QLatin1Char('/') + name;
    }
    void replaceRow(int row, const PoolInfo &pool);
    void removeRowList(QList<int> rows);
    void appendRows(const QList<PoolInfo> &pools);
    void reindexFrom(int row);

    QList<PoolInfo> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_hostNames;
};

} // namespace virtdeck
