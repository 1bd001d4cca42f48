// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: class rosters (CSV) as an instructor's spreadsheet exports them.
#include "labs/rosterparser.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const virtdeck::RosterParseResult r = virtdeck::parseRoster(bytes);
    // All or nothing: a roster with errors yields no student; one without yields unique,
    // non-empty ids; every error names a line within the file.
    if (!r.ok() && !r.students.isEmpty())
        __builtin_trap();
    QSet<QString> ids;
    for (const auto &s : r.students) {
        if (s.id.isEmpty() || ids.contains(s.id))
            __builtin_trap();
        ids.insert(s.id);
    }
    const qsizetype lines = bytes.count('\n') + 1;
    for (const auto &e : r.errors)
        if (e.line < 0 || e.line > lines || e.message.isEmpty())
            __builtin_trap();
    (void)r.errorText();
    return 0;
}
