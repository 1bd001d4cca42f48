// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parsers for the parts of domain XML the console reads itself.
#pragma once

#include <QList>
#include <QString>

namespace virtdeck {

struct DomainDisk {
    QString device; // disk, cdrom, floppy, lun
    QString type;   // file, block, volume, network
    QString target; // vda, sda…
    QString bus;
    QString driverType; // qcow2, raw…
    QString sourcePath; // file or block device path
    QString sourcePool; // for type='volume'
    QString sourceVolume;
    bool readOnly = false;
    bool shareable = false;

    bool operator==(const DomainDisk &) const = default;
};

// The <devices><disk> elements of a domain definition, in document order. Malformed XML gives
// an empty list and, when `error` is set, the parser's message with line and column.
QList<DomainDisk> parseDomainDisks(const QString &xml, QString *error = nullptr);

// The disks whose storage belongs to this VM alone: writable, unshared disk devices that have a
// file, block or pool-volume source. These are what "delete with storage" removes.
QList<DomainDisk> ownedDisks(const QList<DomainDisk> &disks);

} // namespace virtdeck
