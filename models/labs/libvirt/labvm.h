// SPDX-License-Identifier: GPL-3.0-or-later
// One lab operation on one lab VM over libvirt, and the lab VMs of a host. Blocking: any thread,
// with a connection the caller keeps open. labtasks.h runs batches of them on a TaskPool.
#pragma once

#include "core/canceltoken.h"
#include "labs/labvmtask.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct _virConnect;

namespace virtdeck {

// Runs the task's operation on its VM (labs/libvirt/lab<operation>.cpp). `cancel` stops a long
// operation (collecting files) early.
LabVmOutcome runLabVmTask(_virConnect *conn, const LabVmTask &task,
                          const CancelToken &cancel = CancelToken());
// Shuts the tasks' VMs down (labpower.cpp): an ACPI request to each, then a wait for all of them
// at once, up to the first task's waitSeconds, after which those still running are forced off
// (forceAfterWait) or fail "not stopped". A VM is never reported done while it runs. `deliver`
// gets each VM's outcome as soon as it is known (on this thread); cancelled, the wait ends and
// the VMs still running fail.
void shutdownLabVms(_virConnect *conn, const QList<LabVmTask> &tasks, const CancelToken &cancel,
                    const std::function<void(const LabVmOutcome &)> &deliver);
// Destroys and undefines the named networks (those a lab made); names that do not exist are
// skipped. Returns libvirt's messages for those that could not be removed (labnetwork.cpp).
QStringList removeLabNetworks(_virConnect *conn, const QStringList &names);
// Whether the VM `templateVm` has a network interface: 1 yes, 0 no, -1 it cannot be read (then
// `error` says why) (labnetwork.cpp).
int labTemplateHasInterface(_virConnect *conn, const QString &templateVm, QString *error);
// The VMs marked as belonging to `lab` (every lab VM when empty).
QList<LabVmStatus> listLabVms(_virConnect *conn, const QString &lab, QString *error = nullptr);

} // namespace virtdeck
