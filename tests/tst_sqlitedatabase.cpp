// SPDX-License-Identifier: GPL-3.0-or-later
// How every Virtdeck store opens its SQLite file: a peer that holds a lock for a moment is waited
// for (the journal-mode switch included), and a damaged or foreign file is refused, never read as
// empty.
#include "core/sqlitedatabase.h"
#include "scheduler/jobstore.h"

#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
// A second process's connection, played by a thread: it creates the database in rollback mode
// and holds the write lock for `holdMs`, as a peer creating its schema does.
class Peer : public QThread {
public:
    Peer(const QString &path, int holdMs)
        : m_path(path)
        , m_holdMs(holdMs) {}
    QSemaphore locked;
    QString error;

protected:
    void run() override {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peer"_s);
            db.setDatabaseName(m_path);
            if (!db.open()) {
                error = db.lastError().text();
                locked.release();
                return;
            }
            QSqlQuery q(db);
            if (!q.exec(u"BEGIN IMMEDIATE"_s) ||
                !q.exec(u"CREATE TABLE peer_was_here (x INTEGER)"_s))
                error = q.lastError().text();
            locked.release();
            QThread::msleep(m_holdMs);
            if (!q.exec(u"COMMIT"_s))
                error = q.lastError().text();
        }
        QSqlDatabase::removeDatabase(u"peer"_s);
    }

private:
    QString m_path;
    int m_holdMs;
};
} // namespace

// Whether another process sees a lock of this one on the file: a forked child asks fcntl for
// any lock that would conflict with writing the whole file.
bool heldByThisProcess(const QString &path) {
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return false;
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        struct flock lk {};
        lk.l_type = F_WRLCK;
        lk.l_whence = SEEK_SET;
        const char held = fd >= 0 && ::fcntl(fd, F_GETLK, &lk) == 0 && lk.l_type != F_UNLCK;
        // No close(fd): _exit ends the child without touching anything of the parent.
        [[maybe_unused]] const auto n = ::write(pipeFds[1], &held, 1);
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    char held = 0;
    const bool read = ::read(pipeFds[0], &held, 1) == 1;
    ::close(pipeFds[0]);
    ::waitpid(child, nullptr, 0);
    return read && held;
}

class TestSqliteDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aPeersBriefLockIsWaitedFor() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        Peer peer(path, 700);
        peer.start();
        QVERIFY(peer.locked.tryAcquire(1, 10000));
        QVERIFY2(peer.error.isEmpty(), qPrintable(peer.error));
        // The peer holds the write lock on a database still in rollback mode: switching it to WAL
        // cannot proceed until the peer commits, and SQLite's busy handler does not wait for
        // that (it would deadlock in SQLite's eyes): the store must.
        JobStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        peer.wait();
        QVERIFY2(peer.error.isEmpty(), qPrintable(peer.error));
        QVERIFY(store.loadJobs().isEmpty());
    }

    // Two stores of one process on one file (the failover watch beside the scheduler's engine,
    // two lab tasks): opening the second must not drop the first one's locks. POSIX record locks
    // belong to the process, and the close of any descriptor of the file releases them all; a
    // peer process could then check-point or write under the first connection.
    void aSecondOpenKeepsTheFirstOnesLocks() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        QString error;
        QVERIFY2(SqliteDatabase::open(u"first"_s, path, u"test"_s, &error), qPrintable(error));
        QVERIFY(SqliteDatabase::exec(u"first"_s, u"CREATE TABLE t (x INTEGER)"_s, &error));
        QVERIFY(SqliteDatabase::exec(u"first"_s, u"BEGIN IMMEDIATE"_s, &error));
        QVERIFY(SqliteDatabase::exec(u"first"_s, u"INSERT INTO t VALUES (1)"_s, &error));
        QVERIFY(heldByThisProcess(path));
        QVERIFY2(SqliteDatabase::open(u"second"_s, path, u"test"_s, &error), qPrintable(error));
        QVERIFY2(heldByThisProcess(path), "the second open released the first one's lock");
        QVERIFY(SqliteDatabase::exec(u"first"_s, u"COMMIT"_s, &error));
        for (const QString &name : {u"first"_s, u"second"_s}) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

    void aDamagedDatabaseIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        {
            JobStore store;
            QVERIFY(store.open(path));
            QList<Job> jobs;
            for (int i = 0; i < 400; ++i) {
                Job j;
                j.kind = u"start"_s;
                j.uri = u"test:///default"_s;
                j.vm = u"vm-%1-%2"_s.arg(i).arg(QString(200, u'x'));
                jobs.append(j);
            }
            QVERIFY(store.insertJobs(jobs));
        }
        // Checkpoint the WAL into the main file, then damage a page in its middle.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ckpt"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"ckpt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 16 * 4096);
        f.seek(f.size() / 2 / 4096 * 4096 + 20);
        f.write(QByteArray(200, char(0xa5)));
        f.close();
        JobStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(u"damaged"_s) || error.contains(u"not a readable"_s),
                 qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void aForeignFileIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        JobStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(!error.isEmpty() && error.contains(path), qPrintable(error));
        // Nothing was overwritten.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'z'));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
