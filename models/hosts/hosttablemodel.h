// SPDX-License-Identifier: GPL-3.0-or-later
// One row per configured connection: its state and what the host reported. Two connected
// connections reporting the same host uuid reach one machine: the later is an alias of the
// earlier (aliasOf()), shown as such, and its VMs are listed under the first only. GUI thread.
#pragma once

#include "core/hostinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace virtdeck {

class StatsStore;

class HostTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        State,
        Uri,
        Hostname,
        Hypervisor,
        Libvirt,
        CpuModel,
        Cpus,
        Memory,
        FreeMemory,
        Running,
        Defined,
        Message,
        CpuUsage,    // live: host CPU %
        MemoryUsage, // live: host memory in use
        VmCpu,       // live: vCPUs busy, summed over the host's VMs
        VmDiskIo,    // live: the VMs' disk bytes/s
        VmNetIo,     // live: the VMs' network bytes/s
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        ConnectionIdRole,
        StateRole,
        MessageRole,
        AliasOfRole, // the connection id this one is an alias of, or empty
    };
    Q_ENUM(Role)

    struct Row {
        QString connectionId;
        QString name;
        QString uri;
        ConnectionState state = ConnectionState::Disconnected;
        QString message;
        bool hasInfo = false;
        HostInfo info;
        QString aliasOf; // connection id of the first connected row with the same host uuid
        bool maintenance = false; // ConnectionConfig::maintenance
    };

    explicit HostTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &connectionId) const;
    // The connection that stands for the same host, when `connectionId` is a second way to it.
    QString aliasOf(const QString &connectionId) const;

    void addHost(const QString &connectionId, const QString &name, const QString &uri);
    void renameHost(const QString &connectionId, const QString &name, const QString &uri);
    void removeHost(const QString &connectionId);
    void setState(const QString &connectionId, ConnectionState state, const QString &message);
    void setMaintenance(const QString &connectionId, bool on);
    void setHostInfo(const HostInfo &info);
    // Live columns read the store; statsUpdated() repaints the host's live cells after a tick.
    void setStatsStore(const StatsStore *store);
    const StatsStore *statsStore() const { return m_stats; }
    void statsUpdated(const QString &connectionId);

Q_SIGNALS:
    // `connectionId` became an alias of `aliasOf` (a second connection reached an already
    // connected host), or stopped being one (`aliasOf` empty).
    void aliasChanged(const QString &connectionId, const QString &aliasOf);

private:
    // Recomputes every row's aliasOf: the earliest row first connected to a host uuid keeps
    // standing for it while connected.
    void updateAliases();
    void changed(int row, int firstColumn, int lastColumn);
    QVariant statsData(const Row &r, int column, int role) const;
    QList<Row> m_rows;
    const StatsStore *m_stats = nullptr;
    QHash<QString, QString> m_hostOwner; // host uuid -> connection id standing for it
};

} // namespace virtdeck
