// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskupload.h"
#include "backup/backuptr.h"

#include "backup/chunkstore.h"
#include "backup/diskrestorereader.h"
#include "core/libvirt/handles.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstring>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

namespace {
// The unit in which changed chunks are compared and written.
constexpr quint64 kBlock = 64 * 1024;

// One disk's sparse upload: the stream's callbacks read the backup through it.
struct Upload {
    DiskRestoreReader *reader;
    const UploadProgress &report;
    QElapsedTimer clock = {}, last = {};

    bool cancelled() const { return report.cancel && report.cancel->isCancelled(); }
    void progress() {
        if (report.progress && *report.progress && last.elapsed() >= 100) {
            last.restart();
            (*report.progress)({report.phase, report.base + reader->position(), report.total,
                                reader->dataBytesRead(), clock.elapsed() / 1000.0});
        }
    }
};

int uploadHole(virStreamPtr, int *inData, long long *length, void *opaque) {
    auto *u = static_cast<Upload *>(opaque);
    if (u->cancelled())
        return -1;
    bool data = false;
    quint64 len = 0;
    if (!u->reader->section(&data, &len))
        return -1;
    *inData = data ? 1 : 0;
    *length = (long long)len;
    return 0;
}

int uploadData(virStreamPtr, char *data, size_t nbytes, void *opaque) {
    auto *u = static_cast<Upload *>(opaque);
    if (u->cancelled())
        return -1;
    const qint64 n = u->reader->read(data, nbytes);
    u->progress();
    return int(n);
}

int uploadSkip(virStreamPtr, long long length, void *opaque) {
    auto *u = static_cast<Upload *>(opaque);
    u->reader->skip(quint64(length));
    u->progress();
    return 0;
}

quint64 chunkLength(const DiskManifest &disk, qsizetype index, quint64 chunkSize) {
    return std::min(chunkSize, disk.capacity - quint64(index) * chunkSize);
}

// The plain content of chunk `index` whose hash is `hash` (empty: zeroes).
bool plainChunk(const DiskManifest &disk, qsizetype index, const QString &hash,
                const ChunkStore &store, quint64 chunkSize, QByteArray *plain, QString *error) {
    const quint64 len = chunkLength(disk, index, chunkSize);
    if (hash.isEmpty()) {
        *plain = QByteArray(qsizetype(len), '\0');
        return true;
    }
    if (!store.get(hash, plain, error, true))
        return false;
    if (quint64(plain->size()) == len)
        return true;
    *error = Backup::tr("chunk %1 has the wrong size for disk %2").arg(hash, disk.target);
    return false;
}

// Writes `length` bytes of `data` into the volume at `offset`, as one plain upload.
bool sendRange(virConnectPtr conn, virStorageVolPtr vol, quint64 offset, const char *data,
               quint64 length, QString *error) {
    lv::StreamPtr st(virStreamNew(conn, 0));
    if (!st || virStorageVolUpload(vol, st.get(), offset, length, 0) < 0) {
        *error = lv::lastError();
        return false;
    }
    for (quint64 done = 0; done < length;) {
        const int n = virStreamSend(st.get(), data + done, size_t(length - done));
        if (n < 0) {
            *error = lv::lastError();
            virStreamAbort(st.get());
            return false;
        }
        done += quint64(n);
    }
    if (virStreamFinish(st.get()) < 0) {
        *error = lv::lastError();
        return false;
    }
    return true;
}

// Writes into the volume the 64 KiB blocks of chunk `index` that differ between the held
// content `was` and the new one `now`, one upload per run of them.
bool sendChangedBlocks(virConnectPtr conn, virStorageVolPtr vol, quint64 chunkOffset,
                       const QByteArray &was, const QByteArray &now, quint64 *sent,
                       QString *error) {
    const quint64 len = quint64(now.size());
    quint64 runStart = len;
    for (quint64 off = 0; off <= len; off += kBlock) {
        const quint64 n = off < len ? std::min(kBlock, len - off) : 0;
        const bool differs =
            n > 0 && std::memcmp(was.constData() + off, now.constData() + off, n) != 0;
        if (differs && runStart == len)
            runStart = off;
        if (differs || runStart == len)
            continue;
        if (!sendRange(conn, vol, chunkOffset + runStart, now.constData() + runStart,
                       off - runStart, error))
            return false;
        *sent += off - runStart;
        runStart = len;
    }
    return true;
}
} // namespace

bool uploadWholeDisk(virConnectPtr conn, virStorageVolPtr vol, const DiskManifest &disk,
                     const ChunkStore &store, quint64 chunkSize, const UploadProgress &report,
                     QString *error) {
    DiskRestoreReader reader(disk, store, chunkSize);
    Upload upload{&reader, report};
    upload.clock.start();
    upload.last.start();
    lv::StreamPtr st(virStreamNew(conn, 0));
    if (!st || virStorageVolUpload(vol, st.get(), 0, disk.capacity,
                                   VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM) < 0) {
        *error = lv::lastError();
        return false;
    }
    if (virStreamSparseSendAll(st.get(), uploadData, uploadHole, uploadSkip, &upload) < 0) {
        *error = !reader.errorString().isEmpty() ? reader.errorString()
                 : upload.cancelled()            ? Backup::tr("cancelled")
                                                 : lv::lastError();
        virStreamAbort(st.get());
        return false;
    }
    if (virStreamFinish(st.get()) < 0) {
        *error = lv::lastError();
        return false;
    }
    return true;
}

bool uploadChangedChunks(virConnectPtr conn, virStorageVolPtr vol, const DiskManifest &disk,
                         const QStringList &held, const ChunkStore &store, quint64 chunkSize,
                         const UploadProgress &report, quint64 *sent, QString *error) {
    QElapsedTimer clock;
    clock.start();
    QByteArray was, now;
    for (qsizetype i = 0; i < disk.chunks.size(); ++i) {
        if (report.cancel && report.cancel->isCancelled())
            return (*error = Backup::tr("cancelled"), false);
        const QString before = i < held.size() ? held.at(i) : QString();
        if (before == disk.chunks.at(i))
            continue;
        const quint64 offset = quint64(i) * chunkSize;
        if (!plainChunk(disk, i, disk.chunks.at(i), store, chunkSize, &now, error))
            return false;
        if (before == kUnknownChunk) {
            if (!sendRange(conn, vol, offset, now.constData(), quint64(now.size()), error))
                return false;
            *sent += quint64(now.size());
        } else if (!plainChunk(disk, i, before, store, chunkSize, &was, error) ||
                   !sendChangedBlocks(conn, vol, offset, was, now, sent, error)) {
            return false;
        }
        if (report.progress && *report.progress)
            (*report.progress)({report.phase,
                                report.base + std::min(quint64(i + 1) * chunkSize, disk.capacity),
                                report.total, *sent, clock.elapsed() / 1000.0});
    }
    return true;
}

} // namespace virtdeck::backup
