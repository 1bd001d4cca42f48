// SPDX-License-Identifier: GPL-3.0-or-later
// One lab's students with their VMs, as the Labs pane shows them: a row per student and role
// (keyed by student id and role) with its VM, host, state and the last result of an operation.
// Lives on the GUI thread; setLab() shows a lab (the same lab again is applied row by row), the
// outcomes of a status run fill in hosts and states.
#pragma once

#include "core/domaininfo.h"
#include "labs/lab.h"
#include "labs/labvmtask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace virtdeck {

class LabStudentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Student, Name, Role, Vm, Host, State, LastResult, ColumnCount };
    Q_ENUM(Column)
    enum DataRole {
        SortRole = Qt::UserRole + 1, // raw value: the state's order, texts as they are
        StudentIdRole,
        VmNameRole,
    };
    Q_ENUM(DataRole)
    // What is known of a row's VM.
    enum class Presence : quint8 {
        NotProvisioned, // the student has no host yet
        Unknown,        // placed, not asked yet
        Missing,        // the host has no such VM
        Present,        // `state` holds
    };
    Q_ENUM(Presence)

    struct Row {
        QString studentId;
        QString name;
        QString role;
        QString vm;
        QString host;
        Presence presence = Presence::Unknown;
        DomainState state = DomainState::Shutoff;
        QString
            lastResult; // the message of the last operation (a status run's only when it failed)
        bool operator==(const Row &) const = default;
    };

    explicit LabStudentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString labName() const { return m_lab; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // Row of a student's VM in a role, or -1. Constant time.
    int rowOf(const QString &studentId, const QString &role) const;
    int rowOfVm(const QString &vm) const; // constant time

    // Shows `lab`. Another lab replaces every row; the same lab again keeps what is known of the
    // rows that stay, removes the students gone and appends the new ones.
    void setLab(const Lab &lab);
    // The VM's host, state and, when the operation failed, its message.
    void applyOutcome(const LabVmOutcome &outcome, const QString &host);
    // The result of an operation on the VM (a lab job's, not a status run's): its message, ok or
    // not, in the Last result column, and the VM's state when it exists.
    void applyResult(const LabVmOutcome &outcome);

private:
    static QString keyOf(const QString &studentId, const QString &role) {
        return studentId + QLatin1Char('/') + role;
    }
    static QList<Row> rowsOf(const Lab &lab);
    QVariant displayData(const Row &r, int column) const;
    QVariant sortData(const Row &r, int column) const;
    // Replaces row `row`, announcing the cells that changed.
    void replaceRow(int row, const Row &next);
    // Removes the rows whose student and role are not in `rows` (a run of them at a time).
    void removeRowsNotIn(const QList<Row> &rows);
    void reindex();

    QString m_lab;
    QList<Row> m_rows;
    QHash<QString, int> m_index;   // keyOf() -> row
    QHash<QString, int> m_vmIndex; // VM name -> row
};

} // namespace virtdeck
