#include "filedisksource.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace virtdeck::backup {

bool isAllZero(const char *data, size_t size) {
    size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        quint64 a, b, c, d;
        std::memcpy(&a, data + i, 8);
        std::memcpy(&b, data + i + 8, 8);
        std::memcpy(&c, data + i + 16, 8);
        std::memcpy(&d, data + i + 24, 8);
        if (a | b | c | d)
            return false;
    }
    for (; i < size; ++i)
        if (data[i])
            return false;
    return true;
}

FileDiskSource::FileDiskSource(const QString &path) {
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = QCoreApplication::translate("Backup", "cannot open %1: %2")
                      .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    struct stat st;
    if (::fstat(m_fd, &st) == 0)
        m_size = quint64(st.st_size);
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
}

FileDiskSource::~FileDiskSource() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool FileDiskSource::readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) {
    out->unchanged.clear();
    out->bytesRead = 0;
    // Where does data start at or after `offset`? ENXIO: only a hole up to the end.
    const off_t dataAt = ::lseek(m_fd, off_t(offset), SEEK_DATA);
    if (dataAt < 0 || quint64(dataAt) >= offset + length) {
        out->kind = ChunkRead::Kind::Zero;
        return true;
    }
    out->kind = ChunkRead::Kind::Data;
    out->data.resize(qsizetype(length));
    char *buf = out->data.data();
    quint64 pos = offset;
    while (pos < offset + length) {
        off_t d = ::lseek(m_fd, off_t(pos), SEEK_DATA);
        if (d < 0 || quint64(d) >= offset + length) {
            std::memset(buf + (pos - offset), 0, offset + length - pos);
            break;
        }
        if (quint64(d) > pos)
            std::memset(buf + (pos - offset), 0, quint64(d) - pos);
        pos = quint64(d);
        off_t h = ::lseek(m_fd, off_t(pos), SEEK_HOLE);
        const quint64 end = std::min<quint64>(h < 0 ? m_size : quint64(h), offset + length);
        while (pos < end) {
            const ssize_t n = ::pread(m_fd, buf + (pos - offset), end - pos, off_t(pos));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                if (error)
                    *error = QCoreApplication::translate("Backup", "read error at %1: %2")
                                 .arg(pos)
                                 .arg(QString::fromLocal8Bit(std::strerror(n < 0 ? errno : EIO)));
                return false;
            }
            pos += quint64(n);
            out->bytesRead += quint64(n);
        }
    }
    return true;
}

} // namespace virtdeck::backup
