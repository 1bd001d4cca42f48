// SPDX-License-Identifier: GPL-3.0-or-later
// Filters the Jobs view: free text over action, VM, host and result, and a set of states. GUI
// thread.
#pragma once

#include "job.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace virtdeck {

class JobFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit JobFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    // Empty: every state.
    void setStates(const QSet<JobState> &states);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<JobState> m_states;
};

} // namespace virtdeck
