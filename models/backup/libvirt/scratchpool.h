// SPDX-License-Identifier: GPL-3.0-or-later
// Where the scratch images of a running VM's push backup go: the pool the request names, else the
// pool that holds the VM's first disk (so a bare host without a "default" pool still works), else
// "default". Blocking libvirt calls: call on a thread that may use `conn`.
#pragma once

#include "core/domainxml.h"
#include "core/libvirt/handles.h"

#include <QList>
#include <QString>

namespace virtdeck {

// The pool for the scratch images of `disks`; null with `error` naming the pools there are.
// With `created`, a host without any of those pools gets "default" (ensureDefaultPool) and
// `created` says so in words for the user; otherwise it stays empty.
lv::PoolPtr chooseScratchPool(virConnectPtr conn, const QList<DomainDisk> &disks,
                              const QString &requested, QString *error, QString *created = nullptr);

} // namespace virtdeck
