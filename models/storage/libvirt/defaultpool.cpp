// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultpool.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;

// The messages of the default pool, in their own context.
struct DefaultPool {
    Q_DECLARE_TR_FUNCTIONS(DefaultPool)
};

namespace {
// Starts `pool` (and marks it autostart); false with `error` set.
bool startPool(virStoragePoolPtr pool, QString *error) {
    if (virStoragePoolIsActive(pool) != 1 && virStoragePoolCreate(pool, 0) < 0) {
        *error = lv::lastError();
        return false;
    }
    virStoragePoolSetAutostart(pool, 1);
    return true;
}

// Defines, builds and starts the pool; undefines it again if that fails.
lv::PoolPtr defineDefaultPool(virConnectPtr conn, const QString &path, QString *error) {
    const QString xml =
        u"<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>"_s.arg(
            kDefaultPoolName, path.toHtmlEscaped());
    lv::PoolPtr pool(virStoragePoolDefineXML(conn, xml.toUtf8().constData(), 0));
    if (!pool) {
        *error = lv::lastError();
        return nullptr;
    }
    if (virStoragePoolBuild(pool.get(), 0) < 0 || !startPool(pool.get(), error)) {
        if (error->isEmpty())
            *error = lv::lastError();
        virStoragePoolUndefine(pool.get());
        return nullptr;
    }
    return pool;
}
} // namespace

lv::PoolPtr ensureDefaultPool(virConnectPtr conn, QString *created, QString *error,
                              const QString &path) {
    created->clear();
    lv::PoolPtr pool(virStoragePoolLookupByName(conn, kDefaultPoolName.toUtf8().constData()));
    if (pool) {
        if (virStoragePoolIsActive(pool.get()) == 1)
            return pool;
        if (!startPool(pool.get(), error))
            return nullptr;
        *created = DefaultPool::tr("started the storage pool '%1', which was inactive")
                       .arg(kDefaultPoolName);
        return pool;
    }
    virResetLastError();
    pool = defineDefaultPool(conn, path, error);
    if (!pool) {
        *error = DefaultPool::tr("cannot create the storage pool '%1' at %2: %3")
                     .arg(kDefaultPoolName, path, *error);
        return nullptr;
    }
    *created = DefaultPool::tr("created the storage pool '%1' (a directory pool at %2, built, "
                               "started and set to start with the host)")
                   .arg(kDefaultPoolName, path);
    return pool;
}

lv::VolumePtr diskVolume(virConnectPtr conn, const DomainDisk &disk, bool *poolsRefreshed) {
    if (disk.sourcePath.isEmpty()) {
        const lv::PoolPtr pool(
            virStoragePoolLookupByName(conn, disk.sourcePool.toUtf8().constData()));
        lv::VolumePtr vol(
            pool ? virStorageVolLookupByName(pool.get(), disk.sourceVolume.toUtf8().constData())
                 : nullptr);
        virResetLastError();
        return vol;
    }
    const QByteArray path = disk.sourcePath.toUtf8();
    lv::VolumePtr vol(virStorageVolLookupByPath(conn, path.constData()));
    virResetLastError();
    if (vol || *poolsRefreshed)
        return vol;
    *poolsRefreshed = true;
    virStoragePoolPtr *raw = nullptr;
    const int n = virConnectListAllStoragePools(conn, &raw, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    for (const auto &pool : lv::adoptList<lv::PoolPtr>(raw, n))
        virStoragePoolRefresh(pool.get(), 0);
    vol.reset(virStorageVolLookupByPath(conn, path.constData()));
    virResetLastError();
    return vol;
}

QStringList poolNames(virConnectPtr conn) {
    virStoragePoolPtr *list = nullptr;
    const int n = virConnectListAllStoragePools(conn, &list, 0);
    QStringList names;
    for (const auto &p : lv::adoptList<lv::PoolPtr>(list, n))
        names.append(QString::fromUtf8(virStoragePoolGetName(p.get())));
    names.sort();
    return names;
}

} // namespace virtdeck
