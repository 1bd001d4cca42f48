// SPDX-License-Identifier: GPL-3.0-or-later
// One VM's backup under way, as its steps share it: the connection and the domain, the repository
// it goes into, the disks to read with their capacities, and the caller's request, cancel token
// and progress sink. Lives on the backup's thread for the length of runDomainBackup.
#pragma once

#include "backup/diskbackupwriter.h"
#include "backup/libvirt/domainbackup.h"
#include "core/domainxml.h"
#include "core/libvirt/handles.h"

namespace virtdeck::backup {
class DiskSource;
class Repository;
} // namespace virtdeck::backup

namespace virtdeck {

struct BackupContext {
    virConnectPtr conn = nullptr;
    virDomainPtr dom = nullptr;
    backup::Repository *repo = nullptr;
    BackupRequest request;
    QList<DomainDisk> disks;
    QList<quint64> capacities; // of `disks`, in bytes
    const backup::CancelToken *cancel = nullptr;
    backup::ProgressSink progress;

    bool cancelled() const { return cancel && cancel->isCancelled(); }
    // Options for the chunk writer, with progress spanning every disk.
    backup::DiskBackupOptions writerOptions() const;
    // Reads disk `index` from `source` into the repository and appends it to `manifest`;
    // `parentChunks` are the previous backup's chunks of that disk, for an incremental one.
    bool storeDisk(qsizetype index, backup::DiskSource &source, backup::DiskBackupOptions *options,
                   const QStringList &parentChunks, backup::BackupManifest *manifest,
                   QString *error) const;
};

} // namespace virtdeck
