// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinebackup.h"
#include "backup/backuptr.h"

#include "backupcontext.h"
#include "volumereader.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace virtdeck::backup;

bool backupShutOffDomain(const BackupContext &ctx, BackupManifest *m, QString *error) {
    DiskBackupOptions opt = ctx.writerOptions();
    for (qsizetype i = 0; i < ctx.disks.size(); ++i) {
        const DomainDisk &d = ctx.disks.at(i);
        const lv::VolumePtr vol = volumeOfDisk(ctx.conn, d);
        if (!vol) {
            *error = Backup::tr("disk %1 (%2) is not a volume of a storage pool on the host: %3")
                         .arg(d.target, diskLabel(d), lv::lastError());
            return false;
        }
        const auto source = volumeSource(ctx.conn, vol.get(), diskLabel(d), d.driverType, error);
        if (!source || !ctx.storeDisk(i, *source, &opt, {}, m, error))
            return false;
    }
    return true;
}

} // namespace virtdeck
