// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchpool.h"
#include "backup/backuptr.h"

#include "storage/libvirt/defaultpool.h"
#include "volumereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFileInfo>
#include <QStringList>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// The active pool whose target folder is `dir`, after asking every active pool to re-read its
// folder (a disk file made outside libvirt is not a volume until then).
lv::PoolPtr poolOfFolder(virConnectPtr conn, const QString &dir) {
    virStoragePoolPtr *list = nullptr;
    const int n = virConnectListAllStoragePools(conn, &list, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    for (auto &p : lv::adoptList<lv::PoolPtr>(list, n)) {
        virStoragePoolRefresh(p.get(), 0);
        QDomDocument doc;
        doc.setContent(lv::takeString(virStoragePoolGetXMLDesc(p.get(), 0)));
        const QString path = doc.documentElement()
                                 .firstChildElement(u"target"_s)
                                 .firstChildElement(u"path"_s)
                                 .text();
        if (!path.isEmpty() && QDir::cleanPath(path) == QDir::cleanPath(dir))
            return std::move(p);
    }
    virResetLastError();
    return nullptr;
}

// The pool that holds the VM's first disk: by the volume, or by the folder the file is in.
lv::PoolPtr poolOfDisk(virConnectPtr conn, const DomainDisk &disk) {
    if (const lv::VolumePtr vol = volumeOfDisk(conn, disk))
        return lv::PoolPtr(virStoragePoolLookupByVolume(vol.get()));
    virResetLastError();
    if (disk.sourcePath.isEmpty())
        return nullptr;
    return poolOfFolder(conn, QFileInfo(disk.sourcePath).absolutePath());
}
} // namespace

lv::PoolPtr chooseScratchPool(virConnectPtr conn, const QList<DomainDisk> &disks,
                              const QString &requested, QString *error, QString *created) {
    if (created)
        created->clear();
    lv::PoolPtr pool;
    if (!requested.isEmpty())
        pool.reset(virStoragePoolLookupByName(conn, requested.toUtf8().constData()));
    else if (disks.isEmpty() || !(pool = poolOfDisk(conn, disks.first())))
        pool.reset(virStoragePoolLookupByName(conn, kDefaultPoolName.toUtf8().constData()));
    if (pool)
        return pool;
    virResetLastError();
    if (requested.isEmpty() && created)
        return ensureDefaultPool(conn, created, error);
    const QStringList pools = poolNames(conn);
    const QString why =
        !requested.isEmpty()
            ? Backup::tr("there is no pool '%1'").arg(requested)
            : Backup::tr("the disk %1 is in no storage pool and there is no "
                         "pool '%2' (name one with --scratch-pool)")
                  .arg(disks.isEmpty() ? QString() : diskLabel(disks.first()), kDefaultPoolName);
    *error = Backup::tr("no storage pool for the scratch images: %1; pools on the host: %2")
                 .arg(why, pools.isEmpty() ? Backup::tr("none") : pools.join(u", "_s));
    return nullptr;
}

} // namespace virtdeck
