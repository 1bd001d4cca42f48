// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace virtdeck {

struct Placement {
    Q_DECLARE_TR_FUNCTIONS(Placement)
};

using namespace Qt::StringLiterals;

namespace {} // namespace

QString memorySizeText(qint64 bytes) {
    return QLocale().formattedDataSize(std::max<qint64>(bytes, 0), 1,
                                       QLocale::DataSizeTraditionalFormat);
}

QString placementStrategyName(PlacementStrategy s) {
    switch (s) {
    case PlacementStrategy::FirstFit:
        return u"first-fit"_s;
    case PlacementStrategy::BestFit:
        return u"best-fit"_s;
    case PlacementStrategy::Spread:
        return u"spread"_s;
    }
    return {};
}

bool placementStrategyFromName(const QString &name, PlacementStrategy *out) {
    for (auto s :
         {PlacementStrategy::FirstFit, PlacementStrategy::BestFit, PlacementStrategy::Spread}) {
        if (placementStrategyName(s) == name.toLower()) {
            *out = s;
            return true;
        }
    }
    return false;
}

qint64 freeMemory(const HostCapacity &h, const PlacementOptions &o) {
    return qint64(std::floor(double(h.memoryBytes) * o.memoryOvercommit)) -
           qint64(h.allocatedMemoryBytes);
}

int freeVcpus(const HostCapacity &h, const PlacementOptions &o) {
    return int(std::floor(double(h.cpus) * o.cpuOvercommit)) - h.allocatedVcpus;
}

QString admitStart(const HostCapacity &host, const VmDemand &vm, const PlacementOptions &options) {
    if (host.maintenance)
        return Placement::tr("%1 is in maintenance.").arg(host.host);
    const qint64 free = freeMemory(host, options);
    if (qint64(vm.memoryBytes) <= free)
        return {};
    return Placement::tr(
               "Starting it needs %1 of memory, but %2 has only %3 left of %4 (%5 in use by "
               "running VMs, overcommit ratio %6).")
        .arg(
            memorySizeText(qint64(vm.memoryBytes)), host.host, memorySizeText(free),
            memorySizeText(qint64(std::floor(double(host.memoryBytes) * options.memoryOvercommit))),
            memorySizeText(qint64(host.allocatedMemoryBytes)),
            QLocale().toString(options.memoryOvercommit));
}

PlacementResult placeVm(const QList<HostCapacity> &hosts, const VmDemand &vm,
                        const PlacementOptions &options) {
    PlacementResult r;
    if (hosts.isEmpty()) {
        r.reason = Placement::tr("No host is configured.");
        return r;
    }
    QStringList why;
    double bestScore = 0;
    QSet<QString> seenHosts;
    for (int i = 0; i < hosts.size(); ++i) {
        const HostCapacity &h = hosts.at(i);
        if (h.connected && !h.hostUuid.isEmpty()) {
            if (seenHosts.contains(h.hostUuid))
                continue; // the same machine again: its memory is not there twice
            seenHosts.insert(h.hostUuid);
        }
        if (!h.connected) {
            why << Placement::tr("%1 is not connected").arg(h.host);
            continue;
        }
        if (h.maintenance) {
            why << Placement::tr("%1 is in maintenance").arg(h.host);
            continue;
        }
        const qint64 mem = freeMemory(h, options);
        const int cpu = freeVcpus(h, options);
        if (qint64(vm.memoryBytes) > mem) {
            why << Placement::tr("%1 has %2 of memory left, %3 needed")
                       .arg(h.host, memorySizeText(mem), memorySizeText(qint64(vm.memoryBytes)));
            continue;
        }
        if (vm.vcpus > cpu) {
            why << Placement::tr("%1 has %2 vCPUs left, %3 needed")
                       .arg(h.host)
                       .arg(std::max(cpu, 0))
                       .arg(vm.vcpus);
            continue;
        }
        // Memory left after placing, as a share of the host, weighs most; vCPUs break ties.
        const double capMem = std::max(1.0, double(h.memoryBytes) * options.memoryOvercommit);
        const double capCpu = std::max(1.0, double(h.cpus) * options.cpuOvercommit);
        const double left =
            double(mem - qint64(vm.memoryBytes)) / capMem + 0.001 * double(cpu - vm.vcpus) / capCpu;
        switch (options.strategy) {
        case PlacementStrategy::FirstFit:
            r.host = i;
            return r;
        case PlacementStrategy::BestFit: {
            // The tightest fit in absolute memory, so large holes stay for large VMs.
            const double leftBytes =
                double(mem - qint64(vm.memoryBytes)) + 0.001 * (cpu - vm.vcpus);
            if (r.host < 0 || leftBytes < bestScore) {
                r.host = i;
                bestScore = leftBytes;
            }
            break;
        }
        case PlacementStrategy::Spread:
            if (r.host < 0 || left > bestScore) {
                r.host = i;
                bestScore = left;
            }
            break;
        }
    }
    if (r.host < 0)
        r.reason = Placement::tr("No host can take the VM: %1.").arg(why.join(u"; "_s));
    return r;
}

} // namespace virtdeck
