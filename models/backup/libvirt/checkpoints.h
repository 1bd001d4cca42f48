// SPDX-License-Identifier: GPL-3.0-or-later
// The libvirt checkpoints that running VMs' backups leave behind: a dirty bitmap in every qcow2
// disk, named after the backup ("virtdeck-<backup id>"), so that the next backup copies only the
// clusters written since. virDomainBackupBegin creates the checkpoint from checkpointXml(); the
// next backup finds the last one it can start from; a failed backup deletes its own, a finished
// incremental its parent's (one bitmap per VM and repository). Any thread, with a connection the
// caller may use.
#pragma once

#include "backup/manifest.h"
#include "core/domainxml.h"
#include "core/libvirt/handles.h"

namespace virtdeck::backup {
class Repository;
}

namespace virtdeck {

// The checkpoint a backup with this id creates.
QString checkpointName(const QString &backupId);
// True for the checkpoints this program made (the only ones it deletes after a backup).
bool isOwnCheckpoint(const QString &name);

// The <domaincheckpoint> document for a checkpoint `name` over `disks`, for
// virDomainBackupBegin.
QString checkpointXml(const QString &name, const QList<DomainDisk> &disks);

// The backup an incremental one can build on: the VM's latest backup in `repo`, when the
// checkpoint it left still exists on the VM and covers the same disks with the same capacities.
bool findLastCheckpoint(const backup::Repository &repo, virDomainPtr dom, const QString &vmUuid,
                        const QList<DomainDisk> &disks, const QList<quint64> &capacities,
                        backup::BackupManifest *parent);

// Deletes the checkpoint `name` of the VM (its bitmaps too); nothing when there is none.
void deleteCheckpoint(virDomainPtr dom, const QString &name);

// Forgets every checkpoint of a shut-off VM without touching its disks: for when the disks are
// replaced (a restore over the original), whose bitmaps the checkpoints describe.
void forgetCheckpoints(virDomainPtr dom);

} // namespace virtdeck
