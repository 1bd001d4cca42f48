// SPDX-License-Identifier: GPL-3.0-or-later
// Owner-only file modes for what the console writes about the user's VMs: the scheduler
// database, backup repositories and settings (0700 folders, 0600 files). Callable from any thread.
#pragma once

#include <QString>

class QFile;

namespace virtdeck {

inline constexpr unsigned kPrivateDirMode = 0700;
inline constexpr unsigned kPrivateFileMode = 0600;

// Creates `path` and missing parents (like QDir::mkpath); `path` itself, created or not, is
// then set to 0700. Parents that already existed are left alone. False with `error` on failure.
bool makePrivateDir(const QString &path, QString *error = nullptr);
// Sets an existing file to 0600 (or a folder to 0700). False with `error` when it cannot.
bool restrictToOwner(const QString &path, QString *error = nullptr);
// Creates `path` empty with mode 0600 when it does not exist yet, so that a library that opens
// it afterwards (SQLite, QSettings) never creates it with the process umask. An existing file
// is only checked (a regular file, not a FIFO or folder) and restricted, never opened.
bool precreatePrivateFile(const QString &path, QString *error = nullptr);
// Makes the application's default QSettings file (and its folder) owner-only, creating it when
// missing. QSettings keeps an existing file's mode when it rewrites it.
bool restrictSettingsToOwner(QString *error = nullptr);
// Opens a file the user named (a roster, say) for reading into `file`, only when it is a regular
// file: a FIFO in its place is refused at once instead of blocking until a writer comes, and a
// device or folder is refused too. False with `error` otherwise.
bool openRegularFile(const QString &path, QFile *file, QString *error);

} // namespace virtdeck
