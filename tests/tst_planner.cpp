// SPDX-License-Identifier: GPL-3.0-or-later
// The MIP placement planner on hand-made instances whose optimum is known, against the greedy
// rules; and every plan of a few hundred seeded random instances checked against the capacities.
#include "labs/labclassplan.h"
#include "migration/evacuationplan.h"
#include "scheduler/planner.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
constexpr quint64 GiB = 1024ull * 1024 * 1024;

HostCapacity host(const QString &name, quint64 memGiB, int cpus = 64) {
    HostCapacity h;
    h.host = name;
    h.memoryBytes = memGiB * GiB;
    h.cpus = cpus;
    return h;
}

PlanVm vm(const QString &name, int at, quint64 memGiB, int vcpus = 1) {
    return {name, at, {memGiB * GiB, vcpus}, true, false};
}

HostedVm hosted(const QString &name, int at, quint64 memGiB) {
    return {name, name, at, {memGiB * GiB, 1}, true};
}

void charge(QList<HostCapacity> &hosts, const QList<HostedVm> &vms) {
    for (const HostedVm &v : vms)
        if (v.running) {
            hosts[v.host].allocatedMemoryBytes += v.demand.memoryBytes;
            hosts[v.host].allocatedVcpus += v.demand.vcpus;
        }
}

double spreadAfter(const QList<HostCapacity> &hosts, const MovePlan &plan) {
    double hi = 0, lo = 1e9;
    for (const HostCapacity &h : hostsAfter(hosts, plan)) {
        hi = std::max(hi, memoryLoad(h, {}));
        lo = std::min(lo, memoryLoad(h, {}));
    }
    return hi - lo;
}
} // namespace

class TestPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labThatGreedyCannotFit();
    void rebalanceInOneMove();
    void evacuationMakesRoom();
    void maintenanceHostTakesNothing();
    void infeasibleSaysWhy();
    void constraintsRespected();
    void randomPlansKeepTheRules();
    void timeLimitStillGivesAPlan();
    void labClassInOneSolve();
    void solvesOnSeveralThreads();
};

// Students of three sizes in roster order: placed one by one, no greedy rule fits them all on
// 10 + 12 GiB; the solver packs 2+6+2 and 5+7.
void TestPlanner::labThatGreedyCannotFit() {
    const QList<HostCapacity> hosts{host(u"a"_s, 10), host(u"b"_s, 12)};
    const QList<quint64> sizes{2, 5, 7, 6, 2};
    for (auto s :
         {PlacementStrategy::FirstFit, PlacementStrategy::BestFit, PlacementStrategy::Spread}) {
        QList<HostCapacity> state = hosts;
        bool all = true;
        for (quint64 g : sizes) {
            const PlacementResult r = placeVm(state, {g * GiB, 1}, {s, 1.0, 4.0});
            if (!r.ok()) {
                all = false;
                break;
            }
            state[r.host].allocatedMemoryBytes += g * GiB;
        }
        QVERIFY2(!all, qPrintable(placementStrategyName(s)));
    }
    PlanRequest req;
    req.hosts = hosts;
    for (int i = 0; i < sizes.size(); ++i)
        req.vms << vm(u"s%1"_s.arg(i), -1, sizes.at(i));
    for (auto o :
         {PlanObjective::FewestMoves, PlanObjective::EvenLoad, PlanObjective::FewestHosts}) {
        req.objective = o;
        const PlanResult plan = planPlacement(req);
        QVERIFY(plan.unfit.isEmpty());
        QCOMPARE(plan.method, PlanMethod::Optimal);
        QCOMPARE(plan.note, planMethodText(PlanMethod::Optimal));
        QCOMPARE(planViolations(req, plan), QStringList{});
    }
}

// Loads 2/16, 6/16, 4/32: the greedy rule (most to least loaded) needs three moves to come
// within ten points; moving the 3 GiB VM from b to c is enough.
void TestPlanner::rebalanceInOneMove() {
    QList<HostCapacity> hosts{host(u"a"_s, 16), host(u"b"_s, 16), host(u"c"_s, 32)};
    const QList<HostedVm> vms{hosted(u"v0"_s, 1, 3), hosted(u"v1"_s, 0, 2), hosted(u"v2"_s, 1, 1),
                              hosted(u"v3"_s, 1, 2), hosted(u"v4"_s, 2, 4)};
    charge(hosts, vms);
    const MovePlan greedy = planRebalanceGreedy(hosts, vms, {}, 0.1);
    QVERIFY2(greedy.moves.size() >= 3, qPrintable(describePlan(greedy, hosts)));
    const MovePlan solver = planRebalance(hosts, vms, {}, 0.1);
    QCOMPARE(solver.moves.size(), 1);
    QCOMPARE(solver.moves.at(0).vm, u"v0"_s);
    QCOMPARE(solver.moves.at(0).to, 2);
    QVERIFY(spreadAfter(hosts, solver) <= 0.1 + 1e-9);
    QCOMPARE(solver.note, planMethodText(PlanMethod::Optimal));
}

// b is in maintenance: evacuating a, rebalancing or placing new VMs never puts a VM on it (the
// emptiest host), by the solver or the greedy rules, and a rebalance moves its own VM away.
void TestPlanner::maintenanceHostTakesNothing() {
    QList<HostCapacity> hosts{host(u"a"_s, 16), host(u"b"_s, 16), host(u"c"_s, 32)};
    hosts[1].maintenance = true;
    const QList<HostedVm> vms{hosted(u"v0"_s, 1, 2), hosted(u"v1"_s, 0, 4), hosted(u"v2"_s, 0, 6),
                              hosted(u"v3"_s, 2, 4)};
    charge(hosts, vms);
    for (const MovePlan &plan :
         {planEvacuation(hosts, vms, 0, {}), planEvacuationGreedy(hosts, vms, 0, {})}) {
        QStringList moved;
        for (const PlannedMove &m : plan.moves) {
            QVERIFY2(m.to == 2, qPrintable(describePlan(plan, hosts))); // a's VMs, and b's, to c
            moved << m.vm;
        }
        QVERIFY2(moved.contains(u"v1"_s) && moved.contains(u"v2"_s),
                 qPrintable(describePlan(plan, hosts)));
    }
    for (const MovePlan &plan :
         {planRebalance(hosts, vms, {}, 0.1), planRebalanceGreedy(hosts, vms, {}, 0.1)})
        for (const PlannedMove &m : plan.moves)
            QVERIFY2(m.to != 1, qPrintable(describePlan(plan, hosts)));
    const MovePlan solver = planRebalance(hosts, vms, {}, 0.1);
    QVERIFY2(std::any_of(solver.moves.cbegin(), solver.moves.cend(),
                         [](const PlannedMove &m) { return m.vm == u"v0"_s; }),
             qPrintable(describePlan(solver, hosts)));
    PlanRequest req;
    req.hosts = hosts;
    for (int i = 0; i < 4; ++i)
        req.vms << vm(u"new%1"_s.arg(i), -1, 1);
    const PlanResult placed = planPlacement(req);
    QVERIFY(placed.unfit.isEmpty());
    QVERIFY(!placed.hostOf.contains(1));
}

// The 8 GiB VM fits on no other host as they are; moving a 4 GiB VM between b and c makes room.
// Greedy refuses it; the solver places every VM with one extra move, made first (fewer
// moves than greedy cannot be: every VM of the source moves once).
void TestPlanner::evacuationMakesRoom() {
    QList<HostCapacity> hosts{host(u"src"_s, 16), host(u"b"_s, 10), host(u"c"_s, 10)};
    const QList<HostedVm> vms{hosted(u"big"_s, 0, 8), hosted(u"b1"_s, 1, 4), hosted(u"c1"_s, 2, 4),
                              hosted(u"c2"_s, 2, 2)};
    charge(hosts, vms);
    const MovePlan greedy = planEvacuationGreedy(hosts, vms, 0, {});
    QVERIFY(!greedy.ok());
    const MovePlan solver = planEvacuation(hosts, vms, 0, {});
    QVERIFY2(solver.ok(), qPrintable(solver.refusals.join(u'\n')));
    // b1 to c or c1 to b (the same cost), then big where it left.
    QCOMPARE(solver.moves.size(), 2);
    QVERIFY(solver.moves.at(0).from != 0);
    QCOMPARE(solver.moves.at(1).vm, u"big"_s);
    QCOMPARE(solver.moves.at(1).to, solver.moves.at(0).from);
}

void TestPlanner::infeasibleSaysWhy() {
    PlanRequest req;
    req.hosts = {host(u"a"_s, 16, 8), host(u"b"_s, 16, 8)};
    req.vms = {vm(u"huge"_s, -1, 32), vm(u"wide"_s, -1, 1, 64), vm(u"ok"_s, -1, 4),
               vm(u"late"_s, -1, 14), vm(u"later"_s, -1, 14)};
    const PlanResult plan = planPlacement(req);
    QCOMPARE(plan.unfit.size(), 3);
    QCOMPARE(plan.unfit.at(0).vm, 0);
    QCOMPARE(plan.unfit.at(0).reason, UnfitReason::Memory);
    QVERIFY2(plan.unfit.at(0).text.startsWith(u"huge: "_s), qPrintable(plan.unfit.at(0).text));
    QCOMPARE(plan.unfit.at(1).vm, 1);
    QCOMPARE(plan.unfit.at(1).reason, UnfitReason::Vcpus);
    QVERIFY(plan.unfit.at(1).text.contains(u"64 vCPUs"_s));
    // ok, late and later: 4 + 14 + 14 on two 16 GiB hosts: the last one has no room.
    QCOMPARE(plan.unfit.at(2).vm, 4);
    QCOMPARE(plan.unfit.at(2).reason, UnfitReason::Memory);
    QVERIFY(plan.fits(2) && plan.fits(3));
    QCOMPARE(planViolations(req, plan), QStringList{});
}

void TestPlanner::constraintsRespected() {
    PlanRequest req;
    req.hosts = {host(u"a"_s, 16), host(u"b"_s, 16), host(u"m"_s, 64), host(u"alias"_s, 64)};
    req.hosts[0].hostUuid = u"u-a"_s;
    req.hosts[3].hostUuid = u"u-a"_s; // the same machine as a, again: never chosen
    req.maintenance = {2};
    req.vms = {vm(u"g1"_s, -1, 4), vm(u"g2"_s, -1, 4),      vm(u"g3"_s, -1, 4),
               vm(u"src"_s, 1, 2), vm(u"replica"_s, -1, 2), vm(u"pinned"_s, 1, 2),
               vm(u"onm"_s, 2, 2)};
    req.vms[5].pinned = true;
    req.affinity = {{0, 1, 2}};
    req.antiAffinity = {{3, 4}};
    req.objective = PlanObjective::EvenLoad;
    const PlanResult plan = planPlacement(req);
    QVERIFY(plan.unfit.isEmpty());
    QCOMPARE(planViolations(req, plan), QStringList{});
    QCOMPARE(plan.hostOf.at(0), plan.hostOf.at(1));
    QCOMPARE(plan.hostOf.at(1), plan.hostOf.at(2));
    QVERIFY(plan.hostOf.at(3) != plan.hostOf.at(4));
    QCOMPARE(plan.hostOf.at(5), 1);
    QVERIFY(plan.hostOf.at(6) == 0 || plan.hostOf.at(6) == 1); // off the host in maintenance
    for (int h : plan.hostOf)
        QVERIFY(h != 2 && h != 3);
    // The greedy fallback keeps the same rules.
    QCOMPARE(planViolations(req, planPlacementGreedy(req)), QStringList{});
}

// Seeded random clusters with pins, hosts in maintenance, groups and pairs: no plan of the
// solver or of the greedy rules ever breaks a rule, and the solver never places fewer VMs.
void TestPlanner::randomPlansKeepTheRules() {
    QRandomGenerator rng(24);
    for (int round = 0; round < 300; ++round) {
        PlanRequest req;
        const int hosts = 2 + int(rng.bounded(4));
        for (int h = 0; h < hosts; ++h)
            req.hosts << host(u"h%1"_s.arg(h), 8 + rng.bounded(25), 2 + int(rng.bounded(8)));
        if (rng.bounded(3) == 0)
            req.maintenance << int(rng.bounded(hosts));
        const int n = 3 + int(rng.bounded(15));
        for (int v = 0; v < n; ++v) {
            PlanVm p = vm(u"v%1"_s.arg(v), int(rng.bounded(hosts + 1)) - 1, 1 + rng.bounded(8),
                          1 + int(rng.bounded(4)));
            p.running = rng.bounded(5) != 0;
            p.pinned = p.host >= 0 && rng.bounded(8) == 0;
            req.vms << p;
        }
        if (n >= 4 && rng.bounded(2))
            req.affinity = {{0, 1}};
        if (n >= 5 && rng.bounded(2))
            req.antiAffinity = {{2, 3}, {3, 4}};
        req.objective = PlanObjective(rng.bounded(3));
        if (req.objective == PlanObjective::FewestMoves && rng.bounded(2))
            req.balanceTolerance = 0.1;
        req.options.memoryOvercommit = rng.bounded(2) ? 1.0 : 1.5;
        req.timeLimitMs = 500;
        const PlanResult plan = planPlacement(req);
        const PlanResult greedy = planPlacementGreedy(req);
        const QString where = u"round %1"_s.arg(round);
        QVERIFY2(planViolations(req, plan).isEmpty(),
                 qPrintable(where + u": "_s + planViolations(req, plan).join(u"; "_s)));
        QVERIFY2(planViolations(req, greedy).isEmpty(), qPrintable(where));
        if (plan.method == PlanMethod::Optimal)
            QVERIFY2(plan.unfit.size() <= greedy.unfit.size(), qPrintable(where));
    }
}

// A large cluster with a 1 ms limit: still a plan that keeps every rule, and a note that does
// not claim the best one.
void TestPlanner::timeLimitStillGivesAPlan() {
    QRandomGenerator rng(7);
    PlanRequest req;
    for (int h = 0; h < 32; ++h)
        req.hosts << host(u"h%1"_s.arg(h), 64 + 64 * rng.bounded(3), 32);
    for (int v = 0; v < 1000; ++v)
        req.vms << vm(u"v%1"_s.arg(v), int(rng.bounded(32)), 1 + rng.bounded(8),
                      1 + int(rng.bounded(4)));
    req.objective = PlanObjective::EvenLoad;
    req.timeLimitMs = 1;
    const PlanResult plan = planPlacement(req);
    QVERIFY(plan.method != PlanMethod::Optimal);
    QCOMPARE(plan.note, planMethodText(plan.method));
    QVERIFY(plan.note != planMethodText(PlanMethod::Optimal));
    QCOMPARE(planViolations(req, plan), QStringList{});
}

// Provisioning's objective follows the lab's strategy; a group with a network stays together,
// on the host its placed mates are on.
void TestPlanner::labClassInOneSolve() {
    LabClassPlanInput in;
    in.hosts = {host(u"a"_s, 16), host(u"b"_s, 16)};
    in.perStudent = {2 * GiB, 1};
    for (int i = 0; i < 6; ++i)
        in.students << LabStudent{u"s%1"_s.arg(i), {}, {}, i < 3 ? u"A"_s : u"B"_s};
    const auto count = [](const QHash<QString, int> &plan, int h) {
        return std::count(plan.cbegin(), plan.cend(), h);
    };
    in.options.strategy = PlacementStrategy::Spread;
    QHash<QString, int> plan = planLabClass(in);
    QCOMPARE(plan.size(), 6);
    QCOMPARE(count(plan, 0), 3);
    in.options.strategy = PlacementStrategy::BestFit;
    plan = planLabClass(in);
    QCOMPARE(plan.size(), 6);
    QVERIFY(count(plan, 0) == 6 || count(plan, 1) == 6);
    in.options.strategy = PlacementStrategy::FirstFit;
    QVERIFY(planLabClass(in).isEmpty()); // the greedy rule, in host order
    // Groups: 4 GiB each, three a group; A's mates are on b already.
    in.options.strategy = PlacementStrategy::Spread;
    in.perStudent = {4 * GiB, 1};
    in.groupsTogether = true;
    in.groupHost = {{u"A"_s, 1}};
    plan = planLabClass(in);
    QCOMPARE(plan.size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(plan.value(u"s%1"_s.arg(i)), i < 3 ? 1 : 0);

    // Groups of 3, 3, 2, 2 students on room for 6 and 4: student by student, spread puts A and B
    // on different hosts and D has to split; the whole class at once keeps every group whole.
    LabClassPlanInput groups;
    groups.hosts = {host(u"a"_s, 12), host(u"b"_s, 8)};
    groups.perStudent = {2 * GiB, 1};
    groups.groupsTogether = true;
    const QStringList names{u"A"_s, u"A"_s, u"A"_s, u"B"_s, u"B"_s,
                            u"B"_s, u"C"_s, u"C"_s, u"D"_s, u"D"_s};
    for (int i = 0; i < names.size(); ++i)
        groups.students << LabStudent{u"g%1"_s.arg(i), {}, {}, names.at(i)};
    QList<HostCapacity> state = groups.hosts;
    QHash<QString, int> greedyHostOf;
    bool split = false;
    for (const LabStudent &st : std::as_const(groups.students)) {
        int h = greedyHostOf.value(st.group, -1);
        if (h < 0 || freeMemory(state.at(h), {}) < qint64(2 * GiB))
            h = placeVm(state, groups.perStudent, {}).host;
        split = split || (greedyHostOf.contains(st.group) && greedyHostOf.value(st.group) != h);
        greedyHostOf.insert(st.group, h);
        if (h >= 0)
            state[h].allocatedMemoryBytes += 2 * GiB;
    }
    QVERIFY(split);
    plan = planLabClass(groups);
    QCOMPARE(plan.size(), 10);
    for (int i = 1; i < names.size(); ++i)
        if (names.at(i) == names.at(i - 1))
            QCOMPARE(plan.value(u"g%1"_s.arg(i)), plan.value(u"g%1"_s.arg(i - 1)));
}

// GLPK keeps an environment per thread: solves on several threads at once give the same plans.
void TestPlanner::solvesOnSeveralThreads() {
    PlanRequest req;
    req.hosts = {host(u"a"_s, 10), host(u"b"_s, 12)};
    const QList<quint64> sizes{2, 5, 7, 6, 2};
    for (int i = 0; i < sizes.size(); ++i)
        req.vms << vm(u"s%1"_s.arg(i), -1, sizes.at(i));
    const PlanResult one = planPlacement(req);
    std::atomic<int> same{0};
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 20; ++i) {
                    const PlanResult p = planPlacement(req);
                    if (p.hostOf == one.hostOf && p.unfit.isEmpty())
                        ++same;
                }
            });
    }
    QCOMPARE(same.load(), 80);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
