// SPDX-License-Identifier: GPL-3.0-or-later
// Backup of a VM into a repository, with nothing but a libvirt connection (works the same over
// qemu+ssh): a shut-off VM's volumes are read directly (offlinebackup.h), a running VM is backed
// up in push mode through scratch images and checkpoints (runningbackup.h); the manifest is
// written last, so an interrupted backup leaves none. Blocking: call on a worker thread (a
// TaskPool task) with a connection reference that thread may use. Cancellable between chunks.
#pragma once

#include "backup/manifest.h"
#include "backup/progress.h"

#include <QString>
#include <QStringList>

struct _virConnect;

namespace virtdeck {

struct BackupRequest {
    QString repository;
    QString domain; // name or UUID
    bool allowIncremental = true;
    QString scratchPool; // pool for push-mode scratch images; default: the disk's pool
    // No scratchPool, the disk in no pool and no "default": create the usual one
    // (ensureDefaultPool) and say so in the progress, instead of refusing.
    bool createDefaultPool = false;
    int workerThreads = 2;
};

struct BackupOutcome {
    bool ok = false;
    QString error;
    backup::BackupManifest manifest;
    QStringList notes; // e.g. why no checkpoint was made (the next backup is full then)
};

// `uri` names the host in the manifest.
BackupOutcome runDomainBackup(_virConnect *conn, const QString &uri, const BackupRequest &request,
                              const backup::CancelToken *cancel,
                              const backup::ProgressSink &progress);

} // namespace virtdeck
