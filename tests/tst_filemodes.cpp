// SPDX-License-Identifier: GPL-3.0-or-later
// Owner-only modes of what the console writes: backup repository, scheduler database, settings.
#include "backup/repository.h"
#include "core/filemodes.h"
#include "scheduler/job.h"
#include "scheduler/jobstore.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
int modeOf(const QString &path) {
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
} // namespace

class TestFileModes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // The usual desktop umask: without explicit modes, files would be world-readable.
        ::umask(022);
    }

    void helpers() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path() + u"/a/b"_s;
        QVERIFY(makePrivateDir(dir));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(tmp.path() + u"/a"_s), 0755); // parents are created, not restricted
        const QString file = dir + u"/f"_s;
        QVERIFY(precreatePrivateFile(file));
        QCOMPARE(modeOf(file), 0600);
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        QCOMPARE(modeOf(file), 0604);
        QVERIFY(restrictToOwner(file));
        QCOMPARE(modeOf(file), 0600);
        QString error;
        QVERIFY(!restrictToOwner(dir + u"/missing"_s, &error));
        QVERIFY(error.contains(u"missing"_s));
    }

    void backupRepository() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.path() + u"/repo"_s;
        QString error;
        auto repo =
            backup::Repository::open(root, backup::Repository::Lock::Exclusive, true, &error);
        QVERIFY2(repo, qPrintable(error));
        for (const char *d : {"", "/chunks", "/backups", "/tmp"})
            QCOMPARE(modeOf(root + QString::fromLatin1(d)), 0700);
        for (const char *f : {"/README.txt", "/virtdeck-repository.json", "/lock"})
            QCOMPARE(modeOf(root + QString::fromLatin1(f)), 0600);

        const QByteArray data(65536, 'x');
        const auto put = repo->chunks().put(data.constData(), size_t(data.size()));
        QVERIFY2(put.ok, qPrintable(put.error));
        const QString chunk = repo->chunks().pathOf(put.hash);
        QCOMPARE(modeOf(chunk), 0600);
        QCOMPARE(modeOf(QFileInfo(chunk).absolutePath()), 0700);

        backup::BackupManifest m;
        m.id = repo->newBackupId(u"web"_s, QDateTime::currentDateTimeUtc());
        m.vmName = u"web"_s;
        m.chunkSize = repo->chunkSize();
        m.started = m.finished = QDateTime::currentDateTimeUtc();
        QVERIFY2(repo->commit(m, &error), qPrintable(error));
        const QStringList manifests =
            QDir(root + u"/backups"_s).entryList(QDir::Files | QDir::NoDotAndDotDot);
        QCOMPARE(manifests.size(), 1);
        QCOMPARE(modeOf(root + u"/backups/"_s + manifests.first()), 0600);
    }

    void schedulerDatabase() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path() + u"/data/virtdeck"_s;
        const QString db = dir + u"/scheduler.sqlite"_s;
        {
            JobStore store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            Job job;
            job.kind = u"start"_s;
            job.uri = u"test:///default"_s;
            job.vm = u"test"_s;
            QVERIFY(store.insertJob(job));
            QCOMPARE(modeOf(dir), 0700);
            QCOMPARE(modeOf(db), 0600);
            // SQLite gives the WAL and shared-memory files the database file's mode.
            QCOMPARE(modeOf(db + u"-wal"_s), 0600);
            QCOMPARE(modeOf(db + u"-shm"_s), 0600);
        }
        // An existing database with a loose mode is tightened when opened again.
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
        JobStore again;
        QVERIFY(again.open(db));
        QCOMPARE(modeOf(db), 0600);
    }

    void settings() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(tmp.path()));
        QCoreApplication::setOrganizationName(u"virtdeck"_s);
        QCoreApplication::setApplicationName(u"virtdeck"_s);
        QVERIFY(restrictSettingsToOwner());
        const QString path = QSettings().fileName();
        QVERIFY(path.startsWith(tmp.path()));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
        {
            QSettings s;
            s.setValue(u"connections/1/host"_s, u"lab-a"_s);
            s.sync();
            QCOMPARE(s.status(), QSettings::NoError);
        }
        // QSettings replaces the file on save; the replacement keeps the owner-only mode.
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(QSettings().value(u"connections/1/host"_s).toString(), u"lab-a"_s);
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
