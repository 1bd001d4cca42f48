// SPDX-License-Identifier: GPL-3.0-or-later
// Replication of a VM to a standby host, on the backup engine: each run backs the VM up into a
// repository (incremental through its checkpoint after the first), then writes into the replica's
// raw volumes on the standby only the chunks that differ from what they hold (all of them the
// first time), over the standby's own libvirt connection, and defines there the VM's definition —
// same name and UUID, inactive, autostart off — marked as a replica in its metadata, with a
// title that says so and how old its data is (the VM table shows titles).
//
// The mark says which backup the replica holds and whether it is whole: it reads "writing" while
// a run changes the volumes, and "ready" only once every disk is written. A run that fails leaves
// "writing", which no failover uses; the next run rewrites every chunk that differs from the last
// whole state, and whole every chunk that a failed run may have written over it (the mark lists
// the backups those runs were writing) — or all of them, if it failed during a full copy. A
// replica started by a failover reads "failed-over" and is never written again.
//
// Blocking: call on a worker thread with connection references that thread may use.
#pragma once

#include "backup/progress.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct _virConnect;
struct _virDomain;

namespace virtdeck {

struct ReplicationRequest {
    QString repository;
    QString domain;                           // name or UUID on the source host
    QString pool = QStringLiteral("default"); // on the standby; "default" is made if missing
};

struct ReplicaInfo {
    QString name;
    QString uuid;       // the original VM's, which the replica keeps
    QString sourceUri;  // the host the VM was replicated from
    QString sourceHost; // its hostname
    QString repository;
    QString backupId;    // the backup the volumes hold
    QDateTime taken;     // when that backup read the VM (UTC)
    QString state;       // "ready", "writing" or "failed-over"
    QString title;       // the VM's own title (the replica shows its data's time in its place)
    QStringList pending; // while "writing" changes: the backups those runs wrote part of
    quint64 capacity = 0;
    quint64 lastMoved = 0; // bytes the last run wrote to the standby
    bool active = false;   // running on the standby (after a failover)

    bool usable() const { return state == QStringLiteral("ready") && !backupId.isEmpty(); }
};

struct ReplicationOutcome {
    bool ok = false;
    QString error;
    bool full = false;     // every disk copied whole (first run, or the replica unusable)
    quint64 bytesRead = 0; // from the source host into the repository
    quint64 bytesMoved = 0;
    ReplicaInfo replica;
};

ReplicationOutcome runReplication(_virConnect *source, const QString &sourceUri,
                                  _virConnect *standby, const ReplicationRequest &request,
                                  const backup::CancelToken *cancel,
                                  const backup::ProgressSink &progress);

// The replica mark of `dom`; false when it has none.
bool readReplica(_virDomain *dom, ReplicaInfo *info);
// Every replica defined on the host.
QList<ReplicaInfo> listReplicas(_virConnect *conn, QString *error);
// Starts the replica `uuid` on this host as the VM itself: marks it "failed-over" first (so no
// replication writes into it again) and starts it. False with `error` when it is no usable
// replica or does not start (then it is marked "ready" again).
bool startReplica(_virConnect *conn, const QString &uuid, ReplicaInfo *info, QString *error);

} // namespace virtdeck
