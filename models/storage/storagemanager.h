// SPDX-License-Identifier: GPL-3.0-or-later
// The images side of the console: one StorageService per connected host feeding the volume
// and pool tables, actions addressed by connection id, uploads/downloads, and the template
// marks (kept in the settings per host URI and volume path). GUI thread.
#pragma once

#include "storage/libvirt/volumetransfer.h"
#include "storageresult.h"
#include "volumeinfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace virtdeck {

class ConnectionManager;
class Connection;
class PoolTableModel;
class StorageService;
class VolumeTableModel;

class StorageManager : public QObject {
    Q_OBJECT
public:
    explicit StorageManager(ConnectionManager *connections, QObject *parent = nullptr);
    ~StorageManager() override;

    VolumeTableModel *volumes() const { return m_volumes; }
    PoolTableModel *pools() const { return m_pools; }

    // True while some connected host has not finished listing its pools, volumes and disks.
    bool isLoading() const { return !m_loading.isEmpty(); }

    // Whether hosts that connect from now on are read at all (pools, volumes, the VMs' disks:
    // on a remote host a round trip per VM). On by default; `virtdeck list` and `hosts` show
    // none of it and turn it off before they connect.
    void setWatching(bool watching) { m_watching = watching; }

    // Re-reads every host (`rescan`: libvirt re-scans the pools' directories too).
    void refresh(bool rescan = false);
    void refreshPool(const QString &connectionId, const QString &pool);
    // Something of this app changed volumes on the host outside this manager's own actions (a
    // restore, a new VM, a clone, a lab, a backup's scratch images): its pools are listed again
    // off the GUI thread, once for all the notices of one event-loop turn. `pool` empty: any.
    void volumesChanged(const QString &connectionId, const QString &pool = {});
    // The same for every connection to the libvirt URI (jobs name their host by URI).
    void volumesChangedAt(const QString &uri);

    // Actions; each ends with finished(). 0 when the host is not connected (finished() says so).
    quint64 createVolume(const QString &connectionId, const QString &pool, const QString &name,
                         const QString &format, quint64 capacityBytes);
    quint64 deleteVolume(const QString &connectionId, const QString &pool, const QString &name,
                         bool force);
    quint64 resizeVolume(const QString &connectionId, const QString &pool, const QString &name,
                         quint64 capacityBytes);
    quint64 cloneVolume(const QString &connectionId, const QString &pool, const QString &name,
                        const QString &newName, bool linked);
    quint64 createDirPool(const QString &connectionId, const QString &name, const QString &path);
    // The usual directory pool a bare host lacks: "default" in /var/lib/libvirt/images.
    quint64 createDefaultPool(const QString &connectionId);
    quint64 startPool(const QString &connectionId, const QString &pool);
    quint64 stopPool(const QString &connectionId, const QString &pool);
    quint64 deletePool(const QString &connectionId, const QString &pool, bool deleteContents);
    quint64 setPoolAutostart(const QString &connectionId, const QString &pool, bool autostart);
    quint64 readBackingChain(const QString &connectionId, const QString &pool, const QString &name);

    // Starts an upload of a local file into a new volume / a download of a volume. The
    // transfer belongs to the manager and is deleted after its finished() (and after
    // transferFinished()). nullptr when the host is not connected.
    VolumeTransfer *upload(const QString &connectionId, const QString &pool, const QString &name,
                           const QString &localPath);
    VolumeTransfer *download(const QString &connectionId, const QString &pool, const QString &name,
                             const QString &localPath);
    QList<VolumeTransfer *> transfers() const;

    bool isTemplate(const QString &connectionId, const QString &path) const;
    void setTemplate(const QString &connectionId, const QString &path, bool on);

Q_SIGNALS:
    void finished(const virtdeck::StorageResult &result);
    void backingChainRead(quint64 requestId, const QList<virtdeck::BackingLink> &chain,
                          const QString &error);
    void loadingChanged(bool loading);
    // A writable host listed no storage pool at all (once per host and session): new VMs,
    // backups and labs have nowhere to put disks until it gets one (createDefaultPool()).
    void hostWithoutPool(const QString &connectionId);
    void transferStarted(virtdeck::VolumeTransfer *transfer);
    void transferFinished(virtdeck::VolumeTransfer *transfer, bool ok, bool cancelled,
                          const QString &message);

private:
    struct Host {
        Connection *connection = nullptr; // identity only; never dereferenced when stale
        StorageService *service = nullptr;
        quint64 generation = 0;
        bool disksQueued = false;
        bool relistQueued = false;
        QSet<QString> relistPools;         // empty with relistQueued: every pool
        QHash<QString, QStringList> disks; // domain uuid -> its disk paths and pool/volumes
        QSet<QString> disksRead;           // VMs whose disks were asked for since the listing
        // VMs undefined since: a reading of their disks that was under way when the VM went
        // arrives after it and is dropped (it would bring back the disks of a VM that is gone).
        QSet<QString> undefined;
    };
    // The live service of a host, creating it for a new Connection; nullptr when not connected.
    StorageService *service(const QString &connectionId);
    void attach(const QString &connectionId);
    void detach(const QString &connectionId);
    void setLoading(const QString &connectionId, bool loading);
    StorageResult notConnected(const QString &connectionId, const QString &operation,
                               const QString &target);
    VolumeTransfer *startTransfer(const QString &connectionId, const VolumeTransfer::Spec &spec);
    void loadTemplates(const QString &connectionId);
    void offerDefaultPool(const QString &connectionId);
    // A domain that is new, gone or whose disks changed was likely made, restored, cloned or
    // deleted with its volumes: its host's pools are listed again.
    void noteDomainDisks(const QString &connectionId, const QString &uuid, QStringList disks);

    ConnectionManager *m_connections;
    VolumeTableModel *m_volumes;
    PoolTableModel *m_pools;
    QHash<QString, Host> m_hosts;
    bool m_watching = true;
    QSet<QString> m_loading;
    QList<QPointer<VolumeTransfer>> m_transfers;
    QHash<QString, QSet<QString>> m_templates; // connection -> paths
    QSet<QString> m_offeredDefaultPool;
    quint64 m_nextGeneration = 1;
};

} // namespace virtdeck
