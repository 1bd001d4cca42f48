#include "labvm.h"

#include "connection.h"
#include "domainclone.h"
#include "handles.h"
#include "storagexml.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QTextStream>
#include <QThreadPool>

#include <deque>
#include <mutex>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *s, const char *c = nullptr, int n = -1) {
    return QCoreApplication::translate("LabVm", s, c, n);
}

struct DiskRef {
    QString dev;  // target dev ("vda")
    QString path; // source file
};

// The file-backed hard disks of a domain definition (CD-ROMs and floppies are shared, not cloned).
QList<DiskRef> fileDisks(const QString &xml) {
    QList<DiskRef> out;
    QDomDocument doc;
    if (!doc.setContent(xml))
        return out;
    const QDomElement devices = doc.documentElement().firstChildElement(u"devices"_s);
    for (QDomElement d = devices.firstChildElement(u"disk"_s); !d.isNull();
         d = d.nextSiblingElement(u"disk"_s)) {
        if (d.attribute(u"device"_s, u"disk"_s) != u"disk"_s)
            continue;
        const QString file = d.firstChildElement(u"source"_s).attribute(u"file"_s);
        if (file.isEmpty())
            continue;
        out.append({d.firstChildElement(u"target"_s).attribute(u"dev"_s), file});
    }
    return out;
}

DomainState stateOf(virDomainPtr dom) {
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0) {
        virResetLastError();
        return DomainState::Shutoff;
    }
    switch (state) {
    case VIR_DOMAIN_RUNNING:
        return DomainState::Running;
    case VIR_DOMAIN_BLOCKED:
        return DomainState::Blocked;
    case VIR_DOMAIN_PAUSED:
        return DomainState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
        return DomainState::Shutdown;
    case VIR_DOMAIN_CRASHED:
        return DomainState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED:
        return DomainState::PMSuspended;
    default:
        return DomainState::Shutoff;
    }
}

QString uuidOf(virDomainPtr dom) {
    char buf[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, buf) < 0)
        return {};
    return QString::fromLatin1(buf);
}

QString xmlOf(virDomainPtr dom, unsigned flags = VIR_DOMAIN_XML_INACTIVE) {
    return lv::takeString(virDomainGetXMLDesc(dom, flags));
}

lv::DomainPtr lookup(virConnectPtr c, const QString &name) {
    const QByteArray n = name.toUtf8();
    lv::DomainPtr d(virDomainLookupByName(c, n.constData()));
    if (!d)
        virResetLastError();
    return d;
}

QString readLabMarker(virDomainPtr dom, QString *lab, QString *student, QString *role) {
    char *m = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, kLabMetadataUri, 0);
    if (!m) {
        virResetLastError();
        return {};
    }
    const QString xml = lv::takeString(m);
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    const QDomElement e = doc.documentElement();
    *lab = e.attribute(u"name"_s);
    *student = e.attribute(u"student"_s);
    *role = e.attribute(u"role"_s);
    return *lab;
}

struct VolumeRef {
    lv::VolumePtr vol;
    lv::PoolPtr pool;
    VolumeXml xml;
};

bool volumeAt(virConnectPtr c, const QString &path, VolumeRef *out, QString *error) {
    const QByteArray p = path.toUtf8();
    lv::VolumePtr v(virStorageVolLookupByPath(c, p.constData()));
    if (!v) {
        virResetLastError();
        *error =
            tr("%1 is in no storage pool of this host (define or refresh its pool).").arg(path);
        return false;
    }
    lv::PoolPtr pool(virStoragePoolLookupByVolume(v.get()));
    if (!pool) {
        *error = lv::lastError();
        return false;
    }
    out->xml = parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(v.get(), 0)));
    out->vol = std::move(v);
    out->pool = std::move(pool);
    return true;
}

// Creates a qcow2 overlay named `name` on `base` in the base's pool; returns its path.
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
    return lv::takeString(virStorageVolGetPath(v.get()));
}

// A full, independent copy of `base` named `name` in its pool; returns its path.
QString copyVolume(VolumeRef &base, const QString &name, QString *error) {
    const QString format = base.xml.format.isEmpty() ? u"raw"_s : base.xml.format;
    const QByteArray xml = newVolumeXml(name, format, base.xml.capacityBytes).toUtf8();
    lv::VolumePtr v(
        virStorageVolCreateXMLFrom(base.pool.get(), xml.constData(), base.vol.get(), 0));
    if (!v) {
        *error = lv::lastError();
        return {};
    }
    return lv::takeString(virStorageVolGetPath(v.get()));
}

void deleteVolumeByName(virStoragePoolPtr pool, const QString &name) {
    const QByteArray n = name.toUtf8();
    lv::VolumePtr v(virStorageVolLookupByName(pool, n.constData()));
    if (v)
        virStorageVolDelete(v.get(), 0);
    virResetLastError();
}

QString overlayName(const QString &vm, const QString &dev) {
    return vm % u'-' % dev % u".qcow2"_s;
}

// A student data disk: a full copy of the template's disk, in its format.
QString dataDiskName(const QString &vm, const QString &dev, const QString &format) {
    return format == u"qcow2"_s ? overlayName(vm, dev) : vm % u'-' % dev % u".img"_s;
}

// Volumes a lab made for the VM (overlays and data disks) are named <vm>-<dev>.<ext>.
bool isLabVolumeOf(const QString &path, const QString &vm, const QString &dev) {
    return path.section(u'/', -1).startsWith(vm % u'-' % dev % u'.');
}

// Adds or deletes the task's DHCP <host> entry, in the network's definition and, when it runs,
// live.
int updateDhcpHost(virNetworkPtr net, const LabVmTask &t, unsigned command) {
    const QByteArray host =
        u"<host mac='%1' name='%2' ip='%3'/>"_s.arg(t.macs.value(0), t.vmName, t.address).toUtf8();
    const unsigned flags = VIR_NETWORK_UPDATE_AFFECT_CONFIG |
                           (virNetworkIsActive(net) == 1 ? VIR_NETWORK_UPDATE_AFFECT_LIVE : 0);
    return virNetworkUpdate(net, command, VIR_NETWORK_SECTION_IP_DHCP_HOST, -1, host.constData(),
                            flags);
}

lv::NetworkPtr lookupNetwork(virConnectPtr c, const QString &name) {
    const QByteArray n = name.toUtf8();
    lv::NetworkPtr net(virNetworkLookupByName(c, n.constData()));
    if (!net)
        virResetLastError();
    return net;
}

// The task's network exists and runs (a lab-owned one is created on first use), and holds the
// VM's fixed address when it has DHCP. Several tasks may race to create the same network.
bool ensureNetwork(virConnectPtr c, const LabVmTask &t, QString *error) {
    lv::NetworkPtr net = lookupNetwork(c, t.network);
    if (!net && t.networkXml.isEmpty()) {
        *error = tr("The network %1 does not exist on this host.").arg(t.network);
        return false;
    }
    if (!net) {
        const QByteArray x = t.networkXml.toUtf8();
        net.reset(virNetworkDefineXML(c, x.constData()));
        if (!net) {
            const QString why = lv::lastError();
            net = lookupNetwork(c, t.network); // another student's task was first
            if (!net) {
                *error = why;
                return false;
            }
        } else {
            virNetworkSetAutostart(net.get(), 1);
        }
    }
    if (virNetworkIsActive(net.get()) != 1 && virNetworkCreate(net.get()) < 0) {
        const QString why = lv::lastError(); // the next call clears it
        if (virNetworkIsActive(net.get()) != 1) {
            *error = tr("The network %1 does not start: %2").arg(t.network, why);
            return false;
        }
    }
    if (t.address.isEmpty() || t.macs.isEmpty())
        return true;
    const QString xml = lv::takeString(virNetworkGetXMLDesc(net.get(), VIR_NETWORK_XML_INACTIVE));
    if (!xml.contains(u"<dhcp"_s) || xml.contains(t.macs.first(), Qt::CaseInsensitive))
        return true;
    if (updateDhcpHost(net.get(), t, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST) < 0) {
        *error = tr("The network %1 does not take the fixed address %2: %3")
                     .arg(t.network, t.address, lv::lastError());
        return false;
    }
    return true;
}

// Drops the VM's fixed address from a network the lab does not own.
void releaseAddress(virConnectPtr c, const LabVmTask &t) {
    if (t.network.isEmpty() || t.address.isEmpty() || !t.networkXml.isEmpty() || t.macs.isEmpty())
        return;
    lv::NetworkPtr net = lookupNetwork(c, t.network);
    if (!net)
        return;
    updateDhcpHost(net.get(), t, VIR_NETWORK_UPDATE_COMMAND_DELETE);
    virResetLastError();
}

// Sets every interface's link up or down, in the running VM and in its definition.
bool setLinks(virDomainPtr dom, bool up, QString *error) {
    const bool active = virDomainIsActive(dom) == 1;
    const bool persistent = virDomainIsPersistent(dom) == 1;
    struct Pass {
        unsigned xmlFlags;
        unsigned affect;
        bool run;
    };
    const Pass passes[] = {{0, VIR_DOMAIN_AFFECT_LIVE, active},
                           {VIR_DOMAIN_XML_INACTIVE, VIR_DOMAIN_AFFECT_CONFIG, persistent}};
    for (const Pass &pass : passes) {
        if (!pass.run)
            continue;
        QDomDocument doc;
        if (!doc.setContent(xmlOf(dom, pass.xmlFlags))) {
            *error = tr("The VM's definition cannot be read.");
            return false;
        }
        const QDomElement devices = doc.documentElement().firstChildElement(u"devices"_s);
        for (QDomElement i = devices.firstChildElement(u"interface"_s); !i.isNull();
             i = i.nextSiblingElement(u"interface"_s)) {
            QDomElement link = i.firstChildElement(u"link"_s);
            if (link.isNull()) {
                link = doc.createElement(u"link"_s);
                i.appendChild(link);
            }
            link.setAttribute(u"state"_s, up ? u"up"_s : u"down"_s);
            QString text;
            QTextStream ts(&text);
            i.save(ts, 0);
            const QByteArray x = text.toUtf8();
            if (virDomainUpdateDeviceFlags(dom, x.constData(), pass.affect) < 0) {
                *error = lv::lastError();
                return false;
            }
        }
    }
    return true;
}

bool belongsTo(virDomainPtr dom, const LabVmTask &t, QString *why) {
    QString lab, student, role;
    readLabMarker(dom, &lab, &student, &role);
    if (lab == t.lab && student == t.student && role == t.role)
        return true;
    *why = lab.isEmpty()
               ? tr("A VM named %1 exists but does not belong to a lab; it was left alone.")
                     .arg(t.vmName)
               : tr("A VM named %1 belongs to lab %2 (student %3, role %4); it was left alone.")
                     .arg(t.vmName, lab, student, role);
    return false;
}

void finishWith(LabVmOutcome &o, virDomainPtr dom) {
    o.exists = dom != nullptr;
    if (dom) {
        o.uuid = uuidOf(dom);
        o.state = stateOf(dom);
    }
}

LabVmOutcome provision(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    if (lv::DomainPtr dom = lookup(c, t.vmName)) {
        o.ok = belongsTo(dom.get(), t, &o.message);
        if (o.ok)
            o.message = tr("Already provisioned.");
        finishWith(o, dom.get());
        return o;
    }
    lv::DomainPtr tmpl = lookup(c, t.templateVm);
    if (!tmpl) {
        o.message = tr("The template VM %1 does not exist on this host.").arg(t.templateVm);
        return o;
    }
    if (!t.network.isEmpty() && !ensureNetwork(c, t, &o.message))
        return o;
    const QString tmplXml = xmlOf(tmpl.get());
    QHash<QString, QString> fileMap;
    QStringList created;
    lv::PoolPtr createdPool;
    auto rollback = [&] {
        for (const auto &name : std::as_const(created))
            deleteVolumeByName(createdPool.get(), name);
    };
    for (const DiskRef &disk : fileDisks(tmplXml)) {
        VolumeRef base;
        if (!volumeAt(c, disk.path, &base, &o.message)) {
            rollback();
            return o;
        }
        const bool data = t.dataDisks.contains(disk.dev);
        const QString name = data ? dataDiskName(t.vmName, disk.dev, base.xml.format)
                                  : overlayName(t.vmName, disk.dev);
        const QByteArray n = name.toUtf8();
        QString path;
        if (lv::VolumePtr old{virStorageVolLookupByName(base.pool.get(), n.constData())}) {
            // Left by an interrupted run: reuse it when it sits on this template disk.
            const VolumeXml ox =
                parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(old.get(), 0)));
            if (!ox.backingPath.isEmpty() && ox.backingPath != disk.path) {
                o.message = tr("The volume %1 exists with another backing file (%2).")
                                .arg(name, ox.backingPath);
                rollback();
                return o;
            }
            path = lv::takeString(virStorageVolGetPath(old.get()));
        } else {
            virResetLastError();
            path = data ? copyVolume(base, name, &o.message)
                        : createOverlay(base, disk.path, name, &o.message);
            if (path.isEmpty()) {
                rollback();
                return o;
            }
            created << name;
            if (!createdPool) {
                virStoragePoolRef(base.pool.get());
                createdPool.reset(base.pool.get());
            }
        }
        fileMap.insert(disk.path, path);
    }
    QString error;
    const QString xml = labDomainXml(tmplXml, fileMap, t, &error);
    if (xml.isEmpty()) {
        o.message = error;
        rollback();
        return o;
    }
    const QByteArray x = xml.toUtf8();
    lv::DomainPtr dom(virDomainDefineXML(c, x.constData()));
    if (!dom) {
        o.message = lv::lastError();
        rollback();
        return o;
    }
    o.ok = true;
    o.changed = true;
    o.message = tr("Created from %1.").arg(t.templateVm);
    finishWith(o, dom.get());
    return o;
}

// Throws the VM's overlays away and makes fresh ones on the template's disks.
bool recreateOverlays(virConnectPtr c, virDomainPtr dom, const LabVmTask &t, QString *error) {
    lv::DomainPtr tmpl = lookup(c, t.templateVm);
    if (!tmpl) {
        *error = tr("The template VM %1 does not exist on this host.").arg(t.templateVm);
        return false;
    }
    QHash<QString, QString> templateByDev;
    for (const DiskRef &d : fileDisks(xmlOf(tmpl.get())))
        templateByDev.insert(d.dev, d.path);
    int done = 0;
    for (const DiskRef &disk : fileDisks(xmlOf(dom))) {
        const QString basePath = templateByDev.value(disk.dev);
        if (basePath.isEmpty() || basePath == disk.path || t.dataDisks.contains(disk.dev))
            continue; // not one of the lab's overlays, or the student's data
        VolumeRef overlay, base;
        if (!volumeAt(c, disk.path, &overlay, error) || !volumeAt(c, basePath, &base, error))
            return false;
        const QString name = QString::fromUtf8(virStorageVolGetName(overlay.vol.get()));
        if (virStorageVolDelete(overlay.vol.get(), 0) < 0) {
            *error = lv::lastError();
            return false;
        }
        VolumeRef target{nullptr, std::move(overlay.pool), base.xml};
        if (createOverlay(target, basePath, name, error).isEmpty())
            return false;
        ++done;
    }
    if (done == 0) {
        *error = tr("%1 has no disk that is an overlay on %2.").arg(t.vmName, t.templateVm);
        return false;
    }
    // Internal snapshots lived in the old overlay: their records would now point at nothing.
    const int n = virDomainSnapshotNum(dom, 0);
    if (n > 0) {
        virDomainSnapshotPtr *snaps = nullptr;
        const int count = virDomainListAllSnapshots(dom, &snaps, 0);
        for (int i = 0; i < count; ++i) {
            virDomainSnapshotDelete(snaps[i], VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY);
            virDomainSnapshotFree(snaps[i]);
        }
        free(snaps);
    }
    virResetLastError();
    return true;
}

LabVmOutcome reset(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    lv::DomainPtr dom = lookup(c, t.vmName);
    if (!dom) {
        o.message = tr("The VM does not exist; provision the lab first.");
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    const bool wasActive = virDomainIsActive(dom.get()) == 1;
    if (wasActive && virDomainDestroy(dom.get()) < 0) {
        o.message = lv::lastError();
        finishWith(o, dom.get());
        return o;
    }
    if (!recreateOverlays(c, dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    if (wasActive && virDomainCreate(dom.get()) < 0) {
        o.message = tr("Reset, but it did not start again: %1").arg(lv::lastError());
        finishWith(o, dom.get());
        return o;
    }
    o.ok = true;
    o.changed = true;
    o.message =
        wasActive ? tr("Reset to the template and started again.") : tr("Reset to the template.");
    finishWith(o, dom.get());
    return o;
}

LabVmOutcome remove(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    lv::DomainPtr dom = lookup(c, t.vmName);
    QHash<QString, QString> templateByDev;
    if (lv::DomainPtr tmpl = lookup(c, t.templateVm))
        for (const DiskRef &d : fileDisks(xmlOf(tmpl.get())))
            templateByDev.insert(d.dev, d.path);
    if (!dom) {
        // An interrupted provision may have left overlays without a domain.
        int removed = 0;
        for (auto it = templateByDev.cbegin(); it != templateByDev.cend(); ++it) {
            VolumeRef base;
            QString ignored;
            if (!volumeAt(c, it.value(), &base, &ignored))
                continue;
            for (const QString &name :
                 {overlayName(t.vmName, it.key()), dataDiskName(t.vmName, it.key(), u"raw"_s)}) {
                const QByteArray n = name.toUtf8();
                if (lv::VolumePtr v{virStorageVolLookupByName(base.pool.get(), n.constData())}) {
                    if (virStorageVolDelete(v.get(), 0) == 0)
                        ++removed;
                }
                virResetLastError();
            }
        }
        o.ok = true;
        o.changed = removed > 0;
        o.message =
            removed ? tr("Removed %n leftover overlay(s).", nullptr, removed) : tr("Not there.");
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    std::vector<lv::VolumePtr> overlays;
    for (const DiskRef &disk : fileDisks(xmlOf(dom.get()))) {
        const QString basePath = templateByDev.value(disk.dev);
        if (basePath == disk.path)
            continue;
        const QByteArray p = disk.path.toUtf8();
        if (lv::VolumePtr v{virStorageVolLookupByPath(c, p.constData())}) {
            const VolumeXml vx =
                parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(v.get(), 0)));
            // Only what the lab made: a VM's own full disk is never deleted by a lab operation.
            if (!vx.backingPath.isEmpty() || isLabVolumeOf(disk.path, t.vmName, disk.dev))
                overlays.push_back(std::move(v));
        }
        virResetLastError();
    }
    if (virDomainIsActive(dom.get()) == 1 && virDomainDestroy(dom.get()) < 0) {
        o.message = lv::lastError();
        finishWith(o, dom.get());
        return o;
    }
    const unsigned flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                           VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                           VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
    // Older drivers (and the test driver) refuse the checkpoint and NVRAM flags: retry without.
    if (virDomainUndefineFlags(dom.get(), flags) < 0 &&
        virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                              VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) < 0) {
        o.message = lv::lastError();
        finishWith(o, dom.get());
        return o;
    }
    releaseAddress(c, t);
    for (auto &v : overlays)
        if (virStorageVolDelete(v.get(), 0) < 0) {
            o.message = tr("The VM is gone but an overlay stayed: %1").arg(lv::lastError());
            return o;
        }
    o.ok = true;
    o.changed = true;
    o.message = tr("Deleted with %n overlay(s).", nullptr, int(overlays.size()));
    return o;
}

QStringList addressesOf(virDomainPtr dom) {
    QStringList out;
    for (int source :
         {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP}) {
        virDomainInterfacePtr *ifaces = nullptr;
        const int n = virDomainInterfaceAddresses(dom, &ifaces, unsigned(source), 0);
        for (int i = 0; i < n; ++i) {
            for (unsigned j = 0; j < ifaces[i]->naddrs; ++j)
                out << QString::fromUtf8(ifaces[i]->addrs[j].addr);
            virDomainInterfaceFree(ifaces[i]);
        }
        free(ifaces);
        if (!out.isEmpty())
            break;
    }
    virResetLastError();
    out.removeDuplicates();
    return out;
}

int takeSnapshot(virDomainPtr dom, const QString &name, const QString &description) {
    const QString xml =
        u"<domainsnapshot><name>%1</name><description>%2</description>"
        "</domainsnapshot>"_s.arg(name.toHtmlEscaped(), description.toHtmlEscaped());
    const QByteArray x = xml.toUtf8();
    virDomainSnapshotPtr s = virDomainSnapshotCreateXML(dom, x.constData(), 0);
    if (!s)
        return -1;
    virDomainSnapshotFree(s);
    return 0;
}

LabVmOutcome simple(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    lv::DomainPtr dom = lookup(c, t.vmName);
    if (!dom) {
        o.ok = t.op == LabOperation::Status;
        o.message = tr("Not provisioned.");
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    const bool active = virDomainIsActive(dom.get()) == 1;
    int rc = 0;
    const QByteArray snap = t.snapshot.toUtf8();
    switch (t.op) {
    case LabOperation::Start:
        if (active) {
            o.message = tr("Already running.");
        } else {
            rc = virDomainCreate(dom.get());
            o.changed = rc == 0;
            o.message = tr("Started.");
        }
        break;
    case LabOperation::Shutdown:
        if (!active) {
            o.message = tr("Already off.");
        } else {
            rc = virDomainShutdown(dom.get());
            o.changed = rc == 0;
            o.message = tr("Shutdown requested.");
        }
        break;
    case LabOperation::ForceOff:
        if (!active) {
            o.message = tr("Already off.");
        } else {
            rc = virDomainDestroy(dom.get());
            o.changed = rc == 0;
            o.message = tr("Forced off.");
        }
        break;
    case LabOperation::Snapshot: {
        rc = takeSnapshot(dom.get(), t.snapshot, tr("Lab snapshot"));
        o.changed = rc == 0;
        o.message = tr("Snapshot \"%1\" taken.").arg(t.snapshot);
        break;
    }
    case LabOperation::Revert: {
        virDomainSnapshotPtr s = virDomainSnapshotLookupByName(dom.get(), snap.constData(), 0);
        rc = s ? virDomainRevertToSnapshot(s, 0) : -1;
        if (s)
            virDomainSnapshotFree(s);
        o.changed = rc == 0;
        o.message = tr("Reverted to \"%1\".").arg(t.snapshot);
        break;
    }
    case LabOperation::ExamStart: {
        rc = takeSnapshot(dom.get(), t.snapshot, tr("Exam snapshot"));
        if (rc == 0) {
            QString why;
            if (!setLinks(dom.get(), false, &why)) {
                o.message =
                    tr("Snapshot \"%1\" taken, but the network stays up: %2").arg(t.snapshot, why);
                finishWith(o, dom.get());
                return o;
            }
        }
        o.changed = rc == 0;
        o.message = tr("Snapshot \"%1\" taken; network cut.").arg(t.snapshot);
        break;
    }
    case LabOperation::ExamEnd: {
        QString why;
        if (!setLinks(dom.get(), true, &why)) {
            o.message = why;
            finishWith(o, dom.get());
            return o;
        }
        o.changed = true;
        o.message = tr("Network restored.");
        break;
    }
    default:
        o.message = domainStateText(stateOf(dom.get()));
        if (active)
            o.addresses = addressesOf(dom.get());
        break;
    }
    if (rc < 0)
        o.message = lv::lastError();
    o.ok = rc == 0;
    finishWith(o, dom.get());
    return o;
}
} // namespace

QString labDomainXml(const QString &templateXml, const QHash<QString, QString> &fileMap,
                     const LabVmTask &t, QString *error) {
    const QString cloned = cloneDomainXml(templateXml, t.vmName, fileMap, {}, error);
    if (cloned.isEmpty())
        return {};
    QDomDocument doc;
    if (!doc.setContent(cloned)) {
        if (error)
            *error = tr("The template's definition cannot be read.");
        return {};
    }
    QDomElement root = doc.documentElement();
    QDomElement devices = root.firstChildElement(u"devices"_s);
    for (QDomElement d = devices.firstChildElement(u"disk"_s); !d.isNull();
         d = d.nextSiblingElement(u"disk"_s)) {
        const QString file = d.firstChildElement(u"source"_s).attribute(u"file"_s);
        bool overlay = false;
        for (const auto &v : fileMap)
            overlay = overlay || v == file;
        if (!overlay)
            continue;
        // The overlay's own header names its backing file; a data disk has none.
        for (QDomElement b = d.firstChildElement(u"backingStore"_s); !b.isNull();
             b = d.firstChildElement(u"backingStore"_s))
            d.removeChild(b);
        if (t.dataDisks.contains(d.firstChildElement(u"target"_s).attribute(u"dev"_s)))
            continue; // a copy in the template disk's own format
        QDomElement driver = d.firstChildElement(u"driver"_s);
        if (driver.isNull()) {
            driver = doc.createElement(u"driver"_s);
            driver.setAttribute(u"name"_s, u"qemu"_s);
            d.insertBefore(driver, d.firstChild());
        }
        driver.setAttribute(u"type"_s, u"qcow2"_s);
    }
    int nic = 0;
    for (QDomElement i = devices.firstChildElement(u"interface"_s); !i.isNull();
         i = i.nextSiblingElement(u"interface"_s), ++nic) {
        if (nic < t.macs.size()) {
            QDomElement mac = doc.createElement(u"mac"_s);
            mac.setAttribute(u"address"_s, t.macs.at(nic));
            i.insertBefore(mac, i.firstChild());
        }
        if (nic == 0 && !t.network.isEmpty()) {
            i.setAttribute(u"type"_s, u"network"_s);
            for (QDomElement src = i.firstChildElement(u"source"_s); !src.isNull();
                 src = i.firstChildElement(u"source"_s))
                i.removeChild(src);
            QDomElement src = doc.createElement(u"source"_s);
            src.setAttribute(u"network"_s, t.network);
            i.insertAfter(src, i.firstChildElement(u"mac"_s));
        }
    }
    QDomElement meta = root.firstChildElement(u"metadata"_s);
    if (meta.isNull()) {
        meta = doc.createElement(u"metadata"_s);
        const QDomElement after = root.firstChildElement(u"description"_s).isNull()
                                      ? root.firstChildElement(u"name"_s)
                                      : root.firstChildElement(u"description"_s);
        root.insertAfter(meta, after);
    }
    for (QDomElement m = meta.firstChildElement(); !m.isNull();) {
        QDomElement next = m.nextSiblingElement();
        if (m.namespaceURI() == QLatin1String(kLabMetadataUri) ||
            m.attribute(u"xmlns:vdlab"_s) == QLatin1String(kLabMetadataUri))
            meta.removeChild(m);
        m = next;
    }
    QDomElement marker = doc.createElement(u"vdlab:lab"_s);
    marker.setAttribute(u"xmlns:vdlab"_s, QString::fromLatin1(kLabMetadataUri));
    marker.setAttribute(u"name"_s, t.lab);
    marker.setAttribute(u"student"_s, t.student);
    marker.setAttribute(u"role"_s, t.role);
    meta.appendChild(marker);
    return doc.toString(2);
}

bool parseLabMetadata(const QString &domainXml, QString *lab, QString *student, QString *role) {
    QDomDocument doc;
    if (!doc.setContent(domainXml, true))
        return false;
    const QDomElement meta = doc.documentElement().firstChildElement(u"metadata"_s);
    for (QDomElement m = meta.firstChildElement(); !m.isNull(); m = m.nextSiblingElement()) {
        if (m.namespaceURI() == QLatin1String(kLabMetadataUri)) {
            *lab = m.attribute(u"name"_s);
            *student = m.attribute(u"student"_s);
            *role = m.attribute(u"role"_s);
            return true;
        }
    }
    return false;
}

LabVmOutcome runLabVmTask(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    switch (t.op) {
    case LabOperation::Provision:
        o = provision(c, t);
        break;
    case LabOperation::Reset:
        o = reset(c, t);
        break;
    case LabOperation::Delete:
        o = remove(c, t);
        break;
    default:
        o = simple(c, t);
        break;
    }
    virResetLastError();
    return o;
}

QStringList removeLabNetworks(virConnectPtr c, const QStringList &names) {
    QStringList errors;
    for (const QString &name : names) {
        lv::NetworkPtr net = lookupNetwork(c, name);
        if (!net)
            continue;
        if (virNetworkIsActive(net.get()) == 1 && virNetworkDestroy(net.get()) < 0) {
            errors << u"%1: %2"_s.arg(name, lv::lastError());
            continue;
        }
        if (virNetworkIsPersistent(net.get()) == 1 && virNetworkUndefine(net.get()) < 0)
            errors << u"%1: %2"_s.arg(name, lv::lastError());
    }
    virResetLastError();
    return errors;
}

QList<LabVmStatus> listLabVms(virConnectPtr c, const QString &lab, QString *error) {
    QList<LabVmStatus> out;
    virDomainPtr *raw = nullptr;
    const int n = virConnectListAllDomains(c, &raw, 0);
    if (n < 0) {
        if (error)
            *error = lv::lastError();
        return out;
    }
    for (auto &dom : lv::adoptList<lv::DomainPtr>(raw, n)) {
        LabVmStatus s;
        if (readLabMarker(dom.get(), &s.lab, &s.student, &s.role).isEmpty())
            continue;
        if (!lab.isEmpty() && s.lab != lab)
            continue;
        s.uuid = uuidOf(dom.get());
        s.name = QString::fromUtf8(virDomainGetName(dom.get()));
        s.state = stateOf(dom.get());
        out.append(s);
    }
    virResetLastError();
    return out;
}

namespace {
// Lab tasks wait on libvirt, not on the CPU, so they get a pool of their own with room for every
// host's parallel batch. The pool outlives the callers and, at exit, waits for its last worker:
// a program that quits right after the last outcome leaves no thread behind.
struct LabTaskPool : QThreadPool {
    LabTaskPool() { setMaxThreadCount(256); }
};
QThreadPool &labTaskPool() {
    static LabTaskPool pool;
    return pool;
}
} // namespace

void runLabTasks(Connection *connection, QObject *context, const QList<LabVmTask> &tasks,
                 int parallel, std::function<void(const LabVmOutcome &)> deliver) {
    connection->post(context, [tasks, parallel, deliver](virConnectPtr c) {
        if (!c) {
            for (const auto &t : tasks) {
                LabVmOutcome o;
                o.task = t;
                o.message = tr("The host is not connected.");
                deliver(o);
            }
            return;
        }
        struct Queue {
            std::mutex mutex;
            std::deque<LabVmTask> pending;
        };
        auto queue = std::make_shared<Queue>();
        queue->pending.assign(tasks.cbegin(), tasks.cend());
        const int workers = std::max(1, std::min<int>(parallel, int(tasks.size())));
        for (int i = 0; i < workers; ++i) {
            // Each worker holds a reference: the connection outlives a closed Connection object.
            virConnectRef(c);
            labTaskPool().start([c, queue, deliver] {
                lv::ConnectPtr conn(c);
                for (;;) {
                    LabVmTask t;
                    {
                        std::lock_guard lock(queue->mutex);
                        if (queue->pending.empty())
                            return;
                        t = queue->pending.front();
                        queue->pending.pop_front();
                    }
                    deliver(runLabVmTask(c, t));
                }
            });
        }
    });
}

void removeLabNetworksAsync(Connection *connection, QObject *context, const QStringList &names,
                            std::function<void(const QStringList &)> deliver) {
    connection->post(context, [names, deliver](virConnectPtr c) {
        if (!c) {
            deliver({tr("The host is not connected.")});
            return;
        }
        deliver(removeLabNetworks(c, names));
    });
}

void listLabVmsAsync(Connection *connection, QObject *context, const QString &lab,
                     std::function<void(const QList<LabVmStatus> &, const QString &)> deliver) {
    connection->post(context, [lab, deliver](virConnectPtr c) {
        if (!c) {
            deliver({}, tr("The host is not connected."));
            return;
        }
        QString error;
        const auto list = listLabVms(c, lab, &error);
        deliver(list, error);
    });
}

} // namespace virtdeck
