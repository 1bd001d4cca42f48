// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainrestore.h"
#include "backup/backuptr.h"

#include "backup/repository.h"
#include "checkpoints.h"
#include "core/domainxml.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "diskupload.h"
#include "volumereader.h"
#include "writablepool.h"

#include <QCoreApplication>
#include <QDomDocument>

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

namespace {
// The volumes a restore creates: deleted again unless the restore completes.
class CreatedVolumes {
public:
    CreatedVolumes() = default;
    CreatedVolumes(const CreatedVolumes &) = delete;
    CreatedVolumes &operator=(const CreatedVolumes &) = delete;
    ~CreatedVolumes() {
        for (const auto &v : m_volumes)
            if (!m_kept)
                virStorageVolDelete(v.get(), 0);
    }
    virStorageVolPtr add(lv::VolumePtr volume) {
        m_volumes.push_back(std::move(volume));
        return m_volumes.back().get();
    }
    void keep() { m_kept = true; }

private:
    std::vector<lv::VolumePtr> m_volumes;
    bool m_kept = false;
};

// Where one disk was restored to, and in which format.
struct RestoredDisk {
    QString path;
    QString format;
};

// A disk element of the definition, pointed at the restored file.
void pointDiskAt(QDomDocument &doc, QDomElement disk, const RestoredDisk &restored) {
    disk.setAttribute(u"type"_s, u"file"_s);
    QDomElement driver = disk.firstChildElement(u"driver"_s);
    if (driver.isNull()) {
        driver = doc.createElement(u"driver"_s);
        driver.setAttribute(u"name"_s, u"qemu"_s);
        disk.insertBefore(driver, disk.firstChild());
    }
    driver.setAttribute(u"type"_s, restored.format);
    for (const QString &tag : {u"source"_s, u"backingStore"_s}) {
        const QDomElement old = disk.firstChildElement(tag);
        if (!old.isNull())
            disk.removeChild(old);
    }
    QDomElement source = doc.createElement(u"source"_s);
    source.setAttribute(u"file"_s, restored.path);
    disk.insertAfter(source, driver);
}

void removeChild(QDomElement parent, const QString &tag) {
    const QDomElement child = parent.firstChildElement(tag);
    if (!child.isNull())
        parent.removeChild(child);
}

// Rewrites a backed-up definition for the restored disks (and, for a new VM, a new identity).
QString restoredXml(const QString &xml, const QString &name, bool newIdentity,
                    const QHash<QString, RestoredDisk> &pathByTarget) {
    QDomDocument doc;
    doc.setContent(xml);
    QDomElement root = doc.documentElement();
    root.removeAttribute(u"id"_s);
    QDomElement nameEl = root.firstChildElement(u"name"_s);
    while (nameEl.hasChildNodes())
        nameEl.removeChild(nameEl.firstChild());
    nameEl.appendChild(doc.createTextNode(name));
    if (newIdentity)
        removeChild(root, u"uuid"_s);
    const QDomElement devices = root.firstChildElement(u"devices"_s);
    for (QDomElement e = devices.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (newIdentity && e.tagName() == u"interface"_s)
            removeChild(e, u"mac"_s);
        if (e.tagName() != u"disk"_s)
            continue;
        const QString target = e.firstChildElement(u"target"_s).attribute(u"dev"_s);
        if (pathByTarget.contains(target))
            pointDiskAt(doc, e, pathByTarget.value(target));
    }
    return doc.toString();
}

// The restored VM's name; restoring over the original, the original VM too. Checks that the
// target can take the restore.
bool resolveTarget(virConnectPtr conn, const RestoreRequest &req, const BackupManifest &m,
                   QString *name, lv::DomainPtr *original, QString *error) {
    if (req.keepIdentity) {
        *name = m.vmName;
        if (lv::domainByUuid(conn, m.vmUuid) || lv::domainByName(conn, *name)) {
            *error = Backup::tr("%1 is on this host already").arg(m.vmName);
            return false;
        }
        virResetLastError();
        return true;
    }
    if (!req.toOriginal) {
        *name = req.newName;
        if (name->isEmpty()) {
            *error = Backup::tr("give the restored VM a name");
            return false;
        }
        if (lv::domainByName(conn, *name)) {
            *error = Backup::tr("a VM named '%1' already exists").arg(*name);
            return false;
        }
        return true;
    }
    *original = lv::domainByUuid(conn, m.vmUuid);
    if (!*original) {
        *error = Backup::tr("the original VM %1 (%2) is not on this host; restore it as a new VM")
                     .arg(m.vmName, m.vmUuid);
        return false;
    }
    if (virDomainIsActive(original->get()) == 1) {
        *error = Backup::tr("shut %1 down before restoring over it").arg(m.vmName);
        return false;
    }
    *name = QString::fromUtf8(virDomainGetName(original->get()));
    return true;
}

QString volumeXml(const QString &name, quint64 capacity, const QString &format) {
    return u"<volume><name>%1</name><capacity>%2</capacity><allocation>0</allocation>"
           "<target><format type='%3'/></target></volume>"_s.arg(name.toHtmlEscaped())
               .arg(capacity)
               .arg(format);
}

// A new, empty raw volume for one restored disk.
lv::VolumePtr createRawVolume(virStoragePoolPtr pool, const QString &name, quint64 capacity,
                              QString *error) {
    lv::VolumePtr vol(
        virStorageVolCreateXML(pool, volumeXml(name, capacity, u"raw"_s).toUtf8().constData(), 0));
    if (!vol)
        *error = lv::lastError();
    return vol;
}

// Where a restore writes, what it reads from, and what it reports to.
struct RestoreJob {
    virConnectPtr conn;
    const RestoreRequest &request;
    const Repository &repo;
    const BackupManifest &manifest;
    const CancelToken *cancel;
    const ProgressSink &progress;
};

// The format a disk is restored in.
QString restoredFormat(const RestoreRequest &req, const DiskManifest &d) {
    return restoredDiskFormat(req.format, d.format);
}

// The name of each disk's volume, checked against what the pool holds before anything is
// written: an existing volume is refused, or (replaceExisting) left alone under a fresh name.
bool volumeNames(const RestoreJob &job, virStoragePoolPtr pool, const QString &name,
                 QStringList *names, RestoreOutcome *out) {
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss"_s);
    virStoragePoolRefresh(pool, 0);
    for (const auto &d : job.manifest.disks) {
        const QString ext = restoredFormat(job.request, d) == u"qcow2"_s ? u".qcow2"_s : u".raw"_s;
        const QString fresh = name + u'-' + d.target + u"-restored-"_s + stamp + ext;
        QString volName = job.request.toOriginal
                              ? fresh
                              : restoredVolumeName(name, d.target, job.request.format, d.format);
        if (lv::VolumePtr(virStorageVolLookupByName(pool, volName.toUtf8().constData()))) {
            if (!job.request.replaceExisting) {
                out->error = Backup::tr("a volume named %1 exists already in the pool '%2'; "
                                        "restore with --force to write the disk under a fresh "
                                        "name, or choose another name")
                                 .arg(volName, job.request.pool);
                return false;
            }
            out->notes.append(Backup::tr("the volume %1 exists already and was left alone; disk "
                                         "%2 is restored as %3")
                                  .arg(volName, d.target, fresh));
            volName = fresh;
        }
        virResetLastError();
        names->append(volName);
    }
    return true;
}

// Uploads one disk into a new volume `volName` of `pool`; a qcow2 one is uploaded raw under a
// temporary name and converted by libvirt (qemu-img), the raw copy then deleted.
virStorageVolPtr restoreDisk(const RestoreJob &job, virStoragePoolPtr pool, const DiskManifest &d,
                             const QString &volName, const UploadProgress &upload,
                             CreatedVolumes *created, QString *error) {
    const bool qcow2 = restoredFormat(job.request, d) == u"qcow2"_s;
    const QString rawName = qcow2 ? volName + u".partial.raw"_s : volName;
    CreatedVolumes scratch;
    lv::VolumePtr raw = createRawVolume(pool, rawName, d.capacity, error);
    if (!raw)
        return nullptr;
    virStorageVolPtr rawVol = (qcow2 ? scratch : *created).add(std::move(raw));
    if (!uploadWholeDisk(job.conn, rawVol, d, job.repo.chunks(), job.manifest.chunkSize, upload,
                         error))
        return nullptr;
    if (!qcow2)
        return rawVol;
    lv::VolumePtr q(virStorageVolCreateXMLFrom(
        pool, volumeXml(volName, d.capacity, u"qcow2"_s).toUtf8().constData(), rawVol, 0));
    if (!q) {
        *error = lv::lastError();
        return nullptr;
    }
    return created->add(std::move(q));
}

// Writes every disk of the backup into a new volume of the request's pool. Fills
// `pathByTarget` and out->volumes.
bool writeDisks(const RestoreJob &job, const QString &name, CreatedVolumes *created,
                QHash<QString, RestoredDisk> *pathByTarget, RestoreOutcome *out) {
    QString madePool;
    const lv::PoolPtr pool = writablePool(job.conn, job.request.pool, job.request.createDefaultPool,
                                          &madePool, &out->error);
    if (!madePool.isEmpty())
        out->notes.append(madePool);
    QStringList names;
    if (!pool || !volumeNames(job, pool.get(), name, &names, out))
        return false;
    const quint64 total = job.manifest.capacity();
    quint64 base = 0;
    for (qsizetype i = 0; i < job.manifest.disks.size(); ++i) {
        const DiskManifest &d = job.manifest.disks.at(i);
        const UploadProgress upload{job.cancel, &job.progress,
                                    Backup::tr("writing %1").arg(d.target), base, total};
        virStorageVolPtr v =
            restoreDisk(job, pool.get(), d, names.at(i), upload, created, &out->error);
        if (!v)
            return false;
        const QString path = lv::takeString(virStorageVolGetPath(v));
        pathByTarget->insert(d.target, {path, restoredFormat(job.request, d)});
        out->volumes.append(path);
        base += d.capacity;
    }
    return true;
}

// Restoring over the original VM: names the disks it used (kept), and forgets its checkpoints,
// whose bitmaps are in those disks.
void retireOriginalDisks(virDomainPtr original, const QHash<QString, RestoredDisk> &pathByTarget,
                         RestoreOutcome *out) {
    for (const auto &d : parseDomainDisks(lv::xmlOf(original)))
        if (pathByTarget.contains(d.target))
            out->previousVolumes.append(diskLabel(d));
    forgetCheckpoints(original);
}
} // namespace

RestoreOutcome runDomainRestore(_virConnect *conn, const RestoreRequest &req,
                                const CancelToken *cancel, const ProgressSink &progress) {
    RestoreOutcome out;
    if (!conn) {
        out.error = Backup::tr("not connected");
        return out;
    }
    const auto repo = Repository::open(req.repository, Repository::Lock::Shared, false, &out.error);
    BackupManifest m;
    if (!repo || !repo->readBackup(req.backupId, &m, &out.error))
        return out;
    QString name;
    lv::DomainPtr original;
    if (!resolveTarget(conn, req, m, &name, &original, &out.error))
        return out;
    CreatedVolumes created;
    QHash<QString, RestoredDisk> pathByTarget;
    if (!writeDisks({conn, req, *repo, m, cancel, progress}, name, &created, &pathByTarget, &out)) {
        out.volumes.clear();
        return out;
    }
    if (original)
        retireOriginalDisks(original.get(), pathByTarget, &out);
    const QString xml =
        restoredXml(m.domainXml, name, !req.toOriginal && !req.keepIdentity, pathByTarget);
    const lv::DomainPtr dom(virDomainDefineXML(conn, xml.toUtf8().constData()));
    if (!dom) {
        out.error = lv::lastError();
        out.volumes.clear();
        return out;
    }
    created.keep();
    out.ok = true;
    out.domainName = name;
    out.domainUuid = lv::uuidOf(dom.get());
    return out;
}

QString definitionOnRawDisks(const QString &xml, const QString &name, bool newIdentity,
                             const QHash<QString, QString> &rawPathByTarget) {
    QHash<QString, RestoredDisk> disks;
    for (auto it = rawPathByTarget.cbegin(); it != rawPathByTarget.cend(); ++it)
        disks.insert(it.key(), {it.value(), u"raw"_s});
    return restoredXml(xml, name, newIdentity, disks);
}

QString restoredDiskFormat(const QString &format, const QString &sourceFormat) {
    const QString f = format == u"original"_s ? sourceFormat : format;
    return f == u"qcow2"_s ? f : u"raw"_s;
}

QString restoredVolumeName(const QString &vmName, const QString &target, const QString &format,
                           const QString &sourceFormat) {
    const bool qcow2 = restoredDiskFormat(format, sourceFormat) == u"qcow2"_s;
    return vmName + u'-' + target + (qcow2 ? u".qcow2"_s : u".raw"_s);
}

} // namespace virtdeck
