// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a disk's volume among a host's pools, and the usual directory pool a bare host lacks:
// "default" at /var/lib/libvirt/images, as virt-install and virt-manager make it. For the restore
// command line, and for the window and labs when they need somewhere to put disks. Blocking libvirt
// calls: call on a thread that may use `conn` (a task's own connection reference, or the host's
// connection thread).
#pragma once

#include "core/domainxml.h"
#include "core/libvirt/handles.h"
#include "storage/poolinfo.h"

#include <QString>
#include <QStringList>

namespace virtdeck {

// kDefaultPoolName and kDefaultPoolPath are poolinfo.h's: one definition for the window and the
// command line (two inline variables of one name are one symbol to the linker, whatever types).

// The pool named "default", defined (a directory pool at `path`, kDefaultPoolPath unless a test
// says otherwise), built, started and set to autostart if it was missing, or started if it was
// inactive. `created` says what was done, in words for the user (empty when the pool was there
// and running). Null with `error`.
lv::PoolPtr ensureDefaultPool(virConnectPtr conn, QString *created, QString *error,
                              const QString &path = kDefaultPoolPath);

// The volume a disk's source names: a pool's volume, or a file or block path that one of the
// host's pools lists. A path no pool lists yet gets one refresh of the active pools first (the
// file may be newer than the last refresh), once while `*poolsRefreshed` is false. Null when
// there is none; libvirt's error is cleared.
lv::VolumePtr diskVolume(virConnectPtr conn, const DomainDisk &disk, bool *poolsRefreshed);

// The names of the host's pools, for a message that has to name them.
QStringList poolNames(virConnectPtr conn);

} // namespace virtdeck
