// SPDX-License-Identifier: GPL-3.0-or-later
// One lab operation on one lab VM: what it is given (LabVmTask), what it answers (LabVmOutcome),
// and a lab VM as a host lists it (LabVmStatus). Value types, any thread.
#pragma once

#include "core/domaininfo.h"
#include "labs/lab.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace virtdeck {

// The translation context of what the lab VM operations report (an outcome's message).
struct LabVm {
    Q_DECLARE_TR_FUNCTIONS(LabVm)
};

// The seconds a lab shutdown waits for the guests to power off unless told otherwise.
inline constexpr int kLabShutdownWait = 120;

struct LabVmTask {
    LabOperation op = LabOperation::Status;
    QString vmName;
    QString lab;
    QString student;
    QString role;
    QString templateVm; // provision and reset: the role's template on this host
    QString snapshot;   // snapshot and revert
    // Provision: the MACs of the first interfaces, the first interface's network (empty: the
    // template's) and its fixed address (a DHCP <host> entry on that network).
    QStringList macs;
    QString network;
    QString address;
    QString networkXml;        // the network's definition when the lab owns it (created on demand)
    bool addInterface = false; // provision: a virtio NIC on `network` when the template has none
    QStringList dataDisks;     // target devs of student data: full copies, kept across resets
    int templateVersion = 1;   // the version templateVm is (recorded in the VM by provision/reset)
    qint64 idleMs = 0;         // idle-stop: how long a VM must have been idle
    QStringList collectPaths;  // collect: paths inside the guest
    QString collectDir;        // collect: the student's folder (created)
    // shutdown: how long to wait for the guest to power off after the ACPI request, and whether
    // to force it off when it is still running then (else the VM fails "not stopped").
    int waitSeconds = kLabShutdownWait;
    bool forceAfterWait = false;
};

// How long each step of a lab VM's operation took, in ms (-1: the step did not run); what the
// lab benchmark reports per VM.
struct LabVmPhases {
    qint32 destroyMs = -1; // virDomainDestroy of a running VM (reset, force off)
    qint32 overlayMs = -1; // the fresh overlays built (reset)
    qint32 defineMs = -1;  // the VM defined on them (reset)
    qint32 startMs = -1;   // virDomainCreate (start, reset of a running VM)
};

struct LabVmOutcome {
    LabVmTask task;
    bool ok = false;
    bool changed = false; // something was created, started, removed…; false when already so
    QString message;      // what happened, libvirt's words on failure
    QString uuid;
    DomainState state = DomainState::Shutoff;
    bool exists = false;     // the VM exists after the task
    QStringList addresses;   // status of a running VM: its IP addresses (DHCP leases, else ARP)
    QStringList macs;        // status: the MACs of the VM's interfaces, from its definition
    QString network;         // status: the network of its first interface, from its definition
    int templateVersion = 0; // the template version the VM is on (0: unknown)
    LabVmPhases phases;
};

struct LabVmStatus {
    QString uuid;
    QString name;
    QString lab;
    QString student;
    QString role;
    DomainState state = DomainState::Shutoff;
    int templateVersion = 1;
    bool operator==(const LabVmStatus &) const = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::LabVmOutcome)
Q_DECLARE_METATYPE(virtdeck::LabVmStatus)
