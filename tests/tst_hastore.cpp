// SPDX-License-Identifier: GPL-3.0-or-later
// The high-availability marks (HaStore) in a real SQLite file: mark and re-mark, the recorded
// failover kept once (a job's end announced twice must not clear a later conflict), the
// conflict, settling (the VM's new home), unmark by name or UUID, and two stores on one file.
// Also run on PostgreSQL (tst_hastore_postgres).
#include "failover/hastore.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestHaStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void markFailOverConflictSettle();
    void unmarkByNameOrUuid();
    void sharedDisksAndDefinition();
    void tableOfTheFirstVersionGetsNewColumns();

private:
    static HaMark sample(const QString &uuid, const QString &name, int priority) {
        HaMark m;
        m.uuid = uuid;
        m.name = name;
        m.home = u"qemu+ssh://root@h1/system"_s;
        m.priority = priority;
        m.prefer = {u"qemu+ssh://root@h2/system"_s, u"qemu:///system"_s};
        m.repository = u"/srv/backups"_s;
        m.graceSeconds = 30;
        return m;
    }
};

void TestHaStore::markFailOverConflictSettle() {
    test::TestDatabase dir;
    QVERIFY2(dir.error().isEmpty(), qPrintable(dir.error()));
    const QString path = dir.location();
    HaStore a, b;
    QVERIFY(a.open(path));
    QVERIFY(b.open(path));
    QVERIFY(a.mark(sample(u"u1"_s, u"db"_s, 1)));
    QVERIFY(a.mark(sample(u"u2"_s, u"web"_s, 9)));
    // Highest priority first; what one store wrote, the other reads.
    QList<HaMark> marks = b.marks();
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).name, u"web"_s);
    QCOMPARE(marks.at(1).prefer, sample({}, {}, 0).prefer);
    QCOMPARE(marks.at(1).graceSeconds, 30);

    const QDateTime first = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
    QVERIFY(a.setFailedOver(u"u1"_s, u"qemu:///system"_s, first));
    QVERIFY(a.setConflict(u"u1"_s, u"runs twice"_s));
    // The same job's end again, later: neither the first record nor the conflict changes.
    QVERIFY(b.setFailedOver(u"u1"_s, u"qemu+ssh://root@h2/system"_s, first.addSecs(60)));
    std::optional<HaMark> db = b.find(u"db"_s);
    QVERIFY(db);
    QCOMPARE(db->failedOverTo, u"qemu:///system"_s);
    QCOMPARE(db->failedOverAt, first);
    QCOMPARE(db->conflict, u"runs twice"_s);
    // Re-marking keeps the recorded failover.
    QVERIFY(a.mark(sample(u"u1"_s, u"db"_s, 5)));
    QCOMPARE(b.find(u"u1"_s)->failedOverTo, u"qemu:///system"_s);
    QCOMPARE(b.find(u"u1"_s)->priority, 5);

    QVERIFY(a.settle(u"u1"_s, u"qemu:///system"_s));
    db = b.find(u"u1"_s);
    QCOMPARE(db->home, u"qemu:///system"_s);
    QVERIFY(db->failedOverTo.isEmpty());
    QVERIFY(db->conflict.isEmpty());
    QVERIFY(!db->failedOverAt.isValid());
}

void TestHaStore::unmarkByNameOrUuid() {
    test::TestDatabase dir;
    HaStore s;
    QVERIFY2(s.open(dir.location()), qPrintable(dir.error() + s.lastError()));
    QVERIFY(s.mark(sample(u"u1"_s, u"db"_s, 0)));
    QVERIFY(s.mark(sample(u"u2"_s, u"web"_s, 0)));
    QVERIFY(s.unmark(u"db"_s));
    QVERIFY(s.unmark(u"u2"_s));
    QVERIFY(!s.unmark(u"web"_s)); // gone already: false, with no error
    QVERIFY(s.lastError().isEmpty());
    QVERIFY(s.marks().isEmpty());
    QVERIFY(!s.find(u"db"_s));
}

// The definition for a failover on shared disks: recorded, replaced, and kept when the VM is
// marked again without one.
void TestHaStore::sharedDisksAndDefinition() {
    test::TestDatabase dir;
    HaStore s;
    QVERIFY2(s.open(dir.location()), qPrintable(dir.error() + s.lastError()));
    HaMark m = sample(u"u1"_s, u"db"_s, 0);
    m.sharedDisks = true;
    m.definition = u"<domain>one</domain>"_s;
    QVERIFY(s.mark(m));
    QCOMPARE(s.find(u"u1"_s)->definition, m.definition);
    QVERIFY(s.setDefinition(u"u1"_s, u"<domain>two</domain>"_s));
    m.definition.clear();
    m.priority = 3;
    QVERIFY(s.mark(m));
    const HaMark back = *s.find(u"u1"_s);
    QCOMPARE(back.definition, u"<domain>two</domain>"_s);
    QVERIFY(back.sharedDisks);
    QCOMPARE(back.priority, 3);
    m.sharedDisks = false;
    QVERIFY(s.mark(m));
    QVERIFY(!s.find(u"u1"_s)->sharedDisks);
}

// A database written by the first version (no shared, no definition): its marks stay and the
// new columns are added, by two stores opening it one after the other.
void TestHaStore::tableOfTheFirstVersionGetsNewColumns() {
    if (test::TestDatabase::wantsPostgres())
        QSKIP("The first version had no PostgreSQL back end.");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scheduler.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE ha_vms (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, home "
                       "TEXT NOT NULL, priority INTEGER DEFAULT 0, prefer TEXT, repository TEXT, "
                       "grace INTEGER DEFAULT 120, failed_over_to TEXT, failed_over_at INTEGER "
                       "DEFAULT 0, conflict TEXT)"_s));
        QVERIFY(
            q.exec(u"INSERT INTO ha_vms (uuid, name, home) VALUES ('u9', 'old', 'qemu:///x')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    HaStore a, b;
    QVERIFY2(a.open(path), qPrintable(a.lastError()));
    QVERIFY2(b.open(path), qPrintable(b.lastError()));
    QCOMPARE(b.find(u"old"_s)->home, u"qemu:///x"_s);
    QVERIFY(!b.find(u"old"_s)->sharedDisks);
    QVERIFY(a.setDefinition(u"u9"_s, u"<domain/>"_s));
    QCOMPARE(b.find(u"u9"_s)->definition, u"<domain/>"_s);
}

QTEST_GUILESS_MAIN(TestHaStore)
#include "tst_hastore.moc"
