// SPDX-License-Identifier: GPL-3.0-or-later
// The storage pools a lab's templates need on a host (labs/labpools.h says why): finding the
// folders of template disks that no running pool covers, and defining a directory pool on such a
// folder as virt-manager does. Blocking: any thread, with a connection the caller keeps open.
#pragma once

#include "labs/labpools.h"

#include <QString>
#include <QStringList>

struct _virConnect;

namespace virtdeck {

// Looks at the file disks of `templates` on host `host`: a disk in a running pool is fine; a
// running pool on its folder that does not list it yet is refreshed. Any other folder is a gap;
// with `define` it gets a pool: a stopped pool there is started, else a directory pool is
// defined (defineLabDirectoryPool()). Templates the host lacks are skipped.
LabPoolPrep prepareLabPools(_virConnect *conn, const QString &host, const QStringList &templates,
                            bool define);
// Defines a persistent directory pool on the existing folder `directory`, named after it
// (labPoolName()), starts and autostarts it. Its name, or empty with libvirt's message in `error`
// (a pool defined but not started is undefined again).
QString defineLabDirectoryPool(_virConnect *conn, const QString &directory, QString *error);

} // namespace virtdeck
