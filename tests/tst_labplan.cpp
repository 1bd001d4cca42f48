// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of lab part two: settings as JSON, MACs and networks from the roster, start
// batches and the capacity check, table-driven.
#include "labs/labjobs.h"
#include "labs/labsettings.h"
#include "scheduler/job.h"

#include <QSet>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
constexpr quint64 GiB = 1024ull * 1024 * 1024;

Lab makeLab(int students, const QStringList &groups = {}, int roles = 1) {
    Lab lab;
    lab.name = u"net101"_s;
    for (int r = 0; r < roles; ++r)
        lab.roles.append({roles == 1 ? u"vm"_s : u"r%1"_s.arg(r), u"tmpl%1"_s.arg(r)});
    for (int i = 0; i < students; ++i)
        lab.students.append({u"s%1"_s.arg(i),
                             u"Student %1"_s.arg(i),
                             {},
                             groups.isEmpty() ? QString() : groups.at(i % groups.size())});
    return lab;
}
} // namespace

class TestLabPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settingsRoundTrip();
    void settingsErrors_data();
    void settingsErrors();
    void expiry();
    void templateVersions();
    void idleCpu_data();
    void idleCpu();
    void macsStableAndUnique();
    void studentNetworks();
    void groupNetworks();
    void sharedNetwork();
    void tooManyNetworks();
    void batches_data();
    void batches();
    void capacity_data();
    void capacity();
    void scheduledStarts();
};

void TestLabPlan::settingsRoundTrip() {
    LabSettings s;
    s.networkMode = LabNetworkMode::Group;
    s.subnetPrefix = u"10.99"_s;
    s.dataDisks = {u"vdb"_s};
    s.staggerBatch = 5;
    s.staggerPauseSeconds = 20;
    s.idleMinutes = 45;
    s.endDate = u"2026-12-18"_s;
    s.collectPaths = {u"/home/student/work"_s, u"/etc/hosts"_s};
    QString error;
    const LabSettings back = LabSettings::fromJson(s.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back, s);
    QCOMPARE(LabSettings::fromJson(QString()), LabSettings());
}

void TestLabPlan::settingsErrors_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << u"{mode:"_s << u"cannot be read"_s;
    QTest::newRow("bad mode") << u"{\"network\":{\"mode\":\"mesh\"}}"_s << u"mesh"_s;
    QTest::newRow("shared without name")
        << u"{\"network\":{\"mode\":\"shared\"}}"_s << u"shared network"_s;
    QTest::newRow("bad address")
        << u"{\"network\":{\"mode\":\"shared\",\"shared\":\"default\",\"firstAddress\":\"10.0.0\"}}"_s
        << u"10.0.0"_s;
    QTest::newRow("bad prefix")
        << u"{\"network\":{\"mode\":\"student\",\"subnetPrefix\":\"300.1\"}}"_s << u"300.1"_s;
    QTest::newRow("bad disk") << u"{\"dataDisks\":[\"vd b\"]}"_s << u"vd b"_s;
    QTest::newRow("bad pause") << u"{\"stagger\":{\"batch\":2,\"pauseSeconds\":-1}}"_s
                               << u"pause"_s;
    QTest::newRow("negative idle") << u"{\"idleMinutes\":-5}"_s << u"idle time"_s;
    QTest::newRow("bad end date") << u"{\"endDate\":\"18.12.2026\"}"_s << u"18.12.2026"_s;
    QTest::newRow("relative path") << u"{\"collectPaths\":[\"work\"]}"_s << u"\"work\""_s;
    QTest::newRow("escaping path")
        << u"{\"collectPaths\":[\"/home/../root\"]}"_s << u"/home/../root"_s;
}

void TestLabPlan::expiry() {
    LabSettings s;
    QVERIFY(!s.expired(QDate(2030, 1, 1))); // no end date: never
    s.endDate = u"2026-12-18"_s;
    QVERIFY(!s.expired(QDate(2026, 12, 18))); // the last day is still the lab's
    QVERIFY(s.expired(QDate(2026, 12, 19)));
}

void TestLabPlan::templateVersions() {
    Lab lab;
    lab.name = u"net1"_s;
    lab.createdAt = 100;
    lab.roles = {{u"client"_s, u"tpl-client"_s}, {u"server"_s, u"tpl-server"_s}};
    QVERIFY(publishTemplateVersion(&lab, u"router"_s, u"x"_s, {}, 1).contains(u"router"_s));
    QVERIFY(!publishTemplateVersion(&lab, u"client"_s, u"  "_s, {}, 1).isEmpty());
    // Republishing the template in use: refused, nothing recorded.
    QVERIFY(
        publishTemplateVersion(&lab, u"client"_s, u"tpl-client"_s, {}, 1).contains(u"version 1"_s));
    QCOMPARE(lab.roles.first().templateVersion, 1);
    QCOMPARE(publishTemplateVersion(&lab, u"client"_s, u"tpl-client-2"_s, u"tools"_s, 200),
             QString());
    QCOMPARE(publishTemplateVersion(&lab, u"client"_s, u"tpl-client-3"_s, {}, 300), QString());
    QCOMPARE(lab.roles.first().templateVm, u"tpl-client-3"_s);
    QCOMPARE(lab.roles.first().templateVersion, 3);
    QCOMPARE(lab.roles.last().templateVersion, 1); // the other role is untouched
    QCOMPARE(lab.versions.size(), 3);
    QCOMPARE(lab.versions.first(),
             (LabTemplateVersion{u"client"_s, 1, u"tpl-client"_s, 100, QString()}));
    QCOMPARE(lab.versions.at(1).note, u"tools"_s);
    // An old version's template is never reused, even after a newer one.
    QVERIFY(publishTemplateVersion(&lab, u"client"_s, u"tpl-client-2"_s, {}, 400)
                .contains(u"version 2"_s));
    QCOMPARE(labTemplateOf(lab, u"client"_s, 2), u"tpl-client-2"_s);
    QCOMPARE(labTemplateOf(lab, u"server"_s, 1), u"tpl-server"_s);
    QCOMPARE(labTemplateOf(lab, u"client"_s, 9), QString());
}

void TestLabPlan::idleCpu_data() {
    QTest::addColumn<quint64>("lastCpuNs");
    QTest::addColumn<qint64>("lastMs");
    QTest::addColumn<quint64>("cpuNs");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<bool>("idle");
    // 60 s apart: 2% of one vCPU is 1.2 s of CPU.
    QTest::newRow("no earlier sample")
        << quint64(0) << qint64(0) << quint64(5) << qint64(60000) << 1 << false;
    QTest::newRow("quiet") << quint64(1e9) << qint64(1000) << quint64(1.5e9) << qint64(61000) << 1
                           << true;
    QTest::newRow("just below") << quint64(0) << qint64(1000) << quint64(1.19e9) << qint64(61000)
                                << 1 << true;
    QTest::newRow("busy") << quint64(0) << qint64(1000) << quint64(1.3e9) << qint64(61000) << 1
                          << false;
    QTest::newRow("busy for one, idle for four vCPUs")
        << quint64(0) << qint64(1000) << quint64(3e9) << qint64(61000) << 4 << true;
    QTest::newRow("restarted (CPU time went back)")
        << quint64(9e9) << qint64(1000) << quint64(1e6) << qint64(61000) << 1 << false;
    QTest::newRow("clock went back")
        << quint64(0) << qint64(61000) << quint64(1) << qint64(1000) << 1 << false;
}

void TestLabPlan::idleCpu() {
    QFETCH(quint64, lastCpuNs);
    QFETCH(qint64, lastMs);
    QFETCH(quint64, cpuNs);
    QFETCH(qint64, nowMs);
    QFETCH(int, vcpus);
    QFETCH(bool, idle);
    QCOMPARE(labCpuIdle(lastCpuNs, lastMs, cpuNs, nowMs, vcpus), idle);
}

void TestLabPlan::settingsErrors() {
    QFETCH(QString, json);
    QFETCH(QString, mentions);
    QString error;
    const LabSettings s = LabSettings::fromJson(json, &error);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(s, LabSettings()); // a bad document changes nothing
}

void TestLabPlan::macsStableAndUnique() {
    QCOMPARE(labMac(u"l"_s, u"s1"_s, u"vm"_s, 0), labMac(u"l"_s, u"s1"_s, u"vm"_s, 0));
    QVERIFY(labMac(u"l"_s, u"s1"_s, u"vm"_s, 0) != labMac(u"l"_s, u"s2"_s, u"vm"_s, 0));
    QVERIFY(labMac(u"l"_s, u"s1"_s, u"vm"_s, 0) != labMac(u"l"_s, u"s1"_s, u"vm"_s, 1));
    QVERIFY(labMac(u"l"_s, u"s1"_s, u"vm"_s, 0).startsWith(u"52:54:00:"_s));
    QCOMPARE(labMac(u"l"_s, u"s1"_s, u"vm"_s, 0).size(), 17);
    // 200 students × 2 roles × 4 NICs: no two alike; adding students keeps the old ones' MACs.
    Lab lab = makeLab(200, {}, 2);
    const LabNetworkPlan plan = labNetworkPlan(lab, LabSettings());
    QVERIFY(plan.problem.isEmpty());
    QSet<QString> macs;
    for (const auto &v : plan.vms)
        for (const auto &m : v.macs)
            macs.insert(m);
    QCOMPARE(macs.size(), 200 * 2 * kLabMacsPerVm);
    const QString before = plan.vms.value(lab.vmName(u"s7"_s, u"r1"_s)).macs.first();
    lab.students.append({u"late"_s, {}, {}, {}});
    QCOMPARE(
        labNetworkPlan(lab, LabSettings()).vms.value(lab.vmName(u"s7"_s, u"r1"_s)).macs.first(),
        before);
    QVERIFY(plan.networks.isEmpty()); // template mode makes no network
}

void TestLabPlan::studentNetworks() {
    const Lab lab = makeLab(3, {}, 2);
    LabSettings s;
    s.networkMode = LabNetworkMode::Student;
    const LabNetworkPlan plan = labNetworkPlan(lab, s);
    QVERIFY2(plan.problem.isEmpty(), qPrintable(plan.problem));
    QCOMPARE(plan.networks.size(), 3);
    QCOMPARE(plan.networks.at(1).name, u"vdlab-net101-s-s1"_s);
    QCOMPARE(plan.networks.at(1).gateway, u"10.213.1.1"_s);
    const LabVmNetwork a = plan.vms.value(lab.vmName(u"s1"_s, u"r0"_s));
    const LabVmNetwork b = plan.vms.value(lab.vmName(u"s1"_s, u"r1"_s));
    QCOMPARE(a.network, u"vdlab-net101-s-s1"_s);
    QCOMPARE(a.address, u"10.213.1.10"_s);
    QCOMPARE(b.address, u"10.213.1.11"_s);
    // Isolated (no <forward>), DHCP with a fixed entry per VM of that student only.
    const QString xml = plan.networks.at(1).xml;
    QVERIFY(!xml.contains(u"<forward"_s));
    // Each network names its own bridge (libvirt's virbrN pick races), short enough for Linux.
    QSet<QString> bridges;
    for (const auto &n : plan.networks) {
        const QString bridge = labBridgeName(n.name);
        QVERIFY2(n.xml.contains(u"<bridge name='%1'"_s.arg(bridge)), qPrintable(n.xml));
        QVERIFY(bridge.size() <= 15);
        bridges.insert(bridge);
    }
    QCOMPARE(bridges.size(), plan.networks.size());
    QVERIFY(
        xml.contains(u"<host mac='%1' name='%2' ip='10.213.1.10'/>"_s.arg(a.macs.first(), a.vm)));
    QVERIFY(xml.contains(b.macs.first()));
    QVERIFY(!xml.contains(plan.vms.value(lab.vmName(u"s0"_s, u"r0"_s)).macs.first()));
    QCOMPARE(plan.networkOf(u"s2"_s), u"vdlab-net101-s-s2"_s);
    const QString csv = labAddressCsv(lab, plan);
    QVERIFY(csv.startsWith(u"student_id,role,vm,mac,network,address\n"_s));
    QVERIFY(
        csv.contains(u"s1,r0,%1,%2,vdlab-net101-s-s1,10.213.1.10\n"_s.arg(a.vm, a.macs.first())));
}

void TestLabPlan::groupNetworks() {
    Lab lab = makeLab(5, {u"red"_s, u"blue"_s});
    lab.students.append({u"solo"_s, {}, {}, {}}); // no group
    LabSettings s;
    s.networkMode = LabNetworkMode::Group;
    const LabNetworkPlan plan = labNetworkPlan(lab, s);
    QVERIFY2(plan.problem.isEmpty(), qPrintable(plan.problem));
    QCOMPARE(plan.networks.size(), 3);
    QCOMPARE(plan.networkOf(u"s0"_s), u"vdlab-net101-g-red"_s);
    QCOMPARE(plan.networkOf(u"s2"_s), u"vdlab-net101-g-red"_s);
    QCOMPARE(plan.networkOf(u"s1"_s), u"vdlab-net101-g-blue"_s);
    QCOMPARE(plan.networkOf(u"solo"_s), u"vdlab-net101-g-nogroup"_s);
    // Members of a group share its subnet with consecutive addresses.
    QCOMPARE(plan.vms.value(lab.vmName(u"s0"_s, u"vm"_s)).address, u"10.213.0.10"_s);
    QCOMPARE(plan.vms.value(lab.vmName(u"s2"_s, u"vm"_s)).address, u"10.213.0.11"_s);
    QCOMPARE(plan.vms.value(lab.vmName(u"s4"_s, u"vm"_s)).address, u"10.213.0.12"_s);
    QCOMPARE(plan.vms.value(lab.vmName(u"s1"_s, u"vm"_s)).address, u"10.213.1.10"_s);
    // 91 members do not fit the .10–.99 block.
    LabSettings big = s;
    const LabNetworkPlan over = labNetworkPlan(makeLab(91, {u"all"_s}), big);
    QVERIFY2(over.problem.contains(u"90 addresses"_s), qPrintable(over.problem));
}

void TestLabPlan::sharedNetwork() {
    const Lab lab = makeLab(3, {}, 2);
    LabSettings s;
    s.networkMode = LabNetworkMode::Shared;
    s.sharedNetwork = u"default"_s;
    LabNetworkPlan plan = labNetworkPlan(lab, s);
    QVERIFY(plan.networks.isEmpty()); // the lab owns no network
    QCOMPARE(plan.vms.value(lab.vmName(u"s0"_s, u"r0"_s)).network, u"default"_s);
    QVERIFY(plan.vms.value(lab.vmName(u"s0"_s, u"r0"_s)).address.isEmpty());
    s.firstAddress = u"192.168.122.251"_s;
    plan = labNetworkPlan(lab, s);
    QCOMPARE(plan.vms.value(lab.vmName(u"s0"_s, u"r0"_s)).address, u"192.168.122.251"_s);
    QCOMPARE(plan.vms.value(lab.vmName(u"s0"_s, u"r1"_s)).address, u"192.168.122.252"_s);
    // Addresses carry over the octet.
    QCOMPARE(plan.vms.value(lab.vmName(u"s2"_s, u"r1"_s)).address, u"192.168.123.0"_s);
}

void TestLabPlan::tooManyNetworks() {
    LabSettings s;
    s.networkMode = LabNetworkMode::Student;
    QVERIFY(labNetworkPlan(makeLab(256), s).problem.isEmpty());
    QVERIFY(labNetworkPlan(makeLab(257), s).problem.contains(u"257"_s));
}

void TestLabPlan::batches_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batch");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("no batches") << 7 << 0 << QList<int>{7};
    QTest::newRow("even") << 60 << 20 << QList<int>{20, 20, 20};
    QTest::newRow("remainder") << 7 << 3 << QList<int>{3, 3, 1};
    QTest::newRow("bigger than count") << 4 << 10 << QList<int>{4};
    QTest::newRow("one each") << 3 << 1 << QList<int>{1, 1, 1};
    QTest::newRow("nothing") << 0 << 5 << QList<int>{};
}

void TestLabPlan::batches() {
    QFETCH(int, count);
    QFETCH(int, batch);
    QFETCH(QList<int>, sizes);
    const auto b = staggerBatches(count, batch);
    QList<int> got;
    int next = 0;
    for (const auto &list : b) {
        got << int(list.size());
        for (int i : list)
            QCOMPARE(i, next++); // every index once, in order
    }
    QCOMPARE(got, sizes);
    QCOMPARE(next, count);
}

void TestLabPlan::capacity_data() {
    QTest::addColumn<QList<LabHostLoad>>("hosts");
    QTest::addColumn<QStringList>("unplaced");
    QTest::addColumn<bool>("fitsNow");
    QTest::addColumn<QStringList>("verdicts"); // "host:fits:room"
    QTest::addColumn<QStringList>("moves");    // "student:from>to"
    QTest::addColumn<QStringList>("homeless");

    // 2 GiB and 1 vCPU per student; memory overcommit 1, vCPUs 4 (see capacity()).
    const auto host = [](const QString &name, int memGiB, int cpus, int otherGiB, int students,
                         bool connected = true) {
        LabHostLoad h;
        h.host = name;
        h.connected = connected;
        h.memoryBytes = quint64(memGiB) * GiB;
        h.cpus = cpus;
        h.otherMemoryBytes = quint64(otherGiB) * GiB;
        for (int i = 0; i < students; ++i)
            h.students << u"%1-%2"_s.arg(name).arg(i);
        return h;
    };
    QTest::newRow("fits") << QList<LabHostLoad>{host(u"a"_s, 64, 16, 8, 20),
                                                host(u"b"_s, 64, 16, 0, 20)}
                          << QStringList{} << true << QStringList{u"a:1:28"_s, u"b:1:32"_s}
                          << QStringList{} << QStringList{};
    QTest::newRow("scheduled VMs make a short, b takes the rest")
        << QList<LabHostLoad>{host(u"a"_s, 64, 16, 40, 14), host(u"b"_s, 64, 16, 0, 10)}
        << QStringList{} << false << QStringList{u"a:0:12"_s, u"b:1:32"_s}
        << QStringList{u"a-12:a>b"_s, u"a-13:a>b"_s} << QStringList{};
    QTest::newRow("vCPUs are the limit")
        << QList<LabHostLoad>{host(u"a"_s, 256, 2, 0, 10), host(u"b"_s, 256, 4, 0, 0)}
        << QStringList{} << false << QStringList{u"a:0:8"_s, u"b:1:16"_s}
        << QStringList{u"a-8:a>b"_s, u"a-9:a>b"_s} << QStringList{};
    QTest::newRow("unplaced go to the roomiest")
        << QList<LabHostLoad>{host(u"a"_s, 16, 16, 0, 6), host(u"b"_s, 16, 16, 0, 0)}
        << QStringList{u"x"_s, u"y"_s, u"z"_s} << false << QStringList{u"a:1:8"_s, u"b:1:8"_s}
        << QStringList{u"x:>b"_s, u"y:>b"_s, u"z:>b"_s} << QStringList{};
    QTest::newRow("a down host's students move")
        << QList<LabHostLoad>{host(u"a"_s, 16, 16, 0, 2, false), host(u"b"_s, 16, 16, 0, 7)}
        << QStringList{} << false << QStringList{u"a:0:0"_s, u"b:1:8"_s}
        << QStringList{u"a-0:a>b"_s} << QStringList{u"a-1"_s};
    QTest::newRow("no room anywhere")
        << QList<LabHostLoad>{host(u"a"_s, 8, 16, 8, 1)} << QStringList{u"x"_s} << false
        << QStringList{u"a:0:0"_s} << QStringList{} << QStringList{u"a-0"_s, u"x"_s};
}

void TestLabPlan::capacity() {
    QFETCH(QList<LabHostLoad>, hosts);
    QFETCH(QStringList, unplaced);
    QFETCH(bool, fitsNow);
    QFETCH(QStringList, verdicts);
    QFETCH(QStringList, moves);
    QFETCH(QStringList, homeless);
    PlacementOptions o;
    o.memoryOvercommit = 1.0;
    o.cpuOvercommit = 4.0;
    const LabCapacityReport r = checkLabCapacity(hosts, unplaced, {2 * GiB, 1}, o);
    QStringList gotVerdicts, gotMoves;
    for (const auto &v : r.hosts) {
        gotVerdicts << u"%1:%2:%3"_s.arg(v.host).arg(int(v.fits)).arg(v.room);
        QVERIFY(v.text.contains(v.host));
    }
    for (const auto &m : r.moves)
        gotMoves << u"%1:%2>%3"_s.arg(m.student, m.from, m.to);
    QCOMPARE(gotVerdicts, verdicts);
    QCOMPARE(gotMoves, moves);
    QCOMPARE(r.homeless, homeless);
    QCOMPARE(r.fitsNow(), fitsNow);
    QCOMPARE(r.fitsAfterMoves(), homeless.isEmpty());
}

QTEST_GUILESS_MAIN(TestLabPlan)
// What the capacity check counts as started at the class's time: pending single starts and other
// labs' starts due by then; never finished jobs, later ones, or the lab's own start.
void TestLabPlan::scheduledStarts() {
    const qint64 at = 1'000'000;
    auto job = [](const QString &kind, const QString &uri, const QString &vm, qint64 notBefore,
                  JobState state = JobState::Waiting) {
        Job j;
        j.kind = kind;
        j.uri = uri;
        j.vm = vm;
        j.notBefore = notBefore;
        j.state = state;
        return j;
    };
    Lab other;
    other.name = u"net101"_s;
    other.roles = {{u"vm"_s, u"tpl"_s}};
    other.students = {{u"a1"_s, u"A"_s, {}, {}}, {u"a2"_s, u"B"_s, {}, {}}};
    other.assignments = {{u"a1"_s, u"qemu:///h1"_s}, {u"a2"_s, u"qemu:///h2"_s}};
    int loads = 0;
    const auto load = [&](const QString &name, Lab *out) {
        ++loads;
        if (name != other.name)
            return false;
        *out = other;
        return true;
    };
    const QList<Job> jobs = {
        job(u"start"_s, u"qemu:///h1"_s, u"web"_s, at - 10),
        job(u"start"_s, u"qemu:///h1"_s, u"later"_s, at + 10),
        job(u"start"_s, u"qemu:///h1"_s, u"done"_s, at - 10, JobState::Done),
        job(u"stop"_s, u"qemu:///h1"_s, u"db"_s, at - 10),
        job(u"lab-start"_s, u"qemu:///h1"_s, u"net101"_s, at),
        job(u"lab-start"_s, u"qemu:///h1"_s, u"linux101"_s, at - 5),
        job(u"lab-start"_s, u"qemu:///h1"_s, u"gone"_s, at - 5),
    };
    const auto got = labScheduledStarts(jobs, u"linux101"_s, at, load);
    const QList<std::pair<QString, QString>> want = {
        {u"qemu:///h1"_s, u"web"_s},
        {u"qemu:///h1"_s, other.vmName(u"a1"_s, u"vm"_s)},
        {u"qemu:///h2"_s, other.vmName(u"a2"_s, u"vm"_s)},
    };
    QCOMPARE(got, want);
    QCOMPARE(loads, 2); // net101 and the unknown "gone", never the lab itself
}

#include "tst_labplan.moc"
