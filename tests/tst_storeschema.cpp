// SPDX-License-Identifier: GPL-3.0-or-later
// The numbered schema every store opens through (StoreDatabase::open): each migration runs
// once, in order; a failed one leaves the database as it was; a database from a newer Virtdeck
// is refused; a database from before the numbering is brought to the current version. On an SQLite
// file, and as tst_storeschema_postgres on a PostgreSQL database.
#include "core/storedatabase.h"
#include "failover/hastore.h"
#include "labs/labstore.h"
#include "scheduler/jobstore.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

const QStringList kFirst{u"CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, a TEXT)"_s};
const QStringList kSecond{u"ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 7"_s,
                          u"UPDATE t SET b = 8"_s};

StoreSchema schemaOf(QList<QStringList> migrations) {
    return {u"test"_s, std::move(migrations), {}};
}

// One value of the first row of `sql` on the named connection.
QVariant valueOf(const QString &connection, const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(connection, false));
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

bool hasTable(const QString &connection, const QString &table) {
    QSqlQuery q(QSqlDatabase::database(connection, false));
    return q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table));
}

} // namespace

class TestStoreSchema : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

    // Opens the test database as `name` with `schema`; the connection stays open.
    bool open(const QString &name, const StoreSchema &schema, QString *error = nullptr) {
        QString why;
        const bool ok =
            StoreDatabase::open(name, m_db->location(), u"the test store"_s, schema, &why);
        if (error)
            *error = why;
        return ok;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
    }
    void cleanup() {
        for (const QString &name : QSqlDatabase::connectionNames())
            StoreDatabase::close(name);
        m_db.reset();
    }

    void migrationsRunOnceInOrder() {
        QString error;
        QVERIFY2(open(u"v1"_s, schemaOf({kFirst}), &error), qPrintable(error));
        QCOMPARE(StoreDatabase::schemaVersion(u"v1"_s, u"test"_s), 1);
        QVERIFY(QSqlQuery(QSqlDatabase::database(u"v1"_s, false))
                    .exec(u"INSERT INTO t (id, a) VALUES (1, 'kept')"_s));
        StoreDatabase::close(u"v1"_s);

        QVERIFY2(open(u"v2"_s, schemaOf({kFirst, kSecond}), &error), qPrintable(error));
        QCOMPARE(StoreDatabase::schemaVersion(u"v2"_s, u"test"_s), 2);
        QCOMPARE(valueOf(u"v2"_s, u"SELECT b FROM t WHERE id = 1"_s).toInt(), 8);
        QCOMPARE(valueOf(u"v2"_s, u"SELECT a FROM t WHERE id = 1"_s).toString(), u"kept"_s);
        QVERIFY(QSqlQuery(QSqlDatabase::database(u"v2"_s, false))
                    .exec(u"UPDATE t SET b = 9 WHERE id = 1"_s));
        StoreDatabase::close(u"v2"_s);

        // Opened again at the same version: no migration runs a second time.
        QVERIFY2(open(u"again"_s, schemaOf({kFirst, kSecond}), &error), qPrintable(error));
        QCOMPARE(valueOf(u"again"_s, u"SELECT b FROM t WHERE id = 1"_s).toInt(), 9);
        QCOMPARE(StoreDatabase::schemaVersion(u"again"_s, u"test"_s), 2);
    }

    void aFailedMigrationChangesNothing() {
        QString error;
        QVERIFY2(open(u"v1"_s, schemaOf({kFirst}), &error), qPrintable(error));
        StoreDatabase::close(u"v1"_s);
        const QStringList broken{u"CREATE TABLE u (x INTEGER)"_s,
                                 u"INSERT INTO no_such_table VALUES (1)"_s};
        QVERIFY(!open(u"broken"_s, schemaOf({kFirst, broken}), &error));
        QVERIFY2(error.contains(u"migration 2"_s), qPrintable(error));
        StoreDatabase::close(u"broken"_s);

        QVERIFY(open(u"look"_s, {}));
        QCOMPARE(StoreDatabase::schemaVersion(u"look"_s, u"test"_s), 1);
        QVERIFY2(!hasTable(u"look"_s, u"u"_s), "a failed migration left its first table");
    }

    void aNewerDatabaseIsRefused() {
        QString error;
        QVERIFY2(open(u"v2"_s, schemaOf({kFirst, kSecond}), &error), qPrintable(error));
        QVERIFY(QSqlQuery(QSqlDatabase::database(u"v2"_s, false))
                    .exec(u"INSERT INTO t (id, a, b) VALUES (1, 'x', 5)"_s));
        StoreDatabase::close(u"v2"_s);

        QVERIFY(!open(u"older"_s, schemaOf({kFirst}), &error));
        QVERIFY2(error.contains(u"newer Virtdeck"_s) && error.contains(u"schema 2"_s),
                 qPrintable(error));
        StoreDatabase::close(u"older"_s);
        QVERIFY(open(u"look"_s, {}));
        QCOMPARE(StoreDatabase::schemaVersion(u"look"_s, u"test"_s), 2);
        QCOMPARE(valueOf(u"look"_s, u"SELECT b FROM t WHERE id = 1"_s).toInt(), 5);
    }

    // A failover-marks table made before the versions were numbered: it has the column
    // migration 2 adds but not the one of migration 3, and no schema_versions row. Opening
    // skips what it has, adds the rest, records version 3 and keeps the rows.
    void aDatabaseFromBeforeTheNumberingIsMigrated() {
        QVERIFY(open(u"old"_s, {}));
        QSqlQuery q(QSqlDatabase::database(u"old"_s, false));
        QVERIFY(q.exec(u"CREATE TABLE ha_vms (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, home "
                       "TEXT NOT NULL, priority INTEGER DEFAULT 0, prefer TEXT, repository TEXT, "
                       "grace INTEGER DEFAULT 120, failed_over_to TEXT, failed_over_at INTEGER "
                       "DEFAULT 0, conflict TEXT, shared INTEGER DEFAULT 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO ha_vms (uuid, name, home) VALUES ('u1', 'web', "
                       "'qemu:///system')"_s));
        StoreDatabase::close(u"old"_s);

        HaStore store;
        QString error;
        QVERIFY2(store.open(m_db->location(), &error), qPrintable(error));
        QCOMPARE(store.find(u"u1"_s)->name, u"web"_s);
        HaMark m = *store.find(u"u1"_s);
        m.definition = u"<domain/>"_s;
        QVERIFY2(store.mark(m), qPrintable(store.lastError()));
        QCOMPARE(store.find(u"u1"_s)->definition, u"<domain/>"_s);
        QVERIFY(open(u"look"_s, {}));
        QCOMPARE(StoreDatabase::schemaVersion(u"look"_s, u"ha"_s), 3);
    }

    // Every store records its version, each in its own row of one database.
    void everyStoreRecordsItsVersion() {
        JobStore jobs;
        HaStore marks;
        LabStore labs;
        QString error;
        QVERIFY2(jobs.open(m_db->location(), &error), qPrintable(error));
        QVERIFY2(marks.open(m_db->location(), &error), qPrintable(error));
        QVERIFY2(labs.open(m_db->location(), &error), qPrintable(error));
        QVERIFY(open(u"look"_s, {}));
        QCOMPARE(StoreDatabase::schemaVersion(u"look"_s, u"scheduler"_s),
                 JobStore::schema().version());
        QCOMPARE(StoreDatabase::schemaVersion(u"look"_s, u"ha"_s), 3);
        QCOMPARE(StoreDatabase::schemaVersion(u"look"_s, u"labs"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
