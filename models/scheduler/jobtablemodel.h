// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's jobs, queued and finished, one row each keyed by job id. GUI thread; fed by the
// scheduler engine's signals.
#pragma once

#include "job.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace virtdeck {

class JobTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        State,
        Action,
        Vm,
        Host,
        Due,
        Started,
        Duration,
        Progress,
        Result,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: ids, ms, state order
        IdRole,
        StateRole, // JobState as int
        JobRole,   // the whole Job
        LogRole,
    };
    Q_ENUM(Role)

    explicit JobTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Job &jobAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const { return m_index.value(id, -1); }
    // Finished rows beyond this many (oldest first) are dropped from the view.
    void setHistoryLimit(int limit) { m_historyLimit = limit; }

    // The connections' display names by URI: the Host column shows the name (the URI is its
    // tooltip); a URI without a name shows as itself.
    void setHostNames(const QHash<QString, QString> &nameByUri);

    void setJobs(const QList<Job> &jobs);
    void updateJob(const Job &job); // inserts or replaces

private:
    void trimHistory();

    QList<Job> m_rows;
    QHash<qint64, int> m_index;
    QHash<QString, QString> m_hostNames;
    int m_historyLimit = 5000;
    int m_finished = 0; // rows in a final state
};

} // namespace virtdeck
