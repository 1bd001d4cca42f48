// SPDX-License-Identifier: GPL-3.0-or-later
// Lab work on the workspace's TaskPool (Workspace::tasks()): a batch of lab tasks run in
// parallel, the removal of a lab's networks, the listing of a host's lab VMs. Each task holds a
// connection reference of its own (Connection::acquire()), so the host's connection thread stays
// free. The calls return at once; call them on the GUI thread. `deliver` runs on a pool thread,
// or at once on the caller's thread when the host is not connected: it must be thread-safe (hand
// the result to a ReplyGuard). The returned token cancels the work; the pool's end cancels it too.
#pragma once

#include "core/canceltoken.h"
#include "labs/labpools.h"
#include "labs/labvmtask.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace virtdeck {

class Connection;
class TaskPool;

// Runs `tasks` on the host of `connection`, at most `parallel` at once; `deliver` is called once
// per task. Shutdown tasks run as one shutdownLabVms() (labvm.h): they wait for power-off together.
// Cancelled, the batch starts no new VM: the VMs in progress finish, the others are delivered as
// not started.
std::shared_ptr<CancelToken> runLabTasks(TaskPool *pool, Connection *connection,
                                         const QList<LabVmTask> &tasks, int parallel,
                                         std::function<void(const LabVmOutcome &)> deliver);
// removeLabNetworks() on the pool; `deliver` gets libvirt's messages for those left.
std::shared_ptr<CancelToken>
removeLabNetworksAsync(TaskPool *pool, Connection *connection, const QStringList &names,
                       std::function<void(const QStringList &errors)> deliver);
// prepareLabPools() (labpools.h) on the pool for host `host`.
std::shared_ptr<CancelToken> prepareLabPoolsAsync(TaskPool *pool, Connection *connection,
                                                  const QString &host, const QStringList &templates,
                                                  bool define,
                                                  std::function<void(const LabPoolPrep &)> deliver);
// labTemplateHasInterface() on the pool (`has` -1 and why when it cannot tell).
std::shared_ptr<CancelToken>
labTemplateHasInterfaceAsync(TaskPool *pool, Connection *connection, const QString &templateVm,
                             std::function<void(int has, const QString &error)> deliver);
// listLabVms() on the pool.
std::shared_ptr<CancelToken>
listLabVmsAsync(TaskPool *pool, Connection *connection, const QString &lab,
                std::function<void(const QList<LabVmStatus> &, const QString &error)> deliver);

} // namespace virtdeck
