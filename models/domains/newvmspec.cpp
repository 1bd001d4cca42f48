// SPDX-License-Identifier: GPL-3.0-or-later
#include "newvmspec.h"

#include <QXmlStreamReader>

namespace virtdeck {

using namespace Qt::StringLiterals;

bool parseDomainCapabilities(const QString &xml, DomainCapabilities *caps) {
    QXmlStreamReader r(xml);
    QStringList path;
    QString enumName;
    bool isCaps = false;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::EndElement) {
            if (r.name() == u"enum"_s)
                enumName.clear();
            path.removeLast();
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QString name = r.name().toString();
        if (path.isEmpty()) {
            isCaps = name == u"domainCapabilities"_s;
            path.append(name);
            continue;
        }
        const QString parent = path.last();
        const auto attrs = r.attributes();
        if (path.size() == 1) {
            if (name == u"path"_s) {
                caps->emulator = r.readElementText().trimmed();
                continue;
            }
            if (name == u"domain"_s) {
                caps->domainType = r.readElementText().trimmed();
                continue;
            }
            if (name == u"machine"_s) {
                caps->machine = r.readElementText().trimmed();
                continue;
            }
            if (name == u"arch"_s) {
                caps->arch = r.readElementText().trimmed();
                continue;
            }
            if (name == u"vcpu"_s)
                caps->maxVcpus = attrs.value(u"max"_s).toInt();
        }
        if (name == u"mode"_s && parent == u"cpu"_s &&
            attrs.value(u"name"_s) == u"host-passthrough"_s)
            caps->hostPassthrough = attrs.value(u"supported"_s) == u"yes"_s;
        if (name == u"enum"_s)
            enumName = attrs.value(u"name"_s).toString();
        if (name == u"value"_s && path.size() == 4 && path.at(1) == u"devices"_s) {
            const QString device = path.at(2);
            const QString value = r.readElementText().trimmed();
            if (device == u"disk"_s && enumName == u"bus"_s)
                caps->diskBuses << value;
            else if (device == u"graphics"_s && enumName == u"type"_s)
                caps->graphicsTypes << value;
            else if (device == u"video"_s && enumName == u"modelType"_s)
                caps->videoModels << value;
            continue;
        }
        path.append(name);
    }
    return isCaps && !r.hasError();
}

QString buildNewDomainXml(const DomainCapabilities &caps, const NewVmSpec &spec,
                          const QString &diskPath, const QString &diskFormat) {
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    const QString diskBus = caps.diskBuses.contains(u"virtio"_s) ? u"virtio"_s
                            : caps.diskBuses.contains(u"sata"_s) ? u"sata"_s
                                                                 : u"ide"_s;
    const QString diskDev = diskBus == u"virtio"_s ? u"vda"_s : u"sda"_s;
    // A CD-ROM cannot sit on virtio-blk; SATA where the machine has it (q35), else IDE (pc).
    const bool q35 = caps.machine.contains(u"q35"_s);
    const QString cdBus = q35 && caps.diskBuses.contains(u"sata"_s) ? u"sata"_s : u"ide"_s;
    const QString cdDev =
        cdBus == u"sata"_s ? (diskDev == u"sda"_s ? u"sdb"_s : u"sda"_s) : u"hdc"_s;
    // VNC first: every viewer and the screenshot path know it; SPICE where VNC is missing.
    const QString graphics = caps.graphicsTypes.contains(u"vnc"_s)     ? u"vnc"_s
                             : caps.graphicsTypes.contains(u"spice"_s) ? u"spice"_s
                                                                       : QString();
    const QString video = caps.videoModels.contains(u"virtio"_s) ? u"virtio"_s
                          : caps.videoModels.contains(u"vga"_s)  ? u"vga"_s
                                                                 : QString();
    const quint64 memKiB = spec.memoryBytes / 1024;

    QString x;
    x +=
        u"<domain type='%1'>\n"_s.arg(esc(caps.domainType.isEmpty() ? u"qemu"_s : caps.domainType));
    x += u"  <name>%1</name>\n"_s.arg(esc(spec.name));
    if (!spec.osId.isEmpty())
        x += u"  <metadata>\n    <libosinfo:libosinfo "
             "xmlns:libosinfo=\"http://libosinfo.org/xmlns/libvirt/domain/1.0\">\n"
             "      <libosinfo:os id=\"%1\"/>\n    </libosinfo:libosinfo>\n  </metadata>\n"_s.arg(
                 esc(spec.osId));
    x +=
        u"  <memory unit='KiB'>%1</memory>\n  <currentMemory unit='KiB'>%1</currentMemory>\n"_s.arg(
            memKiB);
    x += u"  <vcpu placement='static'>%1</vcpu>\n"_s.arg(spec.vcpus);
    x += u"  <os>\n    <type arch='%1' machine='%2'>hvm</type>\n"_s.arg(esc(caps.arch),
                                                                        esc(caps.machine));
    if (spec.source == NewVmSpec::Source::InstallFromIso)
        x += u"    <boot dev='cdrom'/>\n"_s;
    x += u"    <boot dev='hd'/>\n  </os>\n"_s;
    x += u"  <features>\n    <acpi/>\n    <apic/>\n  </features>\n"_s;
    if (caps.hostPassthrough)
        x += u"  <cpu mode='host-passthrough'/>\n"_s;
    x += u"  <clock offset='utc'/>\n  <on_poweroff>destroy</on_poweroff>\n"
         "  <on_reboot>restart</on_reboot>\n  <on_crash>destroy</on_crash>\n"_s;
    x += u"  <devices>\n"_s;
    if (!caps.emulator.isEmpty())
        x += u"    <emulator>%1</emulator>\n"_s.arg(esc(caps.emulator));
    x += u"    <disk type='file' device='disk'>\n      <driver name='qemu' type='%1'/>\n"
         "      <source file='%2'/>\n      <target dev='%3' bus='%4'/>\n    </disk>\n"_s.arg(
             esc(diskFormat), esc(diskPath), diskDev, diskBus);
    if (spec.source == NewVmSpec::Source::InstallFromIso)
        x += u"    <disk type='file' device='cdrom'>\n      <driver name='qemu' type='raw'/>\n"
             "      <source file='%1'/>\n      <target dev='%2' bus='%3'/>\n      <readonly/>\n"
             "    </disk>\n"_s.arg(esc(spec.isoPath), cdDev, cdBus);
    if (spec.network.isEmpty())
        x += u"    <interface type='user'>\n      <model type='virtio'/>\n    </interface>\n"_s;
    else
        x += u"    <interface type='network'>\n      <source network='%1'/>\n"
             "      <model type='virtio'/>\n    </interface>\n"_s.arg(esc(spec.network));
    x += u"    <console type='pty'/>\n"_s;
    if (!graphics.isEmpty())
        x +=
            u"    <graphics type='%1' autoport='yes' listen='127.0.0.1'>\n"
            "      <listen type='address' address='127.0.0.1'/>\n    </graphics>\n"_s.arg(graphics);
    if (!video.isEmpty())
        x += u"    <video>\n      <model type='%1'/>\n    </video>\n"_s.arg(video);
    x += u"    <memballoon model='virtio'/>\n  </devices>\n</domain>\n"_s;
    return x;
}

QString suggestHost(const QList<HostInfo> &hosts, quint64 memoryBytes) {
    QString best;
    quint64 bestFree = 0;
    for (const HostInfo &h : hosts) {
        if (h.freeMemoryBytes >= memoryBytes && h.freeMemoryBytes > bestFree) {
            best = h.connectionId;
            bestFree = h.freeMemoryBytes;
        }
    }
    return best;
}

} // namespace virtdeck
