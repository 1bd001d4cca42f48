// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcontext.h"
#include "backup/backuptr.h"

#include "backup/repository.h"
#include "volumereader.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace virtdeck::backup;

DiskBackupOptions BackupContext::writerOptions() const {
    DiskBackupOptions opt;
    opt.chunkSize = repo->chunkSize();
    opt.workerThreads = request.workerThreads;
    for (const quint64 c : capacities)
        opt.progressTotal += c;
    return opt;
}

bool BackupContext::storeDisk(qsizetype index, DiskSource &source, DiskBackupOptions *opt,
                              const QStringList &parentChunks, BackupManifest *manifest,
                              QString *error) const {
    const DomainDisk &d = disks.at(index);
    DiskManifest dm;
    dm.target = d.target;
    dm.source = diskLabel(d);
    dm.format = d.driverType;
    opt->phase = Backup::tr("reading %1").arg(d.target);
    opt->parentChunks = parentChunks;
    if (!backupDisk(source, repo->chunks(), *opt, &dm, cancel, progress, error))
        return false;
    opt->progressBase += dm.capacity;
    manifest->disks.append(dm);
    return true;
}

} // namespace virtdeck
