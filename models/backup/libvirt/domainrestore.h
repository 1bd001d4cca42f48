// SPDX-License-Identifier: GPL-3.0-or-later
// Restore of a backup as a VM, with nothing but a libvirt connection: every disk is uploaded as a
// new sparse raw volume (virStorageVolUpload with a sparse stream, chunks checked against their
// hashes on the way) — converted by libvirt into a qcow2 volume when that format is asked for —
// then the backed-up definition is defined on the new disks — as a new VM (new name, UUID and
// MACs), or over the original VM, whose old disks are kept. The definition is the commit point:
// a failed or cancelled restore deletes the volumes it made and defines nothing; an existing
// volume is never written over. Blocking: call on a worker thread (a TaskPool
// task) with a connection reference that thread may use.
#pragma once

#include "backup/progress.h"

#include <QHash>
#include <QString>
#include <QStringList>

struct _virConnect;

namespace virtdeck {

struct RestoreRequest {
    QString repository;
    QString backupId;
    QString newName;         // restore as a new VM (new UUID and MACs); required unless…
    bool toOriginal = false; // …this: replace the original VM's disks (VM must be shut off)
    // …or this: the VM itself (its name, UUID and MACs) on a host that does not have it, as a
    // failover restores it.
    bool keepIdentity = false;
    QString pool = QStringLiteral("default");
    // "raw" (thin raw volumes), "qcow2", or "original": each disk in the format it had.
    QString format = QStringLiteral("raw");
    // A volume of the restored name exists: without this the restore is refused before it
    // writes anything; with it the disk gets a fresh name and the existing volume is left alone.
    bool replaceExisting = false;
    // No pool named `pool` and `pool` is "default": create the usual one (ensureDefaultPool).
    bool createDefaultPool = false;
};

struct RestoreOutcome {
    bool ok = false;
    QString error;
    QString domainName;
    QString domainUuid;
    QStringList volumes;         // created volume paths
    QStringList previousVolumes; // to-original: the disks the VM used before (kept)
    QStringList notes;           // what was done besides (a pool created, a volume renamed)
};

// The format a disk backed up in `sourceFormat` is restored in for a request's `format` ("raw",
// "qcow2" or "original"): qcow2 or raw.
QString restoredDiskFormat(const QString &format, const QString &sourceFormat);
// The volume a restore as the new VM `vmName` writes the disk `target` into.
QString restoredVolumeName(const QString &vmName, const QString &target, const QString &format,
                           const QString &sourceFormat);

// A backed-up definition rewritten for its disks written as raw files (target → path) and named
// `name`; with a new UUID and MACs when `newIdentity`.
QString definitionOnRawDisks(const QString &xml, const QString &name, bool newIdentity,
                             const QHash<QString, QString> &rawPathByTarget);

RestoreOutcome runDomainRestore(_virConnect *conn, const RestoreRequest &request,
                                const backup::CancelToken *cancel,
                                const backup::ProgressSink &progress);

} // namespace virtdeck
