// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoretargetcheck.h"

#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString problemOf(virConnectPtr conn, const QString &vmName, const QString &pool,
                  const QStringList &volumeNames) {
    if (!conn)
        return RestoreTargetCheck::tr("The host is not connected.");
    const bool taken = bool(lv::domainByName(conn, vmName));
    virResetLastError();
    if (taken)
        return RestoreTargetCheck::tr("There is a VM named %1 on this host already.").arg(vmName);
    lv::PoolPtr p(virStoragePoolLookupByName(conn, pool.toUtf8().constData()));
    virResetLastError();
    if (!p)
        return RestoreTargetCheck::tr("There is no storage pool %1 on this host.").arg(pool);
    if (virStoragePoolIsActive(p.get()) != 1)
        return RestoreTargetCheck::tr("The storage pool %1 is not active.").arg(pool);
    virStoragePoolRefresh(p.get(), 0);
    for (const QString &v : volumeNames) {
        const bool exists =
            bool(lv::VolumePtr(virStorageVolLookupByName(p.get(), v.toUtf8().constData())));
        virResetLastError();
        if (exists)
            return RestoreTargetCheck::tr("The pool %1 holds a volume named %2 already: choose "
                                          "another name.")
                .arg(pool, v);
    }
    return {};
}
} // namespace

RestoreTargetCheck::RestoreTargetCheck(ConnectionManager *manager, const QString &connectionId,
                                       QObject *parent)
    : ConnectionService(manager, connectionId, parent) {}

void RestoreTargetCheck::check(quint64 ticket, const QString &vmName, const QString &pool,
                               const QStringList &volumeNames) {
    run([guard = guard<RestoreTargetCheck>(), ticket, vmName, pool,
         volumeNames](virConnectPtr conn) {
        const QString problem = problemOf(conn, vmName, pool, volumeNames);
        guard.reply(
            [ticket, problem](RestoreTargetCheck *self) { Q_EMIT self->checked(ticket, problem); });
    });
}

} // namespace virtdeck
