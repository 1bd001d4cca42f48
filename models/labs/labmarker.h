// SPDX-License-Identifier: GPL-3.0-or-later
// The mark a lab VM carries in its <metadata>: whose it is (lab, student, role), the template
// version its disks were built on, and per overlay the base it was made on, the base's
// modification time and the overlay's allocation then (so "no changes since" and "the base
// changed under it" can be told later). Value types and pure parsers, any thread.
#pragma once

#include <QList>
#include <QString>

namespace virtdeck {

// The namespace of the <metadata> element that marks a lab VM.
inline constexpr const char *kLabMetadataUri = "https://virtdeck.org/xmlns/lab/1";

struct LabDiskRecord {
    QString dev;
    QString base;
    QString baseModified;
    quint64 allocation = 0;
    bool operator==(const LabDiskRecord &) const = default;
};

struct LabMarker {
    QString lab;
    QString student;
    QString role;
    int version = 1;
    QList<LabDiskRecord> disks;
    bool operator==(const LabMarker &) const = default;
};

// The marker element (as libvirt's virDomainGetMetadata returns it) or a whole domain
// definition; an empty lab when there is none.
LabMarker parseLabMarker(const QString &xml);
// Reads the lab marker out of a domain definition; false when there is none.
bool parseLabMetadata(const QString &domainXml, QString *lab, QString *student, QString *role);

} // namespace virtdeck
