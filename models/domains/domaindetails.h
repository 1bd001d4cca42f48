// SPDX-License-Identifier: GPL-3.0-or-later
// Value snapshot of one domain's details for the overview pane, and the edits a user makes there.
// Copied across threads; the parsers below are pure functions over domain XML.
#pragma once

#include "core/domaininfo.h"
#include "core/domainxml.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace virtdeck {

struct DomainNic {
    QString type;   // network, bridge, direct, user…
    QString source; // network name, bridge name or host device
    QString model;  // virtio, e1000…
    QString mac;
    QString target;        // host-side device while running (vnet0)
    QStringList addresses; // "192.168.122.10/24", from DHCP leases or the guest agent
    QString addressSource; // "lease" or "agent" when addresses were found

    bool operator==(const DomainNic &) const = default;
};

// The namespace of the metadata element that marks a VM as a replica of one on another host
// (written by backup/libvirt/replication.cpp; read here for the details).
inline constexpr char kReplicaNamespace[] = "https://virtdeck.org/xmlns/replica/1";

// What a replica's mark says, for the details (empty state: the VM is no replica).
struct ReplicaFacts {
    QString state;      // "ready", "writing" or "failed-over"
    QString sourceHost; // the host it is replicated from
    QDateTime taken;    // when its data was read there (UTC)
    quint64 capacity = 0;
};

struct DomainDetails {
    QString connectionId;
    QString uuid;
    QString name;
    QString title;
    QString description;
    DomainState state = DomainState::Shutoff;
    bool persistent = true;
    bool autostart = false;
    int vcpus = 0;    // current (live when running)
    int maxVcpus = 0; // the definition's maximum
    quint64 memoryBytes = 0;
    quint64 maxMemoryBytes = 0;
    QString osId;   // libosinfo id from the domain's metadata, e.g. http://debian.org/debian/12
    QString osName; // readable name derived from osId, empty when there is none
    QString arch;
    QString machine;
    QList<DomainDisk> disks;
    QList<DomainNic> nics;
    qint64 uptimeSeconds = -1; // -1 when unknown (not running, or not measurable on this host)
    bool hasGraphics = false;
    ReplicaFacts replica;
    QString error; // set when the details could not be read; then only the keys are valid
};

// What the user changed in the overview. Unset members are left as they are.
struct DomainEdit {
    std::optional<int> vcpus;
    std::optional<quint64> memoryBytes;
    std::optional<bool> autostart;
    std::optional<QString> title;
    std::optional<QString> description;
};

// The outcome of one changed setting.
struct DomainEditOutcome {
    enum class Applied : quint8 {
        Now,      // live (and in the definition when persistent)
        NextBoot, // written to the definition only; takes effect when the VM next starts
        Failed,
    };
    QString field; // "vcpus", "memory", "autostart", "title", "description"
    Applied applied = Applied::Failed;
    QString message; // libvirt's message when Failed; why it is NextBoot otherwise
};

struct DomainEditResult {
    QString connectionId;
    QString uuid;
    QList<DomainEditOutcome> outcomes;
    bool ok() const {
        for (const auto &o : outcomes)
            if (o.applied == DomainEditOutcome::Applied::Failed)
                return false;
        return true;
    }
};

// The <devices><interface> elements in document order (addresses are filled in separately).
QList<DomainNic> parseDomainNics(const QString &xml);
// The libosinfo OS id from <metadata><libosinfo:libosinfo><libosinfo:os id=…/>, or empty.
QString parseLibosinfoId(const QString &xml);
// A readable OS name from a libosinfo id: "http://debian.org/debian/12" -> "Debian 12",
// "http://microsoft.com/win/11" -> "Windows 11". Empty for an empty id.
QString osNameFromLibosinfoId(const QString &id);
// Fills the XML-derived members (disks, NICs, OS, arch, machine, max vCPUs, graphics).
void fillDetailsFromXml(DomainDetails &details, const QString &xml);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DomainDetails)
Q_DECLARE_METATYPE(virtdeck::DomainEditResult)
