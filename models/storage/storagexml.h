// SPDX-License-Identifier: GPL-3.0-or-later
// Pure readers and writers for the storage pool and volume XML the console handles itself.
#pragma once

#include <QString>

namespace virtdeck {

struct PoolXml {
    QString type;       // <pool type='…'>
    QString targetPath; // <target><path>
};

struct VolumeXml {
    QString kind;   // <volume type='…'>
    QString path;   // <target><path>
    QString format; // <target><format type='…'>
    QString backingPath;
    QString backingFormat;
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    QString modified; // <target><timestamps><mtime>: "seconds.nanoseconds", empty when unknown
};

// Malformed XML gives an empty value and, when `error` is set, the parser's message.
PoolXml parsePoolXml(const QString &xml, QString *error = nullptr);
VolumeXml parseVolumeXml(const QString &xml, QString *error = nullptr);

// A new volume: `format` qcow2 or raw (or any libvirt knows), capacity in bytes. A non-empty
// `backingPath` makes a copy-on-write overlay (a "linked clone") of that file.
QString newVolumeXml(const QString &name, const QString &format, quint64 capacityBytes,
                     const QString &backingPath = {}, const QString &backingFormat = {});
// A persistent directory pool at `path`.
QString dirPoolXml(const QString &name, const QString &path);

// Empty when `name` can be a volume file name; otherwise why not (translated).
QString volumeNameProblem(const QString &name);

} // namespace virtdeck
