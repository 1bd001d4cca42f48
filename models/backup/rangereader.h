// SPDX-License-Identifier: GPL-3.0-or-later
// Reads bytes [offset, offset + length) of an image file into `buf`: a local file, or a libvirt
// storage volume downloaded by range. The qcow2 reader is built on it.
#pragma once

#include <QString>

#include <functional>

namespace virtdeck::backup {

using RangeReader = std::function<bool(quint64 offset, quint64 length, char *buf, QString *error)>;

// A RangeReader over a local file (kept open by the returned function).
RangeReader fileRangeReader(const QString &path, QString *error);

} // namespace virtdeck::backup
