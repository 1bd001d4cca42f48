// Restore of a backup as a VM, with nothing but a libvirt connection: every disk is uploaded as a
// new sparse raw volume (virStorageVolUpload with a sparse stream, chunks checked against their
// hashes on the way), then the backed-up definition is defined on the new disks — as a new VM
// (new name, UUID and MACs), or over the original VM, whose old disks are kept. A failed or
// cancelled restore deletes the volumes it made. Blocking: call on a worker thread (a TaskPool
// task) with a connection reference that thread may use.
#pragma once

#include "backup/progress.h"

#include <QString>
#include <QStringList>

struct _virConnect;

namespace virtdeck {

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

RestoreOutcome runDomainRestore(_virConnect *conn, const RestoreRequest &request,
                                const backup::CancelToken *cancel,
                                const backup::ProgressSink &progress);

} // namespace virtdeck
