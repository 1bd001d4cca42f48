// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaintablemodel.h"

#include "stats/statsstore.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace virtdeck {

using namespace Qt::StringLiterals;

DomainTableModel::DomainTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int DomainTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainInfo &d = m_rows.at(index.row());
    if (index.column() >= Cpu)
        return statsData(d, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return d.name;
        case Host:
            return m_hostNames.value(d.connectionId, d.connectionId);
        case State:
            return domainStateText(d.state);
        case Vcpus:
            return d.vcpus;
        case Memory:
            return QLocale().formattedDataSize(qint64(d.memoryBytes), 1);
        case Autostart:
            return d.autostart ? tr("Yes") : tr("No");
        case Title:
            return d.title;
        case Uuid:
            return d.uuid;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Host:
            return m_hostNames.value(d.connectionId, d.connectionId);
        case State:
            return int(d.state);
        case Vcpus:
            return d.vcpus;
        case Memory:
            return d.memoryBytes;
        case Autostart:
            return d.autostart;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Vcpus || index.column() == Memory)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UuidRole:
        return d.uuid;
    case ConnectionIdRole:
        return d.connectionId;
    case StateRole:
        return int(d.state);
    case DomainRole:
        return QVariant::fromValue(d);
    default:
        break;
    }
    return {};
}

QVariant DomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Host:
        return tr("Host");
    case State:
        return tr("State");
    case Vcpus:
        return tr("vCPUs");
    case Memory:
        return tr("Memory");
    case Autostart:
        return tr("Autostart");
    case Title:
        return tr("Title");
    case Uuid:
        return tr("UUID");
    case Cpu:
        return tr("CPU");
    case MemoryUsed:
        return tr("Memory use");
    case DiskIo:
        return tr("Disk I/O");
    case NetIo:
        return tr("Network");
    }
    return {};
}

namespace {
QString rateText(double bytesPerSecond) {
    return DomainTableModel::tr("%1/s").arg(
        QLocale().formattedDataSize(qint64(std::llround(bytesPerSecond)), 1));
}
} // namespace

QVariant DomainTableModel::statsData(const DomainInfo &d, int column, int role) const {
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const StatsStore::DomainHistory *h =
        m_stats ? m_stats->domain(d.connectionId, d.uuid) : nullptr;
    const DomainRates r = h ? h->latest : DomainRates{};
    double value = kNoData;
    switch (column) {
    case Cpu:
        value = r.cpuPercent;
        break;
    case MemoryUsed:
        value = r.memoryUsedBytes;
        break;
    case DiskIo:
        value = r.diskReadBps + r.diskWriteBps;
        break;
    case NetIo:
        value = r.netRxBps + r.netTxBps;
        break;
    }
    if (role == SortRole)
        return std::isnan(value) ? -1.0 : value; // no data sorts below zero
    const bool running = domainStateIsActive(d.state);
    if (std::isnan(value)) {
        if (!running)
            return {};
        if (role == Qt::ToolTipRole)
            return h ? tr("This host reports no such statistics for the VM")
                     : tr("Waiting for the first statistics");
        return QStringLiteral("–");
    }
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Cpu:
            return tr("%1 %").arg(locale.toString(value, 'f', 1));
        case MemoryUsed:
            return locale.formattedDataSize(qint64(value), 1);
        default:
            return rateText(value);
        }
    }
    switch (column) { // tooltips: the parts behind the sums
    case DiskIo:
        return tr("Read %1 (%2 IOPS), write %3 (%4 IOPS)")
            .arg(rateText(r.diskReadBps), locale.toString(r.diskReadIops, 'f', 0),
                 rateText(r.diskWriteBps), locale.toString(r.diskWriteIops, 'f', 0));
    case NetIo:
        return tr("Received %1, sent %2").arg(rateText(r.netRxBps), rateText(r.netTxBps));
    case MemoryUsed:
        return std::isnan(r.memoryTotalBytes)
                   ? QVariant()
                   : QVariant(tr("%1 of %2")
                                  .arg(locale.formattedDataSize(qint64(value), 1),
                                       locale.formattedDataSize(qint64(r.memoryTotalBytes), 1)));
    default:
        return {};
    }
}

void DomainTableModel::setStatsStore(const StatsStore *store) {
    m_stats = store;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Cpu), index(int(m_rows.size()) - 1, NetIo));
}

void DomainTableModel::statsUpdated(const QString &connectionId) {
    if (!m_stats)
        return;
    const StatsStore::HostHistory *host = m_stats->host(connectionId);
    struct Cell {
        int row, first, last;
    };
    QList<Cell> cells;
    if (!host) { // history dropped: every live cell of the host goes blank
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).connectionId == connectionId)
                cells.append({row, Cpu, NetIo});
    } else {
        cells.reserve(host->changes.size());
        for (const StatsStore::DomainChange &c : host->changes) {
            const int row = rowOf(connectionId, c.uuid);
            if (row < 0)
                continue;
            auto column = [](int metric) {
                switch (metric) {
                case StatsStore::Cpu:
                    return int(Cpu);
                case StatsStore::MemoryUsed:
                    return int(MemoryUsed);
                case StatsStore::NetRx:
                case StatsStore::NetTx:
                    return int(NetIo);
                default:
                    return int(DiskIo);
                }
            };
            int first = ColumnCount, last = -1;
            for (int m = 0; m < StatsStore::MetricCount; ++m) {
                if (c.metrics & (1u << m)) {
                    first = std::min(first, column(m));
                    last = std::max(last, column(m));
                }
            }
            if (last >= 0)
                cells.append({row, first, last});
        }
    }
    // One signal per run of adjacent rows with the same changed columns.
    std::sort(cells.begin(), cells.end(),
              [](const Cell &a, const Cell &b) { return a.row < b.row; });
    const QList<int> roles{Qt::DisplayRole, SortRole, Qt::ToolTipRole};
    for (qsizetype i = 0; i < cells.size();) {
        qsizetype j = i + 1;
        while (j < cells.size() && cells[j].row == cells[j - 1].row + 1 &&
               cells[j].first == cells[i].first && cells[j].last == cells[i].last)
            ++j;
        Q_EMIT dataChanged(index(cells[i].row, cells[i].first),
                           index(cells[j - 1].row, cells[i].last), roles);
        i = j;
    }
}

int DomainTableModel::rowOf(const QString &connectionId, const QString &uuid) const {
    return m_index.value(keyOf(connectionId, uuid), -1);
}

void DomainTableModel::setDomains(const QString &connectionId, const QList<DomainInfo> &input) {
    const QList<DomainInfo> &domains =
        m_duplicateHosts.contains(connectionId) ? QList<DomainInfo>() : input;
    QSet<QString> incoming;
    incoming.reserve(domains.size());
    for (const auto &d : domains)
        incoming.insert(d.uuid);

    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto &r = m_rows.at(row);
        if (r.connectionId == connectionId && !incoming.contains(r.uuid))
            gone.append(row);
    }
    removeRows(gone);

    QList<DomainInfo> added;
    for (const auto &d : domains) {
        const int row = rowOf(connectionId, d.uuid);
        if (row >= 0)
            replaceRow(row, d);
        else
            added.append(d);
    }
    appendRows(added);
}

void DomainTableModel::updateDomain(const DomainInfo &domain) {
    if (m_duplicateHosts.contains(domain.connectionId))
        return;
    const int row = rowOf(domain.connectionId, domain.uuid);
    if (row >= 0)
        replaceRow(row, domain);
    else
        appendRows({domain});
}

void DomainTableModel::removeDomain(const QString &connectionId, const QString &uuid) {
    const int row = rowOf(connectionId, uuid);
    if (row >= 0)
        removeRows({row});
}

void DomainTableModel::setDuplicateHost(const QString &connectionId, bool duplicate) {
    if (!duplicate) {
        m_duplicateHosts.remove(connectionId);
        return;
    }
    m_duplicateHosts.insert(connectionId);
    setDomains(connectionId, {});
}

void DomainTableModel::setHostName(const QString &connectionId, const QString &name) {
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

void DomainTableModel::replaceRow(int row, const DomainInfo &domain) {
    DomainInfo &old = m_rows[row];
    if (old == domain)
        return;
    // Announce only the columns whose values moved, so views repaint just those cells.
    const bool changed[ColumnCount] = {
        old.name != domain.name,
        false,
        old.state != domain.state,
        old.vcpus != domain.vcpus,
        old.memoryBytes != domain.memoryBytes,
        old.autostart != domain.autostart,
        old.title != domain.title,
        false,
    };
    // The live cells of a VM that stops or starts change between numbers and blank.
    const bool live = domainStateIsActive(old.state) != domainStateIsActive(domain.state);
    old = domain;
    int first = -1, last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (changed[c]) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    if (live)
        Q_EMIT dataChanged(index(row, Cpu), index(row, NetIo));
    if (first < 0 && live)
        return;
    if (first < 0) // only hidden fields (id, persistence, max memory) changed
        first = last = Name;
    Q_EMIT dataChanged(index(row, first), index(row, last));
}

void DomainTableModel::removeRows(QList<int> rows) {
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start), last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_index.remove(keyOf(m_rows.at(r).connectionId, m_rows.at(r).uuid));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        end = start - 1;
    }
    reindexFrom(rows.first());
}

void DomainTableModel::appendRows(const QList<DomainInfo> &domains) {
    if (domains.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(domains.size()) - 1);
    m_rows.append(domains);
    reindexFrom(first);
    endInsertRows();
}

void DomainTableModel::reindexFrom(int row) {
    for (int r = row; r < m_rows.size(); ++r)
        m_index.insert(keyOf(m_rows.at(r).connectionId, m_rows.at(r).uuid), r);
}

} // namespace virtdeck
