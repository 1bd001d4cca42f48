// SPDX-License-Identifier: GPL-3.0-or-later
// Opens an SQLite database the one way every Virtdeck store does (the scheduler's, the labs'):
// an owner-only file, a busy timeout in force before the first statement, the journal switched
// to WAL, and the start-up statements retried while a peer process holds a lock briefly (a
// window, a headless runner and `virtdeck jobs add` share one file). A database whose pages are
// damaged is refused with what to do, never read as empty. Any thread; the connection is then
// used on the opening thread only.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace virtdeck {

class SqliteDatabase {
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    // How long a start-up statement keeps retrying a lock a peer holds. Long enough for a
    // peer's schema set-up or a checkpoint on a loaded machine; a lock held longer is reported.
    static constexpr int kLockWaitMs = 30000;

    // Adds the QSQLITE connection `connectionName` on `path` (created owner-only when missing),
    // checks the file's integrity and switches it to WAL. The schema is the caller's
    // (StoreDatabase::open). `what` names the database in messages ("the scheduler database").
    // False with `error`.
    static bool open(const QString &connectionName, const QString &path, const QString &what,
                     QString *error);
    // Whether `sql` is "ALTER TABLE t ADD COLUMN c …" for a column t has already (a database
    // made by a later version, or one from before the schema was numbered).
    static bool addsExistingColumn(const QString &connectionName, const QString &sql);
    // Runs one statement on the named connection, retrying while the database is locked by a
    // peer, up to `waitMs`. False with `error` (libvirt-style: SQLite's own words).
    static bool exec(const QString &connectionName, const QString &sql, QString *error,
                     int waitMs = kLockWaitMs);
    // True when `error` (a QSqlError text) says a peer held a lock.
    static bool isLockError(const QString &error);
};

} // namespace virtdeck
