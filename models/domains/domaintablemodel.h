// SPDX-License-Identifier: GPL-3.0-or-later
// Every domain of every connected host, one row each, keyed by connection + UUID. GUI thread.
#pragma once

#include "core/domaininfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace virtdeck {

class StatsStore;

class DomainTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Host,
        State,
        Vcpus,
        Memory,
        Autostart,
        Title,
        Uuid,
        Cpu,        // live: % of the VM's vCPUs
        MemoryUsed, // live: memory in use as the guest or the host sees it
        DiskIo,     // live: read + write bytes/s
        NetIo,      // live: rx + tx bytes/s
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw typed value: bytes, counts, state order
        UuidRole,
        ConnectionIdRole,
        StateRole,  // DomainState as int
        DomainRole, // the whole DomainInfo
    };
    Q_ENUM(Role)

    explicit DomainTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DomainInfo &domainAt(int row) const { return m_rows.at(row); }
    // Row of a domain, or -1.
    int rowOf(const QString &connectionId, const QString &uuid) const;
    QList<DomainInfo> domains() const { return m_rows; }

    // Replaces one host's rows with `domains`, by diff: rows that stay are updated in place.
    void setDomains(const QString &connectionId, const QList<DomainInfo> &domains);
    void updateDomain(const DomainInfo &domain);
    void removeDomain(const QString &connectionId, const QString &uuid);
    void setHostName(const QString &connectionId, const QString &name);
    // A connection that reaches a host another connection already lists (same host uuid): its
    // rows go and its listings are ignored, so each VM has one row. Cleared, its rows come
    // back with its next listing.
    void setDuplicateHost(const QString &connectionId, bool duplicate);
    bool isDuplicateHost(const QString &connectionId) const {
        return m_duplicateHosts.contains(connectionId);
    }

    // Live columns read the store's latest rates; statsUpdated() announces the cells a tick
    // changed (value or sparkline), and nothing else.
    void setStatsStore(const StatsStore *store);
    const StatsStore *statsStore() const { return m_stats; }
    void statsUpdated(const QString &connectionId);

private:
    static QString keyOf(const QString &connectionId, const QString &uuid) {
        return connectionId + QLatin1Char('/') + uuid;
    }
    void replaceRow(int row, const DomainInfo &domain);
    void removeRows(QList<int> rows); // any order
    void appendRows(const QList<DomainInfo> &domains);
    void reindexFrom(int row);
    QVariant statsData(const DomainInfo &d, int column, int role) const;

    QList<DomainInfo> m_rows;
    QHash<QString, int> m_index; // key -> row
    QHash<QString, QString> m_hostNames;
    QSet<QString> m_duplicateHosts;
    const StatsStore *m_stats = nullptr;
};

} // namespace virtdeck
