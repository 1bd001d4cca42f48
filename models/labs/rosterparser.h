// SPDX-License-Identifier: GPL-3.0-or-later
// Parses a class roster from CSV: a header row naming the columns (id, name, email, group in any
// order; email and group optional), one student per row. Pure functions, any thread.
#pragma once

#include "lab.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace virtdeck {

struct RosterError {
    int line = 0;    // 1-based line in the file; 0 for the file as a whole
    QString message; // translated
    bool operator==(const RosterError &) const = default;
};

struct RosterParseResult {
    QList<LabStudent> students; // empty whenever errors is not
    QList<RosterError> errors;
    bool ok() const { return errors.isEmpty(); }
    // "line 3: …" lines, for the CLI and the dialog.
    QString errorText() const;
};

// `data` must be UTF-8 (a BOM is accepted). Separators: ',' or ';' (taken from the header row).
// Fields may be quoted with '"' ("" inside quotes is a quote; quoted fields may span lines).
// Blank lines are skipped. Every bad row is reported; then no student is returned at all.
RosterParseResult parseRoster(const QByteArray &data);
// Reads and parses a file; an unreadable file is one error at line 0.
RosterParseResult parseRosterFile(const QString &path);

} // namespace virtdeck
