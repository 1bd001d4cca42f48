// SPDX-License-Identifier: GPL-3.0-or-later
// The first <graphics> element of a live domain definition: how its display is reached. Pure;
// any thread.
#pragma once

#include <QString>

namespace virtdeck {

struct GraphicsInfo {
    QString type;     // "vnc", "spice"…; empty when the VM has no graphics
    QString listen;   // address the display listens on (empty with a socket)
    int port = -1;    // the live port (autoport resolved), -1 when none
    QString socket;   // a unix socket path instead of a port
    QString password; // passwd='…' (only in a secure dump)

    bool isValid() const { return !type.isEmpty(); }
    // Where an ssh on the host must connect to: the listen address, with wildcard and empty
    // addresses meaning the host itself (virt-viewer does the same).
    QString tunnelHost() const;
};

GraphicsInfo parseGraphics(const QString &domainXml);

} // namespace virtdeck
