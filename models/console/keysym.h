// SPDX-License-Identifier: GPL-3.0-or-later
// Qt key codes as X keysyms, the key language of VNC, and keysyms as the PC (XT, set 1) scan
// codes SPICE's inputs channel takes; and a key's physical position (the Linux input code a
// desktop reports with each key event) as an XT scan code. Pure; any thread.
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

// The XT scan code (extended keys as 0x100 + code) of the key a Linux desktop reports by its
// native scan code (QKeyEvent::nativeScanCode: the evdev code + 8 under X11 and Wayland); 0 for
// none or a key without one. Sent as it is, the guest's own layout makes it a symbol, so a
// German user on a German guest types 'z' where the key says Z.
quint32 xtScancodeForNativeKey(quint32 nativeScanCode);

// The key number QEMU's VNC extension for raw keys takes: an extended key as 0x80 + code.
inline quint32 qemuKeyNumber(quint32 xtScancode) {
    return xtScancode >= 0x100 ? 0x80 | (xtScancode & 0x7f) : xtScancode;
}

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
