// SPDX-License-Identifier: GPL-3.0-or-later
// How to open a VM's graphical console: virt-viewer (Debian package virt-viewer) connects to the
// libvirt URI itself, so it works over qemu+ssh with the same credentials as the console.
// Pure; any thread.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace virtdeck {

struct ViewerCommand {
    Q_DECLARE_TR_FUNCTIONS(ViewerCommand)

public:
    QString program; // absolute path; empty when no viewer is installed
    QStringList arguments;
    QString error; // translated, set when program is empty
    // Options for the ssh that virt-viewer starts by itself to tunnel the display of a qemu+ssh
    // host. virt-viewer passes only host, port and user to it, not the URI's key file or
    // host-key settings, so without these the tunnel fails where libvirt's own ssh succeeded.
    QStringList sshOptions;
};

// `searchPath` overrides PATH for tests (empty: the process's PATH). The environment variable
// VIRTDECK_VIEWER names another viewer program (tests, or a wrapper of the user's own).
ViewerCommand viewerCommand(const QString &libvirtUri, const QString &uuid,
                            const QStringList &searchPath = {});

// The ssh options that make a plain `ssh` authenticate the way libvirt's ssh transport does for
// this URI: keyfile= (-i, IdentitiesOnly), known_hosts= (UserKnownHostsFile) and no_verify=1
// (StrictHostKeyChecking=no). Empty for URIs that are not ssh or carry none of these.
QStringList sshOptionsForUri(const QString &libvirtUri);

} // namespace virtdeck
