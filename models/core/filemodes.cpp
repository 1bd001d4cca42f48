// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace virtdeck {

namespace {
bool fail(QString *error, const char *what, const QString &path) {
    if (error)
        *error =
            QCoreApplication::translate("FileModes", "%1 %2: %3")
                .arg(QString::fromLatin1(what), path, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}
} // namespace

bool makePrivateDir(const QString &path, QString *error) {
    if (!QDir().mkpath(path)) {
        errno = errno ? errno : EACCES;
        return fail(error, "cannot create", path);
    }
    return restrictToOwner(path, error);
}

bool restrictToOwner(const QString &path, QString *error) {
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0)
        return fail(error, "cannot read", path);
    const mode_t want = S_ISDIR(st.st_mode) ? kPrivateDirMode : kPrivateFileMode;
    if ((st.st_mode & 07777) == want)
        return true;
    if (::chmod(name.constData(), want) != 0)
        return fail(error, "cannot restrict", path);
    return true;
}

bool precreatePrivateFile(const QString &path, QString *error) {
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: a FIFO in the file's place must not block the open until a reader comes
    // (a database or settings path is given on the command line); it is refused below.
    const int fd =
        ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK, kPrivateFileMode);
    struct stat st;
    const bool regular = fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (fd >= 0)
        ::close(fd);
    if (regular)
        return restrictToOwner(path, error);
    if (fd < 0 && errno != ENXIO && errno != EISDIR)
        return fail(error, "cannot create", path);
    if (error)
        *error = QCoreApplication::translate("FileModes", "%1 is not a regular file.").arg(path);
    return false;
}

bool openRegularFile(const QString &path, QFile *file, QString *error) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        fail(error, "cannot read", path);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        if (error)
            *error =
                QCoreApplication::translate("FileModes", "%1 is not a regular file.").arg(path);
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
}

bool restrictSettingsToOwner(QString *error) {
    const QString path = QSettings().fileName();
    return makePrivateDir(QFileInfo(path).absolutePath(), error) &&
           precreatePrivateFile(path, error);
}

} // namespace virtdeck
