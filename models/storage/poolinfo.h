// SPDX-License-Identifier: GPL-3.0-or-later
// Value snapshot of one libvirt storage pool, copied across threads.
#pragma once

#include <QMetaType>
#include <QString>

namespace virtdeck {

// The usual directory pool a bare host lacks, as virt-install and virt-manager make it.
inline const QString kDefaultPoolName = QStringLiteral("default");
inline const QString kDefaultPoolPath = QStringLiteral("/var/lib/libvirt/images");

enum class PoolState : quint8 { Inactive, Building, Running, Degraded, Inaccessible };

// Stable machine-readable names (command line, JSON) and translated text (UI).
QString poolStateName(PoolState s);
QString poolStateText(PoolState s);

struct PoolInfo {
    QString connectionId; // rows are keyed by connection + pool name
    QString uuid;
    QString name;
    QString type;       // dir, logical, netfs…
    QString targetPath; // where its volumes live
    PoolState state = PoolState::Inactive;
    bool autostart = false;
    bool persistent = true;
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    quint64 availableBytes = 0;
    int volumeCount = -1; // -1 while unknown (inactive, or not listed yet)

    bool operator==(const PoolInfo &) const = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::PoolInfo)
