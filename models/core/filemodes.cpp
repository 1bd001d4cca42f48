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
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, kPrivateFileMode);
    if (fd < 0)
        return fail(error, "cannot create", path);
    ::close(fd);
    return restrictToOwner(path, error);
}

bool restrictSettingsToOwner(QString *error) {
    const QString path = QSettings().fileName();
    return makePrivateDir(QFileInfo(path).absolutePath(), error) &&
           precreatePrivateFile(path, error);
}

} // namespace virtdeck
