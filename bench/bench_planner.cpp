// SPDX-License-Identifier: GPL-3.0-or-later
// The placement planner against the greedy rules on generated clusters (seeded): 4/16/64 hosts
// × 100/500/2000 VMs, uneven load. For each: rebalance (fewest moves within 10 points: moves,
// resulting max load and spread) and consolidate (fewest hosts: hosts used), solve time and how
// the plan was found (optimal, best within the limit, greedy fallback).
// Usage: bench_planner [TIME_LIMIT_MS] [RUNS]   (default 1000 ms, 3 runs; the median is shown)
// Prints a Markdown table; asserts nothing.
#include "migration/evacuationplan.h"
#include "scheduler/planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
constexpr quint64 GiB = 1024ull * 1024 * 1024;

struct Cluster {
    QList<HostCapacity> hosts;
    QList<HostedVm> vms;
};

// Hosts of 64–256 GiB and 32–64 CPUs; VMs of 1–8 GiB and 1–4 vCPUs filled to about 60 % of the
// memory, the first quarter of the hosts twice as likely: a cluster that needs rebalancing.
Cluster generate(int hostCount, int vmCount, quint32 seed) {
    QRandomGenerator rng(seed);
    Cluster c;
    for (int h = 0; h < hostCount; ++h) {
        HostCapacity cap;
        cap.host = u"h%1"_s.arg(h);
        cap.memoryBytes = (64 + 64 * rng.bounded(4)) * GiB;
        cap.cpus = 32 + 16 * int(rng.bounded(3));
        c.hosts << cap;
    }
    quint64 total = 0;
    for (const HostCapacity &h : c.hosts)
        total += h.memoryBytes;
    const quint64 mean = quint64(0.6 * double(total) / vmCount);
    for (int v = 0; v < vmCount; ++v) {
        const quint64 mem = std::clamp<quint64>(quint64(rng.bounded(2 * mean)), GiB, 8 * GiB);
        const int vcpus = 1 + int(rng.bounded(4));
        for (int tries = 0; tries < 50; ++tries) {
            int h = int(rng.bounded(hostCount));
            if (rng.bounded(2))
                h = int(rng.bounded(std::max(1, hostCount / 4)));
            HostCapacity &cap = c.hosts[h];
            if (cap.allocatedMemoryBytes + mem > cap.memoryBytes ||
                cap.allocatedVcpus + vcpus > cap.cpus * 4)
                continue;
            cap.allocatedMemoryBytes += mem;
            cap.allocatedVcpus += vcpus;
            c.vms.append({u"v%1"_s.arg(v), u"v%1"_s.arg(v), h, {mem, vcpus}, true});
            break;
        }
    }
    return c;
}

double spreadAfter(const QList<HostCapacity> &hosts, const MovePlan &plan, double *maxLoad) {
    double hi = 0, lo = 1e9;
    for (const HostCapacity &h : hostsAfter(hosts, plan)) {
        hi = std::max(hi, memoryLoad(h, {}));
        lo = std::min(lo, memoryLoad(h, {}));
    }
    *maxLoad = hi;
    return hi - lo;
}

const char *methodName(const QString &note) {
    if (note == planMethodText(PlanMethod::Optimal))
        return "optimal";
    if (note == planMethodText(PlanMethod::TimeLimit))
        return "limit";
    return "greedy";
}

template <typename F> double medianMs(int runs, F &&f) {
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

void rebalance(const Cluster &c, int limit, int runs) {
    MovePlan greedy, solver;
    const double gMs =
        medianMs(runs, [&] { greedy = planRebalanceGreedy(c.hosts, c.vms, {}, 0.1); });
    const double sMs =
        medianMs(runs, [&] { solver = planRebalance(c.hosts, c.vms, {}, 0.1, limit); });
    double gMax = 0, sMax = 0, before = 0;
    const double gSpread = spreadAfter(c.hosts, greedy, &gMax);
    const double sSpread = spreadAfter(c.hosts, solver, &sMax);
    spreadAfter(c.hosts, {}, &before);
    std::printf("| %lld×%lld | rebalance | %.1f ms / %.0f ms (%s) | %lld / %lld | %.2f / %.2f "
                "(from %.2f) | %.2f / %.2f |\n",
                qlonglong(c.hosts.size()), qlonglong(c.vms.size()), gMs, sMs,
                methodName(solver.note), qlonglong(greedy.moves.size()),
                qlonglong(solver.moves.size()), gMax, sMax, before, gSpread, sSpread);
}

void consolidate(const Cluster &c, int limit, int runs) {
    PlanRequest req;
    req.hosts = c.hosts;
    for (HostCapacity &h : req.hosts) {
        h.allocatedMemoryBytes = 0;
        h.allocatedVcpus = 0;
    }
    for (const HostedVm &vm : c.vms)
        req.vms.append({vm.name, vm.host, vm.demand, true, false});
    req.objective = PlanObjective::FewestHosts;
    req.timeLimitMs = limit;
    PlanResult greedy, solver;
    const double gMs = medianMs(runs, [&] { greedy = planPlacementGreedy(req); });
    // The greedy rule for consolidation packs from scratch (best fit, largest first).
    PlanRequest fresh = req;
    for (PlanVm &vm : fresh.vms)
        vm.host = -1;
    const PlanResult packed = planPlacementGreedy(fresh);
    const double sMs = medianMs(runs, [&] { solver = planPlacement(req); });
    std::printf("| %lld×%lld | consolidate | %.1f ms / %.0f ms (%s) | – / %d | hosts %d (packed "
                "%d) / %d | unfit %lld / %lld |\n",
                qlonglong(c.hosts.size()), qlonglong(c.vms.size()), gMs, sMs,
                methodName(solver.note), solver.moves, greedy.hostsUsed, packed.hostsUsed,
                solver.hostsUsed, qlonglong(packed.unfit.size()), qlonglong(solver.unfit.size()));
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int limit = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    std::printf("time limit %d ms, median of %d runs\n\n", limit, runs);
    std::printf("| hosts×VMs | objective | time greedy / solver (how) | moves greedy / solver | "
                "max load greedy / solver | spread greedy / solver |\n|---|---|---|---|---|---|\n");
    for (int hosts : {4, 16, 64})
        for (int vms : {100, 500, 2000}) {
            const Cluster c = generate(hosts, vms, quint32(hosts * 10007 + vms));
            rebalance(c, limit, runs);
            consolidate(c, limit, runs);
            std::fflush(stdout);
        }
    return 0;
}
