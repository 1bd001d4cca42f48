// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumereader.h"
#include "backup/backuptr.h"

#include "backup/qcow2source.h"
#include "backup/rangedisksource.h"
#include "sparsestreamsource.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFileInfo>

#include <cstring>

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

namespace {
// A backing chain deeper than this is a loop or a mistake.
constexpr int kMaxBackingDepth = 16;

// Reads the rest of a ranged download into buf; what the file lacks reads as zeros.
bool receiveRange(virStreamPtr st, char *buf, quint64 length, QString *error) {
    quint64 got = 0;
    while (got < length) {
        const int n =
            virStreamRecv(st, buf + got, size_t(std::min<quint64>(length - got, 1 << 20)));
        if (n < 0) {
            if (error)
                *error = lv::lastError();
            virStreamAbort(st);
            return false;
        }
        if (n == 0)
            break;
        got += quint64(n);
    }
    if (got < length)
        std::memset(buf + got, 0, length - got); // past the end of the file
    if (got == length) {
        char c; // drain the end-of-stream marker
        while (virStreamRecv(st, &c, 1) > 0) {
        }
    }
    return true;
}

bool downloadRange(virConnectPtr conn, virStorageVolPtr vol, quint64 offset, quint64 length,
                   char *buf, QString *error) {
    lv::StreamPtr st(virStreamNew(conn, 0));
    if (!st || virStorageVolDownload(vol, st.get(), offset, length, 0) < 0) {
        if (error)
            *error = lv::lastError();
        return false;
    }
    if (!receiveRange(st.get(), buf, length, error))
        return false;
    if (virStreamFinish(st.get()) < 0) {
        if (error)
            *error = lv::lastError();
        return false;
    }
    return true;
}

QString volumeXmlFormat(virStorageVolPtr vol) {
    QDomDocument doc;
    if (!doc.setContent(lv::takeString(virStorageVolGetXMLDesc(vol, 0))))
        return {};
    return doc.documentElement()
        .firstChildElement(u"target"_s)
        .firstChildElement(u"format"_s)
        .attribute(u"type"_s);
}

std::unique_ptr<DiskSource> chainSource(virConnectPtr conn, virStorageVolPtr vol,
                                        const QString &label, QString format, int depth,
                                        QString *error);

// A backing file named in a qcow2 header, as the volume of a pool on the host.
std::unique_ptr<DiskSource> backingSource(virConnectPtr conn, const Qcow2Source &overlay,
                                          const QString &overlayPath, int depth, QString *error) {
    QString path = overlay.backingFile();
    if (QFileInfo(path).isRelative())
        path = QFileInfo(overlayPath).absolutePath() + u'/' + path;
    lv::VolumePtr vol(virStorageVolLookupByPath(conn, path.toUtf8().constData()));
    if (!vol) {
        *error = Backup::tr("the backing file %1 of %2 is not a volume of a storage pool on the "
                            "host: %3")
                     .arg(path, overlayPath, lv::lastError());
        return nullptr;
    }
    return chainSource(conn, vol.get(), path, overlay.backingFormat(), depth + 1, error);
}

std::unique_ptr<DiskSource> qcow2Source(virConnectPtr conn, virStorageVolPtr vol,
                                        const QString &label, int depth, QString *error) {
    auto q = std::make_unique<Qcow2Source>(volumeRangeReader(conn, vol));
    if (!q->open(error)) {
        *error = Backup::tr("%1: %2").arg(label, *error);
        return nullptr;
    }
    if (!q->backingFile().isEmpty()) {
        auto below = backingSource(conn, *q, label, depth, error);
        if (!below)
            return nullptr;
        q->setBacking(std::move(below));
    }
    return q;
}

// A raw volume: streamed sparse on top, read by range below a qcow2 overlay (which reads the
// clusters it lacks at any offset).
std::unique_ptr<DiskSource> rawSource(virConnectPtr conn, virStorageVolPtr vol, int depth,
                                      QString *error) {
    virStorageVolInfo info;
    if (virStorageVolGetInfo(vol, &info) < 0) {
        *error = lv::lastError();
        return nullptr;
    }
    if (depth > 0)
        return std::make_unique<RangeDiskSource>(volumeRangeReader(conn, vol), info.capacity);
    auto s = std::make_unique<SparseStreamSource>(conn, vol, info.capacity);
    if (!s->errorString().isEmpty()) {
        *error = s->errorString();
        return nullptr;
    }
    return s;
}

std::unique_ptr<DiskSource> chainSource(virConnectPtr conn, virStorageVolPtr vol,
                                        const QString &label, QString format, int depth,
                                        QString *error) {
    if (depth > kMaxBackingDepth) {
        *error = Backup::tr("backing chain of %1 is too deep").arg(label);
        return nullptr;
    }
    if (format.isEmpty())
        format = volumeXmlFormat(vol);
    if (format == u"qcow2"_s)
        return qcow2Source(conn, vol, label, depth, error);
    if (format == u"raw"_s || format.isEmpty())
        return rawSource(conn, vol, depth, error);
    *error = Backup::tr("disk format '%1' of %2 cannot be backed up").arg(format, label);
    return nullptr;
}
} // namespace

RangeReader volumeRangeReader(virConnectPtr conn, virStorageVolPtr vol) {
    std::shared_ptr<virConnect> connRef = lv::retain(conn);
    std::shared_ptr<virStorageVol> volRef =
        lv::VolumePtr(virStorageVolRef(vol) == 0 ? vol : nullptr);
    return [connRef, volRef](quint64 off, quint64 len, char *buf, QString *err) {
        return downloadRange(connRef.get(), volRef.get(), off, len, buf, err);
    };
}

std::unique_ptr<DiskSource> volumeSource(virConnectPtr conn, virStorageVolPtr vol,
                                         const QString &label, const QString &format,
                                         QString *error) {
    return chainSource(conn, vol, label, format, 0, error);
}

lv::VolumePtr volumeOfDisk(virConnectPtr conn, const DomainDisk &d) {
    if (!d.sourcePool.isEmpty()) {
        lv::PoolPtr pool(virStoragePoolLookupByName(conn, d.sourcePool.toUtf8().constData()));
        return lv::VolumePtr(
            pool ? virStorageVolLookupByName(pool.get(), d.sourceVolume.toUtf8().constData())
                 : nullptr);
    }
    return lv::VolumePtr(virStorageVolLookupByPath(conn, d.sourcePath.toUtf8().constData()));
}

QString diskLabel(const DomainDisk &d) {
    return d.sourcePath.isEmpty() ? d.sourcePool + u'/' + d.sourceVolume : d.sourcePath;
}

} // namespace virtdeck
