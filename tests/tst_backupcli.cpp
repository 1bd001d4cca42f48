// SPDX-License-Identifier: GPL-3.0-or-later
// The backup command line under attack, as a hostile or careless user would run it: real
// `virtdeck` processes on local image files and repositories in temp folders. One row per family
// of the hardening (docs: README reliability table): numbers from outside, retention, concurrent
// writers, inherited damage, restores that destroy or look finished, paths from a repository,
// files that cannot be read. Every test failed before its fix.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {
struct Result {
    int code = -1;
    bool crashed = false;
    QString out, err;
};

Result vd(const QStringList &args, int timeoutMs = 120000) {
    QProcess p;
    p.start(QStringLiteral(VIRTDECK_BINARY), args);
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// `mib` MiB of random data (incompressible, so reading and writing take a while).
void writeRandom(const QString &path, int mib, quint32 seed) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QRandomGenerator rng(seed);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < mib; ++i) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        f.write(block);
    }
}

QByteArray sha(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QStringList manifests(const QString &repo) {
    return QDir(repo + u"/backups"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

QStringList chunkFiles(const QString &repo) {
    QStringList out;
    QDirIterator it(repo + u"/chunks"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

QString onlyId(const Result &r) {
    return r.out.trimmed().split(u'\n').constLast();
}
} // namespace

class TestBackupCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    // Family 1. A qcow2 header with l1_size = 0xFFFFFFFF aborted with std::bad_alloc.
    void hostileQcow2HeaderIsRefused_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("l1_size") << 36 << QByteArray::fromHex("ffffffff") << u"l1_size"_s;
        QTest::newRow("cluster_bits") << 20 << QByteArray::fromHex("0000001e") << u"cluster_bits"_s;
        QTest::newRow("size") << 24 << QByteArray::fromHex("ffffffffffffffff") << u"size"_s;
        QTest::newRow("l1_table_offset")
            << 40 << QByteArray::fromHex("0000000000001001") << u"l1_table_offset"_s;
        QTest::newRow("backing_file_size")
            << 16 << QByteArray::fromHex("fffffff0") << u"backing_file_size"_s;
        QTest::newRow("refcount_table_clusters")
            << 56 << QByteArray::fromHex("ffffffff") << u"refcount_table_clusters"_s;
        QTest::newRow("nb_snapshots") << 60 << QByteArray::fromHex("ffffffff") << u"nb_snapshots"_s;
        QTest::newRow("header_length")
            << 100 << QByteArray::fromHex("ffffffff") << u"header_length"_s;
    }
    void hostileQcow2HeaderIsRefused() {
        QFETCH(int, offset);
        QFETCH(QByteArray, value);
        QFETCH(QString, field);
        const QString qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
        if (qemuImg.isEmpty())
            QSKIP("qemu-img not installed");
        const QString img = m_tmp->filePath(u"bad.qcow2"_s);
        QCOMPARE(
            QProcess::execute(qemuImg, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, img, u"10M"_s}),
            0);
        QFile f(img);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(offset);
        f.write(value);
        f.close();
        const Result r =
            vd({u"backup"_s, u"--repo"_s, m_tmp->filePath(u"repo"_s), u"--image"_s, img});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
        QVERIFY(manifests(m_tmp->filePath(u"repo"_s)).isEmpty());
    }

    // Family 1: every number on the command line is range-checked with a message (exit 2).
    void optionsOutOfRangeAreRefused_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        QTest::newRow("sample 0") << QStringList{u"verify"_s, u"--sample"_s, u"0"_s}
                                  << u"--sample"_s;
        QTest::newRow("sample 1e9")
            << QStringList{u"verify"_s, u"--sample"_s, u"1e9"_s} << u"--sample"_s;
        QTest::newRow("sample nan")
            << QStringList{u"verify"_s, u"--sample"_s, u"nan"_s} << u"--sample"_s;
        QTest::newRow("threads 0")
            << QStringList{u"verify"_s, u"--threads"_s, u"0"_s} << u"--threads"_s;
        QTest::newRow("threads huge")
            << QStringList{u"verify"_s, u"--threads"_s, u"99999999999"_s} << u"--threads"_s;
        QTest::newRow("timeout -5")
            << QStringList{u"backup"_s, u"--timeout"_s, u"-5"_s} << u"--timeout"_s;
        QTest::newRow("keep-daily abc")
            << QStringList{u"prune"_s, u"--keep-daily"_s, u"abc"_s} << u"--keep-daily"_s;
        QTest::newRow("keep-weekly 1e6")
            << QStringList{u"prune"_s, u"--keep-weekly"_s, u"1000000"_s} << u"--keep-weekly"_s;
        QTest::newRow("name with slash")
            << QStringList{u"backup"_s, u"--image"_s, u"x"_s, u"--name"_s, u"../x"_s}
            << u"--name"_s;
    }
    void optionsOutOfRangeAreRefused() {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        const Result r = vd(args << u"--repo"_s << m_tmp->filePath(u"repo"_s));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
    }

    // Family 2. `prune --keep-last -1` deleted every backup and exited 0; keep values that keep
    // nothing are refused unless --remove-all says so.
    void retentionNeverDeletesWhatItShouldKeep() {
        const QString repo = m_tmp->filePath(u"repo"_s), img = m_tmp->filePath(u"disk.raw"_s);
        writeRandom(img, 1, 1);
        QCOMPARE(vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img}).code, 0);
        for (const QStringList &keep :
             {QStringList{u"--keep-last"_s, u"-1"_s}, QStringList{u"--keep-monthly"_s, u"-3"_s},
              QStringList{u"--keep-last"_s, u"0"_s},
              QStringList{u"--keep-last"_s, u"0"_s, u"--keep-daily"_s, u"0"_s}}) {
            const Result r = vd(QStringList{u"prune"_s, u"--repo"_s, repo} << keep);
            QCOMPARE(r.code, 2);
            QVERIFY2(!r.err.isEmpty(), qPrintable(keep.join(u' ')));
            QCOMPARE(manifests(repo).size(), 1);
        }
        // No keep value at all: garbage collection only.
        QCOMPARE(vd({u"prune"_s, u"--repo"_s, repo}).code, 0);
        QCOMPARE(manifests(repo).size(), 1);
        // Asked for in so many words.
        QCOMPARE(
            vd({u"prune"_s, u"--repo"_s, repo, u"--keep-last"_s, u"0"_s, u"--remove-all"_s}).code,
            0);
        QCOMPARE(manifests(repo).size(), 0);
    }

    // Family 3. Two concurrent backups of different disk.raw files got the same id: one manifest
    // survived, both said success. Several real processes at once, into a repository that does
    // not exist yet (creating it raced too).
    void concurrentWritersKeepEachOthersWork() {
        const QString repo = m_tmp->filePath(u"repo"_s);
        constexpr int kWriters = 4;
        std::vector<std::unique_ptr<QProcess>> procs;
        QList<QByteArray> hashes;
        for (int i = 0; i < kWriters; ++i) {
            const QString dir = m_tmp->filePath(u"d%1"_s.arg(i));
            QDir().mkpath(dir);
            writeRandom(dir + u"/disk.raw"_s, 2, quint32(100 + i));
            hashes.append(sha(dir + u"/disk.raw"_s));
        }
        for (int i = 0; i < kWriters; ++i) {
            procs.push_back(std::make_unique<QProcess>());
            procs.back()->start(QStringLiteral(VIRTDECK_BINARY),
                                {u"backup"_s, u"--repo"_s, repo, u"--image"_s,
                                 m_tmp->filePath(u"d%1/disk.raw"_s.arg(i))});
        }
        QStringList ids;
        for (auto &p : procs) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            ids.append(QString::fromUtf8(p->readAllStandardOutput()).trimmed());
        }
        QCOMPARE(manifests(repo).size(), kWriters);
        for (int i = 0; i < kWriters; ++i) {
            const QString out = m_tmp->filePath(u"out%1"_s.arg(i));
            const Result r = vd({u"restore"_s, u"--repo"_s, repo, ids.at(i), u"--to-dir"_s, out});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(sha(out + u"/image.raw"_s), hashes.at(i));
        }
        // Prune (exclusive) while a backup holds the repository (stopped midway with SIGSTOP, so
        // that it surely does): refused, clearly, and the backup then completes.
        writeRandom(m_tmp->filePath(u"big.raw"_s), 64, 7);
        const qsizetype before = chunkFiles(repo).size();
        QProcess slow;
        slow.start(QStringLiteral(VIRTDECK_BINARY),
                   {u"backup"_s, u"--repo"_s, repo, u"--image"_s, m_tmp->filePath(u"big.raw"_s)});
        QVERIFY(slow.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            chunkFiles(repo).size() > before || slow.state() != QProcess::Running, 20000);
        ::kill(pid_t(slow.processId()), SIGSTOP);
        const bool held = slow.state() == QProcess::Running;
        const Result pruned = vd({u"prune"_s, u"--repo"_s, repo, u"--keep-last"_s, u"1"_s});
        ::kill(pid_t(slow.processId()), SIGCONT);
        QVERIFY(slow.waitForFinished(120000));
        QCOMPARE(slow.exitCode(), 0);
        if (!held)
            QSKIP("the backup finished before the prune could meet it");
        QCOMPARE(pruned.code, 2);
        QVERIFY2(pruned.err.contains(u"busy"_s), qPrintable(pruned.err));
        QCOMPARE(manifests(repo).size(), kWriters + 1);
    }

    // Family 4. After one chunk was damaged, a new backup of the intact source reused it (exit 0)
    // and could not be restored itself.
    void damagedChunkIsReplacedNotInherited() {
        const QString repo = m_tmp->filePath(u"repo"_s), img = m_tmp->filePath(u"disk.raw"_s);
        writeRandom(img, 9, 3);
        QCOMPARE(vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img}).code, 0);
        const QStringList chunks = chunkFiles(repo);
        QVERIFY(chunks.size() >= 2);
        for (const QString &c : chunks) { // damage every chunk, each a different way
            QFile f(c);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const QByteArray head = f.read(64);
            f.seek(f.size() / 2);
            f.write(chunks.indexOf(c) % 2 ? QByteArray(16, 'x') : head);
        }
        const Result second = vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img});
        QCOMPARE(second.code, 0);
        const Result r = vd({u"restore"_s, u"--repo"_s, repo, onlyId(second), u"--to-dir"_s,
                             m_tmp->filePath(u"out"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(sha(m_tmp->filePath(u"out/image.raw"_s)), sha(img));
        // And the first backup is whole again too: its chunks were rewritten.
        QCOMPARE(vd({u"verify"_s, u"--repo"_s, repo}).code, 0);
    }

    // Family 5. Restoring a damaged backup deleted the good image.raw of a previous restore;
    // kill -9 during a restore left a partial file under the final name.
    void restoreNeverDestroysNorLooksFinished() {
        const QString repo = m_tmp->filePath(u"repo"_s), img = m_tmp->filePath(u"disk.raw"_s);
        const QString out = m_tmp->filePath(u"out"_s), target = out + u"/image.raw"_s;
        writeRandom(img, 96, 5);
        const Result b = vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img});
        QCOMPARE(b.code, 0);
        const QString id = onlyId(b);
        QCOMPARE(vd({u"restore"_s, u"--repo"_s, repo, id, u"--to-dir"_s, out}).code, 0);
        const QByteArray good = sha(target);
        QCOMPARE(good, sha(img));
        // Without --force, an existing file is not touched.
        Result r = vd({u"restore"_s, u"--repo"_s, repo, id, u"--to-dir"_s, out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--force"_s), qPrintable(r.err));
        // With --force, a damaged backup fails and leaves the good file as it was.
        const QStringList chunks = chunkFiles(repo);
        QFile c(chunks.constLast());
        QVERIFY(c.open(QIODevice::ReadWrite));
        c.seek(c.size() / 2);
        c.write("damage");
        c.close();
        r = vd({u"restore"_s, u"--repo"_s, repo, id, u"--to-dir"_s, out, u"--force"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        QCOMPARE(sha(target), good);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList{u"image.raw"_s});
        // kill -9 in the middle: no image.raw in a fresh folder, only a hidden partial file.
        QVERIFY(QFile::remove(chunks.constLast()));
        QCOMPARE(vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img}).code, 0); // repairs
        const QString killed = m_tmp->filePath(u"killed"_s);
        QProcess p;
        p.start(QStringLiteral(VIRTDECK_BINARY),
                {u"restore"_s, u"--repo"_s, repo, id, u"--to-dir"_s, killed});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            !QDir(killed)
                    .entryList({u".image.raw.partial-*"_s}, QDir::Files | QDir::Hidden)
                    .isEmpty() ||
                p.state() != QProcess::Running,
            20000);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        QVERIFY(!QFileInfo::exists(killed + u"/image.raw"_s) ||
                sha(killed + u"/image.raw"_s) == good);
    }

    // Family 6. A manifest whose disk target is ../../../../tmp/x made restore write outside
    // --to-dir; a chunk hash of ../../etc/passwd made verify read outside the repository.
    void pathsFromTheRepositoryStayInside_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("target") << u"target"_s << u"../../../../%1/escaped"_s;
        QTest::newRow("target absolute") << u"target"_s << u"/%1/escaped"_s;
        QTest::newRow("target dotdot") << u"target"_s << u".."_s;
        QTest::newRow("chunk") << u"chunk"_s << u"../../../../%1/escaped"_s;
        QTest::newRow("chunk uppercase") << u"chunk"_s << u"UPPER"_s;
        QTest::newRow("vm name nul") << u"vm"_s << u"a\u0000b"_s;
        QTest::newRow("id") << u"id"_s << u"../../%1/escaped"_s;
    }
    void pathsFromTheRepositoryStayInside() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString repo = m_tmp->filePath(u"repo"_s), img = m_tmp->filePath(u"disk.raw"_s);
        const QString outside = m_tmp->filePath(u"outside"_s);
        QVERIFY(QDir().mkpath(outside));
        writeRandom(img, 1, 9);
        const Result b = vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img});
        QCOMPARE(b.code, 0);
        const QString file = repo + u"/backups/"_s + onlyId(b) + u".json"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const QString v = value.contains(u"%1"_s) ? value.arg(outside) : value;
        QJsonArray disks = m.value(u"disks"_s).toArray();
        QJsonObject d = disks.at(0).toObject();
        if (key == u"target"_s)
            d.insert(u"target"_s, v);
        else if (key == u"chunk"_s) {
            QJsonArray chunks = d.value(u"chunks"_s).toArray();
            chunks.replace(0, v);
            d.insert(u"chunks"_s, chunks);
        } else if (key == u"vm"_s)
            m.insert(u"vm"_s, QJsonObject{{u"name"_s, v}});
        else
            m.insert(u"id"_s, v);
        disks.replace(0, d);
        m.insert(u"disks"_s, disks);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(m).toJson());
        f.close();
        // A file the hostile chunk name would reach, so that reading it would show.
        QFile bait(outside + u"/escaped"_s);
        QVERIFY(bait.open(QIODevice::WriteOnly));
        bait.write("bait");
        bait.close();
        const Result restored = vd(
            {u"restore"_s, u"--repo"_s, repo, onlyId(b), u"--to-dir"_s, m_tmp->filePath(u"out"_s)});
        QCOMPARE(restored.code, 1);
        QVERIFY2(!restored.err.isEmpty(), qPrintable(restored.err));
        QCOMPARE(QDir(outside).entryList(QDir::Files | QDir::Hidden), QStringList{u"escaped"_s});
        QCOMPARE(QFileInfo(outside + u"/escaped"_s).size(), 4);
        const Result verified = vd({u"verify"_s, u"--repo"_s, repo});
        QCOMPARE(verified.code, 1);
        QVERIFY2(verified.out.contains(u"unreadable"_s), qPrintable(verified.out));
        // Prune does not follow a manifest's id either: the file stays until a person looks.
        QCOMPARE(vd({u"prune"_s, u"--repo"_s, repo, u"--keep-last"_s, u"1"_s}).code, 1);
        QVERIFY(QFileInfo::exists(file));
    }

    // Family 7. A FIFO blocked `backup --image` and ignored SIGINT/SIGTERM; /dev/zero and other
    // character devices are refused too.
    void specialFilesAreRefusedUpFront() {
        const QString fifo = m_tmp->filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {fifo, u"/dev/zero"_s, m_tmp->path()}) {
            QElapsedTimer t;
            t.start();
            const Result r = vd(
                {u"backup"_s, u"--repo"_s, m_tmp->filePath(u"repo"_s), u"--image"_s, path}, 20000);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"only image files and block devices"_s), qPrintable(r.err));
            QVERIFY(t.elapsed() < 15000);
        }
    }

    // Family 7. SIGINT or SIGTERM in the middle of a backup: a clear message, exit 130, and no
    // manifest (the chunks written so far are garbage for prune to collect).
    void signalStopsABackupWithoutAFinishedLook_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }
    void signalStopsABackupWithoutAFinishedLook() {
        QFETCH(int, signal);
        const QString repo = m_tmp->filePath(u"repo"_s), img = m_tmp->filePath(u"big.raw"_s);
        writeRandom(img, 384, 11);
        QProcess p;
        p.start(QStringLiteral(VIRTDECK_BINARY),
                {u"backup"_s, u"--repo"_s, repo, u"--image"_s, img, u"--threads"_s, u"1"_s});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!chunkFiles(repo).isEmpty() || p.state() != QProcess::Running,
                                 30000);
        QVERIFY2(p.state() == QProcess::Running, "the backup finished before it could be stopped");
        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"interrupted"_s), qPrintable(err));
        QVERIFY(manifests(repo).isEmpty());
    }

    // Family 7. A block device backed up as 0 bytes with exit 0. Needs a loop device (root).
    void blockDeviceIsReadInFull() {
        const QString losetup = QStandardPaths::findExecutable(u"losetup"_s);
        const QString img = m_tmp->filePath(u"disk.raw"_s);
        writeRandom(img, 8, 13);
        QProcess attach;
        if (losetup.isEmpty() || ::geteuid() != 0)
            QSKIP("needs losetup and root");
        attach.start(losetup, {u"--find"_s, u"--show"_s, u"--read-only"_s, img});
        if (!attach.waitForFinished() || attach.exitCode() != 0)
            QSKIP("no loop device here");
        const QString dev = QString::fromUtf8(attach.readAllStandardOutput()).trimmed();
        const auto detach = qScopeGuard([&] { QProcess::execute(losetup, {u"-d"_s, dev}); });
        const QString repo = m_tmp->filePath(u"repo"_s);
        const Result b = vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, dev});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const Result r = vd(
            {u"restore"_s, u"--repo"_s, repo, onlyId(b), u"--to-dir"_s, m_tmp->filePath(u"out"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(sha(m_tmp->filePath(u"out/image.raw"_s)), sha(img));
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
