// SPDX-License-Identifier: GPL-3.0-or-later
// Durable, atomic file replacement for the repository: write a temp file in `tmpDir`, fsync it,
// rename it over `path`, fsync the directory. A crash leaves either the old file or the new one.
#pragma once

#include <QString>

namespace virtdeck::backup {

bool writeFileAtomically(const QString &path, const char *data, size_t size, const QString &tmpDir,
                         QString *error);
bool fsyncDirectory(const QString &dir, QString *error = nullptr);
// A unique name for a temp file in the repository (pid, thread and counter).
QString uniqueTempName(const QString &tmpDir, const QString &stem);

} // namespace virtdeck::backup
