// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewercommand.h"

#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace virtdeck {

using namespace Qt::StringLiterals;

QStringList sshOptionsForUri(const QString &libvirtUri) {
    const QUrl url(libvirtUri);
    if (!url.scheme().endsWith(u"ssh"_s)) // qemu+ssh, qemu+libssh, qemu+libssh2
        return {};
    const QUrlQuery q(url);
    QStringList options;
    const QString key = q.queryItemValue(u"keyfile"_s, QUrl::FullyDecoded);
    if (!key.isEmpty())
        options << u"-i"_s << key << u"-o"_s << u"IdentitiesOnly=yes"_s;
    // no_verify: the host's key is not checked, as libvirt's own connection does not. ssh
    // still compares a key it knows, and on a mismatch it connects but refuses every
    // forwarding (the display tunnel): so no known-hosts file is read then, and none written.
    const QString noVerify = q.queryItemValue(u"no_verify"_s);
    const QString known = q.queryItemValue(u"known_hosts"_s, QUrl::FullyDecoded);
    if (!noVerify.isEmpty() && noVerify != u"0"_s) {
        options << u"-o"_s << u"StrictHostKeyChecking=no"_s << u"-o"_s
                << u"UserKnownHostsFile=/dev/null"_s << u"-o"_s
                << u"GlobalKnownHostsFile=/dev/null"_s;
    } else if (!known.isEmpty()) {
        options << u"-o"_s << (u"UserKnownHostsFile="_s + known);
    }
    return options;
}

ViewerCommand viewerCommand(const QString &libvirtUri, const QString &uuid,
                            const QStringList &searchPath) {
    ViewerCommand c;
    // remote-viewer (same package) takes display URIs (spice://, vnc://) only; virt-viewer takes
    // the libvirt URI and tunnels the display through it, which is what a remote host needs.
    const QString chosen = qEnvironmentVariable("VIRTDECK_VIEWER");
    c.program =
        QStandardPaths::findExecutable(chosen.isEmpty() ? u"virt-viewer"_s : chosen,
                                       chosen.startsWith(u'/') ? QStringList{} : searchPath);
    if (c.program.isEmpty()) {
        c.error =
            ViewerCommand::tr("The graphical console needs virt-viewer, which is not installed. "
                              "Install the package \"virt-viewer\" and try again.");
        return c;
    }
    // --wait: a VM that is starting gets its window as soon as its display exists.
    c.arguments = {u"--connect"_s, libvirtUri, u"--wait"_s, u"--uuid"_s, uuid};
    c.sshOptions = sshOptionsForUri(libvirtUri);
    return c;
}

} // namespace virtdeck
