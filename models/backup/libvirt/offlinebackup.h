// SPDX-License-Identifier: GPL-3.0-or-later
// Backup of a shut-off VM: nothing writes to its disks, so their volumes are read directly through
// storage streams (qcow2 parsed by range with its backing chain, raw as a sparse stream). No
// checkpoint is made: the next backup of the VM is a full one. Blocking, on the backup's thread.
#pragma once

#include "backup/manifest.h"

namespace virtdeck {

struct BackupContext;

// Stores every disk of ctx and appends it to `manifest`. False with `error` on failure or cancel.
bool backupShutOffDomain(const BackupContext &ctx, backup::BackupManifest *manifest,
                         QString *error);

} // namespace virtdeck
