// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainfilterproxy.h"

#include "domaintablemodel.h"

namespace virtdeck {

DomainFilterProxy::DomainFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(DomainTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void DomainFilterProxy::setText(const QString &text) {
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

void DomainFilterProxy::setStates(const QSet<DomainState> &states) {
    if (m_states == states)
        return;
    m_states = states;
    invalidateFilter();
}

void DomainFilterProxy::setConnectionId(const QString &connectionId) {
    if (m_connectionId == connectionId)
        return;
    m_connectionId = connectionId;
    invalidateFilter();
}

bool DomainFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const auto *model = qobject_cast<const DomainTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const DomainInfo &d = model->domainAt(sourceRow);
    if (!m_connectionId.isEmpty() && d.connectionId != m_connectionId)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(d.state))
        return false;
    if (m_text.isEmpty())
        return true;
    if (d.name.contains(m_text, Qt::CaseInsensitive) ||
        d.title.contains(m_text, Qt::CaseInsensitive) ||
        d.uuid.contains(m_text, Qt::CaseInsensitive))
        return true;
    const QString host =
        model->index(sourceRow, DomainTableModel::Host).data(Qt::DisplayRole).toString();
    return host.contains(m_text, Qt::CaseInsensitive);
}

} // namespace virtdeck
