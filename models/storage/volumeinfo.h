// SPDX-License-Identifier: GPL-3.0-or-later
// Value snapshot of one storage volume ("image"), copied across threads.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

struct VolumeInfo {
    QString connectionId; // rows are keyed by connection + pool + name
    QString pool;
    QString name;
    QString path;   // target path (the key disks refer to)
    QString kind;   // file, block, dir, network…
    QString format; // qcow2, raw, iso…; empty when the pool does not say
    QString backingPath;
    QString backingFormat;
    quint64 capacityBytes = 0;   // virtual size the guest sees
    quint64 allocationBytes = 0; // space used on the host

    bool operator==(const VolumeInfo &) const = default;
};

// The disks of one domain, as "used by" needs them. Produced by the storage service from the
// domain XML; the volume table matches them against volume paths and pool/volume names.
struct DomainDisks {
    QString uuid;
    QString name;
    QStringList paths;       // file/block sources
    QStringList poolVolumes; // "pool/volume" for type='volume' disks

    bool operator==(const DomainDisks &) const = default;
};

// One link of a backing chain, top (the volume itself) first.
struct BackingLink {
    QString path;
    QString format;
    QString pool; // empty when the file is not a volume of any pool
    QString name;
    bool operator==(const BackingLink &) const = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::VolumeInfo)
Q_DECLARE_METATYPE(virtdeck::DomainDisks)
Q_DECLARE_METATYPE(virtdeck::BackingLink)
