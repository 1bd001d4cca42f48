// SPDX-License-Identifier: GPL-3.0-or-later
// The pool a restore or a replica writes its disks into. Blocking libvirt calls: call on a thread
// that may use `conn`.
#pragma once

#include "core/libvirt/handles.h"

#include <QString>

namespace virtdeck {

// The running pool `name`. A missing "default" is made (ensureDefaultPool; `created` says so)
// when `makeDefault`; a pool that is not there is refused with the names of those that are, an
// inactive one with how to start it. Null with `error`.
lv::PoolPtr writablePool(virConnectPtr conn, const QString &name, bool makeDefault,
                         QString *created, QString *error);

} // namespace virtdeck
