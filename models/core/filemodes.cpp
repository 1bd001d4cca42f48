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
    struct stat st;
    // An existing file is never opened here: SQLite's locks are POSIX record locks, which the
    // close of *any* descriptor of the file drops for the whole process. A second store on a
    // database this process has open (the failover watch beside the scheduler's engine) would
    // release the engine's locks, and a peer process could then write under it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (::stat(name.constData(), &st) == 0) {
            if (S_ISREG(st.st_mode))
                return restrictToOwner(path, error);
            if (error)
                *error =
                    QCoreApplication::translate("FileModes", "%1 is not a regular file.").arg(path);
            return false;
        }
        if (errno != ENOENT)
            return fail(error, "cannot read", path);
        // O_EXCL: a file made meanwhile by a peer is left alone (and found above next time).
        const int fd =
            ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kPrivateFileMode);
        if (fd >= 0) {
            ::close(fd);
            return restrictToOwner(path, error);
        }
        if (errno != EEXIST)
            return fail(error, "cannot create", path);
    }
    return fail(error, "cannot create", path);
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
