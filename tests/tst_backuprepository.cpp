// SPDX-License-Identifier: GPL-3.0-or-later
// The backup repository as pure file-format code on temp dirs: chunking, dedup, restore,
// qcow2 reading (with backing files and incremental scratch images), verify, prune, GC.
// qemu-img/qemu-io make the qcow2 fixtures (the test skips those rows without them).
#include "backup/backupcatalogmodel.h"
#include "backup/chunkstore.h"
#include "backup/diskbackupwriter.h"
#include "backup/diskrestorereader.h"
#include "backup/filedisksource.h"
#include "backup/pruner.h"
#include "backup/qcow2source.h"
#include "backup/repository.h"
#include "backup/repositorystats.h"
#include "backup/validation.h"
#include "backup/verifier.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace virtdeck::backup;
using namespace Qt::StringLiterals;

namespace {
constexpr quint64 MiB = 1024 * 1024;

// Writes `len` bytes of `fill` (or random bytes when fill < 0) at `off`.
void writeAt(const QString &path, quint64 off, quint64 len, int fill) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray data(qsizetype(len), char(fill < 0 ? 0 : fill));
    if (fill < 0)
        QRandomGenerator(quint32(off))
            .fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    f.seek(qint64(off));
    f.write(data);
}

// A sparse raw fixture: repeated, random and zero regions, size not a chunk multiple.
QString makeRaw(const QString &dir, const QString &name, quint64 size) {
    const QString path = dir + u'/' + name;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.resize(qint64(size));
    f.close();
    writeAt(path, 0, 8 * MiB, 0x11);
    writeAt(path, 20 * MiB, 1 * MiB + 4096, -1);
    writeAt(path, 30 * MiB + 512, 3000, 0x5a);
    writeAt(path, size - 4096, 4096, 0x77);
    return path;
}

QByteArray fileHash(const QString &path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool run(const QString &prog, const QStringList &args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(prog, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning().noquote() << prog << args.join(u' ') << p.readAll();
        return false;
    }
    return true;
}

BackupManifest backupSource(Repository &repo, DiskSource &src, const QString &vm,
                            const QDateTime &when, const BackupManifest *parent = nullptr) {
    BackupManifest m;
    m.id = repo.newBackupId(vm, when);
    m.vmName = vm;
    m.vmUuid = u"uuid-"_s + vm;
    m.started = when;
    m.mode = parent ? u"incremental"_s : u"full"_s;
    m.parent = parent ? parent->id : QString();
    m.chunkSize = repo.chunkSize();
    DiskManifest d;
    d.target = u"vda"_s;
    DiskBackupOptions opt;
    opt.chunkSize = repo.chunkSize();
    if (parent)
        opt.parentChunks = parent->disks.first().chunks;
    QString err;
    if (!backupDisk(src, repo.chunks(), opt, &d, nullptr, {}, &err))
        qWarning() << err;
    m.disks.append(d);
    m.finished = when.addSecs(1);
    if (!repo.commit(m, &err))
        qWarning() << err;
    return m;
}
} // namespace

class TestBackupRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void manifestRoundTrip();
    void sharedOpenWaitsForACreatorsLock();
    void fullBackupRestoresExactly();
    void dedupAcrossBackups();
    void qcow2WithBackingChain();
    void incrementalScratchOverlay();
    void verifyNamesDamagedBackups();
    void interruptedBackupLeavesNoBackup();
    void pruneSelection_data();
    void pruneSelection();
    void pruneCollectsGarbage();
    void lockExcludesPruneDuringBackup();
    void statsCountEachChunkOnce();
    void statsOfARepository();
    void catalogModelDiffsByKey();
    void catalogModelRawAndFormatted();
    void negativeRetentionIsRefused();
    void damagedChunkIsReplacedOnDedup();
    void commitNeverReplacesAManifest();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_qemuImg, m_qemuIo;
};

void TestBackupRepository::init() {
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
    m_qemuIo = QStandardPaths::findExecutable(u"qemu-io"_s);
}

void TestBackupRepository::manifestRoundTrip() {
    BackupManifest m;
    m.id = u"web-20260101T000000Z"_s;
    m.vmName = u"web"_s;
    m.vmUuid = u"u1"_s;
    m.started = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    m.finished = m.started.addSecs(5);
    m.mode = u"full"_s;
    m.chunkSize = 4 * MiB;
    m.domainXml = u"<domain/>"_s;
    DiskManifest d;
    d.target = u"vda"_s;
    d.capacity = 9 * MiB;
    d.chunks = {QString(64, u'a'), QString(), QString(64, u'b')};
    m.disks.append(d);
    BackupManifest back;
    QString err;
    QVERIFY2(BackupManifest::fromJson(m.toJson(), &back, &err), qPrintable(err));
    QCOMPARE(back, m);
    // A chunk list that does not fit the capacity is refused.
    m.disks[0].capacity = 20 * MiB;
    QVERIFY(!BackupManifest::fromJson(m.toJson(), &back, &err));
}

void TestBackupRepository::fullBackupRestoresExactly() {
    const QString raw = makeRaw(m_tmp->path(), u"disk.raw"_s, 37 * MiB + 4096);
    QString err;
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    QVERIFY2(repo, qPrintable(err));
    FileDiskSource src(raw);
    const auto m = backupSource(*repo, src, u"vm1"_s, QDateTime::currentDateTimeUtc());
    const DiskManifest &d = m.disks.first();
    QCOMPARE(d.capacity, 37 * MiB + 4096);
    QCOMPARE(d.chunks.size(), 10);
    // Chunks 0 and 1 are the same 0x11 data: stored once. 2, 3, 6, 8 are zero.
    QCOMPARE(d.chunks.at(0), d.chunks.at(1));
    QVERIFY(d.chunks.at(2).isEmpty() && d.chunks.at(3).isEmpty() && d.chunks.at(8).isEmpty());
    QVERIFY(!d.chunks.at(9).isEmpty());
    QVERIFY(d.bytesRead < 20 * MiB); // holes were not read
    QCOMPARE(repo->chunks().list().size(), 4);

    const QString out = m_tmp->filePath(u"restored.raw"_s);
    QVERIFY2(restoreDiskToFile(d, repo->chunks(), repo->chunkSize(), out, nullptr, {}, &err),
             qPrintable(err));
    QCOMPARE(fileHash(out), fileHash(raw));
    QCOMPARE(QFileInfo(out).size(), qint64(37 * MiB + 4096));
    // Thin: the restored file allocates about what the data needs, not its size.
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
    QVERIFY2(quint64(st.st_blocks) * 512 < 14 * MiB, qPrintable(QString::number(st.st_blocks)));
}

void TestBackupRepository::dedupAcrossBackups() {
    const QString raw = makeRaw(m_tmp->path(), u"disk.raw"_s, 37 * MiB);
    QString err;
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    QVERIFY(repo);
    FileDiskSource a(raw);
    const auto m1 = backupSource(*repo, a, u"vm1"_s, QDateTime::currentDateTimeUtc());
    FileDiskSource b(raw);
    const auto m2 = backupSource(*repo, b, u"vm2"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(m1.disks.first().newChunks > 0);
    QCOMPARE(m2.disks.first().newChunks, 0u);
    QCOMPARE(m2.disks.first().chunks, m1.disks.first().chunks);
    QCOMPARE(repo->backups().size(), 2);
}

void TestBackupRepository::qcow2WithBackingChain() {
    if (m_qemuImg.isEmpty() || m_qemuIo.isEmpty())
        QSKIP("qemu-img/qemu-io not installed");
    const QString base = m_tmp->filePath(u"base.qcow2"_s);
    const QString clone = m_tmp->filePath(u"clone.qcow2"_s);
    QVERIFY(run(m_qemuImg, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, base, u"40M"_s}));
    QVERIFY(run(m_qemuIo, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x21 0 6M"_s, u"-c"_s,
                           u"write -P 0x22 17M 100k"_s, base}));
    QVERIFY(run(m_qemuImg, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"qcow2"_s, u"-b"_s,
                            base, clone}));
    QVERIFY(run(m_qemuIo, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x33 1M 64k"_s, u"-c"_s,
                           u"write -z 17M 64k"_s, u"-c"_s, u"write -P 0x44 39M 1M"_s, clone}));
    const QString expected = m_tmp->filePath(u"expected.raw"_s);
    QVERIFY(run(m_qemuImg, {u"convert"_s, u"-O"_s, u"raw"_s, clone, expected}));

    QString err;
    auto top = std::make_unique<Qcow2Source>(fileRangeReader(clone, &err));
    QVERIFY2(top->open(&err), qPrintable(err));
    QCOMPARE(top->backingFile(), base);
    QCOMPARE(top->backingFormat(), u"qcow2"_s);
    auto below = std::make_unique<Qcow2Source>(fileRangeReader(base, &err));
    QVERIFY(below->open(&err));
    top->setBacking(std::move(below));
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    const auto m = backupSource(*repo, *top, u"clone"_s, QDateTime::currentDateTimeUtc());
    const QString out = m_tmp->filePath(u"out.raw"_s);
    QVERIFY2(restoreDiskToFile(m.disks.first(), repo->chunks(), repo->chunkSize(), out, nullptr, {},
                               &err),
             qPrintable(err));
    QCOMPARE(fileHash(out), fileHash(expected));
}

void TestBackupRepository::incrementalScratchOverlay() {
    if (m_qemuImg.isEmpty() || m_qemuIo.isEmpty())
        QSKIP("qemu-img/qemu-io not installed");
    // Full backup of the "before" image, then a scratch qcow2 that holds only the changed
    // clusters (as a push-mode incremental backup leaves it): changed data, and zeroed ranges.
    const QString before = makeRaw(m_tmp->path(), u"before.raw"_s, 37 * MiB);
    QString err;
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    FileDiskSource src(before);
    const auto full = backupSource(*repo, src, u"vm"_s, QDateTime::currentDateTimeUtc());

    const QString scratch = m_tmp->filePath(u"scratch.qcow2"_s);
    QVERIFY(run(m_qemuImg, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, scratch, u"37M"_s}));
    const QStringList changes = {u"write -P 0x55 1M 64k"_s, u"write -z 20M 128k"_s,
                                 u"write -P 0x66 25M 64k"_s, u"write -P 0x77 36M 1M"_s};
    const QString after = m_tmp->filePath(u"after.raw"_s);
    QFile::copy(before, after);
    QStringList scratchArgs = {u"-f"_s, u"qcow2"_s}, afterArgs = {u"-f"_s, u"raw"_s};
    for (const auto &c : changes)
        scratchArgs << u"-c"_s << c, afterArgs << u"-c"_s << c;
    QVERIFY(run(m_qemuIo, scratchArgs << scratch));
    QVERIFY(run(m_qemuIo, afterArgs << after));

    Qcow2Source inc(fileRangeReader(scratch, &err));
    QVERIFY(inc.open(&err));
    inc.setUnallocatedMeansUnchanged(true);
    const auto m =
        backupSource(*repo, inc, u"vm"_s, QDateTime::currentDateTimeUtc().addSecs(60), &full);
    QVERIFY(m.disks.first().bytesRead <= 2 * MiB); // only the changed clusters were read
    const QString out = m_tmp->filePath(u"out.raw"_s);
    QVERIFY2(restoreDiskToFile(m.disks.first(), repo->chunks(), repo->chunkSize(), out, nullptr, {},
                               &err),
             qPrintable(err));
    QCOMPARE(fileHash(out), fileHash(after));
    // And the first backup still restores to the "before" state (replacing the file: asked for).
    QVERIFY(restoreDiskToFile(full.disks.first(), repo->chunks(), repo->chunkSize(), out, nullptr,
                              {}, &err, true));
    QCOMPARE(fileHash(out), fileHash(before));
}

void TestBackupRepository::verifyNamesDamagedBackups() {
    QString err;
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    const QString a = makeRaw(m_tmp->path(), u"a.raw"_s, 12 * MiB);
    FileDiskSource sa(a);
    const auto ma = backupSource(*repo, sa, u"a"_s, QDateTime::currentDateTimeUtc());
    const QString b = m_tmp->filePath(u"b.raw"_s);
    QFile(b).open(QIODevice::WriteOnly);
    writeAt(b, 0, 5 * MiB, 0x42);
    FileDiskSource sb(b);
    const auto mb = backupSource(*repo, sb, u"b"_s, QDateTime::currentDateTimeUtc());

    VerifyReport r;
    QVERIFY(verifyRepository(*repo, 1.0, 2, nullptr, {}, &r, &err));
    QVERIFY(r.ok());
    QCOMPARE(r.backups, 2u);

    // Flip one byte in a chunk only backup "a" uses.
    const QString victim = ma.disks.first().chunks.at(0);
    QVERIFY(!mb.disks.first().chunks.contains(victim));
    QFile f(repo->chunks().pathOf(victim));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    char c;
    f.getChar(&c);
    f.seek(f.size() / 2);
    f.putChar(char(c ^ 0x01));
    f.close();
    QVERIFY(verifyRepository(*repo, 1.0, 2, nullptr, {}, &r, &err));
    QVERIFY(!r.ok());
    QCOMPARE(r.damagedChunks, QStringList{victim});
    QCOMPARE(r.damagedBackups, QStringList{ma.id});
    // Restoring it fails instead of writing wrong data.
    QVERIFY(!restoreDiskToFile(ma.disks.first(), repo->chunks(), repo->chunkSize(),
                               m_tmp->filePath(u"x.raw"_s), nullptr, {}, &err));
    QVERIFY(err.contains(victim));
    // A missing chunk is named too.
    QFile::remove(repo->chunks().pathOf(mb.disks.first().chunks.at(0)));
    QVERIFY(verifyRepository(*repo, 1.0, 1, nullptr, {}, &r, &err));
    QCOMPARE(r.missingChunks.size(), 1);
    QCOMPARE(r.damagedBackups, (QStringList{ma.id, mb.id}));
}

void TestBackupRepository::interruptedBackupLeavesNoBackup() {
    QString err;
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    const QString raw = makeRaw(m_tmp->path(), u"a.raw"_s, 30 * MiB);
    // A source that cancels the run after three chunks: chunks exist, no manifest.
    struct CancellingSource : FileDiskSource {
        using FileDiskSource::FileDiskSource;
        CancelToken *cancel = nullptr;
        int reads = 0;
        bool readChunk(quint64 o, quint64 l, ChunkRead *out, QString *e) override {
            if (++reads == 3)
                cancel->cancel();
            return FileDiskSource::readChunk(o, l, out, e);
        }
    };
    CancellingSource src(raw);
    CancelToken cancel;
    src.cancel = &cancel;
    DiskManifest d;
    DiskBackupOptions opt;
    const bool ok = backupDisk(src, repo->chunks(), opt, &d, &cancel, {}, &err);
    QVERIFY(!ok);
    QCOMPARE(err, u"cancelled"_s);
    QVERIFY(repo->backups().isEmpty());
    // A writer killed mid-chunk leaves a temp file behind.
    QFile t(repo->tmpDir() + u"/deadbeef.123.1.tmp"_s);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("partial");
    t.close();
    VerifyReport r;
    QVERIFY(verifyRepository(*repo, 1.0, 1, nullptr, {}, &r, &err));
    QVERIFY(r.ok());
    QCOMPARE(r.tempFiles, 1u);
    repo.reset();
    auto ex =
        Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Exclusive, false, &err);
    QVERIFY2(ex, qPrintable(err));
    Repository::GcResult gc;
    QVERIFY(ex->collectGarbage(&gc, &err));
    QCOMPARE(gc.removedTempFiles, 1u);
    QCOMPARE(ex->chunks().list().size(), 0);
}

void TestBackupRepository::pruneSelection_data() {
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("daily");
    QTest::addColumn<int>("weekly");
    QTest::addColumn<int>("monthly");
    QTest::addColumn<QStringList>("kept");
    // Backups at 06:00 and 18:00 on 2026-01-01..2026-02-14 (45 days, 90 backups); ids "Dnn-hh".
    QTest::newRow("last 3") << 3 << 0 << 0 << 0
                            << QStringList{u"D45-18"_s, u"D45-06"_s, u"D44-18"_s};
    QTest::newRow("daily 2") << 0 << 2 << 0 << 0 << QStringList{u"D45-18"_s, u"D44-18"_s};
    QTest::newRow("last 1 + daily 2") << 1 << 2 << 0 << 0 << QStringList{u"D45-18"_s, u"D44-18"_s};
    QTest::newRow("monthly 3") << 0 << 0 << 0 << 3 << QStringList{u"D45-18"_s, u"D31-18"_s};
    // 2026-02-14 is a Saturday: ISO weeks end on Sundays 02-08, 02-01, 01-25.
    QTest::newRow("weekly 3") << 0 << 0 << 3 << 0
                              << QStringList{u"D45-18"_s, u"D39-18"_s, u"D32-18"_s};
}

void TestBackupRepository::pruneSelection() {
    QFETCH(int, last);
    QFETCH(int, daily);
    QFETCH(int, weekly);
    QFETCH(int, monthly);
    QFETCH(QStringList, kept);
    QList<BackupManifest> list;
    for (int day = 1; day <= 45; ++day)
        for (int hour : {6, 18}) {
            BackupManifest m;
            m.id = u"D%1-%2"_s.arg(day, 2, 10, QLatin1Char('0')).arg(hour, 2, 10, QLatin1Char('0'));
            m.vmUuid = u"u"_s;
            m.started = QDateTime(QDate(2026, 1, 1).addDays(day - 1), QTime(hour, 0), Qt::UTC);
            list.append(m);
        }
    BackupManifest other; // another VM is judged on its own
    other.id = u"other"_s;
    other.vmUuid = u"v"_s;
    other.started = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    list.append(other);
    QSet<QString> keep = selectBackupsToKeep(list, {last, daily, weekly, monthly});
    QVERIFY(keep.remove(u"other"_s));
    QStringList got(keep.begin(), keep.end());
    std::sort(got.begin(), got.end());
    std::sort(kept.begin(), kept.end());
    QCOMPARE(got, kept);
}

void TestBackupRepository::pruneCollectsGarbage() {
    QString err;
    auto repo =
        Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Exclusive, true, &err);
    const QString raw = m_tmp->filePath(u"d.raw"_s);
    QFile(raw).open(QIODevice::WriteOnly);
    const QDateTime t0(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    QList<BackupManifest> made;
    for (int i = 0; i < 3; ++i) {
        writeAt(raw, quint64(i) * 4 * MiB, 4 * MiB, 0x10 + i); // each backup adds one chunk
        FileDiskSource s(raw);
        made.append(backupSource(*repo, s, u"vm"_s, t0.addSecs(i * 60)));
    }
    QCOMPARE(repo->chunks().list().size(), 3);
    PruneResult r;
    QVERIFY(pruneRepository(*repo, {1, 0, 0, 0}, true, &r, &err));
    QCOMPARE(r.removed.size(), 2);
    QCOMPARE(repo->backups().size(), 3); // dry run
    QVERIFY(pruneRepository(*repo, {1, 0, 0, 0}, false, &r, &err));
    QCOMPARE(r.kept, QStringList{made.last().id});
    QCOMPARE(r.gc.removedChunks, 0u); // the newest still names all three chunks
    writeAt(raw, 0, 12 * MiB, 0);
    writeAt(raw, 0, 4 * MiB, 0x99);
    FileDiskSource s(raw);
    backupSource(*repo, s, u"vm"_s, t0.addSecs(600));
    QVERIFY(pruneRepository(*repo, {1, 0, 0, 0}, false, &r, &err));
    QCOMPARE(r.gc.removedChunks, 3u);
    QCOMPARE(repo->chunks().list().size(), 1);
    VerifyReport v;
    QVERIFY(verifyRepository(*repo, 1.0, 1, nullptr, {}, &v, &err));
    QVERIFY(v.ok());
    QCOMPARE(v.unreferencedChunks, 0u);
}

void TestBackupRepository::lockExcludesPruneDuringBackup() {
    QString err;
    const QString dir = m_tmp->filePath(u"repo"_s);
    auto a = Repository::open(dir, Repository::Lock::Shared, true, &err);
    QVERIFY(a);
    auto b = Repository::open(dir, Repository::Lock::Shared, false, &err);
    QVERIFY(b); // two backups at once are fine
    QVERIFY(!Repository::open(dir, Repository::Lock::Exclusive, false, &err));
    QVERIFY(err.contains(u"in use"_s));
    a.reset();
    b.reset();
    QVERIFY(Repository::open(dir, Repository::Lock::Exclusive, false, &err));
    // Not a repository: refused, and a non-empty folder is not taken over.
    QVERIFY(!Repository::open(m_tmp->path(), Repository::Lock::Shared, true, &err));
}

void TestBackupRepository::statsCountEachChunkOnce() {
    const QString a(64, u'a'), b(64, u'b');
    BackupManifest m1, m2;
    DiskManifest d;
    d.chunks = {a, QString(), b};
    d.dataBytes = 8 * MiB;
    m1.disks = {d};
    d.chunks = {a, a};
    d.dataBytes = 8 * MiB;
    m2.disks = {d, DiskManifest{}};
    const QHash<QString, quint64> sizes = {{a, 1 * MiB}, {b, 3 * MiB}};
    int asked = 0;
    const RepositoryStats s = repositoryStats({m1, m2}, [&](const QString &hash) {
        ++asked;
        return sizes.value(hash);
    });
    QCOMPARE(s.backups, 2u);
    QCOMPARE(s.chunks, 2u);
    QCOMPARE(asked, 2); // each chunk file is looked at once
    QCOMPARE(s.dataBytes, 16 * MiB);
    QCOMPARE(s.storedBytes, 4 * MiB);
    QCOMPARE(s.dedupRatio(), 4.0);
    QCOMPARE(repositoryStats({}, [](const QString &) { return quint64(1); }).dedupRatio(), 0.0);
}

void TestBackupRepository::statsOfARepository() {
    const QString raw = makeRaw(m_tmp->path(), u"disk.raw"_s, 37 * MiB);
    QString err;
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    QVERIFY(repo);
    FileDiskSource a(raw), b(raw);
    const auto m1 = backupSource(*repo, a, u"vm1"_s, QDateTime::currentDateTimeUtc());
    backupSource(*repo, b, u"vm2"_s, QDateTime::currentDateTimeUtc());
    const RepositoryStats s = repositoryStats(
        repo->backups(), [&](const QString &c) { return repo->chunks().storedSize(c); });
    QCOMPARE(s.backups, 2u);
    QCOMPARE(s.chunks, quint64(repo->chunks().list().size()));
    QCOMPARE(s.dataBytes, 2 * m1.dataBytes());
    quint64 onDisk = 0; // every chunk file is named by both backups, and counted once
    for (const auto &chunk : repo->chunks().list())
        onDisk += repo->chunks().storedSize(chunk);
    QCOMPARE(s.storedBytes, onDisk);
}

namespace {
virtdeck::BackupSummary summary(const QString &id, quint64 data, quint64 stored) {
    virtdeck::BackupSummary b;
    b.id = id;
    b.vmName = u"vm-"_s + id;
    b.host = u"qemu:///system"_s;
    b.finished = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    b.mode = u"full"_s;
    b.capacity = 10 * MiB;
    b.dataBytes = data;
    b.bytesRead = data;
    b.newStoredBytes = stored;
    return b;
}
} // namespace

void TestBackupRepository::catalogModelDiffsByKey() {
    using virtdeck::BackupCatalogModel;
    BackupCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackups(
        {summary(u"a"_s, MiB, MiB), summary(u"b"_s, MiB, 0), summary(u"c"_s, 2 * MiB, MiB)});
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto c2 = summary(u"c"_s, 2 * MiB, MiB);
    c2.mode = u"incremental"_s;
    // "a" pruned, "b" unchanged, "c" rewritten, "d" new.
    model.setBackups({summary(u"d"_s, MiB, MiB), c2, summary(u"b"_s, MiB, 0)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model.rowOf(u"c"_s));
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), model.rowOf(u"c"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(u"a"_s), -1);
    QCOMPARE(model.backupAt(model.rowOf(u"d"_s)).id, u"d"_s);
    QCOMPARE(model.index(model.rowOf(u"c"_s), BackupCatalogModel::Mode).data().toString(),
             u"incremental"_s);
    // The same list again announces nothing.
    model.setBackups({summary(u"d"_s, MiB, MiB), c2, summary(u"b"_s, MiB, 0)});
    QCOMPARE(removed.size() + inserted.size() + changed.size(), 3);
    model.setBackups({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBackupRepository::catalogModelRawAndFormatted() {
    using virtdeck::BackupCatalogModel;
    BackupCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackups({summary(u"a"_s, 6 * MiB, 2 * MiB), summary(u"b"_s, 3 * MiB, 0)});
    const int a = model.rowOf(u"a"_s), b = model.rowOf(u"b"_s);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(a, BackupCatalogModel::Data, BackupCatalogModel::SortRole),
             QVariant(qulonglong(6 * MiB)));
    QCOMPARE(cell(a, BackupCatalogModel::Data).toString(),
             QLocale().formattedDataSize(qint64(6 * MiB), 1));
    QCOMPARE(cell(a, BackupCatalogModel::Stored, BackupCatalogModel::SortRole),
             QVariant(qulonglong(2 * MiB)));
    QCOMPARE(cell(a, BackupCatalogModel::Dedup, BackupCatalogModel::SortRole).toDouble(), 3.0);
    QCOMPARE(cell(a, BackupCatalogModel::Dedup).toString(), QLocale().toString(3.0, 'f', 1) + u'×');
    // Nothing new stored: the largest ratio when sorting, no number shown.
    QVERIFY(
        std::isinf(cell(b, BackupCatalogModel::Dedup, BackupCatalogModel::SortRole).toDouble()));
    QCOMPARE(cell(b, BackupCatalogModel::Dedup).toString(), u"—"_s);
    QCOMPARE(cell(a, BackupCatalogModel::Taken, BackupCatalogModel::SortRole).toDateTime(),
             QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(cell(b, BackupCatalogModel::Vm, BackupCatalogModel::VmNameRole).toString(), u"vm-b"_s);
    QCOMPARE(cell(b, BackupCatalogModel::Size, BackupCatalogModel::IdRole).toString(), u"b"_s);
    QCOMPARE(model.headerData(BackupCatalogModel::Dedup, Qt::Horizontal).toString(), u"Dedup"_s);
}

// A negative keep value kept nothing and so removed every backup (the backup job took
// keepLast=-1 and would have emptied the repository after each run).
void TestBackupRepository::negativeRetentionIsRefused() {
    QString err;
    auto repo =
        Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Exclusive, true, &err);
    QVERIFY(repo);
    const QString img = makeRaw(m_tmp->path(), u"a.raw"_s, 5 * MiB);
    FileDiskSource src(img);
    backupSource(*repo, src, u"vm"_s, QDateTime::currentDateTimeUtc());
    for (const PrunePolicy &p :
         {PrunePolicy{-1, 0, 0, 0}, PrunePolicy{0, -5, 0, 0}, PrunePolicy{0, 0, 0, kMaxKeep + 1}}) {
        PruneResult r;
        QVERIFY(!pruneRepository(*repo, p, false, &r, &err));
        QVERIFY2(err.contains(u"keep-"_s), qPrintable(err));
        QCOMPARE(repo->backups().size(), 1);
    }
    PrunePolicy parsed;
    QVERIFY(!parsePrunePolicy({u"keepLast"_s}, {u"-1"_s}, &parsed).isEmpty());
    QVERIFY(!parsePrunePolicy({u"keepLast"_s}, {u"two"_s}, &parsed).isEmpty());
    QVERIFY(parsePrunePolicy({u"keepLast"_s}, {u"2"_s}, &parsed).isEmpty());
    QCOMPARE(parsed.keepLast, 2);
    // All zero: keeps everything unless removeAll says otherwise.
    PruneResult r;
    QVERIFY(pruneRepository(*repo, PrunePolicy{}, false, &r, &err));
    QCOMPARE(repo->backups().size(), 1);
    PrunePolicy all;
    all.removeAll = true;
    QVERIFY(pruneRepository(*repo, all, false, &r, &err));
    QCOMPARE(repo->backups().size(), 0);
}

// A chunk whose content does not match its name was trusted on a dedup hit.
void TestBackupRepository::damagedChunkIsReplacedOnDedup() {
    ChunkStore store(m_tmp->path());
    QDir().mkpath(m_tmp->filePath(u"tmp"_s));
    const QByteArray data(64 * 1024, 'q');
    const auto first = store.put(data.constData(), size_t(data.size()));
    QVERIFY(first.ok && first.added);
    QFile f(store.pathOf(first.hash));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write("xx");
    f.close();
    QByteArray plain;
    QString err;
    QVERIFY(!store.get(first.hash, &plain, &err));
    const auto again = store.put(data.constData(), size_t(data.size()));
    QVERIFY(again.ok);
    QVERIFY(again.replaced);
    QVERIFY2(store.get(first.hash, &plain, &err), qPrintable(err));
    QCOMPARE(plain, data);
    // An intact chunk is a plain dedup hit.
    const auto third = store.put(data.constData(), size_t(data.size()));
    QVERIFY(third.ok && !third.added && !third.replaced);
}

// Two writers that met on one id: the second manifest used to replace the first.
void TestBackupRepository::commitNeverReplacesAManifest() {
    QString err;
    auto repo = Repository::open(m_tmp->filePath(u"repo"_s), Repository::Lock::Shared, true, &err);
    QVERIFY(repo);
    const QDateTime when = QDateTime::currentDateTimeUtc();
    QSet<QString> ids;
    for (int i = 0; i < 100; ++i)
        ids.insert(repo->newBackupId(u"vm"_s, when));
    QCOMPARE(ids.size(), 100);
    BackupManifest m;
    m.id = repo->newBackupId(u"vm"_s, when);
    m.vmName = u"vm"_s;
    m.chunkSize = repo->chunkSize();
    m.started = m.finished = when;
    QVERIFY2(repo->commit(m, &err), qPrintable(err));
    BackupManifest other = m;
    other.vmUuid = u"someone else"_s;
    QVERIFY(!repo->commit(other, &err));
    QVERIFY2(err.contains(u"exists already"_s), qPrintable(err));
    BackupManifest back;
    QVERIFY(repo->readBackup(m.id, &back, &err));
    QCOMPARE(back.vmUuid, m.vmUuid);
    // A manifest that would not read back is not written at all.
    BackupManifest bad = m;
    bad.id = repo->newBackupId(u"vm"_s, when);
    bad.vmName = u".."_s;
    QVERIFY(!repo->commit(bad, &err));
    QVERIFY(!QFileInfo::exists(m_tmp->filePath(u"repo/backups/"_s + bad.id + u".json"_s)));
}

// Two backups started together into a new repository: the one that created it still held its
// exclusive creation lock a moment after the meta file was there, and the other was refused as
// "being pruned" (a CI run under ASan hit it). A shared open now waits a little for it.
void TestBackupRepository::sharedOpenWaitsForACreatorsLock() {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"repo"_s);
    QString err;
    QVERIFY2(Repository::open(dir, Repository::Lock::Shared, true, &err), qPrintable(err));
    const int fd = ::open(QFile::encodeName(dir + u"/lock"_s).constData(), O_RDWR | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX), 0); // as a creator holds it
    std::thread release([fd] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        ::flock(fd, LOCK_UN);
    });
    auto shared = Repository::open(dir, Repository::Lock::Shared, false, &err);
    release.join();
    ::close(fd);
    QVERIFY2(shared, qPrintable(err));
}

QTEST_GUILESS_MAIN(TestBackupRepository)
#include "tst_backuprepository.moc"
