// SPDX-License-Identifier: GPL-3.0-or-later
// Pure rewriting of a domain definition into a clone's definition.
#pragma once

#include <QHash>
#include <QString>

namespace virtdeck {

// Returns `xml` with the name set to `newName`, without <uuid>, interface <mac> and <target>
// (libvirt generates fresh ones) and without the per-VM NVRAM path; disk sources are rewritten
// through `fileMap` (old path -> new path) and `volumeMap` ("pool/volume" -> new volume name).
// Everything else, comments included, is copied as is. Malformed XML gives an empty string and
// the parser's message in `error`.
QString cloneDomainXml(const QString &xml, const QString &newName,
                       const QHash<QString, QString> &fileMap,
                       const QHash<QString, QString> &volumeMap, QString *error = nullptr);

} // namespace virtdeck
