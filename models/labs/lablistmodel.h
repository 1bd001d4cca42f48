// SPDX-License-Identifier: GPL-3.0-or-later
// Every lab of the labs database, as the Labs pane lists them (its lab chooser), keyed by name in
// the database's order. Lives on the GUI thread; setLabs() applies a new listing row by row.
#pragma once

#include "labs/lab.h"

#include <QAbstractTableModel>
#include <QList>

namespace virtdeck {

class LabListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Students, Roles, Hosts, ColumnCount };
    Q_ENUM(Column)
    enum DataRole {
        SortRole = Qt::UserRole + 1, // raw value: counts as numbers
        NameRole,
    };
    Q_ENUM(DataRole)

    explicit LabListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Lab &labAt(int row) const { return m_rows.at(row); }
    // Row of the lab, or -1.
    int rowOf(const QString &name) const;
    QList<Lab> labs() const { return m_rows; }

    // The labs as listed now: labs gone are removed, new ones inserted where the listing has
    // them, the others updated in place.
    void setLabs(const QList<Lab> &labs);

private:
    QVariant displayData(const Lab &lab, int column) const;
    QVariant sortData(const Lab &lab, int column) const;
    void replaceRow(int row, const Lab &next);
    // True when the rows' names come in the same order in `labs` (so rows can be merged in).
    bool sameOrder(const QList<Lab> &labs) const;

    QList<Lab> m_rows;
};

} // namespace virtdeck
