// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkstore.h"
#include "backup/backuptr.h"

#include "core/atomicfile.h"
#include "core/filemodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>
#include <zstd.h>

#include <memory>
#include <sys/stat.h>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

namespace {

struct CCtxFree {
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
};
struct DCtxFree {
    void operator()(ZSTD_DCtx *c) const { ZSTD_freeDCtx(c); }
};

ZSTD_CCtx *threadCCtx() {
    thread_local std::unique_ptr<ZSTD_CCtx, CCtxFree> ctx(ZSTD_createCCtx());
    return ctx.get();
}
ZSTD_DCtx *threadDCtx() {
    thread_local std::unique_ptr<ZSTD_DCtx, DCtxFree> ctx(ZSTD_createDCtx());
    return ctx.get();
}
} // namespace

ChunkStore::ChunkStore(const QString &root, int compressionLevel)
    : m_root(root)
    , m_level(compressionLevel) {}

QString ChunkStore::sha256Hex(const char *data, size_t size) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data, size, md, &len, EVP_sha256(), nullptr);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex());
}

bool ChunkStore::isValidHash(const QString &hash) {
    if (hash.size() != 64)
        return false;
    for (QChar c : hash)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString ChunkStore::pathOf(const QString &hash) const {
    // A name that is not a hash never becomes a path: it could lead out of the repository.
    if (!isValidHash(hash))
        return m_root + u"/chunks/invalid-name"_s;
    return m_root + u"/chunks/"_s + hash.left(2) + u'/' + hash;
}

bool ChunkStore::contains(const QString &hash) const {
    struct stat st;
    return isValidHash(hash) && ::stat(QFile::encodeName(pathOf(hash)).constData(), &st) == 0 &&
           S_ISREG(st.st_mode);
}

quint64 ChunkStore::storedSize(const QString &hash) const {
    struct stat st;
    if (!isValidHash(hash) || ::stat(QFile::encodeName(pathOf(hash)).constData(), &st) != 0)
        return 0;
    return quint64(st.st_size);
}

ChunkStore::PutResult ChunkStore::put(const char *data, size_t size) const {
    PutResult r;
    r.hash = sha256Hex(data, size);
    // A chunk already there is trusted only once it is read back and matches its name: a damaged
    // one would otherwise be inherited by every later backup of the same data. It is replaced
    // (atomically) by the good data in hand.
    if (contains(r.hash)) {
        QByteArray existing;
        if (get(r.hash, &existing, nullptr, true)) {
            r.ok = true;
            return r;
        }
        r.replaced = true;
    }
    QByteArray out;
    out.resize(qsizetype(ZSTD_compressBound(size)));
    const size_t n =
        ZSTD_compressCCtx(threadCCtx(), out.data(), size_t(out.size()), data, size, m_level);
    if (ZSTD_isError(n)) {
        r.error = Backup::tr("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(n)));
        return r;
    }
    const QString dir = m_root + u"/chunks/"_s + r.hash.left(2);
    if (!QFileInfo::exists(dir)) {
        makePrivateDir(dir);
        fsyncDirectory(m_root + u"/chunks"_s);
    }
    if (!writeFileAtomically(pathOf(r.hash), out.constData(), n, m_root + u"/tmp"_s, &r.error))
        return r;
    r.added = true;
    r.storedBytes = n;
    r.ok = true;
    return r;
}

bool ChunkStore::get(const QString &hash, QByteArray *plain, QString *error, bool verify) const {
    if (!isValidHash(hash)) {
        if (error)
            *error =
                Backup::tr("'%1' is not a chunk name (64 lowercase hex digits)").arg(hash.left(80));
        return false;
    }
    QFile f(pathOf(hash));
    if (!contains(hash) || !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Backup::tr("chunk %1 is missing").arg(hash);
        return false;
    }
    // A zstd frame of a chunk is never much larger than the chunk: a bigger file is damaged.
    if (quint64(f.size()) > ZSTD_compressBound(kMaxChunkBytes)) {
        if (error)
            *error = Backup::tr("chunk %1 is damaged (the file is %2 bytes, more than any chunk)")
                         .arg(hash)
                         .arg(f.size());
        return false;
    }
    const QByteArray packed = f.readAll();
    const unsigned long long size = ZSTD_getFrameContentSize(packed.constData(), packed.size());
    // The size comes from the (possibly damaged) file: bound it before allocating.
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN) {
        if (error)
            *error = Backup::tr("chunk %1 is damaged (not a zstd frame)").arg(hash);
        return false;
    }
    if (size > kMaxChunkBytes) {
        if (error)
            *error = Backup::tr("chunk %1 is damaged (it claims %2 bytes, more than any chunk)")
                         .arg(hash)
                         .arg(size);
        return false;
    }
    plain->resize(qsizetype(size));
    const size_t n = ZSTD_decompressDCtx(threadDCtx(), plain->data(), size_t(size),
                                         packed.constData(), size_t(packed.size()));
    if (ZSTD_isError(n) || n != size) {
        if (error)
            *error = Backup::tr("chunk %1 is damaged (%2)")
                         .arg(hash, QString::fromLatin1(ZSTD_isError(n) ? ZSTD_getErrorName(n)
                                                                        : "short frame"));
        return false;
    }
    if (verify && sha256Hex(plain->constData(), size_t(plain->size())) != hash) {
        if (error)
            *error = Backup::tr("chunk %1 is damaged (checksum mismatch)").arg(hash);
        return false;
    }
    return true;
}

QStringList ChunkStore::list() const {
    QStringList out;
    QDirIterator it(m_root + u"/chunks"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (isValidHash(name))
            out.append(name);
    }
    return out;
}

bool ChunkStore::remove(const QString &hash) const {
    return isValidHash(hash) && QFile::remove(pathOf(hash));
}

} // namespace virtdeck::backup
