// SPDX-License-Identifier: GPL-3.0-or-later
#include "qcow2source.h"
#include "backup/backuptr.h"

#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kOffsetMask = 0x00fffffffffffe00ULL;
constexpr quint64 kCompressed = 1ULL << 62;
constexpr quint64 kZeroFlag = 1ULL;

quint32 be32(const char *p) {
    return qFromBigEndian<quint32>(p);
}
quint64 be64(const char *p) {
    return qFromBigEndian<quint64>(p);
}
} // namespace

RangeReader fileRangeReader(const QString &path, QString *error) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error =
                Backup::tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    auto holder = std::shared_ptr<int>(new int(fd), [](int *f) {
        ::close(*f);
        delete f;
    });
    return [holder](quint64 offset, quint64 length, char *buf, QString *err) {
        quint64 done = 0;
        while (done < length) {
            const ssize_t n = ::pread(*holder, buf + done, length - done, off_t(offset + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                if (err)
                    *err = QString::fromLocal8Bit(strerror(errno));
                return false;
            }
            if (n == 0) { // past the end of the file reads as zeros
                std::memset(buf + done, 0, length - done);
                break;
            }
            done += quint64(n);
        }
        return true;
    };
}

Qcow2Source::Qcow2Source(RangeReader reader)
    : m_read(std::move(reader)) {}
Qcow2Source::~Qcow2Source() = default;

bool Qcow2Source::isQcow2(const QByteArray &header) {
    return header.size() >= 4 && header.startsWith("QFI\xfb");
}

void Qcow2Source::setBacking(std::unique_ptr<DiskSource> backing) {
    m_backing = std::move(backing);
}

namespace {
// The header fields the reader uses (and those it only checks), as read from the image.
struct Qcow2Header {
    quint32 version = 0;
    quint64 backingOffset = 0;
    quint32 backingSize = 0;
    quint32 clusterBits = 0;
    quint64 size = 0;
    quint32 cryptMethod = 0;
    quint32 l1Size = 0;
    quint64 l1Offset = 0;
    quint64 refcountOffset = 0;
    quint32 refcountClusters = 0;
    quint32 snapshots = 0;
    quint64 snapshotsOffset = 0;
    quint64 incompatible = 0;
    quint32 refcountOrder = 4;
    quint32 headerLength = 72;
};

Qcow2Header parseHeader(const char *p) {
    Qcow2Header h;
    h.version = be32(p + 4);
    h.backingOffset = be64(p + 8);
    h.backingSize = be32(p + 16);
    h.clusterBits = be32(p + 20);
    h.size = be64(p + 24);
    h.cryptMethod = be32(p + 32);
    h.l1Size = be32(p + 36);
    h.l1Offset = be64(p + 40);
    h.refcountOffset = be64(p + 48);
    h.refcountClusters = be32(p + 56);
    h.snapshots = be32(p + 60);
    h.snapshotsOffset = be64(p + 64);
    if (h.version == 3) {
        h.incompatible = be64(p + 72);
        h.refcountOrder = be32(p + 96);
        h.headerLength = be32(p + 100);
    }
    return h;
}

// Limits as QEMU sets them (block/qcow2.h): a header beyond them is damaged or hostile.
constexpr quint64 kMaxL1Entries = (32 * 1024 * 1024) / 8;   // QCOW_MAX_L1_SIZE
constexpr quint64 kMaxRefcountTableBytes = 8 * 1024 * 1024; // QCOW_MAX_REFTABLE_SIZE
constexpr quint64 kMaxSnapshots = 65536;                    // QCOW_MAX_SNAPSHOTS
constexpr quint64 kMaxHostOffset = 1ULL << 56;              // bits 9..55 of an L1/L2 entry
constexpr quint32 kMaxBackingName = 1023;

// A table offset: cluster-aligned, and the table it starts ends below kMaxHostOffset.
QString checkTableOffset(const QString &field, quint64 offset, quint64 bytes, quint64 cluster) {
    if (offset % cluster)
        return Backup::tr("%1 is %2, not a multiple of the cluster size %3")
            .arg(field)
            .arg(offset)
            .arg(cluster);
    return checkRange(field, offset, 0, kMaxHostOffset - bytes);
}

// Every field of the header within the range QEMU itself accepts; the first one that is not.
QString checkHeader(const Qcow2Header &h) {
    if (h.version != 2 && h.version != 3)
        return Backup::tr("qcow2 version %1 is not supported").arg(h.version);
    QString e = checkRange(u"qcow2 cluster_bits"_s, h.clusterBits, 9, 21);
    if (!e.isEmpty())
        return e;
    const quint64 cluster = 1ULL << h.clusterBits;
    if (h.cryptMethod != 0)
        return Backup::tr("encrypted qcow2 images are not supported");
    // Not (size + cluster - 1) / cluster: that wraps for sizes near 2^64.
    const quint64 clusters = h.size / cluster + (h.size % cluster ? 1 : 0);
    const quint64 l1Needed = (clusters + cluster / 8 - 1) / (cluster / 8);
    for (const QString &why :
         {checkRange(u"qcow2 size"_s, h.size, 0, kMaxDiskBytes),
          checkRange(u"qcow2 l1_size"_s, h.l1Size, std::min(l1Needed, kMaxL1Entries),
                     kMaxL1Entries),
          checkTableOffset(u"qcow2 l1_table_offset"_s, h.l1Offset, quint64(h.l1Size) * 8, cluster),
          checkRange(u"qcow2 refcount_table_clusters"_s, h.refcountClusters, 0,
                     kMaxRefcountTableBytes / cluster),
          checkTableOffset(u"qcow2 refcount_table_offset"_s, h.refcountOffset,
                           quint64(h.refcountClusters) * cluster, cluster),
          checkRange(u"qcow2 nb_snapshots"_s, h.snapshots, 0, kMaxSnapshots),
          checkTableOffset(u"qcow2 snapshots_offset"_s, h.snapshotsOffset, 0, cluster),
          checkRange(u"qcow2 refcount_order"_s, h.refcountOrder, 0, 6),
          checkRange(u"qcow2 header_length"_s, h.headerLength, h.version == 3 ? 104 : 72,
                     std::min<quint64>(cluster, 4096)),
          checkRange(u"qcow2 backing_file_size"_s, h.backingSize, 0, kMaxBackingName),
          checkRange(u"qcow2 backing_file_offset"_s, h.backingOffset, 0, cluster - h.backingSize)})
        if (!why.isEmpty())
            return why;
    if (h.l1Size < l1Needed)
        return Backup::tr("the qcow2 L1 table is too small for the image size");
    if (h.incompatible & 2)
        return Backup::tr("the qcow2 image is marked corrupt");
    if (h.incompatible & 4)
        return Backup::tr("qcow2 images with an external data file are not supported");
    if (h.incompatible & 16)
        return Backup::tr("qcow2 images with extended L2 entries are not supported");
    if (h.incompatible & ~quint64(0x1f))
        return Backup::tr("the qcow2 image uses unknown incompatible features");
    return {};
}
} // namespace

bool Qcow2Source::open(QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QByteArray h(4096, '\0');
    if (!m_read(0, quint64(h.size()), h.data(), error))
        return false;
    if (!isQcow2(h))
        return fail(Backup::tr("not a qcow2 image"));
    const Qcow2Header header = parseHeader(h.constData());
    if (const QString why = checkHeader(header); !why.isEmpty())
        return fail(why);
    m_version = int(header.version);
    m_clusterBits = int(header.clusterBits);
    m_clusterSize = 1ULL << m_clusterBits;
    m_size = header.size;
    readExtensions(h, header.headerLength);
    if (header.backingOffset && header.backingSize) {
        QByteArray name(int(header.backingSize), '\0');
        if (!m_read(header.backingOffset, header.backingSize, name.data(), error))
            return false;
        if (name.contains('\0'))
            return fail(Backup::tr("the qcow2 backing file name contains a NUL byte"));
        m_backingFile = QString::fromUtf8(name);
    }
    return readL1(header.l1Offset, header.l1Size, error);
}

// Header extensions (within the first 4 KiB): only the backing format matters here. Lengths are
// 32-bit values from the file: summed in 64 bits so that none wraps past the end.
void Qcow2Source::readExtensions(const QByteArray &h, quint32 headerLength) {
    const char *p = h.constData();
    const quint64 end = quint64(h.size());
    for (quint64 off = headerLength; off + 8 <= end;) {
        const quint32 type = be32(p + off);
        const quint64 len = be32(p + off + 4);
        if (type == 0 || off + 8 + len > end)
            break;
        if (type == 0xe2792acaU && len <= kMaxBackingName)
            m_backingFormat = QString::fromUtf8(p + off + 8, qsizetype(len));
        off += 8 + ((len + 7) & ~quint64(7));
    }
}

bool Qcow2Source::readL1(quint64 offset, quint32 entries, QString *error) {
    m_l1.assign(entries, 0);
    if (!entries)
        return true;
    QByteArray l1(qsizetype(quint64(entries) * 8), '\0');
    if (!m_read(offset, quint64(l1.size()), l1.data(), error))
        return false;
    for (quint32 i = 0; i < entries; ++i) {
        m_l1[i] = be64(l1.constData() + quint64(i) * 8) & kOffsetMask;
        if (m_l1[i] % m_clusterSize) {
            if (error)
                *error = Backup::tr("qcow2 L1 entry %1 points at %2, not at a cluster")
                             .arg(i)
                             .arg(m_l1[i]);
            return false;
        }
    }
    return true;
}

bool Qcow2Source::l2Entry(quint64 guestCluster, quint64 *entry, QString *error) {
    const quint64 l2Entries = m_clusterSize / 8;
    const quint64 l1Index = guestCluster / l2Entries;
    if (l1Index >= m_l1.size() || m_l1[l1Index] == 0) {
        *entry = 0;
        return true;
    }
    auto it = m_l2Cache.find(l1Index);
    if (it == m_l2Cache.end()) {
        if (m_l2Cache.size() >= 8)
            m_l2Cache.clear(); // reads are sequential: old tables are not needed again
        QByteArray raw(qsizetype(m_clusterSize), '\0');
        if (!m_read(m_l1[l1Index], m_clusterSize, raw.data(), error))
            return false;
        std::vector<quint64> table(l2Entries);
        for (quint64 i = 0; i < l2Entries; ++i)
            table[i] = be64(raw.constData() + i * 8);
        it = m_l2Cache.insert(l1Index, std::move(table));
    }
    *entry = it.value()[guestCluster % l2Entries];
    return true;
}

bool Qcow2Source::readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) {
    out->unchanged.clear();
    out->bytesRead = 0;
    enum class C { Zero, Data, Below };
    struct Span {
        C kind;
        quint64 guest, host, len;
    };
    std::vector<Span> spans;
    const quint64 end = offset + length;
    for (quint64 pos = offset; pos < end;) {
        const quint64 cluster = pos / m_clusterSize;
        const quint64 next = std::min(end, (cluster + 1) * m_clusterSize);
        quint64 e = 0;
        if (!l2Entry(cluster, &e, error))
            return false;
        if (e & kCompressed) {
            if (error)
                *error =
                    Backup::tr("compressed qcow2 clusters are not supported (convert the image "
                               "with qemu-img convert first)");
            return false;
        }
        Span s{C::Zero, pos, 0, next - pos};
        if ((e & kOffsetMask) % m_clusterSize) {
            if (error)
                *error = Backup::tr("qcow2 L2 entry of cluster %1 points at %2, not at a cluster")
                             .arg(cluster)
                             .arg(e & kOffsetMask);
            return false;
        }
        if (m_version == 3 && (e & kZeroFlag))
            s.kind = C::Zero;
        else if (e & kOffsetMask) {
            s.kind = C::Data;
            s.host = (e & kOffsetMask) + (pos - cluster * m_clusterSize);
        } else if (m_unchangedMode || m_backing)
            s.kind = C::Below;
        if (!spans.empty()) {
            Span &last = spans.back();
            if (last.kind == s.kind && last.guest + last.len == s.guest &&
                (s.kind != C::Data || last.host + last.len == s.host)) {
                last.len += s.len;
                pos = next;
                continue;
            }
        }
        spans.push_back(s);
        pos = next;
    }
    bool anyData = false, anyBelow = false, anyZero = false;
    for (const auto &s : spans) {
        anyData |= s.kind == C::Data;
        anyBelow |= s.kind == C::Below;
        anyZero |= s.kind == C::Zero;
    }
    if (!anyData && !anyBelow) {
        out->kind = ChunkRead::Kind::Zero;
        return true;
    }
    if (m_unchangedMode && !anyData && !anyZero) {
        out->kind = ChunkRead::Kind::Unchanged;
        return true;
    }
    if (!anyData && m_backing && !anyZero && offset + length <= m_backing->size())
        return m_backing->readChunk(offset, length, out, error); // wholly from below

    out->kind = ChunkRead::Kind::Data;
    out->data.resize(qsizetype(length));
    char *buf = out->data.data();
    std::memset(buf, 0, length);
    if (anyBelow && m_backing && offset < m_backing->size()) {
        ChunkRead below;
        const quint64 belowLen = std::min(length, m_backing->size() - offset);
        if (!m_backing->readChunk(offset, belowLen, &below, error))
            return false;
        out->bytesRead += below.bytesRead;
        if (below.kind == ChunkRead::Kind::Data)
            for (const auto &s : spans)
                if (s.kind == C::Below && s.guest - offset < belowLen)
                    std::memcpy(buf + (s.guest - offset),
                                below.data.constData() + (s.guest - offset),
                                std::min(s.len, belowLen - (s.guest - offset)));
    }
    for (const auto &s : spans) {
        if (s.kind == C::Data) {
            if (!m_read(s.host, s.len, buf + (s.guest - offset), error))
                return false;
            out->bytesRead += s.len;
        } else if (s.kind == C::Below && m_unchangedMode) {
            out->unchanged.emplace_back(s.guest - offset, s.len);
        }
    }
    return true;
}

} // namespace virtdeck::backup
