// SPDX-License-Identifier: GPL-3.0-or-later
// Every volume ("image") of every pool of every connected host, keyed by connection + pool +
// name, with which VMs use it and which overlays are built on it. GUI thread.
#pragma once

#include "volumeinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace virtdeck {

class VolumeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Pool,
        Host,
        Format,
        Capacity,
        Allocation,
        UsedBy,
        Backing,
        Template,
        Path,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw typed value: bytes, names
        ConnectionIdRole,
        PoolRole,
        NameRole,
        PathRole,
        UsedByRole,   // QStringList of VM names
        OverlaysRole, // QStringList of volumes whose backing file this is
        TemplateRole, // bool
        VolumeRole,   // the whole VolumeInfo
    };
    Q_ENUM(Role)

    struct Row {
        VolumeInfo info;
        QStringList usedBy;   // VM names, sorted
        QStringList overlays; // "pool/name" of volumes backed by this one, sorted
        bool isTemplate = false;
    };

    explicit VolumeTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &connectionId, const QString &pool, const QString &name) const;
    QList<Row> rows() const { return m_rows; }

    // New or changed volumes (a batch of a listing).
    void upsertVolumes(const QString &connectionId, const QList<VolumeInfo> &volumes);
    // A pool's listing is complete: its rows not named in `names` are gone.
    void retainVolumes(const QString &connectionId, const QString &pool, const QStringList &names);
    // Drops the rows of pools not in `pools` (after a pool list), or of the whole host.
    void retainPools(const QString &connectionId, const QStringList &pools);
    void removeHost(const QString &connectionId);

    // The disks of the host's domains, for "used by".
    void setDomainDisks(const QString &connectionId, const QList<DomainDisks> &all);
    void updateDomainDisks(const QString &connectionId, const DomainDisks &disks);
    void removeDomainDisks(const QString &connectionId, const QString &uuid);
    // Volume paths marked as templates on a host.
    void setTemplates(const QString &connectionId, const QSet<QString> &paths);
    void setHostName(const QString &connectionId, const QString &name);

private:
    static QString keyOf(const QString &connectionId, const QString &pool, const QString &name) {
        return connectionId + QLatin1Char('/') + pool + QLatin1Char('/') + name;
    }
    static QString keyOf(const VolumeInfo &v) { return keyOf(v.connectionId, v.pool, v.name); }
    // Recomputes used-by, overlays and template flags of a host's rows; announces changes.
    void relink(const QString &connectionId);
    void removeRowList(QList<int> rows);
    void appendRows(const QList<Row> &rows);
    void reindexFrom(int row);

    QList<Row> m_rows;
    QHash<QString, int> m_index; // key -> row
    QHash<QString, QString> m_hostNames;
    QHash<QString, QHash<QString, DomainDisks>> m_disks; // connection -> uuid -> disks
    QHash<QString, QSet<QString>> m_templates;           // connection -> paths
};

} // namespace virtdeck
