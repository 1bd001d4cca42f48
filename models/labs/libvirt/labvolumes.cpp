// SPDX-License-Identifier: GPL-3.0-or-later
// A lab VM's volumes: finding them, overlaying a template's disk, copying a data disk, and
// deleting what the lab made (never a VM's own full disk).
#include "core/libvirt/domainlookup.h"
#include "labs/labdomainxml.h"
#include "labvmops.h"

namespace virtdeck::labvm {

using namespace Qt::StringLiterals;

VolumeXml volumeXmlOf(virStorageVolPtr vol) {
    return parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(vol, 0)));
}

QString volumePath(virStorageVolPtr vol) {
    return lv::takeString(virStorageVolGetPath(vol));
}

namespace {
lv::VolumePtr volumeByPath(virConnectPtr c, const QString &path) {
    const QByteArray p = path.toUtf8();
    lv::VolumePtr v(virStorageVolLookupByPath(c, p.constData()));
    if (!v)
        virResetLastError();
    return v;
}

lv::VolumePtr volumeByName(virStoragePoolPtr pool, const QString &name) {
    const QByteArray n = name.toUtf8();
    lv::VolumePtr v(virStorageVolLookupByName(pool, n.constData()));
    if (!v)
        virResetLastError();
    return v;
}
} // namespace

bool volumeAt(virConnectPtr c, const QString &path, VolumeRef *out, QString *error) {
    lv::VolumePtr v = volumeByPath(c, path);
    if (!v) {
        *error = LabVm::tr("%1 is in no storage pool of this host (define or refresh its pool).")
                     .arg(path);
        return false;
    }
    lv::PoolPtr pool(virStoragePoolLookupByVolume(v.get()));
    if (!pool) {
        *error = lv::lastError();
        return false;
    }
    out->xml = volumeXmlOf(v.get());
    out->vol = std::move(v);
    out->pool = std::move(pool);
    return true;
}

QString createOverlay(VolumeRef &base, const QString &basePath, const QString &name,
                      QString *error) {
    const QString format = base.xml.format.isEmpty() ? u"raw"_s : base.xml.format;
    const QByteArray xml =
        newVolumeXml(name, u"qcow2"_s, base.xml.capacityBytes, basePath, format).toUtf8();
    lv::VolumePtr v(virStorageVolCreateXML(base.pool.get(), xml.constData(), 0));
    if (!v) {
        *error = lv::lastError();
        return {};
    }
    return volumePath(v.get());
}

QString copyVolume(VolumeRef &base, const QString &name, QString *error) {
    const QString format = base.xml.format.isEmpty() ? u"raw"_s : base.xml.format;
    const QByteArray xml = newVolumeXml(name, format, base.xml.capacityBytes).toUtf8();
    lv::VolumePtr v(
        virStorageVolCreateXMLFrom(base.pool.get(), xml.constData(), base.vol.get(), 0));
    if (!v) {
        *error = lv::lastError();
        return {};
    }
    return volumePath(v.get());
}

void deleteVolumeByName(virStoragePoolPtr pool, const QString &name) {
    if (lv::VolumePtr v = volumeByName(pool, name))
        virStorageVolDelete(v.get(), 0);
    virResetLastError();
}

QString overlayName(const QString &vm, const QString &dev) {
    return vm + u'-' + dev + u".qcow2"_s;
}

QString dataDiskName(const QString &vm, const QString &dev, const QString &format) {
    return format == u"qcow2"_s ? overlayName(vm, dev) : vm + u'-' + dev + u".img"_s;
}

bool isLabVolumeOf(const QString &path, const QString &vm, const QString &dev) {
    return path.section(u'/', -1).startsWith(vm + u'-' + dev + u'.');
}

bool deleteLabDisk(virConnectPtr c, const QString &path, const LabVmTask &t, const QString &dev,
                   QString *error) {
    lv::VolumePtr v = volumeByPath(c, path);
    if (!v)
        return true; // already gone
    if (volumeXmlOf(v.get()).backingPath.isEmpty() && !isLabVolumeOf(path, t.vmName, dev)) {
        *error = LabVm::tr("%1 is not a disk the lab made; it was left alone.").arg(path);
        return false;
    }
    if (virStorageVolDelete(v.get(), 0) < 0) {
        *error = lv::lastError();
        return false;
    }
    return true;
}

QHash<QString, QString> disksByDev(const QString &domainXml) {
    QHash<QString, QString> out;
    for (const LabDiskRef &d : labFileDisks(domainXml))
        out.insert(d.dev, d.path);
    return out;
}

std::vector<lv::VolumePtr> labVolumesOf(virConnectPtr c, virDomainPtr dom, const LabVmTask &t,
                                        const QHash<QString, QString> &templateByDev) {
    std::vector<lv::VolumePtr> out;
    for (const LabDiskRef &disk : labFileDisks(lv::xmlOf(dom))) {
        if (templateByDev.value(disk.dev) == disk.path)
            continue;
        lv::VolumePtr v = volumeByPath(c, disk.path);
        // Only what the lab made: a VM's own full disk is never deleted by a lab operation.
        if (v && (!volumeXmlOf(v.get()).backingPath.isEmpty() ||
                  isLabVolumeOf(disk.path, t.vmName, disk.dev)))
            out.push_back(std::move(v));
        virResetLastError();
    }
    return out;
}

int removeLeftoverVolumes(virConnectPtr c, const LabVmTask &t,
                          const QHash<QString, QString> &templateByDev) {
    int removed = 0;
    for (auto it = templateByDev.cbegin(); it != templateByDev.cend(); ++it) {
        VolumeRef base;
        QString ignored;
        if (!volumeAt(c, it.value(), &base, &ignored))
            continue;
        for (const QString &name :
             {overlayName(t.vmName, it.key()), dataDiskName(t.vmName, it.key(), u"raw"_s)}) {
            if (lv::VolumePtr v = volumeByName(base.pool.get(), name))
                if (virStorageVolDelete(v.get(), 0) == 0)
                    ++removed;
            virResetLastError();
        }
    }
    return removed;
}

} // namespace virtdeck::labvm
