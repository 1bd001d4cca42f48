// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedisksource.h"
#include "backup/backuptr.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
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

namespace {
// What a file of this type is, for the message that refuses it.
QString kindOf(mode_t mode) {
    if (S_ISFIFO(mode))
        return Backup::tr("a FIFO");
    if (S_ISCHR(mode))
        return Backup::tr("a character device");
    if (S_ISDIR(mode))
        return Backup::tr("a folder");
    if (S_ISSOCK(mode))
        return Backup::tr("a socket");
    return Backup::tr("not a regular file");
}
} // namespace

int FileDiskSource::openImage(const QString &path, quint64 *size, bool *blockDevice,
                              QString *error) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        *error = Backup::tr("cannot open %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    *blockDevice = S_ISBLK(st.st_mode);
    quint64 bytes = quint64(st.st_size);
    // A block device's stat size is 0: its real size is where it ends.
    if (*blockDevice && ::ioctl(fd, BLKGETSIZE64, &bytes) != 0) {
        const off_t end = ::lseek(fd, 0, SEEK_END);
        bytes = end < 0 ? 0 : quint64(end);
    }
    if (!S_ISREG(st.st_mode) && !*blockDevice) {
        *error = Backup::tr("%1 is %2: only image files and block devices can be backed up")
                     .arg(path, kindOf(st.st_mode));
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    *size = bytes;
    return fd;
}

FileDiskSource::FileDiskSource(const QString &path) {
    bool block = false;
    m_fd = openImage(path, &m_size, &block, &m_error);
    if (m_fd < 0)
        return;
    m_holesKnown = !block; // block devices answer SEEK_DATA with EINVAL: read them in full
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
}

FileDiskSource::~FileDiskSource() {
    if (m_fd >= 0)
        ::close(m_fd);
}

off_t FileDiskSource::nextData(quint64 offset) const {
    if (!m_holesKnown)
        return off_t(offset);
    const off_t d = ::lseek(m_fd, off_t(offset), SEEK_DATA);
    return d < 0 && errno != ENXIO ? off_t(offset) : d;
}

bool FileDiskSource::readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) {
    out->unchanged.clear();
    out->bytesRead = 0;
    // Where does data start at or after `offset`? ENXIO: only a hole up to the end. Any other
    // failure (a file system or device without SEEK_DATA) means: read it all.
    const off_t dataAt = nextData(offset);
    if (dataAt < 0 || quint64(dataAt) >= offset + length) {
        out->kind = ChunkRead::Kind::Zero;
        return true;
    }
    out->kind = ChunkRead::Kind::Data;
    out->data.resize(qsizetype(length));
    char *buf = out->data.data();
    quint64 pos = offset;
    while (pos < offset + length) {
        off_t d = nextData(pos);
        if (d < 0 || quint64(d) >= offset + length) {
            std::memset(buf + (pos - offset), 0, offset + length - pos);
            break;
        }
        if (quint64(d) > pos)
            std::memset(buf + (pos - offset), 0, quint64(d) - pos);
        pos = quint64(d);
        off_t h = m_holesKnown ? ::lseek(m_fd, off_t(pos), SEEK_HOLE) : -1;
        const quint64 end = std::min<quint64>(h < 0 ? m_size : quint64(h), offset + length);
        while (pos < end) {
            const ssize_t n = ::pread(m_fd, buf + (pos - offset), end - pos, off_t(pos));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                if (error)
                    *error = n < 0 ? Backup::tr("read error at %1: %2")
                                         .arg(pos)
                                         .arg(QString::fromLocal8Bit(std::strerror(errno)))
                                   : Backup::tr("the file ended at %1, before its size %2 (it "
                                                "changed while it was read)")
                                         .arg(pos)
                                         .arg(m_size);
                return false;
            }
            pos += quint64(n);
            out->bytesRead += quint64(n);
        }
    }
    return true;
}

} // namespace virtdeck::backup
