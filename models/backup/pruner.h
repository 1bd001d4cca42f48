// Retention: which backups to keep under keep-last / daily / weekly / monthly rules (per VM,
// newest first, as Proxmox Backup Server and borg count them), removing the rest and then the
// chunks no remaining backup names. Runs on the caller's (worker) thread.
#pragma once

#include "repository.h"

#include <QSet>

namespace virtdeck::backup {

struct PrunePolicy {
    int keepLast = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;
    bool isEmpty() const { return !keepLast && !keepDaily && !keepWeekly && !keepMonthly; }
};

// Pure: the ids to keep. Each VM (by UUID) is judged on its own; days are UTC days.
QSet<QString> selectBackupsToKeep(const QList<BackupManifest> &backups, const PrunePolicy &policy);

struct PruneResult {
    QStringList removed;
    QStringList kept;
    Repository::GcResult gc;
};

// Needs an exclusive repository. An empty policy keeps everything (only collects garbage).
bool pruneRepository(Repository &repo, const PrunePolicy &policy, bool dryRun, PruneResult *result,
                     QString *error);

} // namespace virtdeck::backup
