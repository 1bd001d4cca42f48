// SPDX-License-Identifier: GPL-3.0-or-later
// Lab networks: the task's network made and started on first use, the VM's fixed address (a
// DHCP <host> entry), the VM's links up and down (the exam), and the lab's networks removed.
#include "core/libvirt/domainlookup.h"
#include "labs/labdomainxml.h"
#include "labvm.h"
#include "labvmops.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace labvm {

namespace {
lv::NetworkPtr lookupNetwork(virConnectPtr c, const QString &name) {
    const QByteArray n = name.toUtf8();
    lv::NetworkPtr net(virNetworkLookupByName(c, n.constData()));
    if (!net)
        virResetLastError();
    return net;
}

// Adds or deletes the task's DHCP <host> entry, in the network's definition and, when it runs,
// live.
int updateDhcpHost(virNetworkPtr net, const LabVmTask &t, unsigned command) {
    const QByteArray host =
        u"<host mac='%1' name='%2' ip='%3'/>"_s.arg(t.macs.value(0), t.vmName, t.address).toUtf8();
    const unsigned flags = VIR_NETWORK_UPDATE_AFFECT_CONFIG |
                           (virNetworkIsActive(net) == 1 ? VIR_NETWORK_UPDATE_AFFECT_LIVE : 0);
    return virNetworkUpdate(net, command, VIR_NETWORK_SECTION_IP_DHCP_HOST, -1, host.constData(),
                            flags);
}

// The task's network, defined from the lab's definition when the lab owns it and it is not
// there yet. Several tasks may race to define the same network: the loser takes the winner's.
lv::NetworkPtr definedNetwork(virConnectPtr c, const LabVmTask &t, QString *error) {
    lv::NetworkPtr net = lookupNetwork(c, t.network);
    if (net)
        return net;
    if (t.networkXml.isEmpty()) {
        *error = LabVm::tr("The network %1 does not exist on this host.").arg(t.network);
        return nullptr;
    }
    const QByteArray x = t.networkXml.toUtf8();
    net.reset(virNetworkDefineXML(c, x.constData()));
    if (net) {
        virNetworkSetAutostart(net.get(), 1);
        return net;
    }
    const QString why = lv::lastError();
    net = lookupNetwork(c, t.network); // another student's task was first
    if (!net)
        *error = why;
    return net;
}

// Holds the VM's fixed address when the network hands out addresses (DHCP).
bool reserveAddress(virNetworkPtr net, const LabVmTask &t, QString *error) {
    if (t.address.isEmpty() || t.macs.isEmpty())
        return true;
    const QString xml = lv::takeString(virNetworkGetXMLDesc(net, VIR_NETWORK_XML_INACTIVE));
    if (!xml.contains(u"<dhcp"_s) || xml.contains(t.macs.first(), Qt::CaseInsensitive))
        return true;
    if (updateDhcpHost(net, t, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST) < 0) {
        *error = LabVm::tr("The network %1 does not take the fixed address %2: %3")
                     .arg(t.network, t.address, lv::lastError());
        return false;
    }
    return true;
}
} // namespace

bool usesNetwork(const QString &templateXml, const LabVmTask &t) {
    return !t.network.isEmpty() && (t.addInterface || !labInterfaceMacs(templateXml).isEmpty());
}

bool ensureNetwork(virConnectPtr c, const LabVmTask &t, QString *error) {
    lv::NetworkPtr net = definedNetwork(c, t, error);
    if (!net)
        return false;
    if (virNetworkIsActive(net.get()) != 1 && virNetworkCreate(net.get()) < 0) {
        const QString why = lv::lastError(); // the next call clears it
        if (virNetworkIsActive(net.get()) != 1) {
            *error = LabVm::tr("The network %1 does not start: %2").arg(t.network, why);
            return false;
        }
    }
    return reserveAddress(net.get(), t, error);
}

// Drops the VM's fixed address from a network the lab does not own.
void releaseAddress(virConnectPtr c, const LabVmTask &t) {
    if (t.network.isEmpty() || t.address.isEmpty() || !t.networkXml.isEmpty() || t.macs.isEmpty())
        return;
    lv::NetworkPtr net = lookupNetwork(c, t.network);
    if (!net)
        return;
    updateDhcpHost(net.get(), t, VIR_NETWORK_UPDATE_COMMAND_DELETE);
    virResetLastError();
}

// Sets every interface's link up or down, in the running VM and in its definition.
bool setLinks(virDomainPtr dom, bool up, QString *error) {
    struct Pass {
        unsigned xmlFlags;
        unsigned affect;
        bool run;
    };
    const Pass passes[] = {
        {0, VIR_DOMAIN_AFFECT_LIVE, isActive(dom)},
        {VIR_DOMAIN_XML_INACTIVE, VIR_DOMAIN_AFFECT_CONFIG, virDomainIsPersistent(dom) == 1}};
    for (const Pass &pass : passes) {
        if (!pass.run)
            continue;
        QStringList devices;
        if (!labInterfacesWithLink(lv::xmlOf(dom, pass.xmlFlags), up, &devices)) {
            *error = LabVm::tr("The VM's definition cannot be read.");
            return false;
        }
        for (const QString &device : std::as_const(devices)) {
            const QByteArray x = device.toUtf8();
            if (virDomainUpdateDeviceFlags(dom, x.constData(), pass.affect) < 0) {
                *error = lv::lastError();
                return false;
            }
        }
    }
    return true;
}

} // namespace labvm

int labTemplateHasInterface(virConnectPtr c, const QString &templateVm, QString *error) {
    lv::DomainPtr dom = lv::domainByName(c, templateVm);
    if (!dom) {
        *error = LabVm::tr("The template VM %1 does not exist on this host.").arg(templateVm);
        return -1;
    }
    return labInterfaceMacs(lv::xmlOf(dom.get(), VIR_DOMAIN_XML_INACTIVE)).isEmpty() ? 0 : 1;
}

QStringList removeLabNetworks(virConnectPtr c, const QStringList &names) {
    QStringList errors;
    for (const QString &name : names) {
        lv::NetworkPtr net = labvm::lookupNetwork(c, name);
        if (!net)
            continue;
        if (virNetworkIsActive(net.get()) == 1 && virNetworkDestroy(net.get()) < 0) {
            errors << u"%1: %2"_s.arg(name, lv::lastError());
            continue;
        }
        if (virNetworkIsPersistent(net.get()) == 1 && virNetworkUndefine(net.get()) < 0)
            errors << u"%1: %2"_s.arg(name, lv::lastError());
    }
    virResetLastError();
    return errors;
}

} // namespace virtdeck
