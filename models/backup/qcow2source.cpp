#include "qcow2source.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace virtdeck::backup {

// The engine's messages, in the context the backup engine has always used.
struct Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

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
    const char *p = h.constData();
    m_version = int(be32(p + 4));
    if (m_version != 2 && m_version != 3)
        return fail(Backup::tr("qcow2 version %1 is not supported").arg(m_version));
    const quint64 backingOffset = be64(p + 8);
    const quint32 backingSize = be32(p + 16);
    m_clusterBits = int(be32(p + 20));
    if (m_clusterBits < 9 || m_clusterBits > 21)
        return fail(Backup::tr("qcow2 cluster size 2^%1 is invalid").arg(m_clusterBits));
    m_clusterSize = 1ULL << m_clusterBits;
    m_size = be64(p + 24);
    if (be32(p + 32) != 0)
        return fail(Backup::tr("encrypted qcow2 images are not supported"));
    const quint32 l1Size = be32(p + 36);
    const quint64 l1Offset = be64(p + 40);
    quint32 headerLength = 72;
    if (m_version == 3) {
        const quint64 incompatible = be64(p + 72);
        if (incompatible & 2)
            return fail(Backup::tr("the qcow2 image is marked corrupt"));
        if (incompatible & 4)
            return fail(Backup::tr("qcow2 images with an external data file are not supported"));
        if (incompatible & 16)
            return fail(Backup::tr("qcow2 images with extended L2 entries are not supported"));
        if (incompatible & ~quint64(0x1f))
            return fail(Backup::tr("the qcow2 image uses unknown incompatible features"));
        headerLength = be32(p + 100);
    }
    // Header extensions: only the backing format matters here.
    for (quint32 off = headerLength; off + 8 <= quint32(h.size());) {
        const quint32 type = be32(p + off), len = be32(p + off + 4);
        if (type == 0)
            break;
        if (off + 8 + len > quint32(h.size()))
            break;
        if (type == 0xe2792acaU)
            m_backingFormat = QString::fromUtf8(p + off + 8, int(len));
        off += 8 + ((len + 7) & ~7U);
    }
    if (backingOffset && backingSize) {
        QByteArray name(int(backingSize), '\0');
        if (!m_read(backingOffset, backingSize, name.data(), error))
            return false;
        m_backingFile = QString::fromUtf8(name);
    }
    const quint64 l2Entries = m_clusterSize / 8;
    const quint64 clusters = (m_size + m_clusterSize - 1) / m_clusterSize;
    if (quint64(l1Size) < (clusters + l2Entries - 1) / l2Entries)
        return fail(Backup::tr("the qcow2 L1 table is too small for the image size"));
    m_l1.resize(l1Size);
    if (l1Size) {
        QByteArray l1(int(l1Size * 8), '\0');
        if (!m_read(l1Offset, quint64(l1.size()), l1.data(), error))
            return false;
        for (quint32 i = 0; i < l1Size; ++i)
            m_l1[i] = be64(l1.constData() + i * 8) & kOffsetMask;
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
