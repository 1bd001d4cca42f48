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

// The numbered schema of one store. `migrations[i]` takes the store from version i to i + 1, in
// SQLite's words; a database records each store's version in the table schema_versions.
// Version 1 is written idempotently (CREATE … IF NOT EXISTS, "ADD COLUMN" skipped where the
// column exists), so a database made before the numbering adopts it unchanged.
struct StoreSchema {
    QString store; // its row in schema_versions: "scheduler", "ha", "labs", "team"
    QList<QStringList> migrations;
    QStringList postgresSetup; // run at every open on PostgreSQL, after the migrations (triggers)

    int version() const { return int(migrations.size()); }
};

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

    // Opens `location` as the connection `connectionName` and brings `schema` to its version:
    // the migrations the database lacks run in one writing transaction with the new version, so
    // a failed one leaves the database as it was, and two processes opening at once migrate
    // once. A database whose version of the store is newer than `schema` (written by a later
    // Virtdeck) is refused. A PostgreSQL role that may not create tables opens without set-up.
    // `what` names the database in messages ("the scheduler database"). False with `error`.
    static bool open(const QString &connectionName, const QString &location, const QString &what,
                     const StoreSchema &schema, QString *error);
    // The version of `store` recorded in the open database; 0 when none is.
    static int schemaVersion(const QString &connectionName, const QString &store);
    static bool isPostgres(const QString &connectionName);
    // Whether this role may add and change rows in every one of `tables` (a PostgreSQL role
    // may be read-only; an SQLite file this process opened for writing always may).
    static bool mayWrite(const QString &connectionName, const QStringList &tables);
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
