// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobkindsetup.h"

#include "backup/backupjobs.h"
#include "failover/failoverjobs.h"
#include "labs/labcapacityplan.h"
#include "labs/labjobs.h"
#include "migration/migrationjobs.h"

#include <mutex>

namespace virtdeck {

void registerJobKinds() {
    static std::once_flag once;
    std::call_once(once, [] {
        registerMigrationJobKinds();
        registerBackupJobKinds();
        registerFailoverJobKinds();
        registerLabJobKinds();
        registerLabMoveJobKind();
    });
}

} // namespace virtdeck
