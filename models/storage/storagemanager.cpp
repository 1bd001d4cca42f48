// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagemanager.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "pooltablemodel.h"
#include "storage/libvirt/storageservice.h"
#include "volumetablemodel.h"

#include <QSettings>
#include <QTimer>

#include <utility>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const auto kTemplatesKey = u"storage/templates"_s; // "URI\npath" entries
}

StorageManager::StorageManager(ConnectionManager *connections, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_volumes(new VolumeTableModel(this))
    , m_pools(new PoolTableModel(this)) {
    qRegisterMetaType<StorageResult>();
    auto *cm = connections;
    connect(cm, &ConnectionManager::connectionAdded, this, [this](const ConnectionConfig &c) {
        m_volumes->setHostName(c.id, c.displayName());
        m_pools->setHostName(c.id, c.displayName());
        loadTemplates(c.id);
    });
    connect(cm, &ConnectionManager::connectionUpdated, this, [this](const ConnectionConfig &c) {
        m_volumes->setHostName(c.id, c.displayName());
        m_pools->setHostName(c.id, c.displayName());
        loadTemplates(c.id);
    });
    connect(cm, &ConnectionManager::connectionRemoved, this,
            [this](const QString &id) { detach(id); });
    connect(cm, &ConnectionManager::stateChanged, this,
            [this](const QString &id, ConnectionState s, const QString &) {
                if (s == ConnectionState::Connected)
                    attach(id);
                else if (s != ConnectionState::Connecting)
                    detach(id);
            });
    // "Used by" follows the domains: a changed VM is re-read alone, a full list re-reads all.
    connect(cm, &ConnectionManager::domainsListed, this,
            [this](const QString &id, const QList<DomainInfo> &) {
                auto it = m_hosts.find(id);
                if (it == m_hosts.end() || it->disksQueued || !service(id))
                    return;
                it->disksQueued = true;
                QTimer::singleShot(0, this, [this, id] {
                    auto it = m_hosts.find(id);
                    if (it == m_hosts.end())
                        return;
                    it->disksQueued = false;
                    if (StorageService *s = service(id))
                        s->refreshDomainDisks();
                });
            });
    // A VM started, stopped or paused keeps its disks: only a VM not seen yet (a transient one
    // has no "defined" event) or a new definition is read again — on a remote host a round
    // trip per VM, which a bulk action on a hundred VMs would otherwise pay once more.
    connect(cm, &ConnectionManager::domainChanged, this, [this](const DomainInfo &d) {
        auto it = m_hosts.find(d.connectionId);
        if (it == m_hosts.end())
            return;
        it->undefined.remove(d.uuid); // it exists (again)
        if (it->disksRead.contains(d.uuid))
            return;
        it->disksRead.insert(d.uuid);
        if (StorageService *s = service(d.connectionId))
            s->refreshDomainDisks(d.uuid);
    });
    connect(cm, &ConnectionManager::domainDefined, this,
            [this](const QString &id, const QString &uuid) {
                if (auto it = m_hosts.find(id); it != m_hosts.end())
                    it->undefined.remove(uuid);
                if (StorageService *s = service(id))
                    s->refreshDomainDisks(uuid);
            });
    connect(cm, &ConnectionManager::domainRemoved, this,
            [this](const QString &id, const QString &uuid) {
                if (auto it = m_hosts.find(id); it != m_hosts.end()) {
                    it->disksRead.remove(uuid);
                    it->undefined.insert(uuid);
                }
                m_volumes->removeDomainDisks(id, uuid);
                noteDomainDisks(id, uuid, {});
            });
    // Hosts that were connected before we were made.
    for (const auto &c : cm->configs()) {
        m_volumes->setHostName(c.id, c.displayName());
        m_pools->setHostName(c.id, c.displayName());
        loadTemplates(c.id);
        if (cm->state(c.id) == ConnectionState::Connected)
            attach(c.id);
    }
}

StorageManager::~StorageManager() {
    // Transfers wait for their threads; they must end while the connections still exist.
    for (const auto &t : std::as_const(m_transfers))
        delete t.data();
}

StorageService *StorageManager::service(const QString &connectionId) {
    auto it = m_hosts.find(connectionId);
    if (it == m_hosts.end())
        return nullptr;
    // A Connection replaced or stopped since: its service went with it.
    if (m_connections->connection(connectionId) != it->connection) {
        m_hosts.erase(it);
        return nullptr;
    }
    return it->service;
}

void StorageManager::attach(const QString &connectionId) {
    Connection *c = m_connections->connection(connectionId);
    if (!c || !m_watching)
        return;
    if (!service(connectionId)) {
        Host h;
        h.connection = c;
        h.generation = m_nextGeneration++;
        h.service = StorageService::create(c);
        const quint64 gen = h.generation;
        // Results of a service that has been replaced meanwhile are dropped.
        auto current = [this, connectionId, gen] {
            auto it = m_hosts.constFind(connectionId);
            return it != m_hosts.constEnd() && it->generation == gen;
        };
        auto *s = h.service;
        connect(s, &StorageService::poolsListed, this,
                [this, current](const QString &id, const QList<PoolInfo> &pools) {
                    if (!current())
                        return;
                    m_pools->setPools(id, pools);
                    if (pools.isEmpty())
                        offerDefaultPool(id);
                    QStringList names;
                    for (const auto &p : pools)
                        if (p.state == PoolState::Running)
                            names.append(p.name);
                    m_volumes->retainPools(id, names);
                });
        connect(s, &StorageService::poolChanged, this, [this, current](const PoolInfo &p) {
            if (current())
                m_pools->updatePool(p);
        });
        connect(s, &StorageService::volumesRead, this,
                [this, current](const QString &id, const QList<VolumeInfo> &v) {
                    if (current())
                        m_volumes->upsertVolumes(id, v);
                });
        connect(s, &StorageService::volumesListed, this,
                [this, current](const QString &id, const QString &pool, const QStringList &n) {
                    if (current())
                        m_volumes->retainVolumes(id, pool, n);
                });
        connect(s, &StorageService::domainDisksListed, this,
                [this, current](const QString &id, QList<DomainDisks> all) {
                    auto it = m_hosts.find(id);
                    if (!current() || it == m_hosts.end())
                        return;
                    all.removeIf(
                        [&](const DomainDisks &d) { return it->undefined.contains(d.uuid); });
                    m_volumes->setDomainDisks(id, all);
                    it->disks.clear();
                    it->disksRead.clear();
                    for (const DomainDisks &d : all) {
                        it->disksRead.insert(d.uuid);
                        QStringList disks = d.paths + d.poolVolumes;
                        disks.sort();
                        it->disks.insert(d.uuid, disks);
                    }
                });
        connect(s, &StorageService::domainDisksChanged, this,
                [this, current](const QString &id, const DomainDisks &d) {
                    const auto it = m_hosts.constFind(id);
                    if (!current() || (it != m_hosts.constEnd() && it->undefined.contains(d.uuid)))
                        return;
                    m_volumes->updateDomainDisks(id, d);
                    noteDomainDisks(id, d.uuid, d.paths + d.poolVolumes);
                });
        connect(s, &StorageService::domainDisksRemoved, this,
                [this, current](const QString &id, const QString &uuid) {
                    if (!current())
                        return;
                    m_volumes->removeDomainDisks(id, uuid);
                    noteDomainDisks(id, uuid, {});
                });
        connect(s, &StorageService::finished, this, &StorageManager::finished);
        connect(s, &StorageService::backingChainRead, this, &StorageManager::backingChainRead);
        connect(s, &StorageService::idle, this, [this, current](const QString &id) {
            if (current())
                setLoading(id, false);
        });
        m_hosts.insert(connectionId, h);
    }
    setLoading(connectionId, true);
    service(connectionId)->refresh();
}

void StorageManager::detach(const QString &connectionId) {
    m_hosts.remove(connectionId);
    m_pools->setPools(connectionId, {});
    m_volumes->removeHost(connectionId);
    setLoading(connectionId, false);
}

void StorageManager::setLoading(const QString &connectionId, bool loading) {
    const bool before = isLoading();
    if (loading)
        m_loading.insert(connectionId);
    else
        m_loading.remove(connectionId);
    if (before != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void StorageManager::refresh(bool rescan) {
    for (const auto &c : m_connections->configs()) {
        if (StorageService *s = service(c.id)) {
            setLoading(c.id, true);
            s->refresh(rescan);
        }
    }
}

void StorageManager::refreshPool(const QString &connectionId, const QString &pool) {
    if (StorageService *s = service(connectionId))
        s->refreshPool(pool);
}

void StorageManager::volumesChanged(const QString &connectionId, const QString &pool) {
    auto it = m_hosts.find(connectionId);
    if (it == m_hosts.end() || !service(connectionId))
        return;
    const bool wasQueued = it->relistQueued;
    // One pool named while another notice asked for every pool: every pool it stays.
    if (pool.isEmpty())
        it->relistPools.clear();
    else if (!wasQueued || !it->relistPools.isEmpty())
        it->relistPools.insert(pool);
    it->relistQueued = true;
    if (wasQueued)
        return;
    QTimer::singleShot(0, this, [this, connectionId] {
        auto it = m_hosts.find(connectionId);
        if (it == m_hosts.end() || !it->relistQueued)
            return;
        const QSet<QString> pools = std::exchange(it->relistPools, {});
        it->relistQueued = false;
        StorageService *s = service(connectionId);
        if (!s)
            return;
        if (pools.isEmpty())
            s->refresh();
        for (const QString &p : pools)
            s->refreshPool(p, false);
    });
}

void StorageManager::volumesChangedAt(const QString &uri) {
    for (const auto &c : m_connections->configs())
        if (c.uri() == uri)
            volumesChanged(c.id);
}

void StorageManager::noteDomainDisks(const QString &connectionId, const QString &uuid,
                                     QStringList disks) {
    auto it = m_hosts.find(connectionId);
    if (it == m_hosts.end())
        return;
    disks.sort();
    const auto known = it->disks.constFind(uuid);
    const bool same = disks.isEmpty() ? known == it->disks.constEnd()
                                      : known != it->disks.constEnd() && *known == disks;
    if (disks.isEmpty())
        it->disks.remove(uuid);
    else
        it->disks.insert(uuid, disks);
    // A VM started or stopped keeps its disks: nothing to list.
    if (!same)
        volumesChanged(connectionId);
}

StorageResult StorageManager::notConnected(const QString &connectionId, const QString &operation,
                                           const QString &target) {
    StorageResult r;
    r.connectionId = connectionId;
    r.operation = operation;
    r.target = target;
    r.message = tr("Not connected to the host.");
    QTimer::singleShot(0, this, [this, r] { Q_EMIT finished(r); });
    return r;
}

quint64 StorageManager::createVolume(const QString &connectionId, const QString &pool,
                                     const QString &name, const QString &format,
                                     quint64 capacityBytes) {
    if (StorageService *s = service(connectionId))
        return s->createVolume(pool, name, format, capacityBytes);
    notConnected(connectionId, tr("Create volume"), pool % u'/' % name);
    return 0;
}

quint64 StorageManager::deleteVolume(const QString &connectionId, const QString &pool,
                                     const QString &name, bool force) {
    if (StorageService *s = service(connectionId))
        return s->deleteVolume(pool, name, force);
    notConnected(connectionId, tr("Delete volume"), pool % u'/' % name);
    return 0;
}

quint64 StorageManager::resizeVolume(const QString &connectionId, const QString &pool,
                                     const QString &name, quint64 capacityBytes) {
    if (StorageService *s = service(connectionId))
        return s->resizeVolume(pool, name, capacityBytes);
    notConnected(connectionId, tr("Resize volume"), pool % u'/' % name);
    return 0;
}

quint64 StorageManager::cloneVolume(const QString &connectionId, const QString &pool,
                                    const QString &name, const QString &newName, bool linked) {
    if (StorageService *s = service(connectionId))
        return linked ? s->linkedClone(pool, name, newName) : s->cloneVolume(pool, name, newName);
    notConnected(connectionId, linked ? tr("Linked clone") : tr("Clone volume"),
                 pool % u'/' % newName);
    return 0;
}

quint64 StorageManager::createDirPool(const QString &connectionId, const QString &name,
                                      const QString &path) {
    if (StorageService *s = service(connectionId))
        return s->createDirPool(name, path);
    notConnected(connectionId, tr("Create pool"), name);
    return 0;
}

quint64 StorageManager::createDefaultPool(const QString &connectionId) {
    return createDirPool(connectionId, kDefaultPoolName, kDefaultPoolPath);
}

void StorageManager::offerDefaultPool(const QString &connectionId) {
    const Connection *c = m_connections->connection(connectionId);
    if (!c || c->isReadOnly() || m_offeredDefaultPool.contains(connectionId))
        return;
    m_offeredDefaultPool.insert(connectionId);
    Q_EMIT hostWithoutPool(connectionId);
}

quint64 StorageManager::startPool(const QString &connectionId, const QString &pool) {
    if (StorageService *s = service(connectionId))
        return s->startPool(pool);
    notConnected(connectionId, tr("Start pool"), pool);
    return 0;
}

quint64 StorageManager::stopPool(const QString &connectionId, const QString &pool) {
    if (StorageService *s = service(connectionId))
        return s->stopPool(pool);
    notConnected(connectionId, tr("Stop pool"), pool);
    return 0;
}

quint64 StorageManager::deletePool(const QString &connectionId, const QString &pool,
                                   bool deleteContents) {
    if (StorageService *s = service(connectionId))
        return s->deletePool(pool, deleteContents);
    notConnected(connectionId, tr("Delete pool"), pool);
    return 0;
}

quint64 StorageManager::setPoolAutostart(const QString &connectionId, const QString &pool,
                                         bool autostart) {
    if (StorageService *s = service(connectionId))
        return s->setPoolAutostart(pool, autostart);
    notConnected(connectionId, tr("Autostart pool"), pool);
    return 0;
}

quint64 StorageManager::readBackingChain(const QString &connectionId, const QString &pool,
                                         const QString &name) {
    if (StorageService *s = service(connectionId))
        return s->readBackingChain(pool, name);
    return 0;
}

VolumeTransfer *StorageManager::upload(const QString &connectionId, const QString &pool,
                                       const QString &name, const QString &localPath) {
    return startTransfer(connectionId, {VolumeTransfer::Direction::Upload, pool, name, localPath});
}

VolumeTransfer *StorageManager::download(const QString &connectionId, const QString &pool,
                                         const QString &name, const QString &localPath) {
    return startTransfer(connectionId,
                         {VolumeTransfer::Direction::Download, pool, name, localPath});
}

VolumeTransfer *StorageManager::startTransfer(const QString &connectionId,
                                              const VolumeTransfer::Spec &spec) {
    if (!service(connectionId))
        return nullptr;
    Connection *c = m_connections->connection(connectionId);
    auto *t = new VolumeTransfer(c, spec, this);
    m_transfers.append(t);
    connect(t, &VolumeTransfer::finished, this,
            [this, t, connectionId](bool ok, bool cancelled, const QString &message) {
                m_transfers.removeAll(t);
                if (t->spec().direction == VolumeTransfer::Direction::Upload)
                    refreshPool(connectionId, t->spec().pool);
                Q_EMIT transferFinished(t, ok, cancelled, message);
                t->deleteLater();
            });
    Q_EMIT transferStarted(t);
    return t;
}

QList<VolumeTransfer *> StorageManager::transfers() const {
    QList<VolumeTransfer *> out;
    for (const auto &t : m_transfers)
        if (t)
            out.append(t.data());
    return out;
}

bool StorageManager::isTemplate(const QString &connectionId, const QString &path) const {
    return m_templates.value(connectionId).contains(path);
}

void StorageManager::setTemplate(const QString &connectionId, const QString &path, bool on) {
    QSet<QString> &paths = m_templates[connectionId];
    if (paths.contains(path) == on)
        return;
    if (on)
        paths.insert(path);
    else
        paths.remove(path);
    // Stored by URI, so every connection to the host (and the command line) sees it.
    const QString uri = m_connections->config(connectionId).uri();
    QSettings settings;
    QStringList all = settings.value(kTemplatesKey).toStringList();
    const QString entry = uri + u'\n' + path;
    all.removeAll(entry);
    if (on)
        all.append(entry);
    settings.setValue(kTemplatesKey, all);
    m_volumes->setTemplates(connectionId, paths);
}

void StorageManager::loadTemplates(const QString &connectionId) {
    const QString prefix = m_connections->config(connectionId).uri() + u'\n';
    QSet<QString> paths;
    for (const QString &e : QSettings().value(kTemplatesKey).toStringList())
        if (e.startsWith(prefix))
            paths.insert(e.mid(prefix.size()));
    m_templates.insert(connectionId, paths);
    m_volumes->setTemplates(connectionId, paths);
}

} // namespace virtdeck
