// SPDX-License-Identifier: GPL-3.0-or-later
// The labs database: SQLite in the XDG data dir beside the scheduler's, readable by the user only,
// or the PostgreSQL database a team shares (StoreDatabase::sharedLocation()). Several processes
// share it (windows, `virtdeck lab …`, headless runners), so every change is one writing
// transaction (StoreDatabase::beginWrite) that reads the lab again inside it and writes only what
// changed (a student's host only when it changed): no writer loses another's work. A damaged
// file is refused when it is opened, never read as an empty one.
// One instance per thread that uses it (each has its own QSqlDatabase connection).
#pragma once

#include "lab.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace virtdeck {

class LabStore {
    Q_DECLARE_TR_FUNCTIONS(LabStore)

public:
    // How an update() ended.
    enum class Change : quint8 {
        Saved,   // the change is stored
        NoLab,   // there is no lab of that name
        Refused, // the change said why not (lastError()); nothing was written
        Failed,  // the database failed (lastError())
    };

    LabStore();
    ~LabStore();
    LabStore(const LabStore &) = delete;
    LabStore &operator=(const LabStore &) = delete;

    // $VIRTDECK_LAB_DB, else <XDG data>/virtdeck/labs.sqlite.
    static QString defaultPath();
    // The PostgreSQL channel every commit to the labs is announced on.
    static QString changeChannel();
    // Opens (creating it owner-only when missing) and checks the file: a damaged one is refused
    // with what to do.
    bool open(const QString &path, QString *error = nullptr);
    QString lastError() const { return m_lastError; }

    // False when the database is shared and this role may not change the labs (a read-only one).
    bool canWrite();
    // Every lab's name; empty with lastError() set when the database fails.
    QStringList labNames();
    // False when there is no such lab (lastError() empty) or the database fails (set).
    bool load(const QString &name, Lab *out);
    // Stores a new lab. False when a lab has its name (`*exists` set) or the database fails.
    bool create(const Lab &lab, bool *exists = nullptr);
    // The read-modify-write of a stored lab: reads it inside a write transaction, lets `change`
    // modify it (a non-empty answer refuses the change) and writes what differs. `result`: the
    // lab as stored afterwards.
    Change update(const QString &name, const std::function<QString(Lab *)> &change,
                  Lab *result = nullptr);
    // Stores `lab` whole: a new lab, or over the stored one (only what differs is written).
    bool save(const Lab &lab);
    bool remove(const QString &name);
    // Records where a student's VMs live (kept across re-runs); one row, one statement.
    bool setAssignment(const QString &lab, const QString &studentId, const QString &hostUri);

private:
    // A stored student's row as read, to write only what changed.
    struct Stored {
        qint64 position = 0;
        QString host;
        LabStudent student;
    };
    bool exec(const QString &sql);
    bool fail(const QString &error);
    void rollback();
    // Reads lab `name`; `found` false when there is none. False on a database error.
    bool read(const QString &name, Lab *out, bool *found, QHash<QString, Stored> *stored);
    bool readDetails(Lab *lab, QHash<QString, Stored> *stored);
    // Writes `lab` over `old` (null: a new lab), inside the caller's transaction.
    bool write(const Lab *old, const QHash<QString, Stored> &stored, const Lab &lab);
    bool writeLabRow(const Lab *old, const Lab &lab);
    bool writeRoles(const Lab *old, const Lab &lab);
    bool writeStudents(const QHash<QString, Stored> &stored, const Lab &lab);
    bool readExam(Lab *lab);
    bool writeExam(const Lab *old, const Lab &lab);
    QString m_connectionName;
    QString m_lastError;
};

} // namespace virtdeck
