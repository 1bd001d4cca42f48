// SPDX-License-Identifier: GPL-3.0-or-later
// How to open a VM's graphical console: virt-viewer (Debian package virt-viewer) connects to the
// libvirt URI itself, so it works over qemu+ssh with the same credentials as the console.
// Pure; any thread.
#pragma once

#include <QString>
#include <QStringList>

namespace virtdeck {

struct ViewerCommand {
    QString program; // absolute path; empty when no viewer is installed
    QStringList arguments;
    QString error; // translated, set when program is empty
};

// `searchPath` overrides PATH for tests (empty: the process's PATH).
ViewerCommand viewerCommand(const QString &libvirtUri, const QString &uuid,
                            const QStringList &searchPath = {});

} // namespace virtdeck
