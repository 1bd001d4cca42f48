// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobfilterproxy.h"

#include "jobtablemodel.h"

namespace virtdeck {

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(JobTableModel::SortRole);
}

void JobFilterProxy::setText(const QString &text) {
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

void JobFilterProxy::setStates(const QSet<JobState> &states) {
    if (m_states == states)
        return;
    m_states = states;
    invalidateFilter();
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const auto *model = qobject_cast<const JobTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const Job &j = model->jobAt(sourceRow);
    if (!m_states.isEmpty() && !m_states.contains(j.state))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &s :
         {j.kind, j.vm, j.vmUuid, j.uri, j.result, j.group, QString::number(j.id)})
        if (s.contains(m_text, Qt::CaseInsensitive))
            return true;
    const QModelIndex action = model->index(sourceRow, JobTableModel::Action);
    return action.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace virtdeck
