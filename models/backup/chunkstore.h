// SPDX-License-Identifier: GPL-3.0-or-later
// The content-addressed chunk files of a repository: chunks/XX/<sha256 of plaintext>, each one
// zstd frame. Writes are atomic and durable (temp file, fsync, rename, fsync directory), so a
// chunk file either is complete or does not exist. A name that is not 64 lowercase hex digits is
// refused by every method (it never becomes a path), and a chunk found on disk when the same data
// is stored again is read back and replaced if it does not match its name. Thread-safe: any
// thread may call any method.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace virtdeck::backup {

class ChunkStore {
public:
    struct PutResult {
        QString hash;
        bool added = false;      // false: an identical chunk was already stored (deduplicated)
        bool replaced = false;   // a damaged chunk of that name was there and was rewritten
        quint64 storedBytes = 0; // compressed size on disk of the new file (0 when not added)
        bool ok = false;
        QString error;
    };

    // `root` is the repository folder (chunks/ and tmp/ live under it).
    explicit ChunkStore(const QString &root, int compressionLevel = 1);

    PutResult put(const char *data, size_t size) const;
    // The plaintext of a chunk; with `verify`, also checks its SHA-256 against the name.
    bool get(const QString &hash, QByteArray *plain, QString *error, bool verify = true) const;
    bool contains(const QString &hash) const;
    QString pathOf(const QString &hash) const;
    // Size of the chunk file, 0 if missing.
    quint64 storedSize(const QString &hash) const;
    // Every chunk hash present on disk.
    QStringList list() const;
    bool remove(const QString &hash) const;

    // No repository uses chunks larger than this (Repository::open refuses larger chunk sizes);
    // a chunk file whose frame header claims more is damaged and is not decompressed.
    static constexpr quint64 kMaxChunkBytes = quint64(64) << 20;
    static constexpr quint64 kMinChunkBytes = 4096;

    static QString sha256Hex(const char *data, size_t size);
    static bool isValidHash(const QString &hash);

private:
    QString m_root;
    int m_level;
};

} // namespace virtdeck::backup
