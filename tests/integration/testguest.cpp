// SPDX-License-Identifier: GPL-3.0-or-later
#include "testguest.h"

#include "core/libvirt/handles.h"

#include <QFileInfo>
#include <QProcess>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace testguest {

namespace lv = virtdeck::lv;

namespace {

lv::ConnectPtr open(const QString &uri) {
    return lv::ConnectPtr(virConnectOpen(uri.toUtf8().constData()));
}

QString lastMessage() {
    const char *m = virGetLastErrorMessage();
    return m ? QString::fromUtf8(m) : u"unknown libvirt error"_s;
}

QString graphicsXml(Graphics g) {
    switch (g) {
    case Graphics::None:
        return {};
    case Graphics::Vnc:
        return u"<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"_s;
    case Graphics::Spice:
        return u"<graphics type='spice' autoport='yes' listen='127.0.0.1'/>"_s;
    }
    return {};
}

} // namespace

QString build(Files *files) {
    const QString script = QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/guest/build-guest.sh");
    QProcess p;
    p.start(u"bash"_s, {script});
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return u"build-guest.sh did not finish in 5 minutes"_s;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError()).trimmed();
    const QString dir = QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(u'\n', -1);
    files->kernel = dir + u"/vmlinuz"_s;
    files->initrd = dir + u"/initrd.img"_s;
    if (!QFileInfo(files->kernel).isFile() || !QFileInfo(files->initrd).isFile())
        return u"build-guest.sh left no vmlinuz/initrd.img in "_s + dir;
    return {};
}

bool hasActiveNetwork(const QString &uri, const QString &name) {
    lv::ConnectPtr conn = open(uri);
    if (!conn)
        return false;
    lv::NetworkPtr net(virNetworkLookupByName(conn.get(), name.toUtf8().constData()));
    return net && virNetworkIsActive(net.get()) == 1;
}

QString domainXml(const Files &files, const Options &o, const QString &uri) {
    const QString nic = o.network && hasActiveNetwork(uri)
                            ? u"<interface type='network'><source network='default'/>"
                              "<model type='virtio'/></interface>"_s
                            : QString();
    return u"<domain type='qemu'><name>%1</name><memory unit='MiB'>%2</memory><vcpu>1</vcpu>"
           "<features><acpi/><apic/></features>"
           "<os><type arch='x86_64' machine='pc'>hvm</type><kernel>%3</kernel>"
           "<initrd>%4</initrd><cmdline>%5</cmdline></os>"
           "<on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot>"
           "<devices><serial type='pty'><target port='0'/></serial>"
           "<console type='pty'><target type='serial' port='0'/></console>"
           "%6<video><model type='vga'/></video>%7</devices></domain>"_s.arg(o.name)
               .arg(o.memoryMiB)
               .arg(files.kernel.toHtmlEscaped(), files.initrd.toHtmlEscaped(),
                    o.cmdline.toHtmlEscaped(), graphicsXml(o.graphics), nic);
}

bool defineAndStart(const QString &uri, const QString &xml, QString *error) {
    lv::ConnectPtr conn = open(uri);
    if (!conn) {
        *error = lastMessage();
        return false;
    }
    lv::DomainPtr dom(virDomainDefineXML(conn.get(), xml.toUtf8().constData()));
    if (!dom || virDomainCreate(dom.get()) < 0) {
        *error = lastMessage();
        return false;
    }
    return true;
}

namespace {

bool onDomain(const QString &uri, const QString &name, QString *error, int (*call)(virDomainPtr)) {
    lv::ConnectPtr conn = open(uri);
    lv::DomainPtr dom(conn ? virDomainLookupByName(conn.get(), name.toUtf8().constData())
                           : nullptr);
    if (!dom || call(dom.get()) < 0) {
        *error = lastMessage();
        return false;
    }
    return true;
}

} // namespace

bool destroy(const QString &uri, const QString &name, QString *error) {
    return onDomain(uri, name, error, &virDomainDestroy);
}

bool start(const QString &uri, const QString &name, QString *error) {
    return onDomain(uri, name, error, &virDomainCreate);
}

Guard::Guard(QString uri, QString name)
    : m_uri(std::move(uri))
    , m_name(std::move(name)) {
    release();
}

Guard::~Guard() {
    release();
}

void Guard::release() {
    lv::ConnectPtr conn = open(m_uri);
    if (!conn)
        return;
    lv::DomainPtr dom(virDomainLookupByName(conn.get(), m_name.toUtf8().constData()));
    if (!dom)
        return;
    if (virDomainIsActive(dom.get()) == 1)
        virDomainDestroy(dom.get());
    virDomainUndefine(dom.get());
}

} // namespace testguest
