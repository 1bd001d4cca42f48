// SPDX-License-Identifier: GPL-3.0-or-later
// The lab VM operations of labs/libvirt/ and the helpers they share; internal to that folder.
// Every function blocks on libvirt and runs on the caller's thread (a TaskPool task) with a
// connection the caller keeps open. runLabVmTask() (labvm.cpp) maps an operation to its function.
#pragma once

#include "core/canceltoken.h"
#include "core/libvirt/handles.h"
#include "labs/labmarker.h"
#include "labs/labvmtask.h"
#include "storage/storagexml.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace virtdeck::labvm {

// One operation on one lab VM: the type of every entry in runLabVmTask()'s table.
using Operation = LabVmOutcome (*)(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);

// labvm.cpp: what the operations share.
LabVmOutcome outcomeOf(const LabVmTask &t);
LabMarker readLabMarker(virDomainPtr dom);
bool isActive(virDomainPtr dom);
// True when the VM carries the task's lab, student and role; otherwise `why` says whose it is.
bool belongsTo(virDomainPtr dom, const LabVmTask &t, QString *why);
// The VM's UUID, state and template version into the outcome (none when `dom` is null).
void finishWith(LabVmOutcome &o, virDomainPtr dom);
// The task's VM for an operation on it. Null when it does not exist (`o` says "Not provisioned.",
// ok when `missingIsOk`) or belongs to someone else (`o` says whose, with the VM's state).
lv::DomainPtr labDomain(virConnectPtr c, const LabVmTask &t, LabVmOutcome &o,
                        bool missingIsOk = false);
// The end of an operation: `message`, with the VM's state.
LabVmOutcome finish(LabVmOutcome o, virDomainPtr dom, const QString &message);
// The end of an operation that made libvirt call `rc`: libvirt's message when it failed.
LabVmOutcome settle(LabVmOutcome o, virDomainPtr dom, int rc);

// labvolumes.cpp: a lab VM's volumes.
struct VolumeRef {
    lv::VolumePtr vol;
    lv::PoolPtr pool;
    VolumeXml xml;
};
bool volumeAt(virConnectPtr c, const QString &path, VolumeRef *out, QString *error);
VolumeXml volumeXmlOf(virStorageVolPtr vol);
QString volumePath(virStorageVolPtr vol);
// A qcow2 overlay named `name` on `base` in the base's pool; its path, empty on failure.
QString createOverlay(VolumeRef &base, const QString &basePath, const QString &name,
                      QString *error);
// A full, independent copy of `base` named `name` in its pool; its path, empty on failure.
QString copyVolume(VolumeRef &base, const QString &name, QString *error);
void deleteVolumeByName(virStoragePoolPtr pool, const QString &name);
QString overlayName(const QString &vm, const QString &dev);
// A student data disk: a full copy of the template's disk, in its format.
QString dataDiskName(const QString &vm, const QString &dev, const QString &format);
// Volumes a lab made for the VM (overlays and data disks) are named <vm>-<dev>.<ext>.
bool isLabVolumeOf(const QString &path, const QString &vm, const QString &dev);
// Deletes a disk of the VM that the lab made (an overlay, or a volume named like one).
bool deleteLabDisk(virConnectPtr c, const QString &path, const LabVmTask &t, const QString &dev,
                   QString *error);
// dev -> file of a definition's file-backed disks.
QHash<QString, QString> disksByDev(const QString &domainXml);
// The volumes of the VM the lab made (never a VM's own full disk), to delete with it.
std::vector<lv::VolumePtr> labVolumesOf(virConnectPtr c, virDomainPtr dom, const LabVmTask &t,
                                        const QHash<QString, QString> &templateByDev);
// The overlays and data disks an interrupted provision left without a VM; how many went.
int removeLeftoverVolumes(virConnectPtr c, const LabVmTask &t,
                          const QHash<QString, QString> &templateByDev);

// labprovision.cpp: the disks of a student's VM built on a template's — a qcow2 overlay on each
// system disk, a full copy of each data disk.
struct DiskBuild {
    QHash<QString, QString> fileMap; // template file -> the student's
    QList<LabDiskRecord> records;    // per overlay, for the marker
    QStringList created;             // volumes made here (removed again on failure)
    lv::PoolPtr pool;                // where they were made
    void rollback();
};
// `current` (dev -> file) is the VM's present disks when it is rebuilt: its overlays are
// replaced, its data disks kept.
bool buildDisks(virConnectPtr c, const QString &tmplXml, const LabVmTask &t,
                const QHash<QString, QString> &current, DiskBuild *b, QString *error);
LabVmOutcome provision(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);

// labreset.cpp
LabVmOutcome reset(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);

// labupdate.cpp: template versions and the backing chains built on them.
// Why the VM's disks cannot be trusted (empty when they can); `summary` says what the chain is.
QStringList chainProblems(virConnectPtr c, virDomainPtr dom, QString *summary = nullptr);
LabVmOutcome update(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome check(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);

// labnetwork.cpp: the lab's networks, the VM's fixed address, its links.
bool ensureNetwork(virConnectPtr c, const LabVmTask &t, QString *error);
// Whether a VM built from `templateXml` for `t` is on the task's network: it has a network
// card, or is given one (addInterface). Without, no network or address is made for it.
bool usesNetwork(const QString &templateXml, const LabVmTask &t);
void releaseAddress(virConnectPtr c, const LabVmTask &t);
bool setLinks(virDomainPtr dom, bool up, QString *error);

// labidle.cpp
LabVmOutcome idleStop(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);

// labcollect.cpp
LabVmOutcome collect(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);

// labpower.cpp: the VM's life — start, stop, snapshots, the exam, its status, its deletion.
LabVmOutcome start(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome shutdown(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome forceOff(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome snapshot(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome revert(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome examStart(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome examEnd(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome status(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);
LabVmOutcome deleteVm(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel);

} // namespace virtdeck::labvm
