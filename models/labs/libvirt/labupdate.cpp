// SPDX-License-Identifier: GPL-3.0-or-later
// Template versions: moving a VM to its role's current version when nothing would be lost, and
// checking the backing chains its overlays are built on.
#include "core/libvirt/domainlookup.h"
#include "labs/labdomainxml.h"
#include "labvmops.h"

namespace virtdeck::labvm {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxChainDepth = 16;

// Follows the backing files below an overlay from `first` on; their names go into `chain`.
// `record` (may be null) is what the overlay was built on.
void walkBackingChain(virConnectPtr c, const QString &dev, const QString &first,
                      const LabDiskRecord *record, QStringList *chain, QStringList *problems) {
    QString next = first;
    for (int depth = 0; !next.isEmpty(); ++depth) {
        if (depth == kMaxChainDepth) {
            *problems << LabVm::tr("%1: the backing chain is longer than 16 files.").arg(dev);
            return;
        }
        const QByteArray bp = next.toUtf8();
        lv::VolumePtr b(virStorageVolLookupByPath(c, bp.constData()));
        if (!b) {
            virResetLastError();
            *problems << LabVm::tr("%1: the backing file %2 is missing (or in no storage pool).")
                             .arg(dev, next);
            return;
        }
        const VolumeXml bx = volumeXmlOf(b.get());
        if (depth == 0 && record && !record->baseModified.isEmpty() && !bx.modified.isEmpty() &&
            bx.modified != record->baseModified)
            *problems << LabVm::tr("%1: the template disk %2 was changed after this overlay was "
                                   "made; the overlay no longer matches it (reset the student to "
                                   "rebuild on the current version).")
                             .arg(dev, next);
        *chain << next.section(u'/', -1);
        next = bx.backingPath;
    }
}

// One disk's chain ("vda: overlay → base"), its problems into `problems`.
QString diskChain(virConnectPtr c, const LabDiskRef &disk, const LabDiskRecord *record,
                  QStringList *problems) {
    const QByteArray p = disk.path.toUtf8();
    lv::VolumePtr v(virStorageVolLookupByPath(c, p.constData()));
    if (!v) {
        virResetLastError();
        *problems
            << LabVm::tr("%1: %2 is missing (or in no storage pool).").arg(disk.dev, disk.path);
        return {};
    }
    const VolumeXml vx = volumeXmlOf(v.get());
    if (vx.backingPath.isEmpty()) {
        if (record)
            *problems << LabVm::tr("%1: %2 no longer has a backing file.").arg(disk.dev, disk.path);
        return {};
    }
    if (record && record->base != vx.backingPath)
        *problems << LabVm::tr("%1: built on %2 but now backed by %3.")
                         .arg(disk.dev, record->base, vx.backingPath);
    QStringList chain{disk.path.section(u'/', -1)};
    walkBackingChain(c, disk.dev, vx.backingPath, record, &chain, problems);
    return disk.dev + u": "_s + chain.join(u" → "_s);
}

// True when none of the VM's overlays was written since it was built: each has the allocation it
// had then.
bool unchangedSinceBuilt(virConnectPtr c, virDomainPtr dom) {
    const LabMarker m = readLabMarker(dom);
    if (m.disks.isEmpty())
        return false; // built before overlays were recorded: not known
    const QHash<QString, QString> current = disksByDev(lv::xmlOf(dom));
    for (const auto &r : m.disks) {
        VolumeRef v;
        QString ignored;
        if (!volumeAt(c, current.value(r.dev), &v, &ignored) ||
            v.xml.allocationBytes != r.allocation)
            return false;
    }
    return true;
}
} // namespace

// Why the VM's disks cannot be trusted: an overlay or a file of its backing chain missing, an
// overlay on another base than it was built on, a base changed after the overlay was made (its
// blocks no longer match what the overlay expects).
QStringList chainProblems(virConnectPtr c, virDomainPtr dom, QString *summary) {
    QStringList problems, chains;
    QHash<QString, LabDiskRecord> records;
    for (const auto &r : readLabMarker(dom).disks)
        records.insert(r.dev, r);
    for (const LabDiskRef &disk : labFileDisks(lv::xmlOf(dom))) {
        const auto rec = records.constFind(disk.dev);
        const QString chain =
            diskChain(c, disk, rec == records.cend() ? nullptr : &*rec, &problems);
        if (!chain.isEmpty())
            chains << chain;
    }
    virResetLastError();
    if (summary)
        *summary = chains.join(u"; "_s);
    return problems;
}

// Moves the VM to the task's template version now when nothing would be lost (shut off, no
// writes since it was built); otherwise it keeps its version until its next reset.
LabVmOutcome update(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o, true);
    if (!dom) {
        if (o.ok)
            o.message =
                LabVm::tr("Not provisioned; it will be made on version %1.").arg(t.templateVersion);
        return o;
    }
    const int version = readLabMarker(dom.get()).version;
    o.ok = true;
    if (version == t.templateVersion)
        return finish(o, dom.get(), LabVm::tr("Already on template version %1.").arg(version));
    if (isActive(dom.get()))
        return finish(o, dom.get(),
                      LabVm::tr("Running: stays on version %1 until its next reset.").arg(version));
    if (!unchangedSinceBuilt(c, dom.get()))
        return finish(
            o, dom.get(),
            LabVm::tr("Has changes: stays on version %1 until its next reset.").arg(version));
    dom.reset();
    return reset(c, t, cancel);
}

// The VM's backing chains, and the template version it is on.
LabVmOutcome check(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    QString summary;
    const QStringList broken = chainProblems(c, dom.get(), &summary);
    const int version = readLabMarker(dom.get()).version;
    const QString where =
        version == t.templateVersion
            ? LabVm::tr("template version %1").arg(version)
            : LabVm::tr("template version %1 (version %2 applies at its next reset)")
                  .arg(version)
                  .arg(t.templateVersion);
    o.ok = broken.isEmpty();
    return finish(o, dom.get(),
                  o.ok ? LabVm::tr("Disks intact, %1: %2").arg(where, summary)
                       : LabVm::tr("BROKEN, %1: %2").arg(where, broken.join(u' ')));
}

} // namespace virtdeck::labvm
