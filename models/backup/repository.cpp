// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"
#include "backup/backuptr.h"

#include "core/atomicfile.h"
#include "core/filemodes.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <QRandomGenerator>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

namespace {

const char kReadme[] =
    "Virtdeck backup repository\n"
    "==========================\n\n"
    "virtdeck-repository.json  format version and chunk size\n"
    "backups/<id>.json         one manifest per finished backup: the VM's XML and, per disk,\n"
    "                          its capacity and the ordered list of chunk hashes (null = zeros)\n"
    "chunks/XX/<sha256>        one zstd frame per chunk; the name is the SHA-256 of the\n"
    "                          decompressed data, XX its first two hex digits\n\n"
    "To rebuild disk N of a backup by hand: for each entry of disks[N].chunks write\n"
    "`zstd -dc chunks/XX/HASH` (or chunk_size zero bytes for null) one after the other, and\n"
    "truncate the result to disks[N].capacity.\n";

// Manifests of the largest disks (kMaxDiskBytes in 4 MiB chunks) stay below this.
constexpr qint64 kMaxManifestBytes = qint64(512) << 20;

// Reads a regular file of at most `maxBytes`; never blocks on a FIFO or follows it to a device.
bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        *error = Backup::tr("cannot read %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    QFile f;
    f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    if (!S_ISREG(st.st_mode) || st.st_size > maxBytes) {
        *error = S_ISREG(st.st_mode) ? Backup::tr("%1 is %2 bytes, more than the %3 allowed")
                                           .arg(path)
                                           .arg(st.st_size)
                                           .arg(maxBytes)
                                     : Backup::tr("%1 is not a regular file").arg(path);
        return false;
    }
    *out = f.readAll();
    return true;
}
} // namespace

Repository::Repository(const QString &dir, quint64 chunkSize, int fd, Lock lock, int level)
    : m_dir(dir)
    , m_chunkSize(chunkSize)
    , m_lockFd(fd)
    , m_lock(lock)
    , m_chunks(dir, level) {}

Repository::~Repository() {
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

QString Repository::tmpDir() const {
    return m_dir + u"/tmp"_s;
}

namespace {
// The lock file, opened without following a link; -1 with `error` set.
int openLockFile(const QString &dir, QString *error) {
    const int fd = ::open(QFile::encodeName(dir + u"/lock"_s).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (error)
            *error = Backup::tr("cannot open the lock file of %1: %2")
                         .arg(dir, QString::fromLocal8Bit(std::strerror(fd < 0 ? errno : EINVAL)));
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

// Waits (at most tries × 100 ms) for a lock of kind `op` (LOCK_EX, LOCK_SH).
bool waitForLock(int fd, int op, int tries) {
    for (int i = 0; i < tries; ++i) {
        if (::flock(fd, op | LOCK_NB) == 0)
            return true;
        if (i + 1 < tries)
            ::usleep(100 * 1000);
    }
    return false;
}

// Waits (at most ~10 s) for an exclusive lock: creating a repository takes a moment only.
bool lockForCreation(int fd) {
    return waitForLock(fd, LOCK_EX, 100);
}

// The folder holds nothing but what a repository (or a creation killed midway) puts there.
bool onlyRepositoryEntries(const QString &dir) {
    static const QStringList ours{u"lock"_s, u"chunks"_s, u"backups"_s, u"tmp"_s, u"README.txt"_s};
    for (const QString &e :
         QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden | QDir::System))
        if (!ours.contains(e))
            return false;
    return true;
}

// Lays out a new repository in `dir` (which exists and is locked); the meta file goes last.
bool layOut(const QString &dir, QString *error) {
    if (!makePrivateDir(dir + u"/chunks"_s) || !makePrivateDir(dir + u"/backups"_s) ||
        !makePrivateDir(dir + u"/tmp"_s)) {
        *error = Backup::tr("cannot create the repository folders in %1").arg(dir);
        return false;
    }
    const QByteArray readme(kReadme);
    if (!writeFileAtomically(dir + u"/README.txt"_s, readme.constData(), size_t(readme.size()),
                             dir + u"/tmp"_s, error))
        return false;
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"format"_s, u"virtdeck-repository"_s},
                                  {u"version"_s, 1},
                                  {u"chunk_size"_s, qint64(Repository::kDefaultChunkSize)},
                                  {u"chunk_hash"_s, u"sha256"_s},
                                  {u"chunk_compression"_s, u"zstd"_s}})
            .toJson();
    return writeFileAtomically(dir + u"/virtdeck-repository.json"_s, json.constData(),
                               size_t(json.size()), dir + u"/tmp"_s, error);
}

// Creates the repository in `dir` unless one is there (or another process made it meanwhile).
bool createRepository(const QString &dir, QString *error) {
    const QString meta = dir + u"/virtdeck-repository.json"_s;
    // Owner only: the chunks are the user's disk contents, the manifests their VM definitions.
    if (!QFileInfo(dir).isDir() && !makePrivateDir(dir)) {
        *error = Backup::tr("cannot create the repository folders in %1").arg(dir);
        return false;
    }
    const int fd = openLockFile(dir, error);
    if (fd < 0)
        return false;
    const auto closeLock = qScopeGuard([fd] { ::close(fd); });
    if (!lockForCreation(fd)) {
        *error = Backup::tr("the repository is busy: %1 is being created or pruned by another "
                            "process; try again when it has finished")
                     .arg(dir);
        return false;
    }
    if (QFileInfo::exists(meta))
        return true;
    if (!onlyRepositoryEntries(dir)) {
        *error = Backup::tr("%1 is not empty and not a Virtdeck backup repository").arg(dir);
        return false;
    }
    return layOut(dir, error);
}

// The chunk size the meta file declares, or 0 with `error` set.
quint64 readMeta(const QString &dir, QString *error) {
    QByteArray data;
    if (!readSmallFile(dir + u"/virtdeck-repository.json"_s, 1 << 20, &data, error))
        return 0;
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.value(u"format"_s).toString() != u"virtdeck-repository"_s ||
        o.value(u"version"_s).toInteger() != 1) {
        *error = Backup::tr("%1 is not a Virtdeck backup repository of a known version").arg(dir);
        return 0;
    }
    quint64 chunkSize = 0;
    QString why = jsonInteger(o, u"chunk_size"_s, ChunkStore::kMinChunkBytes,
                              ChunkStore::kMaxChunkBytes, &chunkSize);
    if (why.isEmpty() && chunkSize % ChunkStore::kMinChunkBytes)
        why = Backup::tr("chunk_size %1 is not a multiple of %2")
                  .arg(chunkSize)
                  .arg(ChunkStore::kMinChunkBytes);
    if (!why.isEmpty()) {
        *error = Backup::tr("%1 declares an invalid chunk size: %2").arg(dir, why);
        return 0;
    }
    return chunkSize;
}
} // namespace

std::unique_ptr<Repository> Repository::open(const QString &dirIn, Lock lock, bool create,
                                             QString *error, int compressionLevel) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    const QString dir = QFileInfo(dirIn).absoluteFilePath();
    QString why;
    if (!QFileInfo::exists(dir + u"/virtdeck-repository.json"_s)) {
        if (!create)
            return fail(Backup::tr("%1 is not a Virtdeck backup repository").arg(dir));
        if (!createRepository(dir, &why))
            return fail(why);
    }
    const quint64 chunkSize = readMeta(dir, &why);
    if (!chunkSize)
        return fail(why);
    makePrivateDir(dir + u"/tmp"_s);
    const int fd = openLockFile(dir, &why);
    if (fd < 0)
        return fail(why);
    // A shared lock waits a little: the exclusive holder may be a process that has just created
    // the repository (its meta file is there, its lock not yet released); two backups started
    // together into a new repository then both run. A prune holds on and still refuses it.
    // An exclusive lock (prune) never waits for a backup.
    const bool locked =
        lock == Lock::Exclusive ? waitForLock(fd, LOCK_EX, 1) : waitForLock(fd, LOCK_SH, 30);
    if (!locked) {
        ::close(fd);
        return fail(
            lock == Lock::Exclusive
                ? Backup::tr("the repository is busy: %1 is in use by a backup, restore or "
                             "verify; try again when it has finished")
                      .arg(dir)
                : Backup::tr("the repository is busy: %1 is being pruned; try again when it "
                             "has finished")
                      .arg(dir));
    }
    return std::unique_ptr<Repository>(new Repository(dir, chunkSize, fd, lock, compressionLevel));
}

QList<BackupManifest> Repository::backups(QStringList *problems) const {
    QList<BackupManifest> out;
    const QFileInfoList files =
        QDir(m_dir + u"/backups"_s).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        BackupManifest m;
        QString err;
        if (!readManifestFile(fi.absoluteFilePath(), fi.completeBaseName(), &m, &err)) {
            if (problems)
                problems->append(
                    Backup::tr("manifest %1 is unreadable: %2").arg(fi.fileName(), err));
            continue;
        }
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const BackupManifest &a, const BackupManifest &b) {
        return a.started != b.started ? a.started < b.started : a.id < b.id;
    });
    return out;
}

bool Repository::readBackup(const QString &id, BackupManifest *out, QString *error) const {
    QString why = checkPlainName(Backup::tr("backup id"), id);
    const QString path = m_dir + u"/backups/"_s + id + u".json"_s;
    if (why.isEmpty() && !QFileInfo::exists(path))
        why = Backup::tr("no backup named '%1' in %2").arg(id, m_dir);
    if (why.isEmpty() && readManifestFile(path, id, out, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

bool Repository::readManifestFile(const QString &path, const QString &id, BackupManifest *out,
                                  QString *error) {
    QByteArray json;
    if (!readSmallFile(path, kMaxManifestBytes, &json, error) ||
        !BackupManifest::fromJson(json, out, error))
        return false;
    // Prune removes backups/<id>.json by the id inside: a file that names another backup would
    // have the wrong one deleted.
    if (out->id != id) {
        *error = Backup::tr("the manifest %1.json names itself '%2'").arg(id, out->id);
        return false;
    }
    return true;
}

bool Repository::latestBackupOf(const QString &vmUuid, BackupManifest *out) const {
    const QList<BackupManifest> all = backups();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->vmUuid == vmUuid) {
            *out = *it;
            return true;
        }
    }
    return false;
}

QString Repository::newBackupId(const QString &vmName, const QDateTime &when) const {
    QString safe = vmName;
    safe.replace(QRegularExpression(u"[^A-Za-z0-9._+-]"_s), u"_"_s);
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u"vm"_s);
    safe.truncate(kMaxNameLength - 32);
    // Two processes may start the same second: the random part keeps their ids apart, and
    // commit() refuses to replace a manifest should they still meet.
    const quint32 r = QRandomGenerator::system()->generate();
    return safe + u'-' + when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u'-' +
           QString::number(r, 16).rightJustified(8, u'0');
}

bool Repository::commit(const BackupManifest &manifest, QString *error) {
    const QByteArray json = manifest.toJson();
    BackupManifest check;
    QString why;
    if (!BackupManifest::fromJson(json, &check, &why)) {
        if (error)
            *error = Backup::tr("the backup's manifest would not read back: %1").arg(why);
        return false;
    }
    return createFileExclusively(m_dir + u"/backups/"_s + manifest.id + u".json"_s, json, error);
}

bool Repository::createFileExclusively(const QString &path, const QByteArray &data,
                                       QString *error) const {
    const QString tmp = uniqueTempName(tmpDir(), QFileInfo(path).fileName());
    // writeFileAtomically renames over its target: give it a fresh name in tmp/ and then link
    // that into place, which fails with EEXIST instead of replacing.
    if (!writeFileAtomically(tmp, data.constData(), size_t(data.size()), tmpDir(), error))
        return false;
    const QByteArray from = QFile::encodeName(tmp), to = QFile::encodeName(path);
    const int rc = ::link(from.constData(), to.constData());
    const int err = errno;
    ::unlink(from.constData());
    if (rc != 0) {
        if (error)
            *error =
                err == EEXIST
                    ? Backup::tr("%1 exists already: another backup took the same id").arg(path)
                    : Backup::tr("cannot create %1: %2")
                          .arg(path, QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }
    return fsyncDirectory(QFileInfo(path).absolutePath(), error);
}

bool Repository::removeBackup(const QString &id, QString *error) {
    Q_ASSERT(m_lock == Lock::Exclusive);
    if (!checkPlainName(Backup::tr("backup id"), id).isEmpty() ||
        !QFile::remove(m_dir + u"/backups/"_s + id + u".json"_s)) {
        if (error)
            *error = Backup::tr("cannot remove backup %1").arg(id);
        return false;
    }
    return fsyncDirectory(m_dir + u"/backups"_s, error);
}

QPair<quint64, quint64> Repository::tempLeftovers() const {
    quint64 n = 0, bytes = 0;
    for (const QFileInfo &fi : QDir(tmpDir()).entryInfoList(QDir::Files | QDir::Hidden)) {
        ++n;
        bytes += quint64(fi.size());
    }
    return {n, bytes};
}

bool Repository::collectGarbage(GcResult *result, QString *error, bool dryRun) {
    Q_ASSERT(m_lock == Lock::Exclusive);
    GcResult r;
    QStringList problems;
    const QList<BackupManifest> all = backups(&problems);
    if (!problems.isEmpty()) {
        // A manifest we cannot read may name chunks: deleting anything would be a guess.
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    QSet<QString> referenced;
    for (const auto &m : all)
        for (const auto &d : m.disks)
            for (const auto &c : d.chunks)
                if (!c.isEmpty())
                    referenced.insert(c);
    for (const QString &hash : m_chunks.list()) {
        if (referenced.contains(hash)) {
            ++r.keptChunks;
            continue;
        }
        r.removedBytes += m_chunks.storedSize(hash);
        ++r.removedChunks;
        if (!dryRun)
            m_chunks.remove(hash);
    }
    for (const QFileInfo &fi : QDir(tmpDir()).entryInfoList(QDir::Files | QDir::Hidden)) {
        ++r.removedTempFiles;
        if (!dryRun)
            QFile::remove(fi.absoluteFilePath());
    }
    if (result)
        *result = r;
    return true;
}

} // namespace virtdeck::backup
