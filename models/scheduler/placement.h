// SPDX-License-Identifier: GPL-3.0-or-later
// Where a new VM goes, and whether a start fits: pure functions over host capacity snapshots.
// (Evacuating or rebalancing running VMs needs live migration, which the console lacks so far.)
#pragma once

#include <QList>
#include <QString>

namespace virtdeck {

enum class PlacementStrategy : quint8 {
    FirstFit, // the first host (in the given order) where it fits
    BestFit,  // the host left with the least free memory (bytes): packs hosts, keeps others empty
    Spread,   // the host left with the largest free share of memory: balances the load
};

QString placementStrategyName(PlacementStrategy s);
// A memory size as the placement and capacity texts write it ("7.5 GB"); below 0 reads as 0.
QString memorySizeText(qint64 bytes);
bool placementStrategyFromName(const QString &name, PlacementStrategy *out);

struct HostCapacity {
    QString host; // URI or display name, for messages
    bool connected = true;
    quint64 memoryBytes = 0;          // physical memory
    quint64 allocatedMemoryBytes = 0; // memory of the VMs running there
    int cpus = 0;
    int allocatedVcpus = 0; // vCPUs of the VMs running there
    // HostInfo::hostUuid: a later entry with the uuid of an earlier one is a second connection
    // to the same machine and is never chosen. Empty: unknown, taken as a host of its own.
    QString hostUuid;
    // In maintenance: it takes no VM (no new one, no move to it, no scheduled start) and its VMs
    // move away when a plan runs, until maintenance ends.
    bool maintenance = false;
};

struct PlacementOptions {
    PlacementStrategy strategy = PlacementStrategy::Spread;
    double memoryOvercommit = 1.0; // allocatable memory = physical × ratio
    double cpuOvercommit = 4.0;    // allocatable vCPUs = host CPUs × ratio
};

struct VmDemand {
    quint64 memoryBytes = 0;
    int vcpus = 0;
};

struct PlacementResult {
    int host = -1;  // index into the hosts given, or -1 when nothing fits
    QString reason; // why nothing fits (translated), one clause per host
    bool ok() const { return host >= 0; }
};

// Memory and vCPUs still allocatable on a host under the overcommit ratios (may be negative).
qint64 freeMemory(const HostCapacity &h, const PlacementOptions &o);
int freeVcpus(const HostCapacity &h, const PlacementOptions &o);

PlacementResult placeVm(const QList<HostCapacity> &hosts, const VmDemand &vm,
                        const PlacementOptions &options);
// Empty when starting `vm` on `host` keeps within the memory overcommit and the host is not in
// maintenance; else the reason.
QString admitStart(const HostCapacity &host, const VmDemand &vm, const PlacementOptions &options);

} // namespace virtdeck
