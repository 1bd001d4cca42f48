// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskrestorereader.h"
#include "backup/backuptr.h"

#include "chunkstore.h"
#include "disksource.h"

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

namespace {
constexpr quint64 kHoleGranularity = 64 * 1024;
} // namespace

DiskRestoreReader::DiskRestoreReader(const DiskManifest &disk, const ChunkStore &store,
                                     quint64 chunkSize)
    : m_disk(disk)
    , m_store(store)
    , m_chunkSize(chunkSize) {}

bool DiskRestoreReader::load(qsizetype index) {
    if (m_loaded == index)
        return true;
    m_extents.clear();
    m_plain.clear();
    const quint64 len = std::min(m_chunkSize, m_disk.capacity - quint64(index) * m_chunkSize);
    const QString &hash = m_disk.chunks.at(index);
    if (hash.isEmpty()) {
        m_extents.push_back({false, 0, len});
    } else {
        if (!m_store.get(hash, &m_plain, &m_error, true))
            return false;
        if (quint64(m_plain.size()) != len) {
            m_error =
                Backup::tr("chunk %1 has the wrong size for disk %2").arg(hash, m_disk.target);
            return false;
        }
        for (quint64 off = 0; off < len; off += kHoleGranularity) {
            const quint64 n = std::min(kHoleGranularity, len - off);
            const bool data = !isAllZero(m_plain.constData() + off, n);
            if (!m_extents.empty() && m_extents.back().data == data)
                m_extents.back().length += n;
            else
                m_extents.push_back({data, off, n});
        }
    }
    m_loaded = index;
    return true;
}

bool DiskRestoreReader::section(bool *inData, quint64 *length) {
    if (m_pos >= m_disk.capacity) {
        *inData = false;
        *length = 0;
        return true;
    }
    qsizetype index = qsizetype(m_pos / m_chunkSize);
    if (!load(index))
        return false;
    const quint64 inChunk = m_pos - quint64(index) * m_chunkSize;
    for (const auto &e : m_extents) {
        if (inChunk >= e.offset && inChunk < e.offset + e.length) {
            *inData = e.data;
            *length = e.offset + e.length - inChunk;
            // Holes continue across empty chunks: report them as one long section.
            if (!e.data &&
                e.offset + e.length ==
                    std::min(m_chunkSize, m_disk.capacity - quint64(index) * m_chunkSize)) {
                for (qsizetype next = index + 1;
                     next < m_disk.chunks.size() && m_disk.chunks.at(next).isEmpty(); ++next)
                    *length += std::min(m_chunkSize, m_disk.capacity - quint64(next) * m_chunkSize);
            }
            return true;
        }
    }
    m_error = Backup::tr("internal error: position outside the chunk");
    return false;
}

qint64 DiskRestoreReader::read(char *buf, quint64 max) {
    bool inData = false;
    quint64 len = 0;
    if (!section(&inData, &len))
        return -1;
    if (!inData || len == 0)
        return 0;
    const quint64 n = std::min(max, len);
    const quint64 inChunk = m_pos - quint64(m_loaded) * m_chunkSize;
    std::memcpy(buf, m_plain.constData() + inChunk, n);
    m_pos += n;
    m_dataRead += n;
    return qint64(n);
}

bool DiskRestoreReader::skip(quint64 length) {
    m_pos = std::min(m_pos + length, m_disk.capacity);
    return true;
}

namespace {
// Copies the disk into the open file `fd` (sparse: holes are skipped). False with `error` set.
bool copyDisk(DiskRestoreReader &reader, int fd, const QString &path, const QString &phase,
              const CancelToken *cancel, const ProgressSink &progress, QString *error) {
    QByteArray buf(1 << 20, '\0');
    QElapsedTimer clock, last;
    clock.start();
    last.start();
    while (reader.position() < reader.size()) {
        if (cancel && cancel->isCancelled())
            return (*error = Backup::tr("cancelled"), false);
        bool inData = false;
        quint64 len = 0;
        if (!reader.section(&inData, &len))
            return (*error = reader.errorString(), false);
        if (!inData) {
            reader.skip(len);
            continue;
        }
        const quint64 at = reader.position();
        const qint64 n = reader.read(buf.data(), quint64(buf.size()));
        if (n < 0)
            return (*error = reader.errorString(), false);
        for (qint64 done = 0; done < n;) {
            const ssize_t w =
                ::pwrite(fd, buf.constData() + done, size_t(n - done), off_t(at + done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return (*error = Backup::tr("write error on %1: %2")
                                     .arg(path, QString::fromLocal8Bit(strerror(errno))),
                        false);
            done += w;
        }
        if (progress && last.elapsed() >= 100) {
            last.restart();
            progress({phase, reader.position(), reader.size(), reader.dataBytesRead(),
                      clock.elapsed() / 1000.0});
        }
    }
    if (progress)
        progress({phase, reader.size(), reader.size(), reader.dataBytesRead(),
                  clock.elapsed() / 1000.0});
    return true;
}

// Puts the finished temp file in place: rename over `path` when replacing, else link(2), which
// fails rather than replace a file that appeared meanwhile.
bool putInPlace(const QByteArray &tmp, const QString &path, bool replace, QString *error) {
    const QByteArray name = QFile::encodeName(path);
    const int rc = replace ? ::rename(tmp.constData(), name.constData())
                           : ::link(tmp.constData(), name.constData());
    const int err = errno;
    if (rc != 0) {
        *error = err == EEXIST ? Backup::tr("%1 exists already; restore with --force to replace "
                                            "it")
                                     .arg(path)
                               : Backup::tr("cannot create %1: %2")
                                     .arg(path, QString::fromLocal8Bit(strerror(err)));
        return false;
    }
    if (!replace)
        ::unlink(tmp.constData());
    return fsyncDirectory(QFileInfo(path).absolutePath(), error);
}
} // namespace

bool restoreDiskToFile(const DiskManifest &disk, const ChunkStore &store, quint64 chunkSize,
                       const QString &path, const CancelToken *cancel, const ProgressSink &progress,
                       QString *error, bool replace) {
    QString why;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!replace && QFileInfo(path).exists())
        return fail(Backup::tr("%1 exists already; restore with --force to replace it").arg(path));
    // Written under a hidden temporary name beside the target and renamed when complete: a
    // failed, cancelled or killed restore never leaves a partial file under the final name, nor
    // destroys the file a previous restore left there.
    const QString tmp = QFileInfo(path).absolutePath() + u"/."_s + QFileInfo(path).fileName() +
                        u".partial-"_s + QString::number(::getpid()) + u'-' +
                        QString::number(QRandomGenerator::global()->generate(), 16);
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(
            Backup::tr("cannot create %1: %2").arg(tmp, QString::fromLocal8Bit(strerror(errno))));
    auto removeTemp = qScopeGuard([&] { ::unlink(tmpName.constData()); });
    DiskRestoreReader reader(disk, store, chunkSize);
    bool ok = copyDisk(reader, fd, path, disk.target, cancel, progress, &why);
    if (ok && (::ftruncate(fd, off_t(disk.capacity)) != 0 || ::fsync(fd) != 0)) {
        why = Backup::tr("cannot finish %1: %2").arg(tmp, QString::fromLocal8Bit(strerror(errno)));
        ok = false;
    }
    ::close(fd);
    if (!ok || !putInPlace(tmpName, path, replace, &why))
        return fail(why);
    removeTemp.dismiss();
    return true;
}

} // namespace virtdeck::backup
