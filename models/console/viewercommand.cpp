// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewercommand.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace virtdeck {

using namespace Qt::StringLiterals;

ViewerCommand viewerCommand(const QString &libvirtUri, const QString &uuid,
                            const QStringList &searchPath) {
    ViewerCommand c;
    // remote-viewer (same package) takes display URIs (spice://, vnc://) only; virt-viewer takes
    // the libvirt URI and tunnels the display through it, which is what a remote host needs.
    c.program = QStandardPaths::findExecutable(u"virt-viewer"_s, searchPath);
    if (c.program.isEmpty()) {
        c.error = QCoreApplication::translate(
            "ViewerCommand", "The graphical console needs virt-viewer, which is not installed. "
                             "Install the package \"virt-viewer\" and try again.");
        return c;
    }
    // --wait: a VM that is starting gets its window as soon as its display exists.
    c.arguments = {u"--connect"_s, libvirtUri, u"--wait"_s, u"--uuid"_s, uuid};
    return c;
}

} // namespace virtdeck
