// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumefilterproxy.h"

#include "volumetablemodel.h"

namespace virtdeck {

VolumeFilterProxy::VolumeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(VolumeTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void VolumeFilterProxy::setText(const QString &text) {
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void VolumeFilterProxy::setConnectionId(const QString &connectionId) {
    if (m_connectionId == connectionId)
        return;
    m_connectionId = connectionId;
    invalidateRowsFilter();
}

void VolumeFilterProxy::setPool(const QString &pool) {
    if (m_pool == pool)
        return;
    m_pool = pool;
    invalidateRowsFilter();
}

void VolumeFilterProxy::setUse(Use use) {
    if (m_use == use)
        return;
    m_use = use;
    invalidateRowsFilter();
}

bool VolumeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const auto *m = qobject_cast<const VolumeTableModel *>(sourceModel());
    if (!m || sourceParent.isValid())
        return true;
    const VolumeTableModel::Row &r = m->rowAt(sourceRow);
    if (!m_connectionId.isEmpty() && r.info.connectionId != m_connectionId)
        return false;
    if (!m_pool.isEmpty() && r.info.pool != m_pool)
        return false;
    switch (m_use) {
    case Use::Any:
        break;
    case Use::Used:
        if (r.usedBy.isEmpty() && r.overlays.isEmpty())
            return false;
        break;
    case Use::Unused:
        if (!r.usedBy.isEmpty() || !r.overlays.isEmpty())
            return false;
        break;
    case Use::Templates:
        if (!r.isTemplate)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const QString host =
        m->index(sourceRow, VolumeTableModel::Host).data(Qt::DisplayRole).toString();
    for (const QString &s : {r.info.name, r.info.pool, host, r.info.path, r.info.backingPath})
        if (s.contains(m_text, Qt::CaseInsensitive))
            return true;
    for (const QString &vm : r.usedBy)
        if (vm.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace virtdeck
