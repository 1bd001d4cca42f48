// SPDX-License-Identifier: GPL-3.0-or-later
// A backup repository: a self-describing folder that can be restored from with nothing else.
//   virtdeck-repository.json   format, chunk size, hash and compression
//   README.txt                 the layout in words, for a human with only the folder
//   chunks/XX/<sha256>         chunk files (ChunkStore)
//   backups/<id>.json          one manifest per finished backup (BackupManifest)
//   tmp/                       temp files of writes in flight; leftovers of killed runs
//   lock                       flock(2) of the lock discipline below
// A manifest is written last, atomically, after every chunk it names is durable: a backup that
// was interrupted has no manifest and so does not exist. Any thread; one object per operation.
//
// Lock discipline (every process and thread that opens the repository keeps to it):
// - Backups, restores, verify and listing take the lock SHARED: any number run together. They
//   only add files (chunks, each written temp-then-rename, identical whoever writes it; manifests
//   created exclusively, never over another) or read them, so they cannot lose each other's work.
// - Prune and garbage collection take it EXCLUSIVE: they delete, and must not delete a chunk a
//   backup in flight has just stored or is about to name.
// - Neither waits: a repository held the other way fails at once with "the repository is busy:
//   …", saying which kind of work holds it. Creating a repository is serialised on the same lock
//   file, so two first backups into an empty folder both succeed.
// - Backup ids are the VM's name, the UTC time and a random suffix; a manifest is created with
//   link(2), which fails rather than replace a manifest of the same name.
// Everything read from the folder is checked before use (it may come from an untrusted disk):
// manifests by BackupManifest::fromJson, chunk names by ChunkStore, file sizes and types here.
#pragma once

#include "chunkstore.h"
#include "manifest.h"

#include <QList>
#include <QString>

#include <memory>

namespace virtdeck::backup {

class Repository {
public:
    static constexpr quint64 kDefaultChunkSize = 4 * 1024 * 1024;

    enum class Lock { Shared, Exclusive };

    ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    // Opens `dir`, creating an empty repository there first when `create` is set and the folder
    // is empty or missing. Takes the lock without waiting: a busy repository fails clearly.
    static std::unique_ptr<Repository> open(const QString &dir, Lock lock, bool create,
                                            QString *error, int compressionLevel = 1);

    QString path() const { return m_dir; }
    quint64 chunkSize() const { return m_chunkSize; }
    const ChunkStore &chunks() const { return m_chunks; }
    QString tmpDir() const;

    // Finished backups, oldest first. Unreadable manifests are reported in `problems`.
    QList<BackupManifest> backups(QStringList *problems = nullptr) const;
    bool readBackup(const QString &id, BackupManifest *out, QString *error) const;
    // The latest backup of the VM with this UUID, if any.
    bool latestBackupOf(const QString &vmUuid, BackupManifest *out) const;
    // A new id: the VM's name made safe, the UTC time and a random suffix (unique across
    // processes that start in the same second).
    QString newBackupId(const QString &vmName, const QDateTime &when) const;
    // Writes the manifest (temp, fsync, link into backups/, fsync). Refuses a manifest that would
    // not read back, and never replaces an existing one.
    bool commit(const BackupManifest &manifest, QString *error);
    // Exclusive lock only.
    bool removeBackup(const QString &id, QString *error);

    struct GcResult {
        quint64 removedChunks = 0;
        quint64 removedBytes = 0;
        quint64 removedTempFiles = 0;
        quint64 keptChunks = 0;
    };
    // Deletes chunk files no manifest names and temp leftovers. Exclusive lock only.
    bool collectGarbage(GcResult *result, QString *error, bool dryRun = false);

    // Temp files left by interrupted writers (count, bytes).
    QPair<quint64, quint64> tempLeftovers() const;

private:
    // Reads backups/<id>.json and checks that it names itself `id`.
    static bool readManifestFile(const QString &path, const QString &id, BackupManifest *out,
                                 QString *error);
    bool createFileExclusively(const QString &path, const QByteArray &data, QString *error) const;
    Repository(const QString &dir, quint64 chunkSize, int fd, Lock lock, int level);
    QString m_dir;
    quint64 m_chunkSize;
    int m_lockFd;
    Lock m_lock;
    ChunkStore m_chunks;
};

} // namespace virtdeck::backup
