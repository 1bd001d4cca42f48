// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/libvirt/graphicsconnector.h"

#include "console/sshtunnel.h"
#include "core/libvirt/domainlookup.h"

#include <QUrl>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;

namespace virtdeck {

GraphicsConnector::Transport GraphicsConnector::transportOf(const QString &uri) {
    const QString scheme = QUrl(uri).scheme();
    const QString transport = scheme.section(u'+', 1);
    if (transport == "ssh"_L1)
        return Transport::Ssh;
    if (transport.isEmpty() || transport == "unix"_L1)
        return Transport::Local;
    return Transport::Unsupported;
}

namespace {

// The live graphics element, with the password when the connection may read it.
GraphicsInfo liveGraphics(virDomainPtr dom) {
    QString xml = lv::xmlOf(dom, VIR_DOMAIN_XML_SECURE);
    if (xml.isEmpty())
        xml = lv::xmlOf(dom, 0); // a read-only connection may not see secure data
    return parseGraphics(xml);
}

ConsoleEndpoint failure(const QString &error, bool retry) {
    ConsoleEndpoint e;
    e.error = error;
    e.retry = retry;
    return e;
}

} // namespace

QString GraphicsConnector::displayType(_virConnect *conn, const QString &uuid) {
    const lv::DomainPtr dom = conn ? lv::lookupDomain(conn, uuid) : lv::DomainPtr();
    return dom ? parseGraphics(lv::xmlOf(dom.get(), 0)).type : QString();
}

ConsoleEndpoint GraphicsConnector::connect(_virConnect *conn, const QString &uri,
                                           const QString &uuid, const QString &protocol) {
    if (!conn)
        return failure(tr("The host is not connected."), true);
    const lv::DomainPtr dom = lv::lookupDomain(conn, uuid);
    if (!dom)
        return failure(lv::lastError(), false);
    if (virDomainIsActive(dom.get()) != 1)
        return failure(tr("The VM is not running."), true);
    const GraphicsInfo g = liveGraphics(dom.get());
    if (!g.isValid())
        return failure(tr("This VM has no graphical display."), false);
    if (g.type != protocol)
        return failure(
            tr("This VM's display is %1 now; reopen the console to show it.").arg(g.type.toUpper()),
            false);
    ConsoleEndpoint e;
    e.password = g.password;
    switch (transportOf(uri)) {
    case Transport::Local:
        e.fd = virDomainOpenGraphicsFD(dom.get(), 0, 0);
        if (e.fd < 0)
            e.error = lv::lastError();
        return e;
    case Transport::Ssh: {
        e.tunnel = SshTunnel::open(uri, g, &e.error);
        if (e.tunnel)
            e.fd = e.tunnel->takeFd();
        return e;
    }
    case Transport::Unsupported:
        break;
    }
    return failure(tr("The embedded console reaches local and qemu+ssh hosts only; use "
                      "\"Open in virt-viewer\"."),
                   false);
}

ConsoleConnector GraphicsConnector::make(std::shared_ptr<_virConnect> conn, const QString &uri,
                                         const QString &uuid, const QString &protocol) {
    return [conn = std::move(conn), uri, uuid, protocol] {
        return connect(conn.get(), uri, uuid, protocol);
    };
}

} // namespace virtdeck
