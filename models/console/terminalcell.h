// SPDX-License-Identifier: GPL-3.0-or-later
// One character cell of a terminal screen, as a value: what TerminalScreen hands the widget.
#pragma once

#include <QString>

namespace virtdeck {

struct TerminalCell {
    QString text;   // the character (with combining marks); empty for a blank cell
    quint32 fg = 0; // 0xRRGGBB, meaningful when !defaultFg
    quint32 bg = 0; // 0xRRGGBB, meaningful when !defaultBg
    bool defaultFg = true;
    bool defaultBg = true;
    bool bold = false;
    bool underline = false;
    bool italic = false;
    bool reverse = false;
    int width = 1; // 2 for a wide character; the cell after it is then width 0
};

} // namespace virtdeck
