// SPDX-License-Identifier: GPL-3.0-or-later
// Value snapshot of one connected hypervisor host, copied across threads.
#pragma once

#include <QMetaType>
#include <QString>

namespace virtdeck {

enum class ConnectionState : quint8 {
    Disconnected,
    Connecting,
    Connected,
    Failed, // last attempt failed; a retry may be scheduled
};

QString connectionStateName(ConnectionState s);
QString connectionStateText(ConnectionState s);

struct HostInfo {
    QString connectionId;
    QString uri;
    QString hostname;
    // The machine's identity (the <host><uuid> of the capabilities, else the SMBIOS system
    // uuid of the sysinfo): two connections with the same one reach the same host. Empty when
    // the driver tells neither (the test driver).
    QString hostUuid;
    QString hypervisor;        // e.g. "QEMU", "TEST"
    QString hypervisorVersion; // "7.2.0"
    QString libvirtVersion;    // "9.0.0"
    QString cpuModel;
    int cpus = 0;
    int cpuMhz = 0;
    quint64 memoryBytes = 0;
    quint64 freeMemoryBytes = 0;
    int domainsRunning = 0;
    int domainsDefined = 0;

    bool operator==(const HostInfo &) const = default;
};

// The <host><uuid> of a virConnectGetCapabilities document; empty when it has none.
QString hostUuidFromCapabilities(const QString &capabilitiesXml);
// The <system><entry name='uuid'> of a virConnectGetSysinfo document; empty when it has none.
QString hostUuidFromSysinfo(const QString &sysinfoXml);

// Libvirt encodes versions as major * 1,000,000 + minor * 1,000 + release.
QString libvirtVersionString(unsigned long long v);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::HostInfo)
