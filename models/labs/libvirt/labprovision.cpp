// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning a student's VM: its disks built on the template's (a qcow2 overlay on each system
// disk, a full copy of each data disk), its network, and its definition with the lab's marker.
#include "core/libvirt/domainlookup.h"
#include "labs/labdomainxml.h"
#include "labvmops.h"

namespace virtdeck::labvm {

using namespace Qt::StringLiterals;

void DiskBuild::rollback() {
    for (const auto &name : std::as_const(created))
        deleteVolumeByName(pool.get(), name);
}

namespace {
// The student's volume `name` for the template disk at `basePath`: one left by an interrupted
// run is reused when it sits on this template disk; otherwise it is made. Its path, empty on
// failure.
QString studentVolume(VolumeRef &base, const QString &basePath, const QString &name, bool data,
                      DiskBuild *b, QString *error) {
    const QByteArray n = name.toUtf8();
    if (lv::VolumePtr old{virStorageVolLookupByName(base.pool.get(), n.constData())}) {
        const VolumeXml ox = volumeXmlOf(old.get());
        if (!ox.backingPath.isEmpty() && ox.backingPath != basePath) {
            *error = LabVm::tr("The volume %1 exists with another backing file (%2).")
                         .arg(name, ox.backingPath);
            return {};
        }
        return volumePath(old.get());
    }
    virResetLastError();
    const QString path =
        data ? copyVolume(base, name, error) : createOverlay(base, basePath, name, error);
    if (path.isEmpty())
        return {};
    b->created << name;
    if (!b->pool) {
        virStoragePoolRef(base.pool.get());
        b->pool.reset(base.pool.get());
    }
    return path;
}

// One template disk: the student's overlay or data disk for it, into `b`.
bool buildDisk(virConnectPtr c, const LabDiskRef &disk, const LabVmTask &t,
               const QHash<QString, QString> &current, DiskBuild *b, QString *error) {
    VolumeRef base;
    if (!volumeAt(c, disk.path, &base, error))
        return false;
    const bool data = t.dataDisks.contains(disk.dev);
    const QString mine = current.value(disk.dev);
    if (data && !mine.isEmpty() && mine != disk.path) {
        b->fileMap.insert(disk.path, mine); // the student's data stays as it is
        return true;
    }
    if (!mine.isEmpty() && mine != disk.path && !deleteLabDisk(c, mine, t, disk.dev, error))
        return false;
    const QString name =
        data ? dataDiskName(t.vmName, disk.dev, base.xml.format) : overlayName(t.vmName, disk.dev);
    const QString path = studentVolume(base, disk.path, name, data, b, error);
    if (path.isEmpty())
        return false;
    b->fileMap.insert(disk.path, path);
    if (data)
        return true;
    VolumeRef made;
    if (!volumeAt(c, path, &made, error))
        return false;
    b->records.append({disk.dev, disk.path, base.xml.modified, made.xml.allocationBytes});
    return true;
}
} // namespace

bool buildDisks(virConnectPtr c, const QString &tmplXml, const LabVmTask &t,
                const QHash<QString, QString> &current, DiskBuild *b, QString *error) {
    for (const LabDiskRef &disk : labFileDisks(tmplXml))
        if (!buildDisk(c, disk, t, current, b, error))
            return false;
    return true;
}

LabVmOutcome provision(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    if (lv::DomainPtr dom = lv::domainByName(c, t.vmName)) {
        o.ok = belongsTo(dom.get(), t, &o.message);
        if (o.ok)
            o.message = LabVm::tr("Already provisioned.");
        finishWith(o, dom.get());
        return o;
    }
    lv::DomainPtr tmpl = lv::domainByName(c, t.templateVm);
    if (!tmpl) {
        o.message = LabVm::tr("The template VM %1 does not exist on this host.").arg(t.templateVm);
        return o;
    }
    const QString tmplXml = lv::xmlOf(tmpl.get());
    // No card, none asked for: no network and no address would be used, so none is made.
    const bool noNic = !t.network.isEmpty() && !usesNetwork(tmplXml, t);
    if (usesNetwork(tmplXml, t) && !ensureNetwork(c, t, &o.message))
        return o;
    DiskBuild b;
    if (!buildDisks(c, tmplXml, t, {}, &b, &o.message)) {
        b.rollback();
        return o;
    }
    QString error;
    const QByteArray xml = labDomainXml(tmplXml, b.fileMap, t, &error, b.records).toUtf8();
    lv::DomainPtr dom(xml.isEmpty() ? nullptr : virDomainDefineXML(c, xml.constData()));
    if (!dom) {
        o.message = xml.isEmpty() ? error : lv::lastError();
        b.rollback();
        return o;
    }
    o.ok = true;
    o.changed = true;
    o.message = LabVm::tr("Created from %1 (template version %2).")
                    .arg(t.templateVm)
                    .arg(t.templateVersion);
    if (noNic)
        o.message += u' ' + LabVm::tr("The template has no network interface: no network or "
                                      "address was made for this VM.");
    finishWith(o, dom.get());
    return o;
}

} // namespace virtdeck::labvm
