// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication.h"
#include "backup/backuptr.h"

#include "backup/repository.h"
#include "core/hostinfo.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "diskupload.h"
#include "domainbackup.h"
#include "domainrestore.h"
#include "domains/domaindetails.h"
#include "writablepool.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QHash>
#include <QLocale>

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

namespace {
const char *const kMarkNamespace = kReplicaNamespace;
const char kMarkPrefix[] = "vdreplica";
const QString kMarkTag = u"vdreplica:replica"_s;

// The mark's attributes on `e`.
void setMarkAttributes(QDomElement e, const ReplicaInfo &r) {
    e.setAttribute(u"source-uri"_s, r.sourceUri);
    e.setAttribute(u"source-host"_s, r.sourceHost);
    e.setAttribute(u"repository"_s, r.repository);
    e.setAttribute(u"backup"_s, r.backupId);
    e.setAttribute(u"pending"_s, r.pending.join(u' '));
    e.setAttribute(u"taken"_s, r.taken.toUTC().toString(Qt::ISODate));
    e.setAttribute(u"state"_s, r.state);
    e.setAttribute(u"capacity"_s, QString::number(r.capacity));
    e.setAttribute(u"moved"_s, QString::number(r.lastMoved));
    e.setAttribute(u"title"_s, r.title);
}

// The mark as an element without a prefix, as virDomainSetMetadata takes it.
QString markXml(const ReplicaInfo &r) {
    QDomDocument doc;
    QDomElement e = doc.createElement(u"replica"_s);
    setMarkAttributes(e, r);
    doc.appendChild(e);
    return doc.toString(-1);
}

bool writeMark(virDomainPtr dom, const ReplicaInfo &r, QString *error) {
    if (virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, markXml(r).toUtf8().constData(),
                             kMarkPrefix, kMarkNamespace, VIR_DOMAIN_AFFECT_CONFIG) == 0)
        return true;
    *error = lv::lastError();
    return false;
}

// The definition `xml` with the mark in its <metadata> (any older mark replaced), so that the
// definition and its mark are written in one define.
QString withMark(const QString &xml, const ReplicaInfo &r) {
    QDomDocument doc;
    doc.setContent(xml);
    QDomElement root = doc.documentElement();
    QDomElement meta = root.firstChildElement(u"metadata"_s);
    if (meta.isNull())
        meta = root.appendChild(doc.createElement(u"metadata"_s)).toElement();
    for (QDomElement old = meta.firstChildElement(kMarkTag); !old.isNull();
         old = meta.firstChildElement(kMarkTag))
        meta.removeChild(old);
    QDomElement e = doc.createElement(kMarkTag);
    e.setAttribute(u"xmlns:vdreplica"_s, QString::fromLatin1(kMarkNamespace));
    setMarkAttributes(e, r);
    meta.appendChild(e);
    QDomElement title = root.firstChildElement(u"title"_s);
    if (title.isNull())
        title = root.insertAfter(doc.createElement(u"title"_s), root.firstChildElement(u"name"_s))
                    .toElement();
    while (title.hasChildNodes())
        title.removeChild(title.firstChild());
    title.appendChild(doc.createTextNode(
        Backup::tr("Replica from %1, data of %2")
            .arg(r.sourceHost.isEmpty() ? r.sourceUri : r.sourceHost,
                 QLocale().toString(r.taken.toLocalTime(), QLocale::ShortFormat))));
    return doc.toString();
}

// The VM's own title in a backed-up definition.
QString titleOf(const QString &xml) {
    QDomDocument doc;
    doc.setContent(xml);
    return doc.documentElement().firstChildElement(u"title"_s).text();
}

QString hostUuidOf(virConnectPtr conn) {
    char *caps = virConnectGetCapabilities(conn);
    if (!caps) {
        virResetLastError();
        return {};
    }
    return hostUuidFromCapabilities(lv::takeString(caps));
}

bool sameHost(virConnectPtr a, virConnectPtr b) {
    const QString ua = hostUuidOf(a);
    return !ua.isEmpty() && ua == hostUuidOf(b);
}

// What the standby holds of the VM: its replica (or nothing). Refuses a VM of the same UUID that
// is no replica, a replica that a failover started, and another VM of the same name.
bool findReplica(virConnectPtr standby, const BackupManifest &m, lv::DomainPtr *dom,
                 ReplicaInfo *held, QString *error) {
    *dom = lv::domainByUuid(standby, m.vmUuid);
    virResetLastError();
    if (!*dom) {
        if (lv::domainByName(standby, m.vmName)) {
            *error = Backup::tr("the standby has another VM named %1").arg(m.vmName);
            return false;
        }
        return true;
    }
    if (!readReplica(dom->get(), held)) {
        *error = Backup::tr("%1 on the standby is not a replica: it may be the VM itself, after a "
                            "failover or a migration")
                     .arg(m.vmName);
        return false;
    }
    if (held->state == u"failed-over"_s || held->active) {
        *error = Backup::tr("the replica of %1 on the standby was started by a failover: it is "
                            "the VM now, and is not written over")
                     .arg(m.vmName);
        return false;
    }
    return true;
}

QString replicaVolumeName(const QString &vm, const QString &target) {
    return vm + u"-replica-"_s + target + u".raw"_s;
}

// One replication's writing phase: the new backup, what the replica held, where it goes.
struct ReplicaWrite {
    virConnectPtr standby;
    virStoragePoolPtr pool;
    const Repository &repo;
    const BackupManifest &manifest;
    const BackupManifest *held;           // the backup the volumes hold; null: copy whole
    const QList<BackupManifest> &pending; // those failed runs wrote part of over it
    const CancelToken *cancel;
    const ProgressSink &progress;
};

// The held disk of `target` if it can be updated in place (same size), else null.
const DiskManifest *heldDisk(const ReplicaWrite &w, const DiskManifest &d) {
    if (!w.held)
        return nullptr;
    for (const DiskManifest &h : w.held->disks)
        if (h.target == d.target && h.capacity == d.capacity)
            return &h;
    return nullptr;
}

// The chunks the replica's volume of `held` holds: the held backup's, except those that a failed
// run may have written part of its own over (kUnknownChunk).
QStringList heldChunks(const ReplicaWrite &w, const DiskManifest &held) {
    QStringList chunks = held.chunks;
    for (const BackupManifest &m : w.pending)
        for (const DiskManifest &p : m.disks)
            for (qsizetype i = 0; p.target == held.target && i < chunks.size(); ++i)
                if (p.capacity != held.capacity || p.chunks.value(i) != held.chunks.at(i))
                    chunks[i] = kUnknownChunk;
    return chunks;
}

bool needsWholeCopy(const ReplicaWrite &w) {
    for (const DiskManifest &d : w.manifest.disks)
        if (!heldDisk(w, d))
            return true;
    return false;
}

// Writes one disk into its replica volume; returns the volume's path, or empty on error.
QString writeDisk(const ReplicaWrite &w, const DiskManifest &d, const UploadProgress &report,
                  quint64 *moved, QString *error) {
    const QString name = replicaVolumeName(w.manifest.vmName, d.target);
    lv::VolumePtr vol(virStorageVolLookupByName(w.pool, name.toUtf8().constData()));
    virResetLastError();
    const DiskManifest *held = heldDisk(w, d);
    if (vol && held) {
        if (!uploadChangedChunks(w.standby, vol.get(), d, heldChunks(w, *held), w.repo.chunks(),
                                 w.manifest.chunkSize, report, moved, error))
            return {};
        return lv::takeString(virStorageVolGetPath(vol.get()));
    }
    if (vol && virStorageVolDelete(vol.get(), 0) < 0) {
        *error = lv::lastError();
        return {};
    }
    const QString xml = u"<volume><name>%1</name><capacity>%2</capacity><allocation>0</allocation>"
                        "<target><format type='raw'/></target></volume>"_s.arg(name.toHtmlEscaped())
                            .arg(d.capacity);
    vol.reset(virStorageVolCreateXML(w.pool, xml.toUtf8().constData(), 0));
    if (!vol || !uploadWholeDisk(w.standby, vol.get(), d, w.repo.chunks(), w.manifest.chunkSize,
                                 report, error)) {
        if (vol)
            virStorageVolDelete(vol.get(), 0);
        else
            *error = lv::lastError();
        return {};
    }
    *moved += d.dataBytes;
    return lv::takeString(virStorageVolGetPath(vol.get()));
}

bool writeDisks(const ReplicaWrite &w, QHash<QString, QString> *paths, quint64 *moved,
                QString *error) {
    const quint64 total = w.manifest.capacity();
    quint64 base = 0;
    for (const DiskManifest &d : w.manifest.disks) {
        const UploadProgress report{w.cancel, &w.progress,
                                    Backup::tr("replicating %1").arg(d.target), base, total};
        const QString path = writeDisk(w, d, report, moved, error);
        if (path.isEmpty()) {
            // libvirt's message alone ("client socket is closed") does not say which host.
            *error = Backup::tr("writing %1 to the standby: %2").arg(d.target, *error);
            return false;
        }
        paths->insert(d.target, path);
        base += d.capacity;
    }
    return true;
}

// The backup the replica's volumes hold, if it is whole and in this repository, and those that
// failed runs wrote part of over it since (all of them must be there).
bool readHeld(const Repository &repo, const ReplicationRequest &req, const ReplicaInfo &info,
              BackupManifest *held, QList<BackupManifest> *pending) {
    if (info.backupId.isEmpty() || info.repository != req.repository)
        return false;
    QString ignored;
    if (!repo.readBackup(info.backupId, held, &ignored))
        return false;
    for (const QString &id : info.pending)
        if (!repo.readBackup(id, &pending->emplace_back(), &ignored))
            return false;
    return true;
}

ReplicaInfo markFor(const BackupManifest &m, const ReplicationRequest &req, const QString &state) {
    ReplicaInfo r;
    r.name = m.vmName;
    r.uuid = m.vmUuid;
    r.sourceUri = m.host;
    r.sourceHost = m.hostname;
    r.repository = req.repository;
    r.backupId = m.id;
    r.taken = m.started;
    r.state = state;
    r.capacity = m.capacity();
    r.title = titleOf(m.domainXml);
    return r;
}

// Writes the backup `m` into the standby's replica of the VM and defines it, marked ready.
bool replicate(virConnectPtr standby, const ReplicationRequest &req, const Repository &repo,
               const BackupManifest &m, const CancelToken *cancel, const ProgressSink &progress,
               ReplicationOutcome *out) {
    lv::DomainPtr dom;
    ReplicaInfo info;
    if (!findReplica(standby, m, &dom, &info, &out->error))
        return false;
    BackupManifest held;
    QList<BackupManifest> pending;
    const bool haveHeld = dom && readHeld(repo, req, info, &held, &pending);
    QString created; // a standby without "default" gets one, as a bare host does
    const lv::PoolPtr pool = writablePool(standby, req.pool, true, &created, &out->error);
    if (!pool)
        return false;
    virStoragePoolRefresh(pool.get(), 0);
    const ReplicaWrite w{
        standby, pool.get(), repo, m, haveHeld ? &held : nullptr, pending, cancel, progress,
    };
    out->full = needsWholeCopy(w);
    if (dom) {
        // From here until the new definition, the replica is not whole.
        info.state = u"writing"_s;
        if (out->full) {
            info.backupId.clear();
            info.pending.clear();
        } else {
            info.pending.append(m.id); // what this run may write part of, should it fail
        }
        if (!writeMark(dom.get(), info, &out->error)) {
            out->error = Backup::tr("marking the replica on the standby: %1").arg(out->error);
            return false;
        }
    }
    QHash<QString, QString> paths;
    if (!writeDisks(w, &paths, &out->bytesMoved, &out->error))
        return false;
    out->replica = markFor(m, req, u"ready"_s);
    out->replica.lastMoved = out->bytesMoved;
    const QString xml =
        withMark(definitionOnRawDisks(m.domainXml, m.vmName, false, paths), out->replica);
    const lv::DomainPtr defined(virDomainDefineXML(standby, xml.toUtf8().constData()));
    if (!defined) {
        out->error = Backup::tr("defining the replica on the standby: %1").arg(lv::lastError());
        return false;
    }
    virDomainSetAutostart(defined.get(), 0);
    return true;
}
} // namespace

ReplicationOutcome runReplication(virConnectPtr source, const QString &sourceUri,
                                  virConnectPtr standby, const ReplicationRequest &req,
                                  const CancelToken *cancel, const ProgressSink &progress) {
    ReplicationOutcome out;
    if (!source || !standby) {
        out.error = Backup::tr("not connected");
        return out;
    }
    if (sameHost(source, standby)) {
        out.error = Backup::tr("the standby is the VM's own host: a replica must be on another");
        return out;
    }
    BackupRequest b;
    b.repository = req.repository;
    b.domain = req.domain;
    b.createDefaultPool = true;
    const BackupOutcome backup = runDomainBackup(source, sourceUri, b, cancel, progress);
    if (!backup.ok) {
        out.error = Backup::tr("the backup failed: %1").arg(backup.error);
        return out;
    }
    out.bytesRead = backup.manifest.bytesRead();
    const auto repo = Repository::open(req.repository, Repository::Lock::Shared, false, &out.error);
    if (!repo)
        return out;
    out.ok = replicate(standby, req, *repo, backup.manifest, cancel, progress, &out);
    return out;
}

bool readReplica(virDomainPtr dom, ReplicaInfo *info) {
    char *xml = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, kMarkNamespace,
                                     VIR_DOMAIN_AFFECT_CONFIG);
    if (!xml) {
        virResetLastError();
        return false;
    }
    QDomDocument doc;
    if (!doc.setContent(lv::takeString(xml)))
        return false;
    const QDomElement e = doc.documentElement();
    const char *name = virDomainGetName(dom);
    info->name = name ? QString::fromUtf8(name) : QString();
    info->uuid = lv::uuidOf(dom);
    info->sourceUri = e.attribute(u"source-uri"_s);
    info->sourceHost = e.attribute(u"source-host"_s);
    info->repository = e.attribute(u"repository"_s);
    info->backupId = e.attribute(u"backup"_s);
    info->pending = e.attribute(u"pending"_s).split(u' ', Qt::SkipEmptyParts);
    info->taken = QDateTime::fromString(e.attribute(u"taken"_s), Qt::ISODate);
    info->state = e.attribute(u"state"_s);
    info->capacity = e.attribute(u"capacity"_s).toULongLong();
    info->lastMoved = e.attribute(u"moved"_s).toULongLong();
    info->title = e.attribute(u"title"_s);
    info->active = virDomainIsActive(dom) == 1;
    return true;
}

QList<ReplicaInfo> listReplicas(virConnectPtr conn, QString *error) {
    QList<ReplicaInfo> out;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    if (n < 0) {
        *error = lv::lastError();
        return out;
    }
    for (int i = 0; i < n; ++i) {
        const lv::DomainPtr dom(doms[i]);
        ReplicaInfo info;
        if (readReplica(dom.get(), &info))
            out.append(info);
    }
    free(doms);
    return out;
}

bool startReplica(virConnectPtr conn, const QString &uuid, ReplicaInfo *info, QString *error) {
    const lv::DomainPtr dom = lv::domainByUuid(conn, uuid);
    if (!dom || !readReplica(dom.get(), info)) {
        virResetLastError();
        *error = Backup::tr("there is no replica of %1 on this host").arg(uuid);
        return false;
    }
    if (!info->usable() || info->active) {
        *error = Backup::tr("the replica of %1 is not whole (%2)").arg(info->name, info->state);
        return false;
    }
    ReplicaInfo started = *info;
    started.state = u"failed-over"_s;
    if (!writeMark(dom.get(), started, error))
        return false;
    // The VM itself from now on: its own title again.
    const QByteArray title = info->title.toUtf8();
    virDomainSetMetadata(dom.get(), VIR_DOMAIN_METADATA_TITLE,
                         title.isEmpty() ? nullptr : title.constData(), nullptr, nullptr,
                         VIR_DOMAIN_AFFECT_CONFIG);
    virResetLastError();
    if (virDomainCreate(dom.get()) < 0) {
        *error = lv::lastError();
        QString ignored;
        writeMark(dom.get(), *info, &ignored);
        return false;
    }
    *info = started;
    info->active = true;
    return true;
}

} // namespace virtdeck
