// SPDX-License-Identifier: GPL-3.0-or-later
// A lab's settings beyond its roster (student networks, data disks, staggered start), kept as
// JSON in Lab::settingsJson, and the pure plans made from them: each VM's MACs, network and fixed
// address; the networks a lab owns; start batches; the capacity check before class. Any thread.
#pragma once

#include "lab.h"
#include "scheduler/placement.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace virtdeck {

enum class LabNetworkMode : quint8 {
    Template, // the template's interfaces as they are (MACs still derived from the roster)
    Shared,   // every VM on one existing libvirt network of each host
    Student,  // an isolated network per student, created and removed with the lab
    Group,    // an isolated network per roster group
};
QString labNetworkModeName(LabNetworkMode m);
bool labNetworkModeFromName(const QString &name, LabNetworkMode *out);

// The ranges of the numbers in a lab's settings (the JSON, the command line and the form).
inline constexpr int kLabMaxStaggerBatch = 500;  // VMs per host per start batch
inline constexpr int kLabMaxStaggerPause = 3600; // seconds between batches
inline constexpr int kLabMaxIdleMinutes = 7 * 24 * 60;

struct LabSettings {
    Q_DECLARE_TR_FUNCTIONS(LabSettings)
public:
    LabNetworkMode networkMode = LabNetworkMode::Template;
    QString sharedNetwork;                        // Shared: the network's name on every host
    QString firstAddress;                         // Shared: fixed addresses from here; empty: none
    QString subnetPrefix = defaultSubnetPrefix(); // Student/Group: network i is <prefix>.<i>.0/24
    QStringList dataDisks;                        // target devs ("vdb") kept across resets
    int staggerBatch = 0;                         // start: VMs per host per batch; 0: no batches
    int staggerPauseSeconds = 0;                  // pause between batches
    int idleMinutes = 0;      // idle-stop: shut down VMs idle this long; 0: never
    QString endDate;          // ISO date (2026-12-18) after which the lab is flagged for deletion
    QStringList collectPaths; // collect: absolute paths inside the guests ("/home/student/work")
    // Provisioning refuses a student no host has room for when all students run at once
    // (otherwise it places them by policy and warns with the numbers).
    bool strictCapacity = false;
    // The template has no network card: provisioning adds a virtio one on the lab's network to
    // each student's definition (asked when the lab is made; otherwise no network is made).
    bool addInterface = false;
    static QString defaultSubnetPrefix() { return QStringLiteral("10.213"); }
    // Unknown keys are ignored; a malformed document, a value of the wrong type or out of its
    // range gives the defaults and `error` naming the setting.
    static LabSettings fromJson(const QString &json, QString *error = nullptr);
    QString toJson() const;
    // Empty when the settings can be used; otherwise why not (translated).
    QString problem() const;
    // True when the lab has an end date and `today` is past it.
    bool expired(const QDate &today) const;
    bool operator==(const LabSettings &) const = default;
};

// A running VM counts as idle while it uses less than this share of one vCPU on average.
inline constexpr double kLabIdleCpuShare = 0.02;
// Pure: whether a VM with `cpuNs` of CPU time at `nowMs` is idle, given the last sample
// (`lastCpuNs` at `lastMs`, 0 when none): below kLabIdleCpuShare × vcpus between the two.
bool labCpuIdle(quint64 lastCpuNs, qint64 lastMs, quint64 cpuNs, qint64 nowMs, int vcpus);

// How many MACs each VM gets planned (its first interfaces; more keep libvirt's own).
inline constexpr int kLabMacsPerVm = 4;

struct LabVmNetwork {
    QString vm;
    QString student;
    QString role;
    QStringList macs; // kLabMacsPerVm addresses, 52:54:00:…, stable for lab, student and role
    QString network;  // the first interface's network; empty: the template's
    QString address;  // the fixed IPv4 address of the first interface; empty: none
};

struct LabNetworkDef {
    QString name;
    QString gateway; // the host side's address, x.y.z.1
    QString xml;     // isolated, DHCP, a <host> entry per VM
};

struct LabNetworkPlan {
    QHash<QString, LabVmNetwork> vms; // by VM name
    QList<LabNetworkDef> networks;    // the networks the lab creates (Student and Group)
    QString problem;                  // why the plan cannot be used (translated); empty if fine
    QHash<QString, QString> networkByStudent; // student id -> network
    QHash<QString, qsizetype> networkIndex;   // network name -> index in `networks`
    // The network student `id`'s VMs use (empty: the template's). Constant time.
    QString networkOf(const QString &studentId) const { return networkByStudent.value(studentId); }
    // The lab's own network of that name, or null. Constant time.
    const LabNetworkDef *network(const QString &name) const;
};

// The Linux bridge of a lab network: "vdbr" and 10 hex digits of a hash of its name (15
// characters at most, as Linux allows), the same on every host and every time.
QString labBridgeName(const QString &network);

// A MAC for interface `nic` of a lab VM, from a hash of lab, student, role and nic: a student keeps
// it across resets and re-provisioning. `salt` > 0 picks another on a collision.
QString labMac(const QString &lab, const QString &student, const QString &role, int nic,
               int salt = 0);
LabNetworkPlan labNetworkPlan(const Lab &lab, const LabSettings &settings);
// The address list (student, role, VM, MAC, network, address) as CSV.
QString labAddressCsv(const Lab &lab, const LabNetworkPlan &plan);

// Splits `count` items into consecutive batches of at most `batch` (all in one when batch <= 0).
QList<QList<int>> staggerBatches(int count, int batch);

// The capacity check: "can this lab run on its hosts at that time?"
struct LabHostLoad {
    QString host;
    bool connected = true;
    quint64 memoryBytes = 0;
    int cpus = 0;
    quint64 otherMemoryBytes = 0; // VMs outside the lab running, or scheduled to start, then
    int otherVcpus = 0;
    QStringList students;     // the lab's students placed on this host
    bool maintenance = false; // takes no students (HostCapacity::maintenance)
};

struct LabHostVerdict {
    QString host;
    bool fits = false;
    bool reachable = true;
    int students = 0;
    int room = 0;            // how many of the lab's students this host can hold
    quint64 needMemory = 0;  // other VMs + the students placed here
    quint64 allowMemory = 0; // physical × overcommit
    int needVcpus = 0;
    int allowVcpus = 0;
    bool memoryShort = false; // needMemory > allowMemory: memory is what does not fit
    bool vcpusShort = false;  // needVcpus > allowVcpus
    QString text;             // one translated sentence
};

struct LabMove {
    QString student;
    QString from; // empty: a student not placed yet
    QString to;
};

struct LabCapacityReport {
    QList<LabHostVerdict> hosts;
    QList<LabMove> moves; // moves (and placements) that make the lab fit
    QStringList homeless; // students that fit nowhere even after the moves
    bool fitsNow() const; // every host fits as placed, nobody unplaced
    bool fitsAfterMoves() const { return homeless.isEmpty(); }
    // The moves and the students without room, a translated sentence each.
    QStringList adviceLines() const;
};

// `unplaced`: students without a host yet. Pure.
LabCapacityReport checkLabCapacity(const QList<LabHostLoad> &hosts, const QStringList &unplaced,
                                   const VmDemand &perStudent, const PlacementOptions &options);

// What provisioning warns of when it places more students on a host than can run there at once:
// a translated line per such host ("h1 holds 10 students; running all at once needs 10 vCPUs of
// 8 allowed."), counting the other VMs running there. Pure.
QStringList labOvercommitLines(const QList<LabHostLoad> &hosts, const VmDemand &perStudent,
                               const PlacementOptions &options);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::LabCapacityReport)
