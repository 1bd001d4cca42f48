// SPDX-License-Identifier: GPL-3.0-or-later
// Value snapshot of one domain snapshot (libvirt's virDomainSnapshot), copied across threads.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

struct SnapshotInfo {
    QString name;
    QString parent; // empty for a root
    QString description;
    QDateTime created;
    QString state; // the domain's state when taken: running, shutoff, disk-snapshot…
    bool current = false;
    bool external = false; // disks (and memory) in separate files rather than inside qcow2
    bool hasMemory = false;

    bool operator==(const SnapshotInfo &) const = default;
};

// Parses a <domainsnapshot> document (virDomainSnapshotGetXMLDesc) into `info`; name, parent,
// description, creation time, state and whether it is external.
bool parseSnapshotXml(const QString &xml, SnapshotInfo *info);

// A parent-before-child order of `snapshots`, so a tree can be built in one pass.
QList<SnapshotInfo> sortedParentsFirst(const QList<SnapshotInfo> &snapshots);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::SnapshotInfo)
