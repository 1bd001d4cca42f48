// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "filemodes.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

// SQLite's own busy handler covers most waits, but not all: switching to WAL, or reading while a
// peer recovers the WAL index, can answer "database is locked" at once. Those are retried here.
bool execOnce(const QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// The first row of a PRAGMA's answer, e.g. "ok" from quick_check.
QString pragmaValue(const QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return {};
    }
    QStringList rows;
    while (q.next() && rows.size() < 5)
        rows << q.value(0).toString();
    return rows.join(u"; "_s);
}

} // namespace

bool SqliteDatabase::addsExistingColumn(const QString &connectionName, const QString &sql) {
    static const QRegularExpression addColumn(u"^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = addColumn.match(sql);
    if (!m.hasMatch())
        return false;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(m.captured(1))))
        return false;
    while (q.next())
        if (q.value(1).toString().compare(m.captured(2), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool SqliteDatabase::isLockError(const QString &error) {
    return error.contains(u"locked"_s, Qt::CaseInsensitive) ||
           error.contains(u"busy"_s, Qt::CaseInsensitive);
}

bool SqliteDatabase::exec(const QString &connectionName, const QString &sql, QString *error,
                          int waitMs) {
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QDeadlineTimer deadline(waitMs);
    QString why;
    for (int attempt = 0;; ++attempt) {
        if (execOnce(db, sql, &why))
            return true;
        if (!isLockError(why) || deadline.hasExpired())
            break;
        // Back off a little more each time, with jitter so that peers do not retry in step.
        QThread::msleep(qMin(20 + attempt * 10, 200) + QRandomGenerator::global()->bounded(20));
    }
    if (error)
        *error = why;
    return false;
}

bool SqliteDatabase::open(const QString &connectionName, const QString &path, const QString &what,
                          QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString why;
    // Owner only: job history and rosters name VMs, hosts and people.
    if (!makePrivateDir(QFileInfo(path).absolutePath(), &why) || !precreatePrivateFile(path, &why))
        return fail(why);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        // In force from the first statement on, the journal-mode switch included.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kLockWaitMs));
        if (!db.open())
            return fail(tr("Cannot open %1 (%2): %3").arg(what, path, db.lastError().text()));
    }
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    // A damaged page makes queries skip rows silently: check before anything is read.
    QDeadlineTimer deadline(kLockWaitMs);
    QString verdict;
    for (;;) {
        verdict = pragmaValue(db, u"PRAGMA quick_check"_s, &why);
        if (!verdict.isEmpty() || !isLockError(why) || deadline.hasExpired())
            break;
        QThread::msleep(50);
    }
    if (verdict.isEmpty() && !why.isEmpty())
        return fail(isLockError(why)
                        ? tr("The file %1 (%2) stayed locked by another program for %n "
                             "second(s): %3",
                             nullptr, kLockWaitMs / 1000)
                              .arg(path, what, why)
                        : tr("The file %1 (%2) is not a readable database: %3. Move it aside; "
                             "Virtdeck then starts a new, empty one.")
                              .arg(path, what, why));
    if (verdict != u"ok"_s)
        return fail(tr("The file %1 (%2) is damaged (%3). Nothing was read from it. Move it "
                       "aside and restore a copy from a backup, or let Virtdeck start a new, "
                       "empty one.")
                        .arg(path, what, verdict));
    // WAL lets readers and one writer work at once across processes; NORMAL sync is durable
    // across program crashes.
    if (!exec(connectionName, u"PRAGMA journal_mode=WAL"_s, &why) ||
        !exec(connectionName, u"PRAGMA synchronous=NORMAL"_s, &why))
        return fail(tr("Cannot prepare %1 (%2): %3").arg(what, path, why));
    return true;
}

} // namespace virtdeck
