// SPDX-License-Identifier: GPL-3.0-or-later
// Collecting students' files: copies paths out of a shut-off VM's disks into a folder with
// guestfish (Debian package libguestfs-tools; read-only, the guest's filesystems found by
// inspection). Blocking: runs on the caller's thread (a TaskPool task); a cancelled token stops
// guestfish.
#pragma once

#include "core/canceltoken.h"

#include <QString>
#include <QStringList>

namespace virtdeck {

struct LabCollectResult {
    bool ok = false;      // every path was collected
    bool changed = false; // something was collected
    QString message;      // translated
};

// Copies `paths` of the VM `vmName` on the host `uri` (guestfish reads the VM's disks through
// libvirt) into `folder`, which is created. Gives up after 15 minutes.
LabCollectResult collectLabFiles(const QString &uri, const QString &vmName,
                                 const QStringList &paths, const QString &folder,
                                 const CancelToken &cancel);
// A guestfish string: double-quoted, with \ and " escaped.
QString guestfishQuote(const QString &s);

} // namespace virtdeck
