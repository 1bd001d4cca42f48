// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a whole repository folder from an untrusted disk. The input is cut at the
// byte 0x1E (record separator) into parts: the first is a manifest (written as backups/<its
// id>.json when the id is a simple name, else backups/x.json), each further part a chunk file,
// named after the manifest's chunk hashes in order (then after its own SHA-256). Listing, verifying
// and restoring every disk into a temp folder must never crash, allocate without bound, or write or
// read outside the repository and that folder.
#include "backup/chunkstore.h"
#include "backup/diskrestorereader.h"
#include "backup/repository.h"
#include "backup/verifier.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace virtdeck::backup;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kMeta = R"({"format":"virtdeck-repository","version":1,"chunk_size":4096,)"
                         R"("chunk_hash":"sha256","chunk_compression":"zstd"})";

void write(const QString &path, const QByteArray &data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data);
}

// The chunk names a manifest lists, in order, that can name a file here.
QStringList hashesOf(const QByteArray &manifest) {
    QStringList out;
    const QJsonArray disks = QJsonDocument::fromJson(manifest).object().value(u"disks"_s).toArray();
    for (const auto &d : disks)
        for (const auto &c : d.toObject().value(u"chunks"_s).toArray())
            if (ChunkStore::isValidHash(c.toString()) && !out.contains(c.toString()))
                out.append(c.toString());
    return out;
}

// Lays the input out as a repository in `root`.
void layOut(const QString &root, const QByteArray &input) {
    const QList<QByteArray> parts = input.split('\x1e'); // record separator
    const QByteArray manifest = parts.value(0);
    QDir().mkpath(root + u"/chunks"_s);
    QDir().mkpath(root + u"/tmp"_s);
    write(root + u"/virtdeck-repository.json"_s, kMeta);
    QString id = QJsonDocument::fromJson(manifest).object().value(u"id"_s).toString();
    if (!QRegularExpression(u"^[A-Za-z0-9_-]{1,64}$"_s).match(id).hasMatch())
        id = u"x"_s;
    write(root + u"/backups/"_s + id + u".json"_s, manifest);
    const QStringList hashes = hashesOf(manifest);
    const ChunkStore store(root);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString hash =
            i - 1 < hashes.size()
                ? hashes.at(i - 1)
                : ChunkStore::sha256Hex(parts.at(i).constData(), size_t(parts.at(i).size()));
        write(store.pathOf(hash), parts.at(i));
    }
}

// Every file under `dir`, relative to it.
QStringList filesUnder(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QTemporaryDir top;
    const QString root = top.path() + u"/repo"_s, out = top.path() + u"/out"_s;
    layOut(root, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QDir().mkpath(out);
    QString error;
    const auto repo = Repository::open(root, Repository::Lock::Shared, false, &error);
    if (!repo)
        __builtin_trap(); // the folder is laid out as a repository: it must open
    QStringList problems;
    const QList<BackupManifest> backups = repo->backups(&problems);
    VerifyReport report;
    if (!verifyRepository(*repo, 1.0, 1, nullptr, {}, &report, &error))
        __builtin_trap();
    for (const auto &m : backups) {
        for (const auto &d : m.disks) {
            const QString path = out + u'/' + d.target + u".raw"_s;
            if (!restoreDiskToFile(d, repo->chunks(), m.chunkSize, path, nullptr, {}, &error,
                                   true)) {
                if (error.isEmpty())
                    __builtin_trap(); // a failure says why
                continue;
            }
            if (QFileInfo(path).size() != qint64(d.capacity))
                __builtin_trap(); // a restored disk has its full size
        }
    }
    // Nothing was written beside the repository and the output folder, nor left half-made in it.
    const QStringList top_ = QDir(top.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    if (top_ != QStringList{u"out"_s, u"repo"_s})
        __builtin_trap();
    for (const QString &f : filesUnder(out))
        if (f.contains(u'/') || f.startsWith(u'.'))
            __builtin_trap();
    return 0;
}
