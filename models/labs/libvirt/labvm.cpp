#include "labvm.h"

#include "core/libvirt/connection.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "domains/domainclone.h"
#include "labs/labsettings.h"
#include "storage/storagexml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDomDocument>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
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

lv::DomainPtr lookup(virConnectPtr c, const QString &name) {
    return lv::domainByName(c, name);
}

LabMarker readLabMarker(virDomainPtr dom) {
    char *m = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, kLabMetadataUri, 0);
    if (!m) {
        virResetLastError();
        return {};
    }
    return parseLabMarker(lv::takeString(m));
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
        if (!doc.setContent(lv::xmlOf(dom, pass.xmlFlags))) {
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
    const LabMarker m = readLabMarker(dom);
    const QString &lab = m.lab, &student = m.student, &role = m.role;
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
        o.uuid = lv::uuidOf(dom);
        o.state = lv::stateOf(dom);
        o.templateVersion = readLabMarker(dom).version;
    }
}

// The disks of a student's VM built on a template's: a qcow2 overlay on each system disk, a full
// copy of each data disk. `current` (dev -> file) is the VM's present disks when it is rebuilt:
// its overlays are replaced, its data disks kept.
struct DiskBuild {
    QHash<QString, QString> fileMap; // template file -> the student's
    QList<LabDiskRecord> records;    // per overlay, for the marker
    QStringList created;             // volumes made here (removed again on failure)
    lv::PoolPtr pool;                // where they were made
    void rollback() {
        for (const auto &name : std::as_const(created))
            deleteVolumeByName(pool.get(), name);
    }
};

// Deletes a disk of the VM that the lab made (an overlay, or a volume named like one).
bool deleteLabDisk(virConnectPtr c, const QString &path, const LabVmTask &t, const QString &dev,
                   QString *error) {
    const QByteArray p = path.toUtf8();
    lv::VolumePtr v(virStorageVolLookupByPath(c, p.constData()));
    if (!v) {
        virResetLastError();
        return true; // already gone
    }
    const VolumeXml vx = parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(v.get(), 0)));
    if (vx.backingPath.isEmpty() && !isLabVolumeOf(path, t.vmName, dev)) {
        *error = tr("%1 is not a disk the lab made; it was left alone.").arg(path);
        return false;
    }
    if (virStorageVolDelete(v.get(), 0) < 0) {
        *error = lv::lastError();
        return false;
    }
    return true;
}

bool buildDisks(virConnectPtr c, const QString &tmplXml, const LabVmTask &t,
                const QHash<QString, QString> &current, DiskBuild *b, QString *error) {
    for (const DiskRef &disk : fileDisks(tmplXml)) {
        VolumeRef base;
        if (!volumeAt(c, disk.path, &base, error))
            return false;
        const bool data = t.dataDisks.contains(disk.dev);
        const QString mine = current.value(disk.dev);
        if (data && !mine.isEmpty() && mine != disk.path) {
            b->fileMap.insert(disk.path, mine); // the student's data stays as it is
            continue;
        }
        if (!mine.isEmpty() && mine != disk.path && !deleteLabDisk(c, mine, t, disk.dev, error))
            return false;
        const QString name = data ? dataDiskName(t.vmName, disk.dev, base.xml.format)
                                  : overlayName(t.vmName, disk.dev);
        const QByteArray n = name.toUtf8();
        QString path;
        if (lv::VolumePtr old{virStorageVolLookupByName(base.pool.get(), n.constData())}) {
            // Left by an interrupted run: reuse it when it sits on this template disk.
            const VolumeXml ox =
                parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(old.get(), 0)));
            if (!ox.backingPath.isEmpty() && ox.backingPath != disk.path) {
                *error = tr("The volume %1 exists with another backing file (%2).")
                             .arg(name, ox.backingPath);
                return false;
            }
            path = lv::takeString(virStorageVolGetPath(old.get()));
        } else {
            virResetLastError();
            path =
                data ? copyVolume(base, name, error) : createOverlay(base, disk.path, name, error);
            if (path.isEmpty())
                return false;
            b->created << name;
            if (!b->pool) {
                virStoragePoolRef(base.pool.get());
                b->pool.reset(base.pool.get());
            }
        }
        b->fileMap.insert(disk.path, path);
        if (data)
            continue;
        VolumeRef made;
        if (!volumeAt(c, path, &made, error))
            return false;
        b->records.append({disk.dev, disk.path, base.xml.modified, made.xml.allocationBytes});
    }
    return true;
}

// The MACs of a definition's interfaces, in order.
QStringList macsOf(const QString &xml) {
    QStringList out;
    QDomDocument doc;
    if (!doc.setContent(xml))
        return out;
    const QDomElement devices = doc.documentElement().firstChildElement(u"devices"_s);
    for (QDomElement i = devices.firstChildElement(u"interface"_s); !i.isNull();
         i = i.nextSiblingElement(u"interface"_s))
        out << i.firstChildElement(u"mac"_s).attribute(u"address"_s);
    return out;
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
    const QString tmplXml = lv::xmlOf(tmpl.get());
    DiskBuild b;
    if (!buildDisks(c, tmplXml, t, {}, &b, &o.message)) {
        b.rollback();
        return o;
    }
    QString error;
    const QString xml = labDomainXml(tmplXml, b.fileMap, t, &error, b.records);
    if (xml.isEmpty()) {
        o.message = error;
        b.rollback();
        return o;
    }
    const QByteArray x = xml.toUtf8();
    lv::DomainPtr dom(virDomainDefineXML(c, x.constData()));
    if (!dom) {
        o.message = lv::lastError();
        b.rollback();
        return o;
    }
    o.ok = true;
    o.changed = true;
    o.message =
        tr("Created from %1 (template version %2).").arg(t.templateVm).arg(t.templateVersion);
    finishWith(o, dom.get());
    return o;
}

// Internal snapshots live in the overlays a rebuild throws away: their records would point at
// nothing.
void dropSnapshotRecords(virDomainPtr dom) {
    virDomainSnapshotPtr *snaps = nullptr;
    const int count = virDomainListAllSnapshots(dom, &snaps, 0);
    for (const lv::SnapshotPtr &s : lv::adoptList<lv::SnapshotPtr>(snaps, count))
        virDomainSnapshotDelete(s.get(), VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY);
    virResetLastError();
}

// Rebuilds the VM on the task's template (the current version): fresh overlays, the student's
// data disks, MACs, UUID and network kept; started again when it ran.
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
    lv::DomainPtr tmpl = lookup(c, t.templateVm);
    if (!tmpl) {
        o.message = tr("The template VM %1 does not exist on this host.").arg(t.templateVm);
        finishWith(o, dom.get());
        return o;
    }
    if (!t.network.isEmpty() && !ensureNetwork(c, t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    const QString tmplXml = lv::xmlOf(tmpl.get());
    const QString oldXml = lv::xmlOf(dom.get());
    const int oldVersion = readLabMarker(dom.get()).version;
    QHash<QString, QString> current;
    for (const DiskRef &d : fileDisks(oldXml))
        current.insert(d.dev, d.path);
    bool overlays = false;
    for (const DiskRef &d : fileDisks(tmplXml))
        overlays = overlays || (!t.dataDisks.contains(d.dev) && current.contains(d.dev) &&
                                current.value(d.dev) != d.path);
    if (!overlays && oldVersion == t.templateVersion) {
        o.message = tr("%1 has no disk that is an overlay on %2.").arg(t.vmName, t.templateVm);
        finishWith(o, dom.get());
        return o;
    }
    const bool wasActive = virDomainIsActive(dom.get()) == 1;
    if (wasActive && virDomainDestroy(dom.get()) < 0) {
        o.message = lv::lastError();
        finishWith(o, dom.get());
        return o;
    }
    dropSnapshotRecords(dom.get());
    DiskBuild b;
    if (!buildDisks(c, tmplXml, t, current, &b, &o.message)) {
        b.rollback();
        finishWith(o, dom.get());
        return o;
    }
    LabVmTask keep = t;
    if (keep.macs.isEmpty())
        keep.macs = macsOf(oldXml);
    QString error;
    const QString xml =
        labDomainXml(tmplXml, b.fileMap, keep, &error, b.records, lv::uuidOf(dom.get()));
    const QByteArray x = xml.toUtf8();
    lv::DomainPtr redefined(xml.isEmpty() ? nullptr : virDomainDefineXML(c, x.constData()));
    if (!redefined) {
        o.message = xml.isEmpty() ? error : lv::lastError();
        finishWith(o, dom.get());
        return o;
    }
    // Disks of the old version the new one has no place for.
    QHash<QString, QString> tmplByDev;
    for (const DiskRef &d : fileDisks(tmplXml))
        tmplByDev.insert(d.dev, d.path);
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        if (!tmplByDev.contains(it.key()) &&
            (overlayName(t.vmName, it.key()) == it.value().section(u'/', -1)))
            deleteLabDisk(c, it.value(), t, it.key(), &error);
    if (wasActive && virDomainCreate(redefined.get()) < 0) {
        o.message = tr("Reset, but it did not start again: %1").arg(lv::lastError());
        finishWith(o, redefined.get());
        return o;
    }
    o.ok = true;
    o.changed = true;
    if (oldVersion != t.templateVersion)
        o.message = tr("Moved from template version %1 to %2 (%3).")
                        .arg(oldVersion)
                        .arg(t.templateVersion)
                        .arg(t.templateVm);
    else
        o.message = wasActive ? tr("Reset to the template and started again.")
                              : tr("Reset to the template.");
    finishWith(o, redefined.get());
    return o;
}

// Why the VM's disks cannot be trusted (empty when they can): an overlay or a file of its backing
// chain missing, an overlay on another base than it was built on, a base changed after the
// overlay was made (its blocks no longer match what the overlay expects). `summary` says what the
// chain is.
QStringList chainProblems(virConnectPtr c, virDomainPtr dom, const LabVmTask &t,
                          QString *summary = nullptr) {
    QStringList problems, chains;
    const LabMarker m = readLabMarker(dom);
    QHash<QString, LabDiskRecord> records;
    for (const auto &r : m.disks)
        records.insert(r.dev, r);
    for (const DiskRef &disk : fileDisks(lv::xmlOf(dom))) {
        const QByteArray p = disk.path.toUtf8();
        lv::VolumePtr v(virStorageVolLookupByPath(c, p.constData()));
        if (!v) {
            virResetLastError();
            problems << tr("%1: %2 is missing (or in no storage pool).").arg(disk.dev, disk.path);
            continue;
        }
        VolumeXml vx = parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(v.get(), 0)));
        const auto rec = records.constFind(disk.dev);
        if (vx.backingPath.isEmpty()) {
            if (rec != records.cend())
                problems << tr("%1: %2 no longer has a backing file.").arg(disk.dev, disk.path);
            continue;
        }
        if (rec != records.cend() && rec->base != vx.backingPath)
            problems << tr("%1: built on %2 but now backed by %3.")
                            .arg(disk.dev, rec->base, vx.backingPath);
        QStringList chain{disk.path.section(u'/', -1)};
        QString next = vx.backingPath;
        for (int depth = 0; !next.isEmpty(); ++depth) {
            if (depth == 16) {
                problems << tr("%1: the backing chain is longer than 16 files.").arg(disk.dev);
                break;
            }
            const QByteArray bp = next.toUtf8();
            lv::VolumePtr b(virStorageVolLookupByPath(c, bp.constData()));
            if (!b) {
                virResetLastError();
                problems << tr("%1: the backing file %2 is missing (or in no storage pool).")
                                .arg(disk.dev, next);
                break;
            }
            const VolumeXml bx =
                parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(b.get(), 0)));
            if (depth == 0 && rec != records.cend() && !rec->baseModified.isEmpty() &&
                !bx.modified.isEmpty() && bx.modified != rec->baseModified)
                problems << tr("%1: the template disk %2 was changed after this overlay was made; "
                               "the overlay no longer matches it (reset the student to rebuild "
                               "on the current version).")
                                .arg(disk.dev, next);
            chain << next.section(u'/', -1);
            next = bx.backingPath;
        }
        chains << disk.dev % u": "_s % chain.join(u" → "_s);
    }
    virResetLastError();
    if (summary)
        *summary = chains.join(u"; "_s);
    return problems;
}

// True when none of the VM's overlays was written since it was built: each has the allocation it
// had then.
bool unchangedSinceBuilt(virConnectPtr c, virDomainPtr dom) {
    const LabMarker m = readLabMarker(dom);
    if (m.disks.isEmpty())
        return false; // built before overlays were recorded: not known
    QHash<QString, QString> current;
    for (const DiskRef &d : fileDisks(lv::xmlOf(dom)))
        current.insert(d.dev, d.path);
    for (const auto &r : m.disks) {
        VolumeRef v;
        QString ignored;
        if (!volumeAt(c, current.value(r.dev), &v, &ignored) ||
            v.xml.allocationBytes != r.allocation)
            return false;
    }
    return true;
}

// Moves the VM to the task's template version now when nothing would be lost (shut off, no
// writes since it was built); otherwise it keeps its version until its next reset.
LabVmOutcome update(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    lv::DomainPtr dom = lookup(c, t.vmName);
    if (!dom) {
        o.ok = true;
        o.message = tr("Not provisioned; it will be made on version %1.").arg(t.templateVersion);
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    const int version = readLabMarker(dom.get()).version;
    o.ok = true;
    if (version == t.templateVersion) {
        o.message = tr("Already on template version %1.").arg(version);
    } else if (virDomainIsActive(dom.get()) == 1) {
        o.message = tr("Running: stays on version %1 until its next reset.").arg(version);
    } else if (!unchangedSinceBuilt(c, dom.get())) {
        o.message = tr("Has changes: stays on version %1 until its next reset.").arg(version);
    } else {
        dom.reset();
        return reset(c, t);
    }
    finishWith(o, dom.get());
    return o;
}

LabVmOutcome remove(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    lv::DomainPtr dom = lookup(c, t.vmName);
    QHash<QString, QString> templateByDev;
    if (lv::DomainPtr tmpl = lookup(c, t.templateVm))
        for (const DiskRef &d : fileDisks(lv::xmlOf(tmpl.get())))
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
    for (const DiskRef &disk : fileDisks(lv::xmlOf(dom.get()))) {
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
        for (const lv::InterfacePtr &iface : lv::adoptList<lv::InterfacePtr>(ifaces, n))
            for (unsigned j = 0; j < iface->naddrs; ++j)
                out << QString::fromUtf8(iface->addrs[j].addr);
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
    const lv::SnapshotPtr s(virDomainSnapshotCreateXML(dom, x.constData(), 0));
    return s ? 0 : -1;
}

// Idle-stop keeps its samples in the running VM's live metadata (gone when it stops).
constexpr const char *kIdleUri = "https://virtdeck.org/xmlns/lab-idle/1";

struct IdleSample {
    quint64 cpuNs = 0;
    qint64 atMs = 0;    // when the last sample was taken (0: none)
    qint64 sinceMs = 0; // idle since
    qint64 askedMs = 0; // when a shutdown was requested (0: not)
};

IdleSample readIdleSample(virDomainPtr dom) {
    IdleSample s;
    char *m =
        virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, kIdleUri, VIR_DOMAIN_AFFECT_LIVE);
    if (!m) {
        virResetLastError();
        return s;
    }
    QDomDocument doc;
    if (doc.setContent(lv::takeString(m))) {
        const QDomElement e = doc.documentElement();
        s.cpuNs = e.attribute(u"cpu"_s).toULongLong();
        s.atMs = e.attribute(u"at"_s).toLongLong();
        s.sinceMs = e.attribute(u"since"_s).toLongLong();
        s.askedMs = e.attribute(u"asked"_s).toLongLong();
    }
    return s;
}

void writeIdleSample(virDomainPtr dom, const IdleSample &s) {
    const QByteArray xml = u"<idle cpu='%1' at='%2' since='%3' asked='%4'/>"_s.arg(s.cpuNs)
                               .arg(s.atMs)
                               .arg(s.sinceMs)
                               .arg(s.askedMs)
                               .toUtf8();
    virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, xml.constData(), "vdidle", kIdleUri,
                         VIR_DOMAIN_AFFECT_LIVE);
    virResetLastError();
}

// One idle-stop pass over a VM: samples its CPU time; when it stayed below the idle share for
// the task's idle time, asks the guest to shut down, and forces it off when it still runs that
// long (at most 5 minutes) after the request.
LabVmOutcome idleStop(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    lv::DomainPtr dom = lookup(c, t.vmName);
    if (!dom) {
        o.ok = true;
        o.message = tr("Not provisioned.");
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    o.ok = true;
    virDomainInfo info{};
    if (virDomainIsActive(dom.get()) != 1) {
        o.message = tr("Not running.");
    } else if (virDomainGetInfo(dom.get(), &info) < 0) {
        o.ok = false;
        o.message = lv::lastError();
    } else {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        IdleSample s = readIdleSample(dom.get());
        const bool first = s.atMs == 0;
        const bool idle = labCpuIdle(s.cpuNs, s.atMs, info.cpuTime, now, info.nrVirtCpu);
        s.sinceMs = idle ? (s.sinceMs ? s.sinceMs : s.atMs) : now;
        if (!idle)
            s.askedMs = 0;
        s.cpuNs = info.cpuTime;
        s.atMs = now;
        const int idleMin = int((now - s.sinceMs) / 60000);
        const qint64 grace = std::min<qint64>(t.idleMs, 5 * 60000);
        if (!idle) {
            o.message =
                first ? tr("First sample taken; idle time counts from now.") : tr("In use.");
        } else if (now - s.sinceMs < t.idleMs) {
            o.message = tr("Idle for %n minute(s); shut down after %1.", nullptr, idleMin)
                            .arg(tr("%n minute(s)", nullptr, int(t.idleMs / 60000)));
        } else if (s.askedMs == 0) {
            if (virDomainShutdown(dom.get()) < 0) {
                o.ok = false;
                o.message = lv::lastError();
            } else {
                s.askedMs = now;
                o.changed = true;
                o.message = tr("Idle for %n minute(s): shutdown requested.", nullptr, idleMin);
            }
        } else if (now - s.askedMs >= grace) {
            if (virDomainDestroy(dom.get()) < 0) {
                o.ok = false;
                o.message = lv::lastError();
            } else {
                o.changed = true;
                o.message = tr("Idle and still running %n second(s) after the shutdown request: "
                               "forced off.",
                               nullptr, int((now - s.askedMs) / 1000));
            }
        } else {
            o.message = tr("Idle; shutdown requested, waiting for the guest.");
        }
        if (virDomainIsActive(dom.get()) == 1)
            writeIdleSample(dom.get(), s);
    }
    finishWith(o, dom.get());
    return o;
}

// guestfish quoting: a double-quoted string with \ and " escaped.
QString fishQuote(const QString &s) {
    QString out = s;
    out.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' % out % u'"';
}

// Copies the task's paths out of the shut-off VM's disks (read-only, guestfish from
// libguestfs-tools, the guest's filesystems found by inspection) into the task's folder.
LabVmOutcome collect(virConnectPtr c, const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    lv::DomainPtr dom = lookup(c, t.vmName);
    if (!dom) {
        o.message = tr("Not provisioned.");
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return o;
    }
    finishWith(o, dom.get());
    const QString fish = QStandardPaths::findExecutable(u"guestfish"_s);
    if (t.collectPaths.isEmpty())
        o.message = tr("No paths to collect: name them in the lab's settings.");
    else if (virDomainIsActive(dom.get()) == 1)
        o.message = tr("Running: files are collected from a shut-off VM's disk; shut it down "
                       "first.");
    else if (fish.isEmpty())
        o.message = tr("Collecting files needs guestfish (Debian package libguestfs-tools), which "
                       "is not installed.");
    else if (!QDir().mkpath(t.collectDir))
        o.message = tr("Cannot create the folder %1.").arg(t.collectDir);
    if (!o.message.isEmpty())
        return o;
    QString script;
    for (const QString &p : t.collectPaths)
        script += u"-copy-out "_s % fishQuote(p) % u' ' % fishQuote(t.collectDir) % u'\n';
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    const QString uri = lv::takeString(virConnectGetURI(c));
    proc.start(fish, {u"--ro"_s, u"-c"_s, uri, u"-d"_s, t.vmName, u"-i"_s});
    proc.write(script.toUtf8());
    proc.closeWriteChannel();
    const bool done = proc.waitForFinished(15 * 60000);
    const QString output = QString::fromUtf8(proc.readAll()).trimmed();
    if (!done) {
        proc.kill();
        proc.waitForFinished(5000);
        o.message = tr("guestfish did not finish in 15 minutes.");
        return o;
    }
    QStringList got, missing;
    for (const QString &p : t.collectPaths) {
        const QString name = p.section(u'/', -1, -1, QString::SectionSkipEmpty);
        (QFileInfo::exists(QDir(t.collectDir).filePath(name)) ? got : missing) << p;
    }
    o.ok = missing.isEmpty();
    o.changed = !got.isEmpty();
    if (got.isEmpty() && !output.isEmpty() && proc.exitCode() != 0 &&
        !output.contains(u"No such file"_s, Qt::CaseInsensitive))
        o.message = tr("Nothing collected: %1").arg(output.section(u'\n', -1));
    else if (missing.isEmpty())
        o.message = tr("Collected %1 into %2.").arg(got.join(u", "_s), t.collectDir);
    else
        o.message =
            tr("Collected %1; not found: %2.")
                .arg(got.isEmpty() ? tr("nothing") : got.join(u", "_s), missing.join(u", "_s));
    return o;
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
        } else if (const QStringList broken = chainProblems(c, dom.get(), t); !broken.isEmpty()) {
            o.message = tr("Not started, its disks are broken: %1").arg(broken.join(u' '));
            finishWith(o, dom.get());
            return o;
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
        const lv::SnapshotPtr s(virDomainSnapshotLookupByName(dom.get(), snap.constData(), 0));
        rc = s ? virDomainRevertToSnapshot(s.get(), 0) : -1;
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
    case LabOperation::Check: {
        QString summary;
        const QStringList broken = chainProblems(c, dom.get(), t, &summary);
        const int version = readLabMarker(dom.get()).version;
        QString where = version == t.templateVersion
                            ? tr("template version %1").arg(version)
                            : tr("template version %1 (version %2 applies at its next reset)")
                                  .arg(version)
                                  .arg(t.templateVersion);
        o.message = broken.isEmpty() ? tr("Disks intact, %1: %2").arg(where, summary)
                                     : tr("BROKEN, %1: %2").arg(where, broken.join(u' '));
        rc = broken.isEmpty() ? 0 : 1;
        finishWith(o, dom.get());
        o.ok = rc == 0;
        return o;
    }
    default:
        o.message = domainStateText(lv::stateOf(dom.get()));
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
                     const LabVmTask &t, QString *error, const QList<LabDiskRecord> &disks,
                     const QString &uuid) {
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
    marker.setAttribute(u"version"_s, t.templateVersion);
    for (const auto &r : disks) {
        QDomElement d = doc.createElement(u"vdlab:disk"_s);
        d.setAttribute(u"dev"_s, r.dev);
        d.setAttribute(u"base"_s, r.base);
        if (!r.baseModified.isEmpty())
            d.setAttribute(u"base-mtime"_s, r.baseModified);
        d.setAttribute(u"allocation"_s, QString::number(r.allocation));
        marker.appendChild(d);
    }
    meta.appendChild(marker);
    if (!uuid.isEmpty()) {
        QDomElement u = doc.createElement(u"uuid"_s);
        u.appendChild(doc.createTextNode(uuid));
        root.insertAfter(u, root.firstChildElement(u"name"_s));
    }
    return doc.toString(2);
}

LabMarker parseLabMarker(const QString &xml) {
    LabMarker out;
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return out;
    QDomElement e = doc.documentElement();
    if (e.localName() == u"domain"_s) {
        const QDomElement meta = e.firstChildElement(u"metadata"_s);
        for (e = meta.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
            if (e.namespaceURI() == QLatin1String(kLabMetadataUri))
                break;
    }
    if (e.isNull() || e.localName() != u"lab"_s)
        return out;
    out.lab = e.attribute(u"name"_s);
    out.student = e.attribute(u"student"_s);
    out.role = e.attribute(u"role"_s);
    out.version = std::max(1, e.attribute(u"version"_s, u"1"_s).toInt());
    for (QDomElement d = e.firstChildElement(); !d.isNull(); d = d.nextSiblingElement())
        if (d.localName() == u"disk"_s)
            out.disks.append({d.attribute(u"dev"_s), d.attribute(u"base"_s),
                              d.attribute(u"base-mtime"_s),
                              d.attribute(u"allocation"_s).toULongLong()});
    return out;
}

bool parseLabMetadata(const QString &domainXml, QString *lab, QString *student, QString *role) {
    const LabMarker m = parseLabMarker(domainXml);
    *lab = m.lab;
    *student = m.student;
    *role = m.role;
    return !m.lab.isEmpty();
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
    case LabOperation::Update:
        o = update(c, t);
        break;
    case LabOperation::IdleStop:
        o = idleStop(c, t);
        break;
    case LabOperation::Collect:
        o = collect(c, t);
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
        const LabMarker m = readLabMarker(dom.get());
        if (m.lab.isEmpty())
            continue;
        s.lab = m.lab;
        s.student = m.student;
        s.role = m.role;
        s.templateVersion = m.version;
        if (!lab.isEmpty() && s.lab != lab)
            continue;
        s.uuid = lv::uuidOf(dom.get());
        s.name = QString::fromUtf8(virDomainGetName(dom.get()));
        s.state = lv::stateOf(dom.get());
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
            labTaskPool().start(
                [conn = std::shared_ptr<virConnect>(lv::retain(c)), queue, deliver] {
                    for (;;) {
                        LabVmTask t;
                        {
                            std::lock_guard lock(queue->mutex);
                            if (queue->pending.empty())
                                return;
                            t = queue->pending.front();
                            queue->pending.pop_front();
                        }
                        deliver(runLabVmTask(conn.get(), t));
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
