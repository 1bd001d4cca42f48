// SPDX-License-Identifier: GPL-3.0-or-later
// The one way the backup code takes a value from outside — a qcow2 header, a manifest or chunk
// name read from a repository that may come from an untrusted disk, a command-line option, a
// job parameter: a bounded number is parsed and range-checked, a name is checked to be a plain
// file name. Each returns an empty string when the value is good, else a message that names the
// field and the allowed range. Pure functions; any thread.
#pragma once

#include <QString>

class QJsonObject;

namespace virtdeck::backup {

// Limits shared by the readers. A disk larger than this is refused: its chunk list alone would
// take hundreds of MiB of memory, and no header or manifest that claims more is believed.
inline constexpr quint64 kMaxDiskBytes = quint64(16) << 40; // 16 TiB
inline constexpr int kMaxDisks = 256;                       // disks in one backup
inline constexpr int kMaxNameLength = 200;                  // VM names, targets, backup ids
inline constexpr int kMaxKeep = 10000;                      // any --keep-* value

// `value` within [min, max]; "FIELD is VALUE; it must be between MIN and MAX" otherwise.
QString checkRange(const QString &field, quint64 value, quint64 min, quint64 max);
// A decimal integer in [min, max] from text (a command-line option, a job parameter).
QString parseInteger(const QString &field, const QString &text, qint64 min, qint64 max,
                     qint64 *out);
// A decimal number in [min, max] from text (e.g. a percentage).
QString parseDecimal(const QString &field, const QString &text, double min, double max,
                     double *out);
// An integral JSON number at `key` in [min, max]; a missing key reads as `missing` when that is
// in range (a field older manifests lack), otherwise it is an error.
QString jsonInteger(const QJsonObject &o, const QString &key, quint64 min, quint64 max,
                    quint64 *out, qint64 missing = -1);
// A plain name (VM name, disk target, backup id): 1..kMaxNameLength characters, no '/' or '\\',
// not "." or "..", no NUL or other control character — one path component that stays where it
// is put in a path.
QString checkPlainName(const QString &field, const QString &name);

} // namespace virtdeck::backup
