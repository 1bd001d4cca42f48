// SPDX-License-Identifier: GPL-3.0-or-later
#include "writablepool.h"
#include "backup/backuptr.h"
#include "storage/libvirt/defaultpool.h"

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;

namespace virtdeck {

lv::PoolPtr writablePool(virConnectPtr conn, const QString &name, bool makeDefault,
                         QString *created, QString *error) {
    lv::PoolPtr pool(virStoragePoolLookupByName(conn, name.toUtf8().constData()));
    if (pool && virStoragePoolIsActive(pool.get()) != 1) {
        *error = Backup::tr("the storage pool '%1' is not active; start it first").arg(name);
        return nullptr;
    }
    if (pool)
        return pool;
    virResetLastError();
    if (makeDefault && name == kDefaultPoolName)
        return ensureDefaultPool(conn, created, error);
    const QStringList pools = poolNames(conn);
    *error =
        pools.isEmpty()
            ? Backup::tr("there is no storage pool '%1': the host has no storage pool").arg(name)
            : Backup::tr("there is no storage pool '%1'; the host has: %2")
                  .arg(name, pools.join(u", "_s));
    return nullptr;
}

} // namespace virtdeck
