#include "repository.h"

#include "core/atomicfile.h"
#include "core/filemodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace virtdeck::backup {

// The engine's messages, in the context the backup engine has always used.
struct Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

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

std::unique_ptr<Repository> Repository::open(const QString &dirIn, Lock lock, bool create,
                                             QString *error, int compressionLevel) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    const QString dir = QFileInfo(dirIn).absoluteFilePath();
    const QString meta = dir + u"/virtdeck-repository.json"_s;
    if (!QFileInfo::exists(meta)) {
        if (!create)
            return fail(Backup::tr("%1 is not a Virtdeck backup repository").arg(dir));
        QDir d(dir);
        if (d.exists() && !d.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty())
            return fail(
                Backup::tr("%1 is not empty and not a Virtdeck backup repository").arg(dir));
        // Owner only: the chunks are the user's disk contents, the manifests their VM definitions.
        if (!makePrivateDir(dir) || !makePrivateDir(dir + u"/chunks"_s) ||
            !makePrivateDir(dir + u"/backups"_s) || !makePrivateDir(dir + u"/tmp"_s))
            return fail(Backup::tr("cannot create the repository folders in %1").arg(dir));
        QString err;
        const QByteArray readme(kReadme);
        if (!writeFileAtomically(dir + u"/README.txt"_s, readme.constData(), size_t(readme.size()),
                                 dir + u"/tmp"_s, &err))
            return fail(err);
        const QByteArray json =
            QJsonDocument(QJsonObject{{u"format"_s, u"virtdeck-repository"_s},
                                      {u"version"_s, 1},
                                      {u"chunk_size"_s, qint64(kDefaultChunkSize)},
                                      {u"chunk_hash"_s, u"sha256"_s},
                                      {u"chunk_compression"_s, u"zstd"_s}})
                .toJson();
        // Written last: a folder without it is not a repository yet.
        if (!writeFileAtomically(meta, json.constData(), size_t(json.size()), dir + u"/tmp"_s,
                                 &err))
            return fail(err);
    }
    QFile f(meta);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Backup::tr("cannot read %1").arg(meta));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(u"format"_s).toString() != u"virtdeck-repository"_s ||
        o.value(u"version"_s).toInt() != 1)
        return fail(
            Backup::tr("%1 is not a Virtdeck backup repository of a known version").arg(dir));
    const quint64 chunkSize = quint64(o.value(u"chunk_size"_s).toInteger());
    if (chunkSize < 4096 || chunkSize > ChunkStore::kMaxChunkBytes || chunkSize % 4096)
        return fail(Backup::tr("%1 declares an invalid chunk size").arg(dir));
    makePrivateDir(dir + u"/tmp"_s);

    const int fd =
        ::open(QFile::encodeName(dir + u"/lock"_s).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Backup::tr("cannot open the lock file of %1: %2")
                        .arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(fd, (lock == Lock::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        ::close(fd);
        return fail(
            lock == Lock::Exclusive
                ? Backup::tr("the repository %1 is in use by another backup, restore or verify; "
                             "try again when it has finished")
                      .arg(dir)
                : Backup::tr("the repository %1 is being pruned; try again when it has finished")
                      .arg(dir));
    }
    return std::unique_ptr<Repository>(new Repository(dir, chunkSize, fd, lock, compressionLevel));
}

QList<BackupManifest> Repository::backups(QStringList *problems) const {
    QList<BackupManifest> out;
    const QFileInfoList files =
        QDir(m_dir + u"/backups"_s).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        BackupManifest m;
        QString err;
        if (!f.open(QIODevice::ReadOnly) || !BackupManifest::fromJson(f.readAll(), &m, &err)) {
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
    if (id.contains(u'/') || id.isEmpty()) {
        if (error)
            *error = Backup::tr("no backup named '%1'").arg(id);
        return false;
    }
    QFile f(m_dir + u"/backups/"_s + id + u".json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Backup::tr("no backup named '%1' in %2").arg(id, m_dir);
        return false;
    }
    return BackupManifest::fromJson(f.readAll(), out, error);
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
    const QString base = safe + u'-' + when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString id = base;
    for (int n = 2; QFileInfo::exists(m_dir + u"/backups/"_s + id + u".json"_s); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

bool Repository::commit(const BackupManifest &manifest, QString *error) {
    const QByteArray json = manifest.toJson();
    return writeFileAtomically(m_dir + u"/backups/"_s + manifest.id + u".json"_s, json.constData(),
                               size_t(json.size()), tmpDir(), error);
}

bool Repository::removeBackup(const QString &id, QString *error) {
    Q_ASSERT(m_lock == Lock::Exclusive);
    if (!QFile::remove(m_dir + u"/backups/"_s + id + u".json"_s)) {
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
