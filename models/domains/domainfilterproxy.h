// SPDX-License-Identifier: GPL-3.0-or-later
// Filters and sorts the domain table by text, state and host. GUI thread.
#pragma once

#include "core/domaininfo.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace virtdeck {

class DomainFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DomainFilterProxy(QObject *parent = nullptr);

    // Case-insensitive substring of name, title, UUID or host name.
    void setText(const QString &text);
    // Empty set: every state.
    void setStates(const QSet<DomainState> &states);
    // Empty: every host.
    void setConnectionId(const QString &connectionId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<DomainState> m_states;
    QString m_connectionId;
};

} // namespace virtdeck
