// SPDX-License-Identifier: GPL-3.0-or-later
// Lab provisioning and reset times.
//  1. test-driver hosts (two, 256 GiB each): provision 30 and 200 students, reset all, delete;
//  2. when VIRTDECK_QEMU_URI is set, the real libvirtd (as root): provision 30 students from an
//     8 MiB qcow2 template (64 MiB guests that halt at once), start them, reset all 30 while
//     running, force them off, reset all 30 shut off, delete.
//  3. a big roster (`--roster N`, only this case): import and create a lab of N students as
//     `virtdeck lab create` does (parse, check names, plan networks, store), load it back, add
//     the roster again (`lab roster --add`), show it in the students table, write its report.
// Each real-libvirtd step also prints, per VM step (destroy, overlay, define, start), the
// distribution of its times: min / median / p90 / max.
// Usage: bench_labs [PARALLEL_PER_HOST] [--real-only]   (default 4; --real-only skips case 1)
//        bench_labs --roster N            (e.g. 100000)
// Prints numbers; asserts nothing.
#include "core/connectionmanager.h"
#include "jobkindsetup.h"
#include "labs/lab.h"
#include "labs/labexecutor.h"
#include "labs/labreport.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/labstudentmodel.h"
#include "labs/rosterparser.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
int g_parallel = 4;

struct Timed {
    qint64 ms = 0;
    int ok = 0, failed = 0;
    QList<LabVmPhases> phases; // per VM
};

// "min / median / p90 / max" of one step over the VMs that ran it, in seconds.
QByteArray distribution(QList<qint32> ms) {
    ms.removeAll(-1);
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(std::min(qsizetype(q * ms.size()), ms.size() - 1)) / 1000.0;
    };
    return QByteArray::number(ms.first() / 1000.0, 'f', 2) + " / " +
           QByteArray::number(at(0.5), 'f', 2) + " / " + QByteArray::number(at(0.9), 'f', 2) +
           " / " + QByteArray::number(ms.last() / 1000.0, 'f', 2);
}

void reportPhases(const QList<LabVmPhases> &phases) {
    const std::pair<const char *, qint32 LabVmPhases::*> steps[] = {
        {"destroy", &LabVmPhases::destroyMs},
        {"overlay", &LabVmPhases::overlayMs},
        {"define", &LabVmPhases::defineMs},
        {"start", &LabVmPhases::startMs}};
    for (const auto &[name, member] : steps) {
        QList<qint32> ms;
        for (const LabVmPhases &p : phases)
            ms << p.*member;
        const QByteArray d = distribution(ms);
        if (!d.isEmpty())
            std::printf("      %-8s per VM, s (min / median / p90 / max): %s\n", name,
                        d.constData());
    }
}

Timed runLab(Workspace *workspace, Lab *lab, LabOperation op) {
    LabExecutor ex(workspace);
    ex.setParallelPerHost(g_parallel);
    PlacementOptions opt;
    opt.memoryOvercommit = 4;
    opt.cpuOvercommit = 64;
    ex.setPlacementOptions(opt);
    QString firstError;
    QList<LabVmPhases> phases;
    QObject::connect(&ex, &LabExecutor::vmFinished,
                     [&](const LabVmOutcome &o, const QString &, int, int) {
                         phases << o.phases;
                         if (!o.ok && firstError.isEmpty())
                             firstError = o.task.vmName + u": "_s + o.message;
                     });
    QObject::connect(&ex, &LabExecutor::placed,
                     [&](const QString &, const QString &s, const QString &uri) {
                         lab->assignments.append({s, uri});
                     });
    QSignalSpy done(&ex, &LabExecutor::finished);
    QElapsedTimer t;
    t.start();
    ex.run(*lab, op);
    if (done.isEmpty())
        done.wait(600000);
    Timed r;
    r.ms = t.elapsed();
    if (!done.isEmpty()) {
        r.ok = done.at(0).at(0).toInt();
        r.failed = done.at(0).at(1).toInt();
    }
    r.phases = phases;
    if (!firstError.isEmpty())
        std::printf("    first failure: %s\n", qPrintable(firstError));
    return r;
}

void report(const char *what, int students, const Timed &t) {
    std::printf("  %-16s %4d students: %7lld ms  (%d ok, %d failed)\n", what, students, t.ms, t.ok,
                t.failed);
    reportPhases(t.phases);
    std::fflush(stdout);
}

QString writeHost(const QString &dir, const QString &name) {
    const QString xml =
        u"<node><cpu><nodes>1</nodes><sockets>2</sockets><cores>16</cores><threads>2</threads>"
        "<active>64</active><mhz>2400</mhz><model>x86_64</model></cpu>"
        "<memory>268435456</memory>"
        "<domain type='test'><name>tmpl</name><memory>65536</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices><disk type='file' device='disk'>"
        "<driver name='qemu' type='qcow2'/><source file='/benchpool/tmpl.qcow2'/>"
        "<target dev='vda' bus='virtio'/></disk><interface type='network'>"
        "<source network='default'/></interface></devices></domain>"
        "<pool type='dir'><name>benchpool</name><uuid>35bb2ad9-388a-cdfe-461a-b8907f6e5999</uuid>"
        "<capacity>1099511627776</capacity><allocation>0</allocation>"
        "<available>1099511627776</available><target><path>/benchpool</path></target>"
        "<volume type='file'><name>tmpl.qcow2</name><capacity>16777216</capacity>"
        "<allocation>1048576</allocation><target><format type='qcow2'/></target></volume>"
        "</pool></node>"_s;
    const QString path = dir + u'/' + name + u".xml"_s;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(xml.toUtf8());
    return u"test://"_s + path;
}

Lab makeLab(const QString &name, const QString &tmpl, int students, const QStringList &hosts) {
    Lab lab;
    lab.name = name;
    lab.roles = {{u"vm"_s, tmpl}};
    for (int i = 1; i <= students; ++i)
        lab.students.append({u"s%1"_s.arg(i, 3, 10, QChar(u'0')), u"Student %1"_s.arg(i), {}, {}});
    lab.hosts = hosts;
    return lab;
}

QString virsh(const QString &uri, const QStringList &args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"virsh"_s, QStringList{u"-c"_s, uri} + args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAll());
}

void realHost(const QString &uri, const QString &dir) {
    const QString prefix = u"vdlabbench"_s;
    std::printf("Real libvirtd %s, %d VM(s) at once per host:\n", qPrintable(uri), g_parallel);
    // An 8 MiB disk whose boot sector halts the CPU: guests idle like a booted OS, instead of
    // SeaBIOS spinning on "no bootable device" and eating the host's CPU.
    QByteArray disk(8 << 20, '\0');
    disk[0] = char(0xFA); // cli
    disk[1] = char(0xF4); // hlt
    disk[2] = char(0xEB); // jmp $-1
    disk[3] = char(0xFD);
    disk[510] = char(0x55);
    disk[511] = char(0xAA);
    QFile raw(dir + u"/boot.raw"_s);
    if (raw.open(QIODevice::WriteOnly))
        raw.write(disk);
    raw.close();
    QProcess::execute(u"qemu-img"_s,
                      {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, raw.fileName(),
                       u"/var/lib/libvirt/images/"_s + prefix + u"-tmpl.qcow2"_s});
    virsh(uri, {u"pool-refresh"_s, u"default"_s});
    QFile f(dir + u"/tmpl.xml"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write(u"<domain type='qemu'><name>%1-tmpl</name><memory unit='MiB'>64</memory>"
                "<vcpu>1</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
                "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                "<source file='/var/lib/libvirt/images/%1-tmpl.qcow2'/>"
                "<target dev='vda' bus='virtio'/></disk></devices></domain>"_s.arg(prefix)
                    .toUtf8());
    f.close();
    virsh(uri, {u"define"_s, f.fileName()});
    Workspace workspace;
    Lab lab = makeLab(prefix, prefix + u"-tmpl"_s, 30, {uri});
    report("provision", 30, runLab(&workspace, &lab, LabOperation::Provision));
    report("start", 30, runLab(&workspace, &lab, LabOperation::Start));
    report("reset (running)", 30, runLab(&workspace, &lab, LabOperation::Reset));
    report("force off", 30, runLab(&workspace, &lab, LabOperation::ForceOff));
    report("reset (off)", 30, runLab(&workspace, &lab, LabOperation::Reset));
    report("delete", 30, runLab(&workspace, &lab, LabOperation::Delete));
    workspace.connections()->shutdown();
    virsh(uri, {u"undefine"_s, prefix + u"-tmpl"_s});
    virsh(uri, {u"vol-delete"_s, prefix + u"-tmpl.qcow2"_s, u"--pool"_s, u"default"_s});
}
// Times one step of the big-roster case and prints it.
template <typename F> void timed(const char *what, int n, qint64 *total, F &&step) {
    QElapsedTimer t;
    t.start();
    step();
    const qint64 ms = t.elapsed();
    *total += ms;
    std::printf("  %-26s %6d rows: %7lld ms\n", what, n, ms);
    std::fflush(stdout);
}

// Import and create a lab of `n` students, as `virtdeck lab create` does, and what follows.
void bigRoster(int n, const QString &dir) {
    std::printf("A roster of %d students (one role, groups of 30):\n", n);
    QByteArray csv = "id,name,email,group\n";
    for (int i = 0; i < n; ++i)
        csv += QByteArray("st") + QByteArray::number(i) + ",Student " + QByteArray::number(i) +
               ",st" + QByteArray::number(i) + "@example.org,g" + QByteArray::number(i / 30) + "\n";
    const QString rosterPath = dir + u"/big.csv"_s;
    QFile f(rosterPath);
    if (f.open(QIODevice::WriteOnly))
        f.write(csv);
    f.close();
    qint64 total = 0;
    Lab lab;
    lab.name = u"big"_s;
    lab.roles = {{u"vm"_s, u"tmpl"_s}};
    lab.hosts = {u"test:///default"_s};
    const LabSettings settings; // the template's network: group networks stop at 256
    RosterParseResult roster;
    timed("parse roster", n, &total, [&] { roster = parseRosterFile(rosterPath); });
    lab.students = roster.students;
    QString problem;
    timed("check names", n, &total, [&] { problem = labPatternProblem(lab); });
    LabNetworkPlan plan;
    timed("plan networks", n, &total, [&] { plan = labNetworkPlan(lab, settings); });
    LabStore store;
    store.open(dir + u"/big.sqlite"_s);
    bool saved = false;
    timed("store the lab", n, &total, [&] { saved = store.save(lab); });
    std::printf("  import + create: %lld ms%s%s\n", total, saved ? "" : " (NOT SAVED)",
                problem.isEmpty() && plan.problem.isEmpty() ? "" : " (REFUSED)");
    total = 0;
    Lab back;
    timed("load the lab", n, &total, [&] { store.load(u"big"_s, &back); });
    int added = -1;
    timed("roster --add (all again)", n, &total,
          [&] { added = addStudents(&back, roster.students); });
    LabStudentModel model;
    timed("students table", n, &total, [&] { model.setLab(back); });
    for (int i = 0; i < n; i += 2)
        back.assignments.append({back.students.at(i).id, u"test:///default"_s});
    timed("students table (placed)", n, &total, [&] { model.setLab(back); });
    QString report;
    timed("report", n, &total, [&] { report = labReportCsv(labReportRows(back, {}, {})); });
    std::printf("  the rest: %lld ms (%d added again, %lld report bytes)\n", total, added,
                qint64(report.size()));
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    virtdeck::registerJobKinds();
    if (argc > 2 && QByteArray(argv[1]) == "--roster") {
        QTemporaryDir dir;
        bigRoster(std::max(1, QByteArray(argv[2]).toInt()), dir.path());
        return 0;
    }
    const bool realOnly = argc > 1 && QByteArray(argv[argc - 1]) == "--real-only";
    if (argc > 1 + int(realOnly))
        g_parallel = std::max(1, QByteArray(argv[1]).toInt());
    QTemporaryDir dir;
    if (!realOnly)
        std::printf("Test-driver hosts (two), %d VM(s) at once per host:\n", g_parallel);
    for (int n : {30, 200}) {
        if (realOnly)
            break;
        Workspace workspace;
        const QStringList hosts = {writeHost(dir.path(), u"a%1"_s.arg(n)),
                                   writeHost(dir.path(), u"b%1"_s.arg(n))};
        Lab lab = makeLab(u"bench%1"_s.arg(n), u"tmpl"_s, n, hosts);
        report("provision", n, runLab(&workspace, &lab, LabOperation::Provision));
        report("again", n, runLab(&workspace, &lab, LabOperation::Provision));
        report("reset", n, runLab(&workspace, &lab, LabOperation::Reset));
        report("delete", n, runLab(&workspace, &lab, LabOperation::Delete));
        workspace.connections()->shutdown();
    }
    const QString uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (!uri.isEmpty())
        realHost(uri, dir.path());
    else
        std::printf("VIRTDECK_QEMU_URI is not set: no real-libvirtd numbers.\n");
    return 0;
}
