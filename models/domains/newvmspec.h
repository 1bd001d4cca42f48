// SPDX-License-Identifier: GPL-3.0-or-later
// What a new VM is made of, the host's domain capabilities it is built from, and the pure
// functions that turn both into a domain definition. Any thread.
#pragma once

#include "core/hostinfo.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace virtdeck {

// The parts of virConnectGetDomainCapabilities the definition depends on.
struct DomainCapabilities {
    QString emulator;   // /usr/bin/qemu-system-x86_64
    QString domainType; // kvm or qemu (TCG)
    QString machine;    // canonical machine type, e.g. pc-i440fx-7.2
    QString arch;
    int maxVcpus = 0;
    QStringList diskBuses;
    QStringList graphicsTypes;
    QStringList videoModels;
    bool hostPassthrough = false; // cpu mode host-passthrough supported (KVM)
};

// Parses <domainCapabilities>; false when it is not one.
bool parseDomainCapabilities(const QString &xml, DomainCapabilities *caps);

struct NewVmSpec {
    enum class Source : quint8 {
        InstallFromIso, // an empty new disk and the ISO as a CD-ROM to boot from
        ImportDisk,     // an existing disk image becomes the VM's disk
        Template,       // a linked clone (qcow2 overlay) of a template image
    };
    Source source = Source::InstallFromIso;
    QString name;
    int vcpus = 1;
    quint64 memoryBytes = quint64(1) << 30;
    quint64 diskBytes = quint64(20) << 30; // new disks (ISO install; at least the template's)
    QString pool;                          // where new disks are created
    QString isoPath;                       // InstallFromIso
    QString imagePath;                     // ImportDisk: the disk; Template: the backing image
    QString imageFormat = QStringLiteral("qcow2");
    QString network;  // a libvirt network name; empty: user-mode networking
    QString osId;     // libosinfo id to record in the metadata; optional
    QString virtType; // "kvm" or "qemu" (TCG); empty: KVM where the host offers it
    bool startAfter = true;
};

// A domain definition for `spec` whose disk is `diskPath` (format `diskFormat`), using only what
// `caps` says the host supports (domain type, emulator, machine, buses, graphics, video).
QString buildNewDomainXml(const DomainCapabilities &caps, const NewVmSpec &spec,
                          const QString &diskPath, const QString &diskFormat);

// The connected host with the most free memory that can hold `memoryBytes`; empty when none.
QString suggestHost(const QList<HostInfo> &hosts, quint64 memoryBytes);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DomainCapabilities)
