// SPDX-License-Identifier: GPL-3.0-or-later
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
    // Only with this set does a policy whose keep values are all zero remove every backup;
    // without it such a policy removes nothing (it only collects garbage).
    bool removeAll = false;
    bool isEmpty() const { return !keepLast && !keepDaily && !keepWeekly && !keepMonthly; }
};

// Empty when every keep value is within 0..kMaxKeep; else a message naming the value. A
// negative value used to keep nothing (and so remove every backup): it is refused here, before
// any caller prunes with it.
QString checkPrunePolicy(const PrunePolicy &policy);
// Reads keep values from text (command-line options, job parameters) through parseInteger:
// `names` are the four fields' names for messages, `texts` their values (empty: 0).
QString parsePrunePolicy(const QStringList &names, const QStringList &texts, PrunePolicy *out);

// Pure: the ids to keep. Each VM (by UUID) is judged on its own; days are UTC days.
QSet<QString> selectBackupsToKeep(const QList<BackupManifest> &backups, const PrunePolicy &policy);

struct PruneResult {
    QStringList removed;
    QStringList kept;
    Repository::GcResult gc;
};

// Needs an exclusive repository. An empty policy keeps everything (only collects garbage) unless
// it says removeAll. A policy checkPrunePolicy refuses is refused here too.
bool pruneRepository(Repository &repo, const PrunePolicy &policy, bool dryRun, PruneResult *result,
                     QString *error);

} // namespace virtdeck::backup
