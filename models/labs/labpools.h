// SPDX-License-Identifier: GPL-3.0-or-later
// The storage pools a lab's templates need: a template's disk must sit in a storage pool of its
// host, where the students' overlays are made. What is missing on a host (a folder that is no
// pool), and the name a folder's new pool gets. Value types and pure functions, any thread.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace virtdeck {

// A folder holding a template's disk that no running storage pool of its host covers.
struct LabPoolGap {
    QString host;       // URI
    QString directory;  // "/var/lib/libvirt/images"
    QString templateVm; // the template whose disk is there
    QString disk;       // the disk's file
    QString pool;       // a pool on that folder that is not running; empty: there is none
    bool operator==(const LabPoolGap &) const = default;
};

// What making a host's pools ready did: the gaps left (not allowed to define them, or failed),
// and a translated sentence per pool defined or started and per failure.
struct LabPoolPrep {
    QList<LabPoolGap> gaps;
    QStringList done;
    QStringList errors;
};

// The name of a new directory pool on `directory`: "virtdeck-" and the folder's name (letters,
// digits, '.', '_', '-'; "root" for "/"), with "-2", "-3"… when a pool in `taken` has it.
QString labPoolName(const QString &directory, const QStringList &taken);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::LabPoolGap)
