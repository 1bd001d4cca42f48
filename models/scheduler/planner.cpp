// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace virtdeck {

struct Planner {
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

using namespace Qt::StringLiterals;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// The request read once: which hosts take VMs, what each has left beside the fixed load, and
// where each VM may go at all (a host it does not fit on even empty of the others is no column).
struct Model {
    const PlanRequest &r;
    int n = 0;
    int m = 0;
    QList<bool> usable;
    QList<double> allowMem; // bytes allocatable (physical × ratio)
    QList<double> allowCpu;
    QList<double> baseMem; // bytes in use by what is not planned
    QList<double> baseCpu;
    QList<double> preload;     // memory load before the plan, planned VMs at their hosts
    QList<QList<int>> allowed; // per VM, the hosts it may go to
    QList<int> groupOf;        // per VM, its affinity group or -1

    explicit Model(const PlanRequest &req)
        : r(req) {}
    bool running(int v) const { return r.vms.at(v).running; }
    double mem(int v) const { return double(r.vms.at(v).demand.memoryBytes); }
    int cpu(int v) const { return r.vms.at(v).demand.vcpus; }
};

void readHosts(Model &md) {
    const PlanRequest &r = md.r;
    QSet<QString> seen;
    for (int h = 0; h < md.m; ++h) {
        const HostCapacity &c = r.hosts.at(h);
        bool ok = c.connected && !c.maintenance && !r.maintenance.contains(h);
        if (c.connected && !c.hostUuid.isEmpty()) {
            ok = ok && !seen.contains(c.hostUuid); // a second connection to the same machine
            seen.insert(c.hostUuid);
        }
        md.usable << ok;
        md.allowMem << std::floor(double(c.memoryBytes) * r.options.memoryOvercommit);
        md.allowCpu << std::floor(double(c.cpus) * r.options.cpuOvercommit);
        md.baseMem << double(c.allocatedMemoryBytes);
        md.baseCpu << double(c.allocatedVcpus);
    }
    md.preload = md.baseMem;
    for (const PlanVm &vm : r.vms)
        if (vm.running && vm.host >= 0 && vm.host < md.m)
            md.preload[vm.host] += double(vm.demand.memoryBytes);
    for (int h = 0; h < md.m; ++h)
        md.preload[h] = md.allowMem.at(h) > 0 ? md.preload.at(h) / md.allowMem.at(h) : 2.0;
}

bool fitsEmpty(const Model &md, int v, int h) {
    return md.mem(v) <= md.allowMem.at(h) - md.baseMem.at(h) &&
           md.cpu(v) <= md.allowCpu.at(h) - md.baseCpu.at(h);
}

Model readModel(const PlanRequest &r) {
    Model md(r);
    md.n = int(r.vms.size());
    md.m = int(r.hosts.size());
    readHosts(md);
    md.groupOf = QList<int>(md.n, -1);
    for (int g = 0; g < r.affinity.size(); ++g)
        for (int v : r.affinity.at(g))
            if (v >= 0 && v < md.n)
                md.groupOf[v] = g;
    for (int v = 0; v < md.n; ++v) {
        const PlanVm &vm = r.vms.at(v);
        QList<int> hosts;
        if (vm.pinned && vm.host >= 0) {
            if (vm.host < md.m && md.usable.at(vm.host) && fitsEmpty(md, v, vm.host))
                hosts << vm.host;
        } else {
            for (int h = 0; h < md.m; ++h)
                if (md.usable.at(h) && fitsEmpty(md, v, h))
                    hosts << h;
        }
        md.allowed << hosts;
    }
    return md;
}

// The loads a plan puts on the hosts, and the checks the greedy rules and the reasons use.
struct Loads {
    QList<double> mem;
    QList<double> cpu;
    QList<int> groupHost;
    explicit Loads(const Model &md)
        : mem(md.baseMem)
        , cpu(md.baseCpu)
        , groupHost(int(md.r.affinity.size()), -1) {}
    bool room(const Model &md, int v, int h) const {
        return !md.running(v) || (mem.at(h) + md.mem(v) <= md.allowMem.at(h) + 0.5 &&
                                  cpu.at(h) + md.cpu(v) <= md.allowCpu.at(h) + 1e-9);
    }
    void add(const Model &md, int v, int h) {
        if (md.running(v)) {
            mem[h] += md.mem(v);
            cpu[h] += md.cpu(v);
        }
        if (md.groupOf.at(v) >= 0)
            groupHost[md.groupOf.at(v)] = h;
    }
};

bool pairAllows(const Model &md, const QList<int> &hostOf, const QList<bool> &placed, int v,
                int h) {
    for (const auto &[a, b] : md.r.antiAffinity) {
        const int other = a == v ? b : (b == v ? a : -1);
        if (other >= 0 && other < md.n && placed.at(other) && hostOf.at(other) == h)
            return false;
    }
    return true;
}

// Greedy choice among the hosts where `v` fits now, by the objective's rule.
int greedyHost(const Model &md, const Loads &l, const QList<int> &hostOf, const QList<bool> &placed,
               int v) {
    const int g = md.groupOf.at(v);
    int best = -1;
    double bestScore = 0;
    for (int h : md.allowed.at(v)) {
        if ((g >= 0 && l.groupHost.at(g) >= 0 && l.groupHost.at(g) != h) || !l.room(md, v, h) ||
            !pairAllows(md, hostOf, placed, v, h))
            continue;
        const double left = md.allowMem.at(h) - l.mem.at(h) - md.mem(v);
        double score = 0; // lower is better
        PlacementStrategy s = md.r.options.strategy;
        if (md.r.objective == PlanObjective::EvenLoad)
            s = PlacementStrategy::Spread;
        else if (md.r.objective == PlanObjective::FewestHosts)
            s = PlacementStrategy::BestFit;
        if (s == PlacementStrategy::FirstFit)
            return h;
        score = s == PlacementStrategy::BestFit ? left : -left / std::max(1.0, md.allowMem.at(h));
        if (best < 0 || score < bestScore) {
            best = h;
            bestScore = score;
        }
    }
    return best;
}

void placeGreedy(const Model &md, PlanResult &res, QList<bool> &placed) {
    Loads l(md);
    const auto stay = [&](int v) {
        const int h = md.r.vms.at(v).host;
        if (!md.allowed.at(v).contains(h) || !l.room(md, v, h) ||
            !pairAllows(md, res.hostOf, placed, v, h))
            return;
        const int g = md.groupOf.at(v);
        if (g >= 0 && l.groupHost.at(g) >= 0 && l.groupHost.at(g) != h)
            return;
        l.add(md, v, h);
        placed[v] = true;
    };
    for (int v = 0; v < md.n; ++v)
        if (md.r.vms.at(v).pinned)
            stay(v);
    // Consolidating repacks from scratch (best fit, largest first): staying keeps every host.
    if (md.r.objective != PlanObjective::FewestHosts)
        for (int v = 0; v < md.n; ++v)
            if (!placed.at(v) && !md.r.vms.at(v).pinned && md.r.vms.at(v).host >= 0)
                stay(v);
    QList<int> rest;
    for (int v = 0; v < md.n; ++v)
        if (!placed.at(v) && !md.r.vms.at(v).pinned)
            rest << v;
    std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) {
        if (md.running(a) != md.running(b))
            return md.running(a);
        return md.mem(a) > md.mem(b);
    });
    for (int v : rest) {
        const int h = greedyHost(md, l, res.hostOf, placed, v);
        if (h < 0)
            continue;
        res.hostOf[v] = h;
        l.add(md, v, h);
        placed[v] = true;
    }
}

QString unfitText(const Model &md, const Loads &l, int v, UnfitReason *reason) {
    const PlanVm &vm = md.r.vms.at(v);
    if (std::none_of(md.usable.cbegin(), md.usable.cend(), [](bool u) { return u; })) {
        *reason = UnfitReason::Constraints;
        return Planner::tr("%1: no host can take VMs (every one is disconnected or in "
                           "maintenance).")
            .arg(vm.name);
    }
    if (vm.pinned && vm.host >= 0 && (vm.host >= md.m || !md.usable.at(vm.host))) {
        *reason = UnfitReason::Constraints;
        return Planner::tr("%1: it is pinned to a host that takes no VMs.").arg(vm.name);
    }
    bool memory = false;
    bool cpus = false;
    for (int h = 0; h < md.m; ++h) {
        if (!md.usable.at(h) || (vm.pinned && vm.host >= 0 && h != vm.host))
            continue;
        memory = memory || l.mem.at(h) + md.mem(v) <= md.allowMem.at(h) + 0.5;
        cpus = cpus || (l.mem.at(h) + md.mem(v) <= md.allowMem.at(h) + 0.5 &&
                        l.cpu.at(h) + md.cpu(v) <= md.allowCpu.at(h) + 1e-9);
    }
    if (!memory) {
        *reason = UnfitReason::Memory;
        return Planner::tr("%1: no host has %2 of memory left for it.")
            .arg(vm.name, memorySizeText(qint64(vm.demand.memoryBytes)));
    }
    if (!cpus) {
        *reason = UnfitReason::Vcpus;
        return Planner::tr("%1: no host with the memory for it has %2 vCPUs left.")
            .arg(vm.name)
            .arg(vm.demand.vcpus);
    }
    *reason = UnfitReason::Constraints;
    return Planner::tr("%1: room is left only where its pin, group or pair forbids it.")
        .arg(vm.name);
}

// Moves, loads, hosts used and the reasons, from `placed`.
void finishResult(const Model &md, PlanResult &res, const QList<bool> &placed) {
    Loads l(md);
    for (int v = 0; v < md.n; ++v)
        if (placed.at(v))
            l.add(md, v, res.hostOf.at(v));
    res.unfit.clear();
    res.moves = 0;
    for (int v = 0; v < md.n; ++v) {
        const int cur = md.r.vms.at(v).host;
        if (!placed.at(v)) {
            res.hostOf[v] = cur;
            PlanUnfit u;
            u.vm = v;
            u.text = unfitText(md, l, v, &u.reason);
            res.unfit << u;
        } else if (cur >= 0 && res.hostOf.at(v) != cur) {
            ++res.moves;
        }
    }
    res.maxLoad = 0;
    res.hostsUsed = 0;
    QSet<int> used;
    for (int v = 0; v < md.n; ++v)
        if (placed.at(v) && md.running(v))
            used.insert(res.hostOf.at(v));
    for (int h = 0; h < md.m; ++h) {
        if (!md.usable.at(h))
            continue;
        if (md.allowMem.at(h) > 0)
            res.maxLoad = std::max(res.maxLoad, l.mem.at(h) / md.allowMem.at(h));
        if (used.contains(h) || md.baseMem.at(h) > 0 || md.baseCpu.at(h) > 0)
            ++res.hostsUsed;
    }
    res.note = planMethodText(res.method);
}

PlanResult greedyResult(const Model &md) {
    PlanResult res;
    res.method = PlanMethod::Greedy;
    res.hostOf = QList<int>(md.n, -1);
    for (int v = 0; v < md.n; ++v)
        res.hostOf[v] = md.r.vms.at(v).host;
    QList<bool> placed(md.n, false);
    placeGreedy(md, res, placed);
    finishResult(md, res, placed);
    return res;
}

// The caller's start plan as a result, when it is one for these VMs.
bool startResult(const Model &md, PlanResult &res) {
    if (md.r.start.size() != md.n)
        return false;
    res.method = PlanMethod::Greedy;
    res.hostOf = md.r.start;
    QList<bool> placed(md.n, false);
    for (int v = 0; v < md.n; ++v)
        placed[v] = md.allowed.at(v).contains(md.r.start.at(v));
    finishResult(md, res, placed);
    return true;
}

// The GLPK problem: columns and the rows that tie them, built from a Model.
struct Mip {
    QList<QList<int>> x;  // per VM, per allowed host (same order): column
    QList<int> u;         // per VM: column of "no room"
    QHash<qint64, int> y; // group × host: column of "the group is on that host"
    QList<int> open;      // per host: column of "carries running VMs" (FewestHosts)
    int z = 0;            // max load (EvenLoad, balance)
    int zmin = 0;         // min load (balance)
    int excess = 0;       // balance beyond the tolerance
    QList<int> ia{0}, ja{0};
    QList<double> ar{0.0};
};

struct GlpDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};
using GlpProb = std::unique_ptr<glp_prob, GlpDeleter>;

int addCol(glp_prob *p, int kind, double lo, double hi, double cost) {
    const int c = glp_add_cols(p, 1);
    glp_set_col_kind(p, c, kind);
    glp_set_col_bnds(p, c, lo == hi ? GLP_FX : (hi > 1e29 ? GLP_LO : GLP_DB), lo, hi);
    glp_set_obj_coef(p, c, cost);
    return c;
}

int addRow(glp_prob *p, Mip &mip, int type, double lo, double hi,
           const QList<std::pair<int, double>> &terms) {
    const int row = glp_add_rows(p, 1);
    glp_set_row_bnds(p, row, type, lo, hi);
    for (const auto &[col, coef] : terms) {
        mip.ia << row;
        mip.ja << col;
        mip.ar << coef;
    }
    return row;
}

// Objective weights: a VM left without room costs more than any number of moves; the primary
// goal (load, hosts) more than all moves; tiny tie-breaks prefer moving later VMs and filling the
// hosts that were emptiest before the plan.
struct Weights {
    double move = 1;
    double primary = 0;
    double unfit = 0;
};

Weights weightsFor(const Model &md) {
    Weights w;
    const double n1 = md.n + 1.0;
    switch (md.r.objective) {
    case PlanObjective::FewestMoves:
        w.primary = md.r.balanceTolerance >= 0 ? 100 * n1 : 0;
        w.unfit = md.r.balanceTolerance >= 0 ? w.primary * 20 : 2 * n1;
        break;
    case PlanObjective::EvenLoad:
        w.primary = 100 * n1;
        w.unfit = w.primary * 20;
        break;
    case PlanObjective::FewestHosts:
        w.primary = 2 * n1;
        w.unfit = w.primary * (md.m + 1);
        break;
    }
    return w;
}

void addVmColumns(glp_prob *p, const Model &md, Mip &mip, const Weights &w) {
    for (int v = 0; v < md.n; ++v) {
        const double late = 1e-3 * double(md.n - v) / md.n; // earlier VMs stay, and get room
        QList<int> cols;
        QList<std::pair<int, double>> assign;
        for (int h : md.allowed.at(v)) {
            double cost = 1e-4 * std::min(2.0, md.preload.at(h)) / (md.n + 1.0);
            if (md.r.vms.at(v).host >= 0 && h != md.r.vms.at(v).host)
                cost += w.move * (1 + late);
            cols << addCol(p, GLP_BV, 0, 1, cost);
            assign.append({cols.last(), 1.0});
        }
        mip.x << cols;
        mip.u << addCol(p, GLP_BV, 0, 1, w.unfit * (1 + late));
        assign.append({mip.u.last(), 1.0});
        addRow(p, mip, GLP_FX, 1, 1, assign);
    }
}

void addHostRows(glp_prob *p, const Model &md, Mip &mip, const Weights &w) {
    const bool hosts = md.r.objective == PlanObjective::FewestHosts;
    const bool even = md.r.objective == PlanObjective::EvenLoad;
    const bool balance = md.r.objective == PlanObjective::FewestMoves && md.r.balanceTolerance >= 0;
    if (even || balance)
        mip.z = addCol(p, GLP_CV, 0, 1e30, even ? w.primary : 0);
    if (balance) {
        mip.zmin = addCol(p, GLP_CV, 0, 1e30, 0);
        mip.excess = addCol(p, GLP_CV, 0, 1e30, w.primary);
        addRow(p, mip, GLP_UP, 0, md.r.balanceTolerance,
               {{mip.z, 1.0}, {mip.zmin, -1.0}, {mip.excess, -1.0}});
    }
    for (int h = 0; h < md.m; ++h) {
        mip.open << 0;
        if (!md.usable.at(h))
            continue;
        QList<std::pair<int, double>> mem, cpu, load;
        for (int v = 0; v < md.n; ++v) {
            const int k = int(md.allowed.at(v).indexOf(h));
            if (k < 0 || !md.running(v))
                continue;
            mem.append({mip.x.at(v).at(k), md.mem(v) / kGiB});
            cpu.append({mip.x.at(v).at(k), double(md.cpu(v))});
            if (md.allowMem.at(h) > 0)
                load.append({mip.x.at(v).at(k), md.mem(v) / md.allowMem.at(h)});
        }
        const double memLeft = std::max(0.0, md.allowMem.at(h) - md.baseMem.at(h)) / kGiB;
        const double cpuLeft = std::max(0.0, md.allowCpu.at(h) - md.baseCpu.at(h));
        if (hosts) {
            const bool busy = md.baseMem.at(h) > 0 || md.baseCpu.at(h) > 0;
            mip.open[h] = addCol(p, GLP_BV, busy ? 1 : 0, 1, w.primary);
            mem.append({mip.open.at(h), -memLeft});
            cpu.append({mip.open.at(h), -cpuLeft});
        }
        if (!mem.isEmpty()) {
            addRow(p, mip, GLP_UP, 0, hosts ? 0 : memLeft, mem);
            addRow(p, mip, GLP_UP, 0, hosts ? 0 : cpuLeft, cpu);
        }
        if ((even || balance) && md.allowMem.at(h) > 0) {
            const double base = md.baseMem.at(h) / md.allowMem.at(h);
            load.append({mip.z, -1.0});
            addRow(p, mip, GLP_UP, 0, -base, load);
            if (balance) {
                load.last() = {mip.zmin, -1.0};
                addRow(p, mip, GLP_LO, -base, 0, load);
            }
        }
    }
}

void addPairRows(glp_prob *p, const Model &md, Mip &mip) {
    for (int g = 0; g < md.r.affinity.size(); ++g) {
        QList<std::pair<int, double>> one;
        for (int h = 0; h < md.m; ++h) {
            if (!md.usable.at(h))
                continue;
            const int y = addCol(p, GLP_BV, 0, 1, 0);
            mip.y.insert(qint64(g) * md.m + h, y);
            one.append({y, 1.0});
            for (int v : md.r.affinity.at(g)) {
                const int k = v >= 0 && v < md.n ? int(md.allowed.at(v).indexOf(h)) : -1;
                if (k >= 0)
                    addRow(p, mip, GLP_UP, 0, 0, {{mip.x.at(v).at(k), 1.0}, {y, -1.0}});
            }
        }
        if (!one.isEmpty())
            addRow(p, mip, GLP_UP, 0, 1, one);
    }
    for (const auto &[a, b] : md.r.antiAffinity) {
        if (a < 0 || b < 0 || a >= md.n || b >= md.n)
            continue;
        for (int k = 0; k < md.allowed.at(a).size(); ++k) {
            const int l = int(md.allowed.at(b).indexOf(md.allowed.at(a).at(k)));
            if (l >= 0)
                addRow(p, mip, GLP_UP, 0, 1, {{mip.x.at(a).at(k), 1.0}, {mip.x.at(b).at(l), 1.0}});
        }
    }
}

// The greedy plan as a starting solution, so that a time limit never ends below greedy.
struct Incumbent {
    const Model *md = nullptr;
    const Mip *mip = nullptr;
    const PlanResult *greedy = nullptr;
    bool offered = false;
};

void setLoads(const Model &md, const Mip &mip, const PlanResult &g, QList<double> &x) {
    const bool balance = md.r.objective == PlanObjective::FewestMoves && md.r.balanceTolerance >= 0;
    if (mip.z == 0)
        return;
    double hi = 0;
    double lo = 1e30;
    QList<double> mem = md.baseMem;
    for (int v = 0; v < md.n; ++v)
        if (g.fits(v) && md.running(v))
            mem[g.hostOf.at(v)] += md.mem(v);
    for (int h = 0; h < md.m; ++h)
        if (md.usable.at(h) && md.allowMem.at(h) > 0) {
            hi = std::max(hi, mem.at(h) / md.allowMem.at(h));
            lo = std::min(lo, mem.at(h) / md.allowMem.at(h));
        }
    x[mip.z] = hi;
    if (balance) {
        x[mip.zmin] = std::min(lo, hi);
        x[mip.excess] = std::max(0.0, hi - x.at(mip.zmin) - md.r.balanceTolerance);
    }
}

void offerGreedy(glp_tree *tree, void *info) {
    auto *in = static_cast<Incumbent *>(info);
    if (glp_ios_reason(tree) != GLP_IHEUR || in->offered)
        return;
    in->offered = true;
    const Model &md = *in->md;
    const Mip &mip = *in->mip;
    const PlanResult &g = *in->greedy;
    QList<double> x(glp_get_num_cols(glp_ios_get_prob(tree)) + 1, 0.0);
    for (int v = 0; v < md.n; ++v) {
        const int k = g.fits(v) ? int(md.allowed.at(v).indexOf(g.hostOf.at(v))) : -1;
        if (k < 0) {
            x[mip.u.at(v)] = 1;
            continue;
        }
        x[mip.x.at(v).at(k)] = 1;
        const int grp = md.groupOf.at(v);
        if (grp >= 0)
            x[mip.y.value(qint64(grp) * md.m + g.hostOf.at(v))] = 1;
        if (md.running(v) && mip.open.value(g.hostOf.at(v)) > 0)
            x[mip.open.at(g.hostOf.at(v))] = 1;
    }
    for (int h = 0; h < md.m; ++h)
        if (mip.open.value(h) > 0 && glp_get_col_lb(glp_ios_get_prob(tree), mip.open.at(h)) > 0)
            x[mip.open.at(h)] = 1;
    setLoads(md, mip, g, x);
    glp_ios_heur_sol(tree, x.constData());
}

void readSolution(glp_prob *p, const Model &md, const Mip &mip, PlanResult &res,
                  QList<bool> &placed) {
    for (int v = 0; v < md.n; ++v)
        for (int k = 0; k < md.allowed.at(v).size(); ++k)
            if (glp_mip_col_val(p, mip.x.at(v).at(k)) > 0.5) {
                res.hostOf[v] = md.allowed.at(v).at(k);
                placed[v] = true;
            }
}

// Solves the MIP; false when it found no integer plan (the caller uses greedy).
bool solveMip(const Model &md, const PlanResult &greedy, PlanResult &res, QList<bool> &placed) {
    QElapsedTimer clock;
    clock.start();
    GlpProb prob(glp_create_prob());
    glp_prob *p = prob.get();
    glp_set_obj_dir(p, GLP_MIN);
    Mip mip;
    const Weights w = weightsFor(md);
    addVmColumns(p, md, mip, w);
    addHostRows(p, md, mip, w);
    addPairRows(p, md, mip);
    glp_load_matrix(p, int(mip.ia.size()) - 1, mip.ia.constData(), mip.ja.constData(),
                    mip.ar.constData());
    const int limit = std::max(1, md.r.timeLimitMs);
    if (clock.elapsed() >= limit)
        return false; // building the problem took the time (thousands of VMs on a loaded CPU)
    glp_smcp lp;
    glp_init_smcp(&lp);
    lp.msg_lev = GLP_MSG_OFF;
    lp.tm_lim = std::max(1, limit - int(clock.elapsed()));
    if (glp_simplex(p, &lp) != 0 || glp_get_status(p) != GLP_OPT)
        return false;
    Incumbent inc{&md, &mip, &greedy, false};
    glp_iocp ip;
    glp_init_iocp(&ip);
    ip.msg_lev = GLP_MSG_OFF;
    ip.tm_lim = std::max(1, limit - int(clock.elapsed()));
    ip.cb_func = offerGreedy;
    ip.cb_info = &inc;
    const int ret = glp_intopt(p, &ip);
    const int status = glp_mip_status(p);
    if (status != GLP_OPT && status != GLP_FEAS)
        return false;
    res.method = ret == 0 && status == GLP_OPT ? PlanMethod::Optimal : PlanMethod::TimeLimit;
    readSolution(p, md, mip, res, placed);
    return true;
}

} // namespace

bool PlanResult::fits(int vm) const {
    return std::none_of(unfit.cbegin(), unfit.cend(),
                        [vm](const PlanUnfit &u) { return u.vm == vm; });
}

QString planMethodText(PlanMethod method) {
    switch (method) {
    case PlanMethod::Optimal:
        return Planner::tr("The solver found the best plan.");
    case PlanMethod::TimeLimit:
        return Planner::tr("The solver's best plan within its time limit (not proven the best).");
    case PlanMethod::Greedy:
        return Planner::tr("The solver found no plan in time; the greedy rules made this one.");
    }
    return {};
}

PlanResult planPlacementGreedy(const PlanRequest &request) {
    return greedyResult(readModel(request));
}

PlanResult planPlacement(const PlanRequest &request) {
    const Model md = readModel(request);
    PlanResult greedy = greedyResult(md);
    PlanResult start;
    if (startResult(md, start) && planViolations(request, start).isEmpty())
        greedy = start;
    if (md.n == 0) {
        greedy.method = PlanMethod::Optimal; // nothing to place
        greedy.note = planMethodText(greedy.method);
        return greedy;
    }
    // GLPK keeps one environment per thread: quiet it here, free it before returning, so that a
    // pool thread keeps nothing of a solve.
    glp_term_out(GLP_OFF);
    PlanResult res;
    res.hostOf = QList<int>(md.n, -1);
    QList<bool> placed(md.n, false);
    const bool solved = solveMip(md, greedy, res, placed);
    glp_free_env();
    if (!solved)
        return greedy;
    finishResult(md, res, placed);
    return res;
}

QStringList planViolations(const PlanRequest &request, const PlanResult &plan) {
    const Model md = readModel(request);
    QStringList out;
    if (plan.hostOf.size() != md.n)
        return {u"%1 hosts for %2 VMs"_s.arg(plan.hostOf.size()).arg(md.n)};
    Loads l(md);
    for (int v = 0; v < md.n; ++v) {
        const PlanVm &vm = request.vms.at(v);
        const int h = plan.hostOf.at(v);
        if (!plan.fits(v)) {
            if (h != vm.host)
                out << u"%1 has no room but was moved"_s.arg(vm.name);
            continue;
        }
        if (h < 0 || h >= md.m || !md.usable.at(h))
            out << u"%1 on unusable host %2"_s.arg(vm.name).arg(h);
        else if (vm.pinned && vm.host >= 0 && h != vm.host)
            out << u"%1 is pinned but moved"_s.arg(vm.name);
        else
            l.add(md, v, h);
    }
    for (int h = 0; h < md.m; ++h)
        if (md.usable.at(h) && (l.mem.at(h) > std::max(md.allowMem.at(h), md.baseMem.at(h)) + 0.5 ||
                                l.cpu.at(h) > std::max(md.allowCpu.at(h), md.baseCpu.at(h))))
            out << u"host %1 over capacity"_s.arg(h);
    for (const QList<int> &g : request.affinity) {
        QSet<int> hosts;
        for (int v : g)
            if (plan.fits(v))
                hosts.insert(plan.hostOf.at(v));
        if (hosts.size() > 1)
            out << u"an affinity group is split"_s;
    }
    for (const auto &[a, b] : request.antiAffinity)
        if (plan.fits(a) && plan.fits(b) && plan.hostOf.at(a) == plan.hostOf.at(b))
            out << u"%1 and %2 share a host"_s.arg(request.vms.at(a).name, request.vms.at(b).name);
    return out;
}

} // namespace virtdeck
