// SPDX-License-Identifier: GPL-3.0-or-later
// Starting a VM whose host is lost on another host, best source first: its own disks, where they
// are shared (the target sees each of them in one of its pools, and the hosts' libvirt guards
// disks with virtlockd, so a copy still running elsewhere holds them locked); else its replica on
// that host if the replica is whole (replication.h); else the newest backup of the VM in its
// repository, restored as the VM itself (same name, UUID and MACs) and started. And the other half
// of "never twice": when the lost host returns, its old copy gets autostart off, and whether it
// runs is reported. Blocking: call on a worker thread with a connection reference it may use.
#pragma once

#include "backup/progress.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

struct _virConnect;

namespace virtdeck {

struct FailoverRequest {
    QString uuid;
    QString name;
    QString repository;       // for the cold restore; empty: replica only
    bool sharedDisks = false; // its disks are on storage the hosts share, under virtlockd
    QString definition;       // its definition as last read from its home (for sharedDisks)
};

struct FailoverOutcome {
    bool ok = false;
    QString error;
    QString source;     // "shared", "replica" or "backup"
    QString backupId;   // the backup the VM's disks hold (not for "shared")
    QDateTime dataTime; // when that data was read from the lost host (UTC; not for "shared")
    QStringList notes;  // why the replica was not used, …
};

FailoverOutcome runFailover(_virConnect *target, const FailoverRequest &request,
                            const backup::CancelToken *cancel,
                            const backup::ProgressSink &progress);

// The VM's definition to keep for a failover on shared disks (inactive, with its graphics
// passwords), read from its home; empty with `error`.
QString definitionForFailover(_virConnect *home, const QString &uuid, QString *error);

struct ReturnedCopy {
    bool found = false;
    bool running = false;
    QString error;
};

// The old copy of `uuid` on a host that came back: autostart turned off, and whether it runs
// (then it is paused).
ReturnedCopy disarmReturnedCopy(_virConnect *home, const QString &uuid);

// Ends a failover's two copies of `uuid` (or a conflict): the copy on `discard` is forced off
// and undefined (its volumes are kept, for whoever wants to look at them); the one on `keep` is
// resumed if it was paused, and its autostart is left as it is. False with `error`.
bool settleCopies(_virConnect *keep, _virConnect *discard, const QString &uuid, QString *error);

struct HaMark;

// Settles a failed-over VM: keeps the copy on `keepUri` (its old home or where the failover
// started it), discards the other (settleCopies), and records `keepUri` as its home in the
// database at `databasePath`. `keep` and `discard` are the two hosts' connections.
bool settleFailover(_virConnect *keep, _virConnect *discard, const HaMark &mark,
                    const QString &keepUri, const QString &databasePath, QString *error);

} // namespace virtdeck
