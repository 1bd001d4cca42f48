// SPDX-License-Identifier: GPL-3.0-or-later
// Qt key codes as X keysyms, the key language of VNC (and of SPICE's key names). Pure; any
// thread.
#pragma once

#include <QString>

namespace virtdeck {

// The keysym for a Qt key (Qt::Key) and the text it typed; 0 when there is none. Printable
// Latin-1 keys follow the text (so the case the user typed), control keys follow the table.
quint32 keysymForQtKey(int qtKey, const QString &text = {});

namespace keysym {
inline constexpr quint32 Escape = 0xff1b;
inline constexpr quint32 ControlL = 0xffe3;
inline constexpr quint32 AltL = 0xffe9;
inline constexpr quint32 Delete = 0xffff;
inline constexpr quint32 Return = 0xff0d;
inline constexpr quint32 Print = 0xff61;
inline constexpr quint32 F1 = 0xffbe; // F2…F12 follow
} // namespace keysym

} // namespace virtdeck
