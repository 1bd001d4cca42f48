// SPDX-License-Identifier: GPL-3.0-or-later
// A line diff of two texts (Myers' shortest edit script), for showing what an edit changes.
// Pure functions; any thread.
#pragma once

#include <QList>
#include <QString>

namespace virtdeck {

struct DiffLine {
    enum class Op : quint8 { Same, Removed, Added };
    Op op = Op::Same;
    QString text;
    int oldLine = 0; // 1-based line in the old text; 0 for Added
    int newLine = 0; // 1-based line in the new text; 0 for Removed

    bool operator==(const DiffLine &) const = default;
};

// Every line of both texts, in order; removals come before the additions that replace them.
QList<DiffLine> diffLines(const QString &oldText, const QString &newText);

// Only the changes with `context` unchanged lines around each, as unified-diff text
// ("@@ -a,b +c,d @@", then " ", "-", "+" prefixed lines). Empty when the texts are equal.
QString unifiedDiff(const QList<DiffLine> &diff, int context = 3);

} // namespace virtdeck
