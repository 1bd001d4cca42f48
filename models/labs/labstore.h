// The labs database: SQLite in the XDG data dir beside the scheduler's, readable by the user only.
// One instance per thread that uses it (each has its own QSqlDatabase connection).
#pragma once

#include "lab.h"

#include <QString>
#include <QStringList>

namespace virtdeck {

class LabStore {
public:
    LabStore();
    ~LabStore();
    LabStore(const LabStore &) = delete;
    LabStore &operator=(const LabStore &) = delete;

    // $VIRTDECK_LAB_DB, else <XDG data>/virtdeck/labs.sqlite.
    static QString defaultPath();
    bool open(const QString &path, QString *error = nullptr);
    QString lastError() const { return m_lastError; }

    QStringList labNames();
    // False when there is no such lab.
    bool load(const QString &name, Lab *out);
    // Inserts or replaces the lab with its roles, students and assignments, in one transaction.
    bool save(const Lab &lab);
    bool remove(const QString &name);
    // Records where a student's VMs live (kept across re-runs).
    bool setAssignment(const QString &lab, const QString &studentId, const QString &hostUri);

private:
    bool exec(const QString &sql);
    QString m_connectionName;
    QString m_lastError;
};

} // namespace virtdeck
