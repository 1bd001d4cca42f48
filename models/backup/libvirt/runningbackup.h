// SPDX-License-Identifier: GPL-3.0-or-later
// Backup of a running VM, in push mode: QEMU copies the disks as of one instant into qcow2 scratch
// volumes in a pool on the host (virDomainBackupBegin; guest file systems frozen for that instant
// when the guest agent answers), and creates a checkpoint with it. Incremental when the VM's last
// backup in the repository left a checkpoint that still exists: then only the clusters written
// since are allocated in the scratch images, and only those are read. The scratch images are read
// by range through storage streams, then deleted; a failed or cancelled backup deletes its
// checkpoint too. Blocking, on the backup's thread.
#pragma once

#include "backup/manifest.h"

#include <QStringList>

namespace virtdeck {

struct BackupContext;

// Stores every disk of ctx; sets the manifest's disks, mode, parent, checkpoint and quiesced.
// What the user should know of a backup that worked otherwise than asked goes to `notes`.
// False with `error` on failure or cancel.
bool backupRunningDomain(const BackupContext &ctx, backup::BackupManifest *manifest,
                         QStringList *notes, QString *error);

} // namespace virtdeck
