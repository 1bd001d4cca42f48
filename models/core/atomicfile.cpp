// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

namespace {
QString errnoText(const char *what, const QString &path) {
    return QCoreApplication::translate("Backup", "%1 %2: %3")
        .arg(QString::fromLatin1(what), path, QString::fromLocal8Bit(std::strerror(errno)));
}
} // namespace

QString uniqueTempName(const QString &tmpDir, const QString &stem) {
    static std::atomic<quint64> counter{0};
    return tmpDir + u'/' + stem + u'.' + QString::number(::getpid()) + u'.' +
           QString::number(++counter) + u".tmp"_s;
}

bool fsyncDirectory(const QString &dir, QString *error) {
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = errnoText("open", dir);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok && error)
        *error = errnoText("fsync", dir);
    ::close(fd);
    return ok;
}

bool writeFileAtomically(const QString &path, const char *data, size_t size, const QString &tmpDir,
                         QString *error) {
    const QString tmp = uniqueTempName(tmpDir, QFileInfo(path).fileName());
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = errnoText("create", tmp);
        return false;
    }
    size_t off = 0;
    while (off < size) {
        const ssize_t n = ::write(fd, data + off, size - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (error)
                *error = errnoText("write", tmp);
            ::close(fd);
            ::unlink(tmpName.constData());
            return false;
        }
        off += size_t(n);
    }
    if (::fsync(fd) != 0) {
        if (error)
            *error = errnoText("fsync", tmp);
        ::close(fd);
        ::unlink(tmpName.constData());
        return false;
    }
    ::close(fd);
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        if (error)
            *error = errnoText("rename", tmp);
        ::unlink(tmpName.constData());
        return false;
    }
    return fsyncDirectory(QFileInfo(path).absolutePath(), error);
}

} // namespace virtdeck::backup
