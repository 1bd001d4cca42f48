// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosttablemodel.h"

#include "stats/statsstore.h"

#include <QLocale>

#include <cmath>

namespace virtdeck {

HostTableModel::HostTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int HostTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const HostInfo &h = r.info;
    const bool info = r.hasInfo && r.state == ConnectionState::Connected;
    if (index.column() >= CpuUsage)
        return role == ConnectionIdRole                ? QVariant(r.connectionId)
               : info || role == Qt::TextAlignmentRole ? statsData(r, index.column(), role)
                                                       : QVariant();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case State:
            if (!r.maintenance)
                return connectionStateText(r.state);
            return r.state == ConnectionState::Connected
                       ? tr("Maintenance")
                       : tr("%1, in maintenance").arg(connectionStateText(r.state));
        case Uri:
            return r.uri;
        case Message:
            if (r.message.isEmpty() && !r.aliasOf.isEmpty())
                return tr("Same host as %1: its VMs are shown there")
                    .arg(m_rows.value(rowOf(r.aliasOf)).name);
            return r.message;
        default:
            break;
        }
        if (!info)
            return {};
        switch (index.column()) {
        case Hostname:
            return h.hostname;
        case Hypervisor:
            return h.hypervisorVersion.isEmpty()
                       ? h.hypervisor
                       : h.hypervisor + QLatin1Char(' ') + h.hypervisorVersion;
        case Libvirt:
            return h.libvirtVersion;
        case CpuModel:
            return h.cpuModel;
        case Cpus:
            return h.cpus;
        case Memory:
            return QLocale().formattedDataSize(qint64(h.memoryBytes), 1);
        case FreeMemory:
            return h.freeMemoryBytes ? QLocale().formattedDataSize(qint64(h.freeMemoryBytes), 1)
                                     : QString();
        case Running:
            return r.aliasOf.isEmpty() ? QVariant(h.domainsRunning) : QVariant();
        case Defined:
            return r.aliasOf.isEmpty() ? QVariant(h.domainsDefined) : QVariant();
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case State:
            return int(r.state);
        case Cpus:
            return h.cpus;
        case Memory:
            return h.memoryBytes;
        case FreeMemory:
            return h.freeMemoryBytes;
        case Running:
            return r.aliasOf.isEmpty() ? h.domainsRunning : 0;
        case Defined:
            return r.aliasOf.isEmpty() ? h.domainsDefined : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Cpus:
        case Memory:
        case FreeMemory:
        case Running:
        case Defined:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
    } else if (role == Qt::ToolTipRole && index.column() == State && r.maintenance) {
        return tr("In maintenance: this host takes no VMs until maintenance ends.");
    } else if (role == MessageRole) {
        return r.message;
    } else if (role == ConnectionIdRole) {
        return r.connectionId;
    } else if (role == AliasOfRole) {
        return r.aliasOf;
    } else if (role == StateRole) {
        return int(r.state);
    }
    return {};
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Host");
    case State:
        return tr("State");
    case Uri:
        return tr("URI");
    case Hostname:
        return tr("Hostname");
    case Hypervisor:
        return tr("Hypervisor");
    case Libvirt:
        return tr("libvirt");
    case CpuModel:
        return tr("CPU model");
    case Cpus:
        return tr("CPUs");
    case Memory:
        return tr("Memory");
    case FreeMemory:
        return tr("Free memory");
    case Running:
        return tr("Active");
    case Defined:
        return tr("VMs");
    case Message:
        return tr("Message");
    case CpuUsage:
        return tr("CPU");
    case MemoryUsage:
        return tr("Memory use");
    case VmCpu:
        return tr("VM vCPUs busy");
    case VmDiskIo:
        return tr("VM disk I/O");
    case VmNetIo:
        return tr("VM network");
    }
    return {};
}

QVariant HostTableModel::statsData(const Row &r, int column, int role) const {
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const StatsStore::HostHistory *h = m_stats ? m_stats->host(r.connectionId) : nullptr;
    if (!h)
        return role == SortRole ? QVariant(-1.0) : QVariant();
    const QLocale locale;
    const HostRates &rates = h->latest;
    const StatsStore::HostTotals &t = h->totals;
    double value = kNoData;
    QString text, tip;
    switch (column) {
    case CpuUsage:
        value = rates.cpuPercent;
        text = tr("%1 %").arg(locale.toString(value, 'f', 1));
        break;
    case MemoryUsage:
        value = rates.memoryUsedBytes;
        text = tr("%1 %").arg(locale.toString(value * 100.0 / rates.memoryTotalBytes, 'f', 0));
        tip = tr("%1 of %2 in use")
                  .arg(locale.formattedDataSize(qint64(value), 1),
                       locale.formattedDataSize(qint64(rates.memoryTotalBytes), 1));
        break;
    case VmCpu:
        value = t.hasCpu ? t.vmCpuCores : kNoData;
        text = locale.toString(value, 'f', 2);
        tip = tr("vCPUs kept busy by the host's %n reporting VM(s)", nullptr, t.reporting);
        break;
    case VmDiskIo:
        value = t.hasDisk ? t.vmDiskBps : kNoData;
        text = tr("%1/s").arg(locale.formattedDataSize(qint64(std::llround(value)), 1));
        break;
    case VmNetIo:
        value = t.hasNet ? t.vmNetBps : kNoData;
        text = tr("%1/s").arg(locale.formattedDataSize(qint64(std::llround(value)), 1));
        break;
    }
    if (role == SortRole)
        return std::isnan(value) ? -1.0 : value;
    if (std::isnan(value))
        return role == Qt::ToolTipRole ? QVariant(tr("This host reports no such statistics"))
                                       : QVariant(QStringLiteral("–"));
    if (role == Qt::ToolTipRole)
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    return text;
}

void HostTableModel::setStatsStore(const StatsStore *store) {
    m_stats = store;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CpuUsage), index(int(m_rows.size()) - 1, VmNetIo));
}

void HostTableModel::statsUpdated(const QString &connectionId) {
    const int row = rowOf(connectionId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, CpuUsage), index(row, VmNetIo),
                           {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

int HostTableModel::rowOf(const QString &connectionId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).connectionId == connectionId)
            return i;
    return -1;
}

void HostTableModel::addHost(const QString &connectionId, const QString &name, const QString &uri) {
    if (rowOf(connectionId) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{connectionId, name, uri, ConnectionState::Disconnected, {}, false, {}});
    endInsertRows();
}

void HostTableModel::renameHost(const QString &connectionId, const QString &name,
                                const QString &uri) {
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    m_rows[row].name = name;
    m_rows[row].uri = uri;
    changed(row, Name, Uri);
}

void HostTableModel::removeHost(const QString &connectionId) {
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    updateAliases();
}

void HostTableModel::setMaintenance(const QString &connectionId, bool on) {
    const int row = rowOf(connectionId);
    if (row < 0 || m_rows.at(row).maintenance == on)
        return;
    m_rows[row].maintenance = on;
    changed(row, State, State);
}

void HostTableModel::setState(const QString &connectionId, ConnectionState state,
                              const QString &message) {
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.state == state && r.message == message)
        return;
    r.state = state;
    r.message = message;
    // Leaving or entering Connected shows or hides every host column.
    changed(row, 0, ColumnCount - 1);
    updateAliases();
}

void HostTableModel::setHostInfo(const HostInfo &info) {
    const int row = rowOf(info.connectionId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.hasInfo && r.info == info)
        return;
    const bool sameHost = r.hasInfo && r.info.hostUuid == info.hostUuid;
    r.info = info;
    r.hasInfo = true;
    changed(row, Hostname, Defined);
    if (!sameHost)
        updateAliases();
}

QString HostTableModel::aliasOf(const QString &connectionId) const {
    const int row = rowOf(connectionId);
    return row < 0 ? QString() : m_rows.at(row).aliasOf;
}

void HostTableModel::updateAliases() {
    auto reaches = [this](const QString &id, const QString &uuid) {
        const int row = rowOf(id);
        if (row < 0)
            return false;
        const Row &r = m_rows.at(row);
        return r.state == ConnectionState::Connected && r.hasInfo && r.info.hostUuid == uuid;
    };
    for (auto it = m_hostOwner.begin(); it != m_hostOwner.end();)
        it = reaches(it.value(), it.key()) ? std::next(it) : m_hostOwner.erase(it);
    for (const Row &r : std::as_const(m_rows))
        if (reaches(r.connectionId, r.info.hostUuid) && !r.info.hostUuid.isEmpty() &&
            !m_hostOwner.contains(r.info.hostUuid))
            m_hostOwner.insert(r.info.hostUuid, r.connectionId);
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        QString owner;
        if (reaches(r.connectionId, r.info.hostUuid) && !r.info.hostUuid.isEmpty())
            owner = m_hostOwner.value(r.info.hostUuid);
        if (owner == r.connectionId)
            owner.clear();
        if (owner == r.aliasOf)
            continue;
        r.aliasOf = owner;
        changed(row, 0, ColumnCount - 1);
        Q_EMIT aliasChanged(r.connectionId, owner);
    }
}

void HostTableModel::changed(int row, int firstColumn, int lastColumn) {
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

} // namespace virtdeck
