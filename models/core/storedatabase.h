// SPDX-License-Identifier: GPL-3.0-or-later
// Where the scheduler's, the failover marks' and the labs' state lives: an SQLite file on this
// computer (a path, the default) or a PostgreSQL database a team shares
// (`postgresql://user@host:port/db`, or `postgresql:///db?host=/run/postgresql` for a socket).
// Every store opens its connection here, writes its statements once in SQLite's words, and gets
// them spoken to PostgreSQL by `dialect()`. A password is never part of Virtdeck's settings:
// libpq reads it from ~/.pgpass or PGPASSWORD like every PostgreSQL tool. Any thread; the
// connection is then used on the opening thread only.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace virtdeck {

class StoreDatabase {
    Q_DECLARE_TR_FUNCTIONS(StoreDatabase)

public:
    // The database the team shares, for every store that is not given one: this process's
    // --database, else $VIRTDECK_DATABASE, else the setting database/location (Preferences).
    // Empty: each store keeps its own SQLite file.
    static QString sharedLocation();
    static void setSharedLocation(const QString &location);

    // Whether `location` names a PostgreSQL database rather than a file.
    static bool isPostgresLocation(const QString &location);
    // `location` as it may be shown or logged: a URL loses any password written into it.
    static QString displayName(const QString &location);

    // Opens `location` as the connection `connectionName` and runs `setup` (schema statements in
    // SQLite's words) in one transaction. On PostgreSQL the set-up is serialised across
    // processes, and "ALTER TABLE t ADD COLUMN c" is skipped where t has c, on both.
    // `what` names the database in messages ("the scheduler database"). False with `error`.
    static bool open(const QString &connectionName, const QString &location, const QString &what,
                     const QStringList &setup, QString *error);
    static bool isPostgres(const QString &connectionName);
    // Closes and removes the connection, if there is one (every query on it must be gone).
    static void close(const QString &connectionName);
    // One statement (SQLite's words), retried while an SQLite peer holds a lock.
    static bool exec(const QString &connectionName, const QString &sql, QString *error);
    // Starts a transaction that writes and that no other writer of this store runs beside
    // (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN and the store's transaction lock), so a
    // read-then-write inside it sees no change by another process in between.
    static bool beginWrite(const QString &connectionName, QString *error);
    // `sql` in PostgreSQL's words when the connection is PostgreSQL, else unchanged: 64-bit
    // integers, identity columns, ADD COLUMN IF NOT EXISTS.
    static QString dialect(const QString &connectionName, const QString &sql);
    static QString postgresDialect(const QString &sql);
    // Copies every row of `tables` (in that order: parents before children) from the open
    // connection `from` to the open connection `to`, in one transaction of `to`. Refused, with
    // nothing written, when one of the tables on `to` has rows already. Identity columns named
    // `id` continue after the highest copied id. `copied` gets each table's row count, checked
    // against the source after the copy.
    static bool copyTables(const QString &from, const QString &to, const QStringList &tables,
                           QList<qint64> *copied, QString *error);
    // PostgreSQL set-up statements: every commit that changes one of `tables` advances the
    // sequence virtdeck_changes and sends a notification on `channel` (payload: the table).
    static QStringList notifyStatements(const QString &channel, const QStringList &tables);
    // A read transaction that sees one moment of the database (SQLite: BEGIN; PostgreSQL:
    // REPEATABLE READ).
    static bool beginRead(const QString &connectionName, QString *error);
};

} // namespace virtdeck
