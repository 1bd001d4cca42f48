// SPDX-License-Identifier: GPL-3.0-or-later
// A student's domain definition made from its template's, and what the lab operations read out
// of definitions: the file-backed disks, the MACs, the interfaces with their link set. Pure
// functions, any thread.
#pragma once

#include "labs/labmarker.h"
#include "labs/labvmtask.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace virtdeck {

// A file-backed hard disk of a definition.
struct LabDiskRef {
    QString dev;  // target dev ("vda")
    QString path; // source file
};

// The student's definition from the template's: the task's VM name, no UUID, the task's MACs,
// the first interface on the task's network, disks mapped through `fileMap` to their overlays as
// qcow2 (data disks keep their format), a <metadata> element naming lab, student and role.
// `disks` go into the marker; a non-empty `uuid` is kept (a VM rebuilt on a new version).
// With `task.addInterface` and a network, a template without an interface gets a virtio one.
QString labDomainXml(const QString &templateXml, const QHash<QString, QString> &fileMap,
                     const LabVmTask &task, QString *error = nullptr,
                     const QList<LabDiskRecord> &disks = {}, const QString &uuid = {});
// The file-backed hard disks of a definition (CD-ROMs and floppies are shared, not cloned).
QList<LabDiskRef> labFileDisks(const QString &domainXml);
// The network of a definition's first interface of type network; empty when none.
QString labInterfaceNetwork(const QString &domainXml);
// The MACs of a definition's interfaces, in order.
QStringList labInterfaceMacs(const QString &domainXml);
// Every <interface> element of a definition with its link set up or down, as device XML for
// virDomainUpdateDeviceFlags. False when the definition cannot be read.
bool labInterfacesWithLink(const QString &domainXml, bool up, QStringList *devices);

} // namespace virtdeck
