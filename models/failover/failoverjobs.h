// SPDX-License-Identifier: GPL-3.0-or-later
// The "failover" job kind: starts a VM whose host is lost on the job's host (the target), from
// its replica there or else from its newest backup (libvirt/failover.h). Params: from (the lost
// host's URI; required), repository (for the cold restore). The job's vm and vmUuid name the VM.
// It is refused while the lost host answers: a VM is never started elsewhere while its host is
// up. Its log says which source was used and how old its data is.
#pragma once

namespace virtdeck {

void registerFailoverJobKinds();

} // namespace virtdeck
