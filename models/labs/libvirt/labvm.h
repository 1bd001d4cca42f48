// The libvirt side of labs: provisioning a student's VM as a qcow2 overlay on its template's
// disks, and the bulk operations on such VMs. The functions take an open connection and block;
// runLabTasks() runs a batch of them in parallel on worker threads sharing one connection.
#pragma once

#include "core/domaininfo.h"
#include "labs/lab.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

struct _virConnect;

namespace virtdeck {

class Connection;

// The namespace of the <metadata> element that marks a lab VM.
inline constexpr const char *kLabMetadataUri = "https://virtdeck.org/xmlns/lab/1";

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
    QString networkXml;       // the network's definition when the lab owns it (created on demand)
    QStringList dataDisks;    // target devs of student data: full copies, kept across resets
    int templateVersion = 1;  // the version templateVm is (recorded in the VM by provision/reset)
    qint64 idleMs = 0;        // idle-stop: how long a VM must have been idle
    QStringList collectPaths; // collect: paths inside the guest
    QString collectDir;       // collect: the student's folder (created)
};

// What a lab VM records about itself in its <metadata>: whose it is, the template version its
// disks were built on, and per overlay the base it was made on, the base's modification time and
// the overlay's allocation then (so "no changes since" and "the base changed under it" can be
// told later).
struct LabDiskRecord {
    QString dev;
    QString base;
    QString baseModified;
    quint64 allocation = 0;
    bool operator==(const LabDiskRecord &) const = default;
};
struct LabMarker {
    QString lab;
    QString student;
    QString role;
    int version = 1;
    QList<LabDiskRecord> disks;
    bool operator==(const LabMarker &) const = default;
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
    int templateVersion = 0; // the template version the VM is on (0: unknown)
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

// Pure: the student's definition from the template's (the task's VM name, no UUID, the task's
// MACs, the first interface on the task's network, disks mapped through `fileMap` to their
// overlays as qcow2 (data disks keep their format), a <metadata> element naming lab, student and
// role).
// `disks` go into the marker; a non-empty `uuid` is kept (a VM rebuilt on a new version).
QString labDomainXml(const QString &templateXml, const QHash<QString, QString> &fileMap,
                     const LabVmTask &task, QString *error = nullptr,
                     const QList<LabDiskRecord> &disks = {}, const QString &uuid = {});
// Pure: reads the lab marker out of a domain definition; false when there is none.
bool parseLabMetadata(const QString &domainXml, QString *lab, QString *student, QString *role);
// Pure: the marker element (as libvirt's virDomainGetMetadata returns it) or a whole domain
// definition; an empty lab when there is none.
LabMarker parseLabMarker(const QString &xml);

// Blocking; any thread, with a connection the caller keeps open.
LabVmOutcome runLabVmTask(_virConnect *conn, const LabVmTask &task);
// Destroys and undefines the named networks (those a lab made); names that do not exist are
// skipped. Returns libvirt's messages for those that could not be removed.
QStringList removeLabNetworks(_virConnect *conn, const QStringList &names);
// The VMs marked as belonging to `lab` (every lab VM when empty).
QList<LabVmStatus> listLabVms(_virConnect *conn, const QString &lab, QString *error = nullptr);

// Runs `tasks` on the host of `connection` with at most `parallel` at once, each on a worker
// thread holding its own reference to the connection. `deliver` is called once per task, from a
// worker thread (or the connection thread when the host is not connected); it must be
// thread-safe. `context` guards the start: if it is gone before the connection thread gets to
// the batch, nothing runs.
void runLabTasks(Connection *connection, QObject *context, const QList<LabVmTask> &tasks,
                 int parallel, std::function<void(const LabVmOutcome &)> deliver);
// removeLabNetworks() on the connection thread; `deliver` is called there (thread-safe).
void removeLabNetworksAsync(Connection *connection, QObject *context, const QStringList &names,
                            std::function<void(const QStringList &errors)> deliver);
// Lists the lab's VMs on the connection thread; `deliver` is called there (thread-safe).
void listLabVmsAsync(Connection *connection, QObject *context, const QString &lab,
                     std::function<void(const QList<LabVmStatus> &, const QString &error)> deliver);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::LabVmOutcome)
Q_DECLARE_METATYPE(virtdeck::LabVmStatus)
