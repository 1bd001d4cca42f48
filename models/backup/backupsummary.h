// SPDX-License-Identifier: GPL-3.0-or-later
// What the catalogue shows of one backup: who, where, when, how, and the sizes — a manifest
// without its definition and chunk lists (which can run to megabytes). Value type, any thread.
#pragma once

#include "manifest.h"

#include <limits>

namespace virtdeck {

struct BackupSummary {
    QString id;
    QString vmName;
    QString vmUuid;
    QString host; // connection URI, or "file" for an image
    QDateTime finished;
    QString mode;               // "full" or "incremental"
    quint64 capacity = 0;       // bytes of the disks
    quint64 dataBytes = 0;      // bytes of data the backup holds
    quint64 bytesRead = 0;      // bytes read from the hypervisor
    quint64 newStoredBytes = 0; // bytes this backup added to the repository (compressed)
    QStringList disks;          // the disks' targets (vda, sdb…), for what a restore replaces
    QStringList diskFormats;    // each disk's format when backed up (qcow2, raw), as `disks`

    // Data held per byte this backup added: how much deduplication and compression saved. +inf
    // when it added nothing, 0 when it holds nothing.
    double dedupRatio() const {
        if (!dataBytes)
            return 0;
        return newStoredBytes ? double(dataBytes) / double(newStoredBytes)
                              : std::numeric_limits<double>::infinity();
    }

    static BackupSummary of(const backup::BackupManifest &m) {
        QStringList targets, formats;
        for (const auto &d : m.disks) {
            targets.append(d.target);
            formats.append(d.format);
        }
        return {m.id,    m.vmName,     m.vmUuid,      m.host,        m.finished,
                m.mode,  m.capacity(), m.dataBytes(), m.bytesRead(), m.newStoredBytes(),
                targets, formats};
    }

    bool operator==(const BackupSummary &) const = default;
};

} // namespace virtdeck
