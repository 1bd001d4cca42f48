// The libvirt side of the backup engine: reads VM disks into a repository and restores backups
// as VMs, with nothing but a libvirt connection (works the same over qemu+ssh):
//  - shut-off VM: the disk volumes are read directly with virStorageVolDownload (qcow2 parsed
//    by range, backing chains followed through the pool; raw as a sparse stream);
//  - running VM: push-mode virDomainBackupBegin into a qcow2 scratch volume in a pool on the
//    host (full, or incremental from the last backup's checkpoint), guest file systems frozen
//    through the agent when one answers; the scratch image is then read by range — in an
//    incremental one only changed clusters are allocated — and deleted.
// Restores upload sparse raw volumes (virStorageVolUpload, sparse stream) and define the VM.
// Blocking: call on a worker thread with a connection that thread may use. Cancellable.
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
    int workerThreads = 2;
};

struct BackupOutcome {
    bool ok = false;
    QString error;
    backup::BackupManifest manifest;
};

struct RestoreRequest {
    QString repository;
    QString backupId;
    QString newName;         // restore as a new VM (new UUID and MACs); required unless…
    bool toOriginal = false; // …this: replace the original VM's disks (VM must be shut off)
    QString pool = QStringLiteral("default");
};

struct RestoreOutcome {
    bool ok = false;
    QString error;
    QString domainName;
    QString domainUuid;
    QStringList volumes;         // created volume paths
    QStringList previousVolumes; // to-original: the disks the VM used before (kept)
};

BackupOutcome runDomainBackup(_virConnect *conn, const QString &uri, const BackupRequest &request,
                              const backup::CancelToken *cancel,
                              const backup::ProgressSink &progress);

RestoreOutcome runDomainRestore(_virConnect *conn, const RestoreRequest &request,
                                const backup::CancelToken *cancel,
                                const backup::ProgressSink &progress);

// virConnectRef / virConnectClose, for handing a connection to a worker thread.
void retainConnection(_virConnect *conn);
void releaseConnection(_virConnect *conn);

} // namespace virtdeck
