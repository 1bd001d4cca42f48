// SPDX-License-Identifier: GPL-3.0-or-later
// The storage side of one host: pools, volumes and the disks its domains use. Lives on the
// host's connection thread (the owner moves it there and it becomes a child of the Connection,
// so it dies with it); every libvirt call runs in a Connection::post() job in the storage lane. The
// request methods are thread-safe, return at once and report through the signals below (queued to
// the caller).
#pragma once

#include "storage/poolinfo.h"
#include "storage/storageresult.h"
#include "storage/volumeinfo.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

struct _virConnect;

namespace virtdeck {

class Connection;
class PoolEventWatch;

class StorageService : public QObject {
    Q_OBJECT
public:
    // Creates the service for `connection` and hands it to the connection's thread. Connect to
    // its signals right after; requests may follow at once.
    static StorageService *create(Connection *connection);

    ~StorageService() override;

    QString connectionId() const { return m_connectionId; }

    // Volumes are listed this many per job, so a pool with thousands of them never holds the
    // host's thread for long: other requests queued meanwhile run between the batches.
    static constexpr int kBatchSize = 32;

    // Lists the pools, then the volumes of every active pool, then the domains' disks.
    // `rescan` asks libvirt to re-read the pools' directories first (virStoragePoolRefresh).
    // Also (re)arms libvirt's pool events on the host's current connection: a pool defined,
    // started, stopped, deleted or refreshed by any client is listed again at once.
    void refresh(bool rescan = false);
    // One pool: rescan, read its state and list its volumes again.
    void refreshPool(const QString &pool, bool rescan = true);
    // The disks of one domain (after a lifecycle event or redefinition), or of all when empty.
    void refreshDomainDisks(const QString &uuid = {});

    // Actions. Each returns a request id and ends with finished() carrying the same id; the
    // affected pool is listed again afterwards.
    quint64 createVolume(const QString &pool, const QString &name, const QString &format,
                         quint64 capacityBytes);
    // Refused while a domain of this host uses the volume, unless `force`.
    quint64 deleteVolume(const QString &pool, const QString &name, bool force = false);
    quint64 resizeVolume(const QString &pool, const QString &name, quint64 capacityBytes);
    // Full copy (virStorageVolCreateXMLFrom) into `targetPool` (empty: the same pool), made on
    // a thread of its own.
    quint64 cloneVolume(const QString &pool, const QString &name, const QString &newName,
                        const QString &targetPool = {});
    // A qcow2 overlay whose backing store is the volume: instant, shares the base's blocks.
    quint64 linkedClone(const QString &pool, const QString &name, const QString &newName,
                        const QString &targetPool = {});
    quint64 createDirPool(const QString &name, const QString &path);
    quint64 startPool(const QString &pool);
    quint64 stopPool(const QString &pool);
    // Stops (if active) and undefines the pool; `deleteContents` also deletes its directory,
    // which libvirt only does when it is empty.
    quint64 deletePool(const QString &pool, bool deleteContents = false);
    quint64 setPoolAutostart(const QString &pool, bool autostart);
    // Reads the chain of backing files below a volume: backingChainRead(requestId, …).
    quint64 readBackingChain(const QString &pool, const QString &name);

Q_SIGNALS:
    void poolsListed(const QString &connectionId, const QList<virtdeck::PoolInfo> &pools);
    void poolChanged(const virtdeck::PoolInfo &pool);
    // Some volumes of a pool, new or updated (a listing arrives in batches)…
    void volumesRead(const QString &connectionId, const QList<virtdeck::VolumeInfo> &volumes);
    // …and, once a pool's listing is complete, every name it holds: rows not named are gone.
    void volumesListed(const QString &connectionId, const QString &pool, const QStringList &names);
    void domainDisksListed(const QString &connectionId, const QList<virtdeck::DomainDisks> &all);
    void domainDisksChanged(const QString &connectionId, const virtdeck::DomainDisks &disks);
    void domainDisksRemoved(const QString &connectionId, const QString &uuid);
    void finished(const virtdeck::StorageResult &result);
    void backingChainRead(quint64 requestId, const QList<virtdeck::BackingLink> &chain,
                          const QString &error);
    // Every request made so far has been answered (listings included).
    void idle(const QString &connectionId);

private:
    explicit StorageService(Connection *connection);
    struct Jobs;
    friend struct Jobs;
    // Runs `job` in the host's storage lane, counting it for idle(); `what` names it while it
    // runs (empty: a listing).
    void run(std::function<void(_virConnect *)> job, const QString &what = {});
    // Runs `job` for a request, then reports it and lists the affected pool again. With
    // `ownThread` the job runs on a thread of its own with a reference on the connection, so a
    // copy of many gigabytes never holds up the host's other requests.
    quint64 action(const QString &operation, const QString &target, const QString &pool,
                   std::function<QString(_virConnect *, bool *ok)> job, bool ownThread = false);
    void report(const StorageResult &r, const QString &pool);
    // A pool event: the pool list and that pool's volumes, listed again.
    void poolEvent(const QString &pool);

    Connection *const m_connection;
    const QString m_connectionId;
    std::atomic<int> m_pending{0};
    std::unique_ptr<PoolEventWatch> m_poolEvents; // used on the connection thread only
    static std::atomic<quint64> s_nextRequest;
};

} // namespace virtdeck
