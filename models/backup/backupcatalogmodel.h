// SPDX-License-Identifier: GPL-3.0-or-later
// The backups of one repository, one row per backup keyed by its id: VM, host, time, mode, the
// sizes read and stored and the deduplication ratio. A refresh diffs by key, so rows that stay
// keep their place (and the view its selection). GUI thread.
#pragma once

#include "backupsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace virtdeck {

class BackupCatalogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Vm,
        Host,
        Taken,  // when the backup finished
        Mode,   // full or incremental
        Size,   // of the disks
        Data,   // data the backup holds
        Read,   // bytes read from the hypervisor
        Stored, // bytes the backup added to the repository
        Dedup,  // data per byte added
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw typed value: bytes, time, ratio
        IdRole,
        VmNameRole,
    };
    Q_ENUM(Role)

    explicit BackupCatalogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const BackupSummary &backupAt(int row) const { return m_rows.at(row); }
    // Row of the backup with this id, or -1.
    int rowOf(const QString &id) const { return m_index.value(id, -1); }

    // Replaces the rows with `backups`, by diff on the id.
    void setBackups(const QList<BackupSummary> &backups);

private:
    QVariant display(const BackupSummary &b, int column) const;
    static QVariant sortKey(const BackupSummary &b, int column);
    void removeRows(QList<int> rows);
    void appendRows(const QList<BackupSummary> &rows);
    void replaceRow(int row, const BackupSummary &backup);
    void reindexFrom(int row);

    QList<BackupSummary> m_rows;
    QHash<QString, int> m_index; // id -> row
};

} // namespace virtdeck
