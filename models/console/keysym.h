// SPDX-License-Identifier: GPL-3.0-or-later
// Qt key codes as X keysyms, the key language of VNC, and keysyms as the PC (XT, set 1) scan
// codes SPICE's inputs channel takes. Pure; any thread.
#pragma once

#include <QString>

namespace virtdeck {

// The keysym for a Qt key (Qt::Key) and the text it typed; 0 when there is none. Printable
// Latin-1 keys follow the text (so the case the user typed), control keys follow the table.
quint32 keysymForQtKey(int qtKey, const QString &text = {});

// A key as SPICE sends it: an XT scan code (extended keys as 0x100 + code, the way
// spice_inputs_channel_key_press takes them) and whether the key's symbol needs Shift on a US
// layout ('A', '$', '?'). Zero scan code: no such key.
struct XtKey {
    quint32 scancode = 0;
    bool shift = false;
};
XtKey xtKeyForKeysym(quint32 keysym);

namespace keysym {
inline constexpr quint32 Escape = 0xff1b;
inline constexpr quint32 ShiftL = 0xffe1;
inline constexpr quint32 ShiftR = 0xffe2;
inline constexpr quint32 ControlL = 0xffe3;
inline constexpr quint32 AltL = 0xffe9;
inline constexpr quint32 Delete = 0xffff;
inline constexpr quint32 Return = 0xff0d;
inline constexpr quint32 Print = 0xff61;
inline constexpr quint32 F1 = 0xffbe; // F2…F12 follow
} // namespace keysym

} // namespace virtdeck
