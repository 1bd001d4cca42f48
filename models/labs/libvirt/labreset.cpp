// SPDX-License-Identifier: GPL-3.0-or-later
// Resetting a student's VM: rebuilt on its role's template (the current version) with fresh
// overlays; the student's data disks, MACs, UUID and network kept; started again when it ran.
#include "core/libvirt/domainlookup.h"
#include "labs/labdomainxml.h"
#include "labvmops.h"

#include <QElapsedTimer>

namespace virtdeck::labvm {

using namespace Qt::StringLiterals;

namespace {
// Internal snapshots live in the overlays a rebuild throws away: their records would point at
// nothing.
void dropSnapshotRecords(virDomainPtr dom) {
    virDomainSnapshotPtr *snaps = nullptr;
    const int count = virDomainListAllSnapshots(dom, &snaps, 0);
    for (const lv::SnapshotPtr &s : lv::adoptList<lv::SnapshotPtr>(snaps, count))
        virDomainSnapshotDelete(s.get(), VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY);
    virResetLastError();
}

// True when one of the VM's system disks (`current`, dev -> file) is not the template's own file.
bool hasOverlays(const QString &tmplXml, const QHash<QString, QString> &current,
                 const LabVmTask &t) {
    for (const LabDiskRef &d : labFileDisks(tmplXml))
        if (!t.dataDisks.contains(d.dev) && current.contains(d.dev) &&
            current.value(d.dev) != d.path)
            return true;
    return false;
}

// Defines the VM again on the built disks, keeping its UUID (and its MACs when the task names
// none). Null with `error` set when libvirt refuses.
lv::DomainPtr redefine(virConnectPtr c, virDomainPtr dom, const QString &tmplXml,
                       const QString &oldXml, const LabVmTask &t, const DiskBuild &b,
                       QString *error) {
    LabVmTask keep = t;
    if (keep.macs.isEmpty())
        keep.macs = labInterfaceMacs(oldXml);
    const QString xml = labDomainXml(tmplXml, b.fileMap, keep, error, b.records, lv::uuidOf(dom));
    if (xml.isEmpty())
        return nullptr;
    const QByteArray x = xml.toUtf8();
    lv::DomainPtr redefined(virDomainDefineXML(c, x.constData()));
    if (!redefined)
        *error = lv::lastError();
    return redefined;
}

// Deletes the overlays of the old version's disks the new version has no place for.
void dropOldVersionDisks(virConnectPtr c, const LabVmTask &t, const QString &tmplXml,
                         const QHash<QString, QString> &current) {
    const QHash<QString, QString> tmplByDev = disksByDev(tmplXml);
    QString ignored;
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        if (!tmplByDev.contains(it.key()) &&
            overlayName(t.vmName, it.key()) == it.value().section(u'/', -1))
            deleteLabDisk(c, it.value(), t, it.key(), &ignored);
}

QString resetMessage(const LabVmTask &t, int oldVersion, bool wasActive) {
    if (oldVersion != t.templateVersion)
        return LabVm::tr("Moved from template version %1 to %2 (%3).")
            .arg(oldVersion)
            .arg(t.templateVersion)
            .arg(t.templateVm);
    return wasActive ? LabVm::tr("Reset to the template and started again.")
                     : LabVm::tr("Reset to the template.");
}

// Stops the VM, builds its disks anew on `tmplXml` and defines it on them.
LabVmOutcome rebuild(virConnectPtr c, const LabVmTask &t, lv::DomainPtr dom,
                     const QString &tmplXml) {
    LabVmOutcome o = outcomeOf(t);
    const QString oldXml = lv::xmlOf(dom.get());
    const int oldVersion = readLabMarker(dom.get()).version;
    const QHash<QString, QString> current = disksByDev(oldXml);
    if (!hasOverlays(tmplXml, current, t) && oldVersion == t.templateVersion)
        return finish(
            o, dom.get(),
            LabVm::tr("%1 has no disk that is an overlay on %2.").arg(t.vmName, t.templateVm));
    const bool wasActive = isActive(dom.get());
    QElapsedTimer step;
    step.start();
    if (wasActive && virDomainDestroy(dom.get()) < 0)
        return finish(o, dom.get(), lv::lastError());
    if (wasActive)
        o.phases.destroyMs = qint32(step.restart());
    dropSnapshotRecords(dom.get());
    DiskBuild b;
    if (!buildDisks(c, tmplXml, t, current, &b, &o.message)) {
        b.rollback();
        return finish(o, dom.get(), o.message);
    }
    o.phases.overlayMs = qint32(step.restart());
    QString error;
    const lv::DomainPtr redefined = redefine(c, dom.get(), tmplXml, oldXml, t, b, &error);
    if (!redefined)
        return finish(o, dom.get(), error);
    o.phases.defineMs = qint32(step.restart());
    dropOldVersionDisks(c, t, tmplXml, current);
    step.restart();
    if (wasActive && virDomainCreate(redefined.get()) < 0)
        return finish(o, redefined.get(),
                      LabVm::tr("Reset, but it did not start again: %1").arg(lv::lastError()));
    if (wasActive)
        o.phases.startMs = qint32(step.elapsed());
    o.ok = true;
    o.changed = true;
    return finish(o, redefined.get(), resetMessage(t, oldVersion, wasActive));
}
} // namespace

LabVmOutcome reset(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = lv::domainByName(c, t.vmName);
    if (!dom) {
        o.message = LabVm::tr("The VM does not exist; provision the lab first.");
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message))
        return finish(o, dom.get(), o.message);
    lv::DomainPtr tmpl = lv::domainByName(c, t.templateVm);
    if (!tmpl)
        return finish(
            o, dom.get(),
            LabVm::tr("The template VM %1 does not exist on this host.").arg(t.templateVm));
    const QString tmplXml = lv::xmlOf(tmpl.get());
    if (usesNetwork(tmplXml, t) && !ensureNetwork(c, t, &o.message))
        return finish(o, dom.get(), o.message);
    return rebuild(c, t, std::move(dom), tmplXml);
}

} // namespace virtdeck::labvm
