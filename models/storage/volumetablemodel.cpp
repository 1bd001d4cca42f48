// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumetablemodel.h"

#include <QLocale>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

VolumeTableModel::VolumeTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int VolumeTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VolumeTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const VolumeInfo &v = r.info;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return v.name;
        case Pool:
            return v.pool;
        case Host:
            return m_hostNames.value(v.connectionId, v.connectionId);
        case Format:
            return v.format;
        case Capacity:
            return QLocale().formattedDataSize(qint64(v.capacityBytes), 1);
        case Allocation:
            return QLocale().formattedDataSize(qint64(v.allocationBytes), 1);
        case Backing:
            return v.backingPath;
        case UsedBy: {
            // Overlays count as users too: deleting their base breaks them.
            QStringList parts = r.usedBy;
            if (!r.overlays.isEmpty())
                parts << tr("%n overlay(s)", nullptr, int(r.overlays.size()));
            return parts.join(u", "_s);
        }
        case Template:
            return r.isTemplate ? tr("Template") : QString();
        case Path:
            return v.path;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == UsedBy && !r.overlays.isEmpty())
            return tr("Backing file of: %1").arg(r.overlays.join(u", "_s));
        if (index.column() == Backing || index.column() == Path)
            return data(index, Qt::DisplayRole);
        break;
    case SortRole:
        switch (index.column()) {
        case Capacity:
            return v.capacityBytes;
        case Allocation:
            return v.allocationBytes;
        case UsedBy:
            return int(r.usedBy.size() + r.overlays.size());
        case Template:
            return r.isTemplate;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Capacity || index.column() == Allocation)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ConnectionIdRole:
        return v.connectionId;
    case PoolRole:
        return v.pool;
    case NameRole:
        return v.name;
    case PathRole:
        return v.path;
    case UsedByRole:
        return r.usedBy;
    case OverlaysRole:
        return r.overlays;
    case TemplateRole:
        return r.isTemplate;
    case VolumeRole:
        return QVariant::fromValue(v);
    default:
        break;
    }
    return {};
}

QVariant VolumeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Pool:
        return tr("Pool");
    case Host:
        return tr("Host");
    case Format:
        return tr("Format");
    case Capacity:
        return tr("Capacity");
    case Allocation:
        return tr("Allocation");
    case Backing:
        return tr("Backing file");
    case UsedBy:
        return tr("Used by");
    case Template:
        return tr("Template");
    case Path:
        return tr("Path");
    }
    return {};
}

int VolumeTableModel::rowOf(const QString &connectionId, const QString &pool,
                            const QString &name) const {
    return m_index.value(keyOf(connectionId, pool, name), -1);
}

void VolumeTableModel::upsertVolumes(const QString &connectionId,
                                     const QList<VolumeInfo> &volumes) {
    QList<Row> added;
    for (const VolumeInfo &v : volumes) {
        const int row = m_index.value(keyOf(v), -1);
        if (row < 0) {
            added.append({v, {}, {}, false});
            continue;
        }
        VolumeInfo &old = m_rows[row].info;
        if (old == v)
            continue;
        old = v;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    appendRows(added);
    relink(connectionId);
}

void VolumeTableModel::retainVolumes(const QString &connectionId, const QString &pool,
                                     const QStringList &names) {
    const QSet<QString> keep(names.begin(), names.end());
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        const VolumeInfo &v = m_rows.at(row).info;
        if (v.connectionId == connectionId && v.pool == pool && !keep.contains(v.name))
            gone.append(row);
    }
    if (gone.isEmpty())
        return;
    removeRowList(gone);
    relink(connectionId);
}

void VolumeTableModel::retainPools(const QString &connectionId, const QStringList &pools) {
    const QSet<QString> keep(pools.begin(), pools.end());
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        const VolumeInfo &v = m_rows.at(row).info;
        if (v.connectionId == connectionId && !keep.contains(v.pool))
            gone.append(row);
    }
    if (gone.isEmpty())
        return;
    removeRowList(gone);
    relink(connectionId);
}

void VolumeTableModel::removeHost(const QString &connectionId) {
    retainPools(connectionId, {});
    m_disks.remove(connectionId);
}

void VolumeTableModel::setDomainDisks(const QString &connectionId, const QList<DomainDisks> &all) {
    auto &disks = m_disks[connectionId];
    disks.clear();
    for (const DomainDisks &d : all)
        disks.insert(d.uuid, d);
    relink(connectionId);
}

void VolumeTableModel::updateDomainDisks(const QString &connectionId, const DomainDisks &disks) {
    auto &map = m_disks[connectionId];
    auto it = map.find(disks.uuid);
    if (it != map.end() && *it == disks)
        return;
    map.insert(disks.uuid, disks);
    relink(connectionId);
}

void VolumeTableModel::removeDomainDisks(const QString &connectionId, const QString &uuid) {
    if (m_disks[connectionId].remove(uuid))
        relink(connectionId);
}

void VolumeTableModel::setTemplates(const QString &connectionId, const QSet<QString> &paths) {
    if (m_templates.value(connectionId) == paths)
        return;
    m_templates.insert(connectionId, paths);
    relink(connectionId);
}

void VolumeTableModel::setHostName(const QString &connectionId, const QString &name) {
    if (m_hostNames.value(connectionId) == name)
        return;
    m_hostNames.insert(connectionId, name);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).info.connectionId == connectionId) {
            const QModelIndex i = index(row, Host);
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole, SortRole});
        }
    }
}

void VolumeTableModel::relink(const QString &connectionId) {
    // Which VMs name each path / pool-volume, and which volumes back on each path.
    QHash<QString, QStringList> byPath, byPoolVolume, overlays;
    for (const DomainDisks &d : m_disks.value(connectionId)) {
        for (const QString &p : d.paths)
            byPath[p].append(d.name);
        for (const QString &pv : d.poolVolumes)
            byPoolVolume[pv].append(d.name);
    }
    for (const Row &r : std::as_const(m_rows))
        if (r.info.connectionId == connectionId && !r.info.backingPath.isEmpty())
            overlays[r.info.backingPath].append(r.info.pool % u'/' % r.info.name);
    const QSet<QString> templates = m_templates.value(connectionId);

    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (r.info.connectionId != connectionId)
            continue;
        QStringList users = byPath.value(r.info.path);
        users += byPoolVolume.value(r.info.pool % u'/' % r.info.name);
        users.sort();
        users.removeDuplicates();
        QStringList ov = r.info.path.isEmpty() ? QStringList() : overlays.value(r.info.path);
        ov.sort();
        const bool tmpl = !r.info.path.isEmpty() && templates.contains(r.info.path);
        if (users == r.usedBy && ov == r.overlays && tmpl == r.isTemplate)
            continue;
        r.usedBy = users;
        r.overlays = ov;
        r.isTemplate = tmpl;
        // Used-by and template cells (and backing, between them, unchanged).
        Q_EMIT dataChanged(index(row, UsedBy), index(row, Template));
    }
}

void VolumeTableModel::removeRowList(QList<int> rows) {
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
            m_index.remove(keyOf(m_rows.at(r).info));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        end = start - 1;
    }
    reindexFrom(rows.first());
}

void VolumeTableModel::appendRows(const QList<Row> &rows) {
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    reindexFrom(first);
    endInsertRows();
}

void VolumeTableModel::reindexFrom(int row) {
    for (int r = row; r < m_rows.size(); ++r)
        m_index.insert(keyOf(m_rows.at(r).info), r);
}

} // namespace virtdeck
