// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageservice.h"

#include "core/domainxml.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/handles.h"
#include "storage/libvirt/pooleventwatch.h"
#include "storage/storagexml.h"

#include <QLoggingCategory>
#include <QThread>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcStorage, "virtdeck.libvirt.storage", QtWarningMsg)

namespace virtdeck {

using namespace Qt::StringLiterals;

std::atomic<quint64> StorageService::s_nextRequest{1};

namespace {

PoolState mapPoolState(int s) {
    switch (s) {
    case VIR_STORAGE_POOL_BUILDING:
        return PoolState::Building;
    case VIR_STORAGE_POOL_RUNNING:
        return PoolState::Running;
    case VIR_STORAGE_POOL_DEGRADED:
        return PoolState::Degraded;
    case VIR_STORAGE_POOL_INACCESSIBLE:
        return PoolState::Inaccessible;
    default:
        return PoolState::Inactive;
    }
}

PoolInfo readPool(virStoragePoolPtr pool, const QString &connectionId) {
    PoolInfo p;
    p.connectionId = connectionId;
    p.name = QString::fromUtf8(virStoragePoolGetName(pool));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virStoragePoolGetUUIDString(pool, uuid) == 0)
        p.uuid = QString::fromLatin1(uuid);
    virStoragePoolInfo info{};
    if (virStoragePoolGetInfo(pool, &info) == 0) {
        p.state = mapPoolState(info.state);
        p.capacityBytes = info.capacity;
        p.allocationBytes = info.allocation;
        p.availableBytes = info.available;
    } else {
        virResetLastError();
    }
    int autostart = 0;
    if (virStoragePoolGetAutostart(pool, &autostart) < 0)
        virResetLastError();
    p.autostart = autostart != 0;
    p.persistent = virStoragePoolIsPersistent(pool) != 0;
    const PoolXml x = parsePoolXml(lv::takeString(virStoragePoolGetXMLDesc(pool, 0)));
    p.type = x.type;
    p.targetPath = x.targetPath;
    if (p.state == PoolState::Running) {
        const int n = virStoragePoolNumOfVolumes(pool);
        if (n >= 0)
            p.volumeCount = n;
        else
            virResetLastError();
    }
    return p;
}

// An empty name means the volume vanished between listing and reading.
VolumeInfo readVolume(virStorageVolPtr vol, const QString &connectionId, const QString &pool) {
    VolumeInfo v;
    const QString xml = lv::takeString(virStorageVolGetXMLDesc(vol, 0));
    if (xml.isEmpty()) {
        virResetLastError();
        return v;
    }
    const VolumeXml x = parseVolumeXml(xml);
    v.connectionId = connectionId;
    v.pool = pool;
    v.name = QString::fromUtf8(virStorageVolGetName(vol));
    v.path = x.path;
    v.kind = x.kind;
    v.format = x.format;
    v.backingPath = x.backingPath;
    v.backingFormat = x.backingFormat;
    v.capacityBytes = x.capacityBytes;
    v.allocationBytes = x.allocationBytes;
    return v;
}

DomainDisks readDomainDisks(virDomainPtr dom) {
    DomainDisks d;
    const QString xml = lv::takeString(virDomainGetXMLDesc(dom, 0));
    if (xml.isEmpty()) {
        virResetLastError();
        return d;
    }
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    d.uuid = QString::fromLatin1(uuid);
    d.name = QString::fromUtf8(virDomainGetName(dom));
    for (const DomainDisk &disk : parseDomainDisks(xml)) {
        if (!disk.sourcePath.isEmpty())
            d.paths.append(disk.sourcePath);
        else if (!disk.sourcePool.isEmpty())
            d.poolVolumes.append(disk.sourcePool % u'/' % disk.sourceVolume);
    }
    return d;
}

lv::PoolPtr lookupPool(virConnectPtr c, const QString &name) {
    return lv::PoolPtr(virStoragePoolLookupByName(c, name.toUtf8().constData()));
}

// The volume, or nullptr with libvirt's message in `error` (read before the pool handle is
// freed: every libvirt call clears the last error).
lv::VolumePtr lookupVolume(virConnectPtr c, const QString &pool, const QString &name,
                           QString *error) {
    lv::PoolPtr p = lookupPool(c, pool);
    if (!p) {
        *error = lv::lastError();
        return {};
    }
    lv::VolumePtr v(virStorageVolLookupByName(p.get(), name.toUtf8().constData()));
    if (!v)
        *error = lv::lastError();
    return v;
}

// libvirt's "storage vol already exists" does not say which: name it.
QString nameTaken(virStoragePoolPtr pool, const QString &name) {
    lv::VolumePtr v(virStorageVolLookupByName(pool, name.toUtf8().constData()));
    if (!v) {
        virResetLastError();
        return {};
    }
    return StorageService::tr("A volume named %1 already exists in pool %2.")
        .arg(name, QString::fromUtf8(virStoragePoolGetName(pool)));
}

QString notConnected() {
    return StorageService::tr("Not connected to the host.");
}

} // namespace

// The job bodies, with access to the service's signals and run().
struct StorageService::Jobs {
    // Lists the pools, then the volumes of every active pool, or only of `volumesOf` when set
    // (an empty name: none).
    static void listPools(StorageService *s, virConnectPtr c, bool rescan,
                          const std::optional<QString> &volumesOf = std::nullopt) {
        if (!c)
            return;
        virStoragePoolPtr *raw = nullptr;
        const int n = virConnectListAllStoragePools(c, &raw, 0);
        if (n < 0) {
            qCWarning(lcStorage) << "pool list failed" << lv::lastError();
            virResetLastError();
            return;
        }
        const auto pools = lv::adoptList<lv::PoolPtr>(raw, n);
        QList<PoolInfo> out;
        QStringList active;
        for (const auto &p : pools) {
            PoolInfo info = readPool(p.get(), s->m_connectionId);
            if (info.state == PoolState::Running)
                active.append(info.name);
            out.append(std::move(info));
        }
        Q_EMIT s->poolsListed(s->m_connectionId, out);
        // Each pool's volumes in their own jobs, so a big pool holds nobody up for long.
        for (const QString &name : std::as_const(active))
            if (!volumesOf || *volumesOf == name)
                s->run([s, name, rescan](virConnectPtr c) { listVolumes(s, c, name, rescan); });
    }

    static void listVolumes(StorageService *s, virConnectPtr c, const QString &poolName,
                            bool rescan) {
        if (!c)
            return;
        lv::PoolPtr pool = lookupPool(c, poolName);
        if (!pool) {
            virResetLastError();
            Q_EMIT s->volumesListed(s->m_connectionId, poolName, {});
            return;
        }
        if (rescan) {
            if (virStoragePoolRefresh(pool.get(), 0) < 0) {
                qCInfo(lcStorage) << "refresh failed" << poolName << lv::lastError();
                virResetLastError();
            }
            Q_EMIT s->poolChanged(readPool(pool.get(), s->m_connectionId));
        }
        virStorageVolPtr *raw = nullptr;
        const int n = virStoragePoolListAllVolumes(pool.get(), &raw, 0);
        if (n < 0) {
            virResetLastError(); // an inactive pool has no volumes
            Q_EMIT s->volumesListed(s->m_connectionId, poolName, {});
            return;
        }
        auto vols =
            std::make_shared<std::vector<lv::VolumePtr>>(lv::adoptList<lv::VolumePtr>(raw, n));
        auto names = std::make_shared<QStringList>();
        readBatch(s, poolName, vols, names, 0);
    }

    static void readBatch(StorageService *s, const QString &poolName,
                          std::shared_ptr<std::vector<lv::VolumePtr>> vols,
                          std::shared_ptr<QStringList> names, size_t from) {
        const size_t to = std::min(vols->size(), from + size_t(kBatchSize));
        QList<VolumeInfo> batch;
        for (size_t i = from; i < to; ++i) {
            VolumeInfo v = readVolume((*vols)[i].get(), s->m_connectionId, poolName);
            if (v.name.isEmpty())
                continue;
            names->append(v.name);
            batch.append(std::move(v));
        }
        for (size_t i = from; i < to; ++i)
            (*vols)[i].reset();
        if (!batch.isEmpty())
            Q_EMIT s->volumesRead(s->m_connectionId, batch);
        if (to < vols->size()) {
            s->run([s, poolName, vols, names, to](virConnectPtr) {
                readBatch(s, poolName, vols, names, to);
            });
        } else {
            Q_EMIT s->volumesListed(s->m_connectionId, poolName, *names);
        }
    }

    static void listDomainDisks(StorageService *s, virConnectPtr c) {
        if (!c)
            return;
        virDomainPtr *raw = nullptr;
        const int n = virConnectListAllDomains(c, &raw, 0);
        if (n < 0) {
            virResetLastError();
            return;
        }
        auto doms =
            std::make_shared<std::vector<lv::DomainPtr>>(lv::adoptList<lv::DomainPtr>(raw, n));
        auto all = std::make_shared<QList<DomainDisks>>();
        readDomainBatch(s, doms, all, 0);
    }

    static void readDomainBatch(StorageService *s, std::shared_ptr<std::vector<lv::DomainPtr>> doms,
                                std::shared_ptr<QList<DomainDisks>> all, size_t from) {
        const size_t to = std::min(doms->size(), from + size_t(kBatchSize));
        for (size_t i = from; i < to; ++i) {
            DomainDisks d = readDomainDisks((*doms)[i].get());
            if (!d.uuid.isEmpty())
                all->append(std::move(d));
            (*doms)[i].reset();
        }
        if (to < doms->size())
            s->run([s, doms, all, to](virConnectPtr) { readDomainBatch(s, doms, all, to); });
        else
            Q_EMIT s->domainDisksListed(s->m_connectionId, *all);
    }

    // The domains of this host whose disks are the volume (by path or pool/name).
    static QStringList usersOf(virConnectPtr c, const QString &path, const QString &poolVolume) {
        QStringList users;
        virDomainPtr *raw = nullptr;
        const int n = virConnectListAllDomains(c, &raw, 0);
        if (n < 0) {
            virResetLastError();
            return users;
        }
        for (const auto &dom : lv::adoptList<lv::DomainPtr>(raw, n)) {
            const DomainDisks d = readDomainDisks(dom.get());
            if ((!path.isEmpty() && d.paths.contains(path)) || d.poolVolumes.contains(poolVolume))
                users.append(d.name);
        }
        return users;
    }
};

StorageService *StorageService::create(Connection *connection) {
    auto *s = new StorageService(connection);
    s->moveToThread(connection->thread());
    // Parent it on its own thread: it then lives exactly as long as the Connection.
    connection->post(nullptr, [s, connection](virConnectPtr) { s->setParent(connection); });
    // A Connection destroyed before that posted call ran drops it: the service would then
    // outlive it, unowned (seen under LeakSanitizer when a host drops right after connecting).
    // Both live on the connection's thread, where destroyed() is emitted.
    QObject::connect(
        connection, &QObject::destroyed, s, [s] { delete s; }, Qt::DirectConnection);
    return s;
}

StorageService::StorageService(Connection *connection)
    : m_connection(connection)
    , m_connectionId(connection->id()) {
    qRegisterMetaType<PoolInfo>();
    qRegisterMetaType<VolumeInfo>();
    qRegisterMetaType<DomainDisks>();
    qRegisterMetaType<BackingLink>();
    qRegisterMetaType<StorageResult>();
    qRegisterMetaType<QList<PoolInfo>>();
    qRegisterMetaType<QList<VolumeInfo>>();
    qRegisterMetaType<QList<DomainDisks>>();
    qRegisterMetaType<QList<BackingLink>>();
    // Called on the event loop thread: only queues a job.
    m_poolEvents = std::make_unique<PoolEventWatch>([this](const QString &pool) {
        QMetaObject::invokeMethod(
            this, [this, pool] { poolEvent(pool); }, Qt::QueuedConnection);
    });
    // The registrations hold the host's connection open: dropped as soon as it closes.
    connect(connection, &Connection::stateChanged, this,
            [this](const QString &, ConnectionState state, const QString &) {
                if (state != ConnectionState::Connected)
                    m_poolEvents->stop();
            });
}

StorageService::~StorageService() = default;

void StorageService::poolEvent(const QString &pool) {
    run([this, pool](virConnectPtr c) { Jobs::listPools(this, c, false, pool); });
}

void StorageService::run(std::function<void(virConnectPtr)> job, const QString &what) {
    ++m_pending;
    // The storage lane: a volume delete never waits behind a call stuck on one VM.
    const QString label = what.isEmpty() ? tr("storage listing") : what;
    m_connection->post(this, Lane::storage(), label, [this, job = std::move(job)](virConnectPtr c) {
        job(c);
        if (--m_pending == 0)
            Q_EMIT idle(m_connectionId);
    });
}

void StorageService::refresh(bool rescan) {
    run([this, rescan](virConnectPtr c) {
        m_poolEvents->watch(c);
        Jobs::listPools(this, c, rescan);
    });
    refreshDomainDisks();
}

void StorageService::refreshPool(const QString &pool, bool rescan) {
    run([this, pool, rescan](virConnectPtr c) {
        if (!c)
            return;
        if (lv::PoolPtr p = lookupPool(c, pool)) {
            Q_EMIT poolChanged(readPool(p.get(), m_connectionId));
            Jobs::listVolumes(this, c, pool, rescan);
        } else {
            virResetLastError();
            Jobs::listPools(this, c, false, QString());
        }
    });
}

void StorageService::refreshDomainDisks(const QString &uuid) {
    if (uuid.isEmpty()) {
        run([this](virConnectPtr c) { Jobs::listDomainDisks(this, c); });
        return;
    }
    run([this, uuid](virConnectPtr c) {
        if (!c)
            return;
        lv::DomainPtr dom(virDomainLookupByUUIDString(c, uuid.toLatin1().constData()));
        DomainDisks d;
        if (dom)
            d = readDomainDisks(dom.get());
        else
            virResetLastError();
        if (d.uuid.isEmpty())
            Q_EMIT domainDisksRemoved(m_connectionId, uuid);
        else
            Q_EMIT domainDisksChanged(m_connectionId, d);
    });
}

quint64 StorageService::action(const QString &operation, const QString &target, const QString &pool,
                               std::function<QString(virConnectPtr, bool *)> job, bool ownThread) {
    const quint64 id = s_nextRequest++;
    auto work = [this, id, operation, target, pool, job = std::move(job),
                 ownThread](virConnectPtr c) {
        StorageResult r;
        r.connectionId = m_connectionId;
        r.operation = operation;
        r.target = target;
        r.requestId = id;
        if (!c) {
            r.message = notConnected();
            Q_EMIT finished(r);
            return;
        }
        if (!ownThread) {
            r.message = job(c, &r.ok);
            virResetLastError();
            report(r, pool);
            return;
        }
        // The worker keeps the connection alive with its own reference. Its QThread has no
        // parent: if this service goes first, the thread still ends (and is freed) on its own.
        virConnectRef(c);
        auto result = std::make_shared<StorageResult>(r);
        QThread *worker = QThread::create([c, job, result] {
            lv::ConnectPtr conn(c);
            result->message = job(c, &result->ok);
            virResetLastError();
        });
        // Made on the storage lane's thread, which runs no event loop: its deleteLater must
        // be delivered on the service's thread.
        worker->moveToThread(thread());
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        ++m_pending;
        connect(worker, &QThread::finished, this, [this, result, pool] {
            report(*result, pool);
            if (--m_pending == 0)
                Q_EMIT idle(m_connectionId);
        });
        worker->start();
    };
    run(std::move(work), operation + u' ' + target);
    return id;
}

void StorageService::report(const StorageResult &r, const QString &pool) {
    Q_EMIT finished(r);
    // Show the outcome: the pool list (states, sizes) and the affected pool's volumes.
    run([this, pool](virConnectPtr c) {
        if (!c)
            return;
        Jobs::listPools(this, c, false, pool);
        if (!pool.isEmpty() && !lookupPool(c, pool)) {
            virResetLastError();
            Q_EMIT volumesListed(m_connectionId, pool, {});
        }
    });
}

quint64 StorageService::createVolume(const QString &pool, const QString &name,
                                     const QString &format, quint64 capacityBytes) {
    return action(StorageService::tr("Create volume"), pool % u'/' % name, pool,
                  [=, this](virConnectPtr c, bool *ok) -> QString {
                      if (const QString why = volumeNameProblem(name); !why.isEmpty())
                          return why;
                      if (capacityBytes == 0)
                          return StorageService::tr("The size must be greater than zero.");
                      lv::PoolPtr p = lookupPool(c, pool);
                      if (!p)
                          return lv::lastError();
                      if (const QString why = nameTaken(p.get(), name); !why.isEmpty())
                          return why;
                      const QByteArray xml = newVolumeXml(name, format, capacityBytes).toUtf8();
                      lv::VolumePtr v(virStorageVolCreateXML(p.get(), xml.constData(), 0));
                      if (!v)
                          return lv::lastError();
                      *ok = true;
                      return {};
                  });
}

quint64 StorageService::deleteVolume(const QString &pool, const QString &name, bool force) {
    return action(StorageService::tr("Delete volume"), pool % u'/' % name, pool,
                  [=, this](virConnectPtr c, bool *ok) -> QString {
                      QString error;
                      lv::VolumePtr v = lookupVolume(c, pool, name, &error);
                      if (!v)
                          return error;
                      if (!force) {
                          const QString path = lv::takeString(virStorageVolGetPath(v.get()));
                          const QStringList users = Jobs::usersOf(c, path, pool % u'/' % name);
                          if (!users.isEmpty())
                              return StorageService::tr(
                                         "Refused: the volume is a disk of %1. Remove it from "
                                         "those VMs first, or confirm to delete it anyway.")
                                  .arg(users.join(u", "_s));
                      }
                      if (virStorageVolDelete(v.get(), 0) < 0)
                          return lv::lastError();
                      *ok = true;
                      return {};
                  });
}

quint64 StorageService::resizeVolume(const QString &pool, const QString &name,
                                     quint64 capacityBytes) {
    return action(StorageService::tr("Resize volume"), pool % u'/' % name, pool,
                  [=, this](virConnectPtr c, bool *ok) -> QString {
                      if (capacityBytes == 0)
                          return StorageService::tr("The size must be greater than zero.");
                      QString error;
                      lv::VolumePtr v = lookupVolume(c, pool, name, &error);
                      if (!v)
                          return error;
                      if (virStorageVolResize(v.get(), capacityBytes, 0) < 0)
                          return lv::lastError();
                      *ok = true;
                      return {};
                  });
}

quint64 StorageService::cloneVolume(const QString &pool, const QString &name,
                                    const QString &newName, const QString &targetPool) {
    const QString dest = targetPool.isEmpty() ? pool : targetPool;
    return action(
        StorageService::tr("Clone volume"), dest % u'/' % newName, dest,
        [=, this](virConnectPtr c, bool *ok) -> QString {
            if (const QString why = volumeNameProblem(newName); !why.isEmpty())
                return why;
            QString error;
            lv::VolumePtr src = lookupVolume(c, pool, name, &error);
            if (!src)
                return error;
            lv::PoolPtr target = lookupPool(c, dest);
            if (!target)
                return lv::lastError();
            if (const QString why = nameTaken(target.get(), newName); !why.isEmpty())
                return why;
            const VolumeInfo info = readVolume(src.get(), m_connectionId, pool);
            const QString format = info.format.isEmpty() ? u"raw"_s : info.format;
            const QByteArray xml = newVolumeXml(newName, format, info.capacityBytes).toUtf8();
            lv::VolumePtr v(
                virStorageVolCreateXMLFrom(target.get(), xml.constData(), src.get(), 0));
            if (!v)
                return lv::lastError();
            *ok = true;
            return {};
        },
        true);
}

quint64 StorageService::linkedClone(const QString &pool, const QString &name,
                                    const QString &newName, const QString &targetPool) {
    const QString dest = targetPool.isEmpty() ? pool : targetPool;
    return action(
        StorageService::tr("Linked clone"), dest % u'/' % newName, dest,
        [=, this](virConnectPtr c, bool *ok) -> QString {
            if (const QString why = volumeNameProblem(newName); !why.isEmpty())
                return why;
            QString error;
            lv::VolumePtr src = lookupVolume(c, pool, name, &error);
            if (!src)
                return error;
            lv::PoolPtr target = lookupPool(c, dest);
            if (!target)
                return lv::lastError();
            if (const QString why = nameTaken(target.get(), newName); !why.isEmpty())
                return why;
            const VolumeInfo info = readVolume(src.get(), m_connectionId, pool);
            if (info.path.isEmpty())
                return StorageService::tr("The volume has no path to use as a backing file.");
            const QString format = info.format.isEmpty() ? u"raw"_s : info.format;
            const QByteArray xml =
                newVolumeXml(newName, u"qcow2"_s, info.capacityBytes, info.path, format).toUtf8();
            lv::VolumePtr v(virStorageVolCreateXML(target.get(), xml.constData(), 0));
            if (!v)
                return lv::lastError();
            *ok = true;
            return {};
        });
}

quint64 StorageService::createDirPool(const QString &name, const QString &path) {
    return action(
        StorageService::tr("Create pool"), name, name,
        [=, this](virConnectPtr c, bool *ok) -> QString {
            if (name.trimmed().isEmpty())
                return StorageService::tr("The pool needs a name.");
            if (!path.startsWith(u'/'))
                return StorageService::tr("The pool's directory must be an absolute path.");
            const QByteArray xml = dirPoolXml(name, path).toUtf8();
            lv::PoolPtr p(virStoragePoolDefineXML(c, xml.constData(), 0));
            if (!p)
                return lv::lastError();
            // Build makes the directory (a no-op when it exists); autostart keeps it after reboot.
            if (virStoragePoolBuild(p.get(), 0) < 0 || virStoragePoolCreate(p.get(), 0) < 0) {
                const QString why = lv::lastError();
                if (virStoragePoolUndefine(p.get()) < 0)
                    virResetLastError();
                return why;
            }
            if (virStoragePoolSetAutostart(p.get(), 1) < 0)
                virResetLastError();
            *ok = true;
            return {};
        });
}

quint64 StorageService::startPool(const QString &pool) {
    return action(StorageService::tr("Start pool"), pool, pool,
                  [=, this](virConnectPtr c, bool *ok) -> QString {
                      lv::PoolPtr p = lookupPool(c, pool);
                      if (!p || virStoragePoolCreate(p.get(), 0) < 0)
                          return lv::lastError();
                      *ok = true;
                      return {};
                  });
}

quint64 StorageService::stopPool(const QString &pool) {
    return action(StorageService::tr("Stop pool"), pool, pool,
                  [=, this](virConnectPtr c, bool *ok) -> QString {
                      lv::PoolPtr p = lookupPool(c, pool);
                      if (!p || virStoragePoolDestroy(p.get()) < 0)
                          return lv::lastError();
                      *ok = true;
                      return {};
                  });
}

quint64 StorageService::deletePool(const QString &pool, bool deleteContents) {
    return action(
        StorageService::tr("Delete pool"), pool, pool,
        [=, this](virConnectPtr c, bool *ok) -> QString {
            lv::PoolPtr p = lookupPool(c, pool);
            if (!p)
                return lv::lastError();
            if (virStoragePoolIsActive(p.get()) == 1 && virStoragePoolDestroy(p.get()) < 0)
                return lv::lastError();
            if (deleteContents && virStoragePoolDelete(p.get(), 0) < 0)
                return lv::lastError();
            if (virStoragePoolIsPersistent(p.get()) == 1 && virStoragePoolUndefine(p.get()) < 0)
                return lv::lastError();
            *ok = true;
            return {};
        });
}

quint64 StorageService::setPoolAutostart(const QString &pool, bool autostart) {
    return action(autostart ? StorageService::tr("Autostart pool")
                            : StorageService::tr("No autostart"),
                  pool, pool, [=, this](virConnectPtr c, bool *ok) -> QString {
                      lv::PoolPtr p = lookupPool(c, pool);
                      if (!p || virStoragePoolSetAutostart(p.get(), autostart ? 1 : 0) < 0)
                          return lv::lastError();
                      *ok = true;
                      return {};
                  });
}

quint64 StorageService::readBackingChain(const QString &pool, const QString &name) {
    const quint64 id = s_nextRequest++;
    run([this, id, pool, name](virConnectPtr c) {
        QList<BackingLink> chain;
        if (!c) {
            Q_EMIT backingChainRead(id, chain, notConnected());
            return;
        }
        QString why;
        lv::VolumePtr v = lookupVolume(c, pool, name, &why);
        if (!v) {
            virResetLastError();
            Q_EMIT backingChainRead(id, chain, why);
            return;
        }
        // Follow <backingStore> through the pools; a file outside every pool ends the walk.
        QString poolName = pool;
        for (int depth = 0; v && depth < 64; ++depth) {
            const VolumeInfo info = readVolume(v.get(), m_connectionId, poolName);
            chain.append({info.path, info.format, poolName, info.name});
            if (info.backingPath.isEmpty())
                break;
            v.reset(virStorageVolLookupByPath(c, info.backingPath.toUtf8().constData()));
            if (!v) {
                virResetLastError();
                chain.append({info.backingPath, info.backingFormat, {}, {}});
                break;
            }
            lv::PoolPtr owner(virStoragePoolLookupByVolume(v.get()));
            poolName = owner ? QString::fromUtf8(virStoragePoolGetName(owner.get())) : QString();
            virResetLastError();
        }
        Q_EMIT backingChainRead(id, chain, {});
    });
    return id;
}

} // namespace virtdeck
