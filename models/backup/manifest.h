// SPDX-License-Identifier: GPL-3.0-or-later
// One finished backup as stored in the repository (backups/<id>.json): the VM's definition, and
// for every disk the ordered list of chunk hashes that assemble its full image. A chunk entry
// that is empty means "all zero" (unallocated or zero data: nothing stored).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace virtdeck::backup {

struct DiskManifest {
    QString target; // vda, sdb…
    QString source; // path or pool/volume it was read from
    QString format; // qcow2, raw: the source's format (restores are raw, sparse)
    quint64 capacity = 0;
    QStringList chunks;         // one per chunk-size slice; empty string = zero
    quint64 bytesRead = 0;      // bytes read from the hypervisor for this backup
    quint64 dataBytes = 0;      // non-zero plaintext bytes the chunk list covers
    quint64 newChunks = 0;      // chunks this backup added to the repository
    quint64 newStoredBytes = 0; // compressed bytes this backup added

    bool operator==(const DiskManifest &) const = default;
};

struct BackupManifest {
    static constexpr int kFormatVersion = 1;

    QString id;
    QString vmName;
    QString vmUuid;
    QString host; // connection URI
    QString hostname;
    QDateTime started;     // UTC
    QDateTime finished;    // UTC
    QString mode;          // "full" or "incremental"
    QString parent;        // id of the backup the unchanged chunks came from (incremental)
    QString checkpoint;    // libvirt checkpoint created with this backup, if any
    QString vmState;       // "running" or "shutoff" when it was read
    bool quiesced = false; // guest file systems were frozen by the guest agent
    quint64 chunkSize = 0;
    QString domainXml;
    QList<DiskManifest> disks;

    quint64 capacity() const;
    quint64 dataBytes() const;
    quint64 bytesRead() const;
    quint64 newStoredBytes() const;

    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, BackupManifest *out, QString *error);

    bool operator==(const BackupManifest &) const = default;
};

} // namespace virtdeck::backup
