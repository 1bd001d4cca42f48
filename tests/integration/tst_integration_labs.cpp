// SPDX-License-Identifier: GPL-3.0-or-later
// Labs on the real libvirtd (VIRTDECK_QEMU_URI): a lab of 10 students from a tiny template
// (8 MiB qcow2, 64 MiB of memory, no OS): provision, start, reset one student (the data written
// into its overlay is gone), re-provision after a VM was removed by hand (only that one comes
// back), delete the lab (no VM and no overlay left). Part two: a lab with an isolated network per
// student, a data disk and staggered start: networks made and removed with the lab, fixed
// addresses and MACs kept across a reset, the data disk kept across it, exam mode (snapshot, link
// down, link up, revert). Part three: a new template version (students without changes move at
// once, the others on their next reset, which brings the new template's bytes), backing chains
// checked (a template disk changed under its overlays is reported and such a VM is not started),
// idle-stop, and collecting files refused with the reason when it cannot run. Part four: a lab
// shutdown of guests that ignore ACPI (they boot nothing) waits, then fails "not stopped" or
// forces them off; never "done" while they run. Part five: a running class reset at once over
// connections of the batch's own, counted in libvirtd's client list.
#include "core/connectionmanager.h"
#include "jobkindsetup.h"
#include "labs/lab.h"
#include "labs/labexecutor.h"
#include "labs/labmarker.h"
#include "labs/labsettings.h"
#include "labs/libvirt/labdaemonlimits.h"
#include "labs/libvirt/labvm.h"
#include "workspace/workspace.h"

#include <libvirt/libvirt.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u"vdlabit"_s;
const QString kPool = u"/var/lib/libvirt/images"_s;

// The program's output; *exitCode is -1 when it crashed or was killed after `timeoutMs`.
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
            int timeoutMs = 60000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (exitCode)
        *exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString virsh(const QString &uri, const QStringList &args, int *exitCode = nullptr) {
    return run(u"virsh"_s, QStringList{u"-c"_s, uri} + args, exitCode);
}

struct Outcomes {
    QList<LabVmOutcome> list;
    QStringList notes;
    int ok = -1, failed = -1;
    int changed() const {
        int n = 0;
        for (const auto &o : list)
            n += o.changed;
        return n;
    }
};

Outcomes runLab(Workspace *workspace, Lab *lab, LabOperation op, const QStringList &students = {},
                const QString &snapshot = {}, int shutdownWait = kLabShutdownWait,
                bool force = false, int parallel = 4) {
    LabExecutor ex(workspace);
    ex.setParallelPerHost(parallel);
    ex.setShutdownWait(shutdownWait, force);
    // TCG guests with no OS on a small CI machine: admit them all.
    PlacementOptions opt;
    opt.memoryOvercommit = 4;
    opt.cpuOvercommit = 32;
    ex.setPlacementOptions(opt);
    Outcomes r;
    QObject::connect(&ex, &LabExecutor::vmFinished,
                     [&](const LabVmOutcome &o, const QString &, int, int) {
                         r.list << o;
                         if (!o.ok)
                             qWarning() << o.task.vmName << o.message;
                     });
    QObject::connect(&ex, &LabExecutor::note, [&](const QString &t) {
        qInfo() << t;
        r.notes << t;
    });
    QObject::connect(&ex, &LabExecutor::placed,
                     [&](const QString &, const QString &s, const QString &uri) {
                         lab->assignments.append({s, uri});
                     });
    QSignalSpy done(&ex, &LabExecutor::finished);
    ex.run(*lab, op, students, snapshot);
    if (done.isEmpty())
        done.wait(120000);
    if (!done.isEmpty()) {
        r.ok = done.at(0).at(0).toInt();
        r.failed = done.at(0).at(1).toInt();
    }
    return r;
}

// A lab of students s01..sNN on `uri`, one role on the test's template.
Lab studentLab(const QString &name, const QString &uri, int students = 3) {
    Lab lab;
    lab.name = name;
    lab.roles = {{u"vm"_s, kPrefix + u"-tmpl"_s}};
    for (int i = 1; i <= students; ++i)
        lab.students.append({u"s%1"_s.arg(i, 2, 10, QChar(u'0')), u"Student %1"_s.arg(i), {}, {}});
    lab.hosts = {uri};
    return lab;
}
} // namespace

class TestIntegrationLabs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lifecycle();
    void networksDataDisksExam();
    void templateVersionsIdleCollect();
    void shutdownOfGuestsThatIgnoreAcpi();
    void noInterfaceNoNetwork();
    void concurrentResetOnOwnConnections();

private:
    void cleanUp();
    // The steps of templateVersionsIdleCollect(), in order, on one lab of three students.
    void defineTemplateVersion2();
    void provisionWithChanges(Workspace *workspace, Lab *lab);
    void publishMovesStudentsWithoutChanges(Workspace *workspace, Lab *lab);
    void resetBringsVersion2(Workspace *workspace, Lab *lab);
    void changedTemplateBreaksChains(Workspace *workspace, Lab *lab);
    void idleStopForcesOff(const Lab &lab);
    void collectRefusedWithoutPaths(Workspace *workspace, const Lab &lab);
    void collectFiles(Workspace *workspace, const Lab &lab);
    // The steps of concurrentResetOnOwnConnections().
    void markDisks(const Lab &lab, QHash<QString, QString> *identity);
    void checkDisksAfterReset(const Lab &lab, const QHash<QString, QString> &identity);
    QString disk2() const { return kPool + u'/' + kPrefix + u"-tmpl2.qcow2"_s; }
    QString m_uri;
    QTemporaryDir m_dir;
    // What provisionWithChanges() saw of s03 before the update.
    QString m_uuid3, m_mac3;
};

// Runs a step of a test; a failed step ends the test.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

void TestIntegrationLabs::cleanUp() {
    const QStringList names =
        virsh(m_uri, {u"list"_s, u"--all"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &n : names) {
        if (!n.trimmed().startsWith(kPrefix))
            continue;
        virsh(m_uri, {u"destroy"_s, n.trimmed()});
        virsh(m_uri, {u"undefine"_s, n.trimmed(), u"--snapshots-metadata"_s});
    }
    for (const QString &line :
         virsh(m_uri, {u"vol-list"_s, u"default"_s}).split(u'\n', Qt::SkipEmptyParts)) {
        const QString vol = line.trimmed().section(u' ', 0, 0);
        if (vol.startsWith(kPrefix))
            virsh(m_uri, {u"vol-delete"_s, vol, u"--pool"_s, u"default"_s});
    }
    for (const QString &n :
         virsh(m_uri, {u"net-list"_s, u"--all"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts)) {
        if (!n.trimmed().startsWith(u"vdlab-"_s + kPrefix))
            continue;
        virsh(m_uri, {u"net-destroy"_s, n.trimmed()});
        virsh(m_uri, {u"net-undefine"_s, n.trimmed()});
    }
}

void TestIntegrationLabs::initTestCase() {
    registerJobKinds();
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set");
    // Collecting runs libguestfs's appliance, under TCG like the test VMs: a /dev/kvm that is
    // there but cannot run guests (nested virtualisation) would hang it.
    if (qEnvironmentVariableIsEmpty("LIBGUESTFS_BACKEND_SETTINGS"))
        qputenv("LIBGUESTFS_BACKEND_SETTINGS", "force_tcg");
    QVERIFY(m_dir.isValid());
    cleanUp();
    int rc = 0;
    virsh(m_uri, {u"pool-refresh"_s, u"default"_s});
    const QString out = virsh(m_uri,
                              {u"vol-create-as"_s, u"default"_s, kPrefix + u"-tmpl.qcow2"_s,
                               u"8M"_s, u"--format"_s, u"qcow2"_s},
                              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    const QString data = virsh(m_uri,
                               {u"vol-create-as"_s, u"default"_s, kPrefix + u"-data.qcow2"_s,
                                u"8M"_s, u"--format"_s, u"qcow2"_s},
                               &rc);
    QVERIFY2(rc == 0, qPrintable(data));
    const QString xml =
        u"<domain type='qemu'><name>%1-tmpl</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
        "<source file='%2/%1-tmpl.qcow2'/><target dev='vda' bus='virtio'/></disk>"
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
        "<source file='%2/%1-data.qcow2'/><target dev='vdb' bus='virtio'/></disk>"
        "<interface type='user'><mac address='52:54:00:7a:00:01'/><model type='virtio'/>"
        "<rom enabled='no'/></interface><graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"
        "</devices></domain>"_s.arg(kPrefix, kPool);
    QFile f(m_dir.filePath(u"tmpl.xml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(xml.toUtf8());
    f.close();
    const QString def = virsh(m_uri, {u"define"_s, f.fileName()}, &rc);
    QVERIFY2(rc == 0, qPrintable(def));
}

void TestIntegrationLabs::cleanupTestCase() {
    if (!m_uri.isEmpty())
        cleanUp();
}

void TestIntegrationLabs::lifecycle() {
    Workspace workspace;
    Lab lab = studentLab(kPrefix, m_uri, 10);
    QElapsedTimer t;
    t.start();
    Outcomes r = runLab(&workspace, &lab, LabOperation::Provision);
    qInfo("provision 10: %lld ms", t.elapsed());
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.changed(), 10);
    const QString s3 = lab.vmName(u"s03"_s, u"vm"_s);
    const QString overlay = kPool + u'/' + s3 + u"-vda.qcow2"_s;
    QVERIFY(QFile::exists(overlay));
    const QString info = run(u"qemu-img"_s, {u"info"_s, u"-U"_s, overlay});
    QVERIFY2(info.contains(u"backing file: "_s + kPool + u'/' + kPrefix + u"-tmpl.qcow2"_s),
             qPrintable(info));
    // Distinct MACs, marker present.
    const QString x3 = virsh(m_uri, {u"dumpxml"_s, s3});
    const QString x4 = virsh(m_uri, {u"dumpxml"_s, lab.vmName(u"s04"_s, u"vm"_s)});
    QVERIFY(!x3.contains(u"52:54:00:7a:00:01"_s));
    const auto mac = [](const QString &x) {
        return x.section(u"<mac address='"_s, 1).left(17);
    };
    QVERIFY(!mac(x3).isEmpty());
    QVERIFY(mac(x3) != mac(x4));
    QVERIFY(x3.contains(u"student=\"s03\""_s) || x3.contains(u"student='s03'"_s));

    r = runLab(&workspace, &lab, LabOperation::Start);
    QCOMPARE(r.failed, 0);
    for (const auto &o : r.list)
        QCOMPARE(o.state, DomainState::Running);

    // Student 3 changes their disk (while off), then is reset: the change is gone.
    r = runLab(&workspace, &lab, LabOperation::ForceOff, {u"s03"_s});
    QCOMPARE(r.ok, 1);
    int rc = 0;
    QString io =
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x55 0 1M"_s, overlay}, &rc);
    QVERIFY2(rc == 0, qPrintable(io));
    io = run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0x55 0 1M"_s, overlay}, &rc);
    QVERIFY2(!io.contains(u"verification failed"_s), qPrintable(io));
    r = runLab(&workspace, &lab, LabOperation::Start, {u"s03"_s});
    QCOMPARE(r.ok, 1);
    t.restart();
    r = runLab(&workspace, &lab, LabOperation::Reset, {u"s03"_s});
    QCOMPARE(r.ok, 1);
    QCOMPARE(r.list.first().state, DomainState::Running); // it was running: running again
    r = runLab(&workspace, &lab, LabOperation::ForceOff, {u"s03"_s});
    io = run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0 0 1M"_s, overlay}, &rc);
    QVERIFY2(rc == 0 && !io.contains(u"verification failed"_s), qPrintable(io));

    // Reset the whole (running) lab and time it.
    t.restart();
    r = runLab(&workspace, &lab, LabOperation::Reset);
    qInfo("reset 10: %lld ms", t.elapsed());
    QCOMPARE(r.failed, 0);

    // A VM removed by hand: provisioning again recreates that one only.
    const QString s7 = lab.vmName(u"s07"_s, u"vm"_s);
    virsh(m_uri, {u"destroy"_s, s7});
    virsh(m_uri, {u"undefine"_s, s7}, &rc);
    QCOMPARE(rc, 0);
    r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.changed(), 1);
    for (const auto &o : r.list)
        QCOMPARE(o.changed, o.task.vmName == s7);

    // Delete the lab: no VM and no overlay left; the template stays.
    r = runLab(&workspace, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    virsh(m_uri, {u"pool-refresh"_s, u"default"_s});
    const QString vms = virsh(m_uri, {u"list"_s, u"--all"_s, u"--name"_s});
    const QString vols = virsh(m_uri, {u"vol-list"_s, u"default"_s});
    for (const auto &s : lab.students) {
        QVERIFY2(!vms.contains(lab.vmName(s.id, u"vm"_s)), qPrintable(vms));
        QVERIFY2(!vols.contains(lab.vmName(s.id, u"vm"_s)), qPrintable(vols));
    }
    QVERIFY(vms.contains(kPrefix + u"-tmpl"_s));
    workspace.connections()->shutdown();
}

void TestIntegrationLabs::networksDataDisksExam() {
    Workspace workspace;
    Lab lab = studentLab(kPrefix + u"2"_s, m_uri);
    LabSettings settings;
    settings.networkMode = LabNetworkMode::Student;
    settings.subnetPrefix = u"10.213"_s;
    settings.dataDisks = {u"vdb"_s};
    settings.staggerBatch = 2;
    settings.staggerPauseSeconds = 1;
    lab.settingsJson = settings.toJson();
    const LabNetworkPlan plan = labNetworkPlan(lab, settings);
    QVERIFY(plan.problem.isEmpty());

    Outcomes r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.changed(), 3);
    // One isolated network per student, running, with the student's fixed address.
    const QString nets = virsh(m_uri, {u"net-list"_s, u"--name"_s});
    const QString s1 = lab.vmName(u"s01"_s, u"vm"_s);
    const LabVmNetwork n1 = plan.vms.value(s1);
    for (const auto &n : plan.networks)
        QVERIFY2(nets.contains(n.name), qPrintable(nets));
    const QString netXml = virsh(m_uri, {u"net-dumpxml"_s, n1.network});
    QVERIFY2(netXml.contains(n1.macs.first()) && netXml.contains(n1.address), qPrintable(netXml));
    QVERIFY2(!netXml.contains(u"<forward"_s), qPrintable(netXml));
    // The lab names the bridges (three networks started at once raced for virbrN in CI).
    QVERIFY2(netXml.contains(u"<bridge name='%1'"_s.arg(labBridgeName(n1.network))),
             qPrintable(netXml));
    const QString x1 = virsh(m_uri, {u"dumpxml"_s, s1});
    QVERIFY2(x1.contains(u"<mac address='%1'/>"_s.arg(n1.macs.first())), qPrintable(x1));
    QVERIFY2(x1.contains(u"<source network='%1'"_s.arg(n1.network)), qPrintable(x1));
    // The data disk is a copy, not an overlay on the template.
    const QString dataDisk = kPool + u'/' + s1 + u"-vdb.qcow2"_s;
    const QString overlay = kPool + u'/' + s1 + u"-vda.qcow2"_s;
    QVERIFY(!run(u"qemu-img"_s, {u"info"_s, u"-U"_s, dataDisk}).contains(u"backing file"_s));

    // Student 1 writes to both disks; a reset drops the system disk's change, keeps the data.
    int rc = 0;
    for (const auto &[file, byte] :
         {std::pair{overlay, u"0x55"_s}, std::pair{dataDisk, u"0x66"_s}}) {
        const QString io =
            run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P %1 0 1M"_s.arg(byte), file},
                &rc);
        QVERIFY2(rc == 0, qPrintable(io));
    }
    r = runLab(&workspace, &lab, LabOperation::Reset, {u"s01"_s});
    QCOMPARE(r.ok, 1);
    QString io =
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0 0 1M"_s, overlay}, &rc);
    QVERIFY2(rc == 0 && !io.contains(u"verification failed"_s), qPrintable(io));
    io = run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0x66 0 1M"_s, dataDisk}, &rc);
    QVERIFY2(rc == 0 && !io.contains(u"verification failed"_s), qPrintable(io));
    QCOMPARE(virsh(m_uri, {u"dumpxml"_s, s1}).section(u"<mac address='"_s, 1).left(17),
             n1.macs.first());

    // Staggered start: two batches on this host, all running at the end.
    r = runLab(&workspace, &lab, LabOperation::Start);
    QCOMPARE(r.failed, 0);
    QVERIFY2(r.notes.filter(u"batch 2 of 2"_s).size() >= 1, qPrintable(r.notes.join(u'\n')));
    for (const auto &o : r.list)
        QCOMPARE(o.state, DomainState::Running);

    // Exam: snapshot and link down; then link up; then revert to the exam snapshot.
    r = runLab(&workspace, &lab, LabOperation::ExamStart, {}, u"exam1"_s);
    QCOMPARE(r.failed, 0);
    for (const auto &s : lab.students) {
        const QString vm = lab.vmName(s.id, u"vm"_s);
        const QString mac = plan.vms.value(vm).macs.first();
        QVERIFY(virsh(m_uri, {u"snapshot-list"_s, vm, u"--name"_s}).contains(u"exam1"_s));
        const QString link = virsh(m_uri, {u"domif-getlink"_s, vm, mac});
        QVERIFY2(link.contains(u"down"_s), qPrintable(link));
        QVERIFY(virsh(m_uri, {u"dumpxml"_s, vm, u"--inactive"_s}).contains(u"state='down'"_s));
    }
    r = runLab(&workspace, &lab, LabOperation::ExamEnd);
    QCOMPARE(r.failed, 0);
    QVERIFY2(virsh(m_uri, {u"domif-getlink"_s, s1, n1.macs.first()}).contains(u"up"_s),
             qPrintable(virsh(m_uri, {u"domif-getlink"_s, s1, n1.macs.first()})));
    r = runLab(&workspace, &lab, LabOperation::Revert, {u"s01"_s}, u"exam1"_s);
    QCOMPARE(r.failed, 0);

    // Deleting the lab removes its networks with its VMs and disks.
    r = runLab(&workspace, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    const QString after = virsh(m_uri, {u"net-list"_s, u"--all"_s, u"--name"_s});
    for (const auto &n : plan.networks)
        QVERIFY2(!after.contains(n.name), qPrintable(after));
    virsh(m_uri, {u"pool-refresh"_s, u"default"_s});
    QVERIFY(!virsh(m_uri, {u"vol-list"_s, u"default"_s}).contains(s1));
    workspace.connections()->shutdown();
}

// Version 2 of the template: its own disk with other bytes, more memory, the same data disk.
void TestIntegrationLabs::defineTemplateVersion2() {
    int rc = 0;
    QString out = virsh(m_uri,
                        {u"vol-create-as"_s, u"default"_s, kPrefix + u"-tmpl2.qcow2"_s, u"8M"_s,
                         u"--format"_s, u"qcow2"_s},
                        &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x77 0 1M"_s, disk2()}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QString xml2 = virsh(m_uri, {u"dumpxml"_s, kPrefix + u"-tmpl"_s, u"--inactive"_s});
    xml2.replace(u"<name>%1-tmpl</name>"_s.arg(kPrefix), u"<name>%1-tmpl2</name>"_s.arg(kPrefix));
    xml2.replace(u"%1-tmpl.qcow2"_s.arg(kPrefix), u"%1-tmpl2.qcow2"_s.arg(kPrefix));
    xml2.remove(QRegularExpression(u"<uuid>[^<]*</uuid>"_s));
    xml2.replace(QRegularExpression(u"<memory unit='KiB'>\\d+</memory>"_s),
                 u"<memory unit='KiB'>98304</memory>"_s);
    xml2.replace(QRegularExpression(u"<currentMemory unit='KiB'>\\d+</currentMemory>"_s),
                 u"<currentMemory unit='KiB'>98304</currentMemory>"_s);
    QFile f(m_dir.filePath(u"tmpl2.xml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(xml2.toUtf8());
    f.close();
    out = virsh(m_uri, {u"define"_s, f.fileName()}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
}

// The lab on version 1 (overlays recorded in the marker); then s01 has changes, s02 runs, s03
// was never touched.
void TestIntegrationLabs::provisionWithChanges(Workspace *workspace, Lab *lab) {
    Outcomes r = runLab(workspace, lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    const QString s1 = lab->vmName(u"s01"_s, u"vm"_s), s3 = lab->vmName(u"s03"_s, u"vm"_s);
    const LabMarker m3 = parseLabMarker(virsh(m_uri, {u"dumpxml"_s, s3, u"--inactive"_s}));
    QCOMPARE(m3.version, 1);
    QCOMPARE(m3.disks.size(), 1); // the system disk's overlay; the data disk is a copy
    QCOMPARE(m3.disks.first().base, kPool + u'/' + kPrefix + u"-tmpl.qcow2"_s);
    QVERIFY(!m3.disks.first().baseModified.isEmpty());
    m_uuid3 = virsh(m_uri, {u"domuuid"_s, s3}).trimmed();
    m_mac3 = virsh(m_uri, {u"dumpxml"_s, s3}).section(u"<mac address='"_s, 1).left(17);
    int rc = 0;
    const QString overlay1 = kPool + u'/' + s1 + u"-vda.qcow2"_s;
    const QString out =
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x55 0 1M"_s, overlay1}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    r = runLab(workspace, lab, LabOperation::Start, {u"s02"_s});
    QCOMPARE(r.ok, 1);
}

// Version 2 published: only s03 (off, no writes) moves now, keeping its UUID, MAC and data disk.
void TestIntegrationLabs::publishMovesStudentsWithoutChanges(Workspace *workspace, Lab *lab) {
    QVERIFY(publishTemplateVersion(lab, u"vm"_s, kPrefix + u"-tmpl"_s, {}, 0).size() > 0);
    QCOMPARE(publishTemplateVersion(lab, u"vm"_s, kPrefix + u"-tmpl2"_s, u"new tools"_s, 1),
             QString());
    QCOMPARE(lab->roles.first().templateVersion, 2);
    const QString s3 = lab->vmName(u"s03"_s, u"vm"_s);
    Outcomes r = runLab(workspace, lab, LabOperation::Update);
    QCOMPARE(r.failed, 0);
    for (const auto &o : r.list) {
        QCOMPARE(o.changed, o.task.vmName == s3);
        QCOMPARE(o.templateVersion, o.task.vmName == s3 ? 2 : 1);
    }
    const QString info3 =
        run(u"qemu-img"_s, {u"info"_s, u"-U"_s, kPool + u'/' + s3 + u"-vda.qcow2"_s});
    QVERIFY2(info3.contains(u"backing file: "_s + disk2()), qPrintable(info3));
    const QString x3 = virsh(m_uri, {u"dumpxml"_s, s3, u"--inactive"_s});
    QVERIFY2(x3.contains(u"98304"_s), qPrintable(x3)); // the new version's memory
    QCOMPARE(virsh(m_uri, {u"domuuid"_s, s3}).trimmed(), m_uuid3);
    QCOMPARE(x3.section(u"<mac address='"_s, 1).left(17), m_mac3);
    QVERIFY(x3.contains(s3 + u"-vdb"_s)); // the data disk kept

    // Every chain is intact; s01 and s02 say where they are.
    r = runLab(workspace, lab, LabOperation::Check);
    QCOMPARE(r.failed, 0);
    for (const auto &o : r.list)
        QVERIFY2(o.message.contains(o.task.vmName == s3 ? u"version 2"_s : u"next reset"_s),
                 qPrintable(o.message));
}

// s01's reset brings version 2: its own write is gone, the new template's bytes are there.
void TestIntegrationLabs::resetBringsVersion2(Workspace *workspace, Lab *lab) {
    Outcomes r = runLab(workspace, lab, LabOperation::Reset, {u"s01"_s});
    QCOMPARE(r.ok, 1);
    QCOMPARE(r.list.first().templateVersion, 2);
    int rc = 0;
    const QString overlay1 = kPool + u'/' + lab->vmName(u"s01"_s, u"vm"_s) + u"-vda.qcow2"_s;
    const QString out =
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0x77 0 1M"_s, overlay1}, &rc);
    QVERIFY2(rc == 0 && !out.contains(u"verification failed"_s), qPrintable(out));
}

// Someone writes into version 2's disk: every overlay on it is reported, never started; a reset
// rebuilds on the template as it is now, intact again.
void TestIntegrationLabs::changedTemplateBreaksChains(Workspace *workspace, Lab *lab) {
    int rc = 0;
    const QString out =
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x11 2M 64k"_s, disk2()}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    virsh(m_uri, {u"pool-refresh"_s, u"default"_s});
    const QString s2 = lab->vmName(u"s02"_s, u"vm"_s);
    Outcomes r = runLab(workspace, lab, LabOperation::Check);
    QCOMPARE(r.failed, 2);
    for (const auto &o : r.list) {
        QCOMPARE(o.ok, o.task.vmName == s2);
        if (!o.ok)
            QVERIFY2(o.message.contains(disk2()), qPrintable(o.message));
    }
    r = runLab(workspace, lab, LabOperation::Start, {u"s03"_s});
    QCOMPARE(r.failed, 1);
    QVERIFY2(r.list.first().message.contains(u"broken"_s), qPrintable(r.list.first().message));
    QCOMPARE(r.list.first().state, DomainState::Shutoff);
    r = runLab(workspace, lab, LabOperation::Reset, {u"s03"_s});
    QCOMPARE(r.ok, 1);
    r = runLab(workspace, lab, LabOperation::Check, {u"s03"_s});
    QCOMPARE(r.ok, 1);
}

// Idle-stop on the running s02 (no OS: it idles): a first sample, then a shutdown request, then,
// as the guest ignores it, forced off.
void TestIntegrationLabs::idleStopForcesOff(const Lab &lab) {
    LabVmTask idle;
    idle.op = LabOperation::IdleStop;
    idle.vmName = lab.vmName(u"s02"_s, u"vm"_s);
    idle.lab = lab.name;
    idle.student = u"s02"_s;
    idle.role = u"vm"_s;
    idle.idleMs = 1500;
    const std::unique_ptr<virConnect, int (*)(virConnectPtr)> conn(
        virConnectOpen(m_uri.toUtf8().constData()), virConnectClose);
    QVERIFY(conn);
    LabVmOutcome o = runLabVmTask(conn.get(), idle);
    QVERIFY2(o.ok && !o.changed && o.message.contains(u"First sample"_s), qPrintable(o.message));
    // The firmware's boot attempts may count as use for a moment: allow a few samples.
    QStringList seen;
    for (int i = 0; i < 12 && !o.message.contains(u"forced off"_s); ++i) {
        QTest::qWait(1700);
        o = runLabVmTask(conn.get(), idle);
        QVERIFY2(o.ok, qPrintable(o.message));
        seen << o.message;
    }
    QVERIFY2(seen.filter(u"shutdown requested"_s).size() == 1, qPrintable(seen.join(u'\n')));
    QVERIFY2(o.changed && o.message.contains(u"forced off"_s), qPrintable(seen.join(u'\n')));
    QCOMPARE(o.state, DomainState::Shutoff);
    o = runLabVmTask(conn.get(), idle);
    QVERIFY2(o.ok && !o.changed && o.message.contains(u"Not running"_s), qPrintable(o.message));
}

// Collecting with no paths named (neither given nor in the lab's settings) is refused.
void TestIntegrationLabs::collectRefusedWithoutPaths(Workspace *workspace, const Lab &lab) {
    QTemporaryDir into;
    LabExecutor ex(workspace);
    QStringList notes;
    QObject::connect(&ex, &LabExecutor::note, [&](const QString &t) { notes << t; });
    QSignalSpy done(&ex, &LabExecutor::finished);
    ex.setCollect(into.path());
    ex.run(lab, LabOperation::Collect);
    QVERIFY(done.wait(10000));
    QVERIFY2(notes.join(u' ').contains(u"no paths"_s), qPrintable(notes.join(u' ')));
}

// Without guestfish, collecting says what is missing; with it, the student's files come out of
// the shut-off VM's disk; a report lists every student either way.
void TestIntegrationLabs::collectFiles(Workspace *workspace, const Lab &lab) {
    QTemporaryDir into;
    // Collects `paths` of one student; its outcome, or nothing when it did not finish in time.
    auto collect = [&](const QString &student, const QStringList &paths, int timeoutMs) {
        LabExecutor ex(workspace);
        QList<LabVmOutcome> got;
        QObject::connect(&ex, &LabExecutor::vmFinished,
                         [&](const LabVmOutcome &x, const QString &, int, int) { got << x; });
        QSignalSpy done(&ex, &LabExecutor::finished);
        ex.setCollect(into.path(), paths);
        ex.run(lab, LabOperation::Collect, {student});
        return done.wait(timeoutMs) ? got : QList<LabVmOutcome>();
    };
    auto report = [&] {
        QFile f(into.filePath(u"report.csv"_s));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString s1 = lab.vmName(u"s01"_s, u"vm"_s), s2 = lab.vmName(u"s02"_s, u"vm"_s);
    if (QStandardPaths::findExecutable(u"guestfish"_s).isEmpty()) {
        const QList<LabVmOutcome> got = collect(u"s01"_s, {u"/home/student/work"_s}, 60000);
        QCOMPARE(got.size(), 1);
        QVERIFY2(!got.first().ok && got.first().message.contains(u"libguestfs-tools"_s),
                 qPrintable(got.first().message));
        const QString csv = report();
        QVERIFY2(csv.contains(s1 + u",no,"_s), qPrintable(csv));
        return;
    }
    // s02 (shut off by the idle-stop) gets a filesystem in its overlay that guestfish's
    // inspection takes for a Linux root, with the student's work in it.
    int rc = 0;
    const QString out =
        run(u"guestfish"_s,
            QString(u"--format=qcow2 -a %1 run : mkfs ext4 /dev/sda : mount /dev/sda / : "
                    u"mkdir-p /etc : mkdir-p /bin : touch /etc/fstab : "
                    u"write /etc/hostname s02 : mkdir-p /home/student/work : "
                    u"write /home/student/work/answer.txt 42"_s)
                .arg(kPool + u'/' + s2 + u"-vda.qcow2"_s)
                .split(u' '),
            &rc, 300000);
    // Where libguestfs cannot start its appliance at all, collecting must say so instead.
    const bool fishWorks = rc == 0;
    if (!fishWorks)
        qWarning("guestfish cannot run here (exit %d): %s", rc, qPrintable(out));
    if (rc == -1)
        return; // a hung appliance would hang the collection too
    const QList<LabVmOutcome> got =
        collect(u"s02"_s, {u"/home/student/work"_s, u"/home/student/missing"_s}, 300000);
    QCOMPARE(got.size(), 1);
    const QString msg = got.first().message;
    QVERIFY2(!got.first().ok, qPrintable(msg)); // one path is missing either way
    QCOMPARE(got.first().changed, fishWorks);
    if (fishWorks) {
        QVERIFY2(msg.contains(u"Collected /home/student/work; not found: "
                              u"/home/student/missing"_s),
                 qPrintable(msg));
        QFile answer(into.filePath(u"s02/work/answer.txt"_s));
        QVERIFY2(answer.open(QIODevice::ReadOnly), qPrintable(answer.fileName()));
        QCOMPARE(answer.readAll().trimmed(), QByteArray("42"));
    } else {
        QVERIFY2(msg.startsWith(u"Nothing collected: "_s), qPrintable(msg));
    }
    const QString csv = report();
    QVERIFY2(csv.contains(s2 + u",no,"_s), qPrintable(csv));
}

void TestIntegrationLabs::templateVersionsIdleCollect() {
    STEP(defineTemplateVersion2());
    Workspace workspace;
    Lab lab = studentLab(kPrefix + u"3"_s, m_uri);
    LabSettings settings;
    settings.dataDisks = {u"vdb"_s};
    settings.idleMinutes = 30;
    lab.settingsJson = settings.toJson();
    STEP(provisionWithChanges(&workspace, &lab));
    STEP(publishMovesStudentsWithoutChanges(&workspace, &lab));
    STEP(resetBringsVersion2(&workspace, &lab));
    STEP(changedTemplateBreaksChains(&workspace, &lab));
    STEP(idleStopForcesOff(lab));
    STEP(collectRefusedWithoutPaths(&workspace, lab));
    STEP(collectFiles(&workspace, lab));
    const Outcomes r = runLab(&workspace, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    workspace.connections()->shutdown();
}

// Guests that boot nothing ignore the ACPI request: without force they stay running and fail
// "not stopped after 3 s"; with force they are forced off. Three VMs wait together (about 3 s,
// not 9). cleanupTestCase() removes the VMs and overlays when a step fails.
void TestIntegrationLabs::shutdownOfGuestsThatIgnoreAcpi() {
    Workspace workspace;
    Lab lab = studentLab(kPrefix + u"sd"_s, m_uri, 3);
    Outcomes r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    r = runLab(&workspace, &lab, LabOperation::Start);
    QCOMPARE(r.failed, 0);
    QElapsedTimer t;
    t.start();
    r = runLab(&workspace, &lab, LabOperation::Shutdown, {}, {}, 3, false);
    qInfo("shutdown of 3 with a 3 s wait: %lld ms", t.elapsed());
    QVERIFY(t.elapsed() < 8000);
    QCOMPARE(r.ok, 0);
    QCOMPARE(r.failed, 3);
    for (const auto &o : std::as_const(r.list)) {
        QVERIFY2(o.message.startsWith(u"Not stopped after 3 second(s)"_s), qPrintable(o.message));
        QCOMPARE(o.state, DomainState::Running);
    }
    r = runLab(&workspace, &lab, LabOperation::Shutdown, {}, {}, 3, true);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.ok, 3);
    for (const auto &o : std::as_const(r.list)) {
        QVERIFY2(o.message.startsWith(u"Forced off after 3 second(s)"_s), qPrintable(o.message));
        QCOMPARE(o.state, DomainState::Shutoff);
    }
    r = runLab(&workspace, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    workspace.connections()->shutdown();
}

// A template without a network card, "network per group": no network is made on the daemon,
// each VM's note says so, and the exam says there is nothing to cut.
void TestIntegrationLabs::noInterfaceNoNetwork() {
    int rc = 0;
    const QString xml =
        u"<domain type='qemu'><name>%1-nonic</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
        "<source file='%2/%1-tmpl.qcow2'/><target dev='vda' bus='virtio'/></disk>"
        "</devices></domain>"_s.arg(kPrefix, kPool);
    QFile f(m_dir.filePath(u"nonic.xml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(xml.toUtf8());
    f.close();
    const QString def = virsh(m_uri, {u"define"_s, f.fileName()}, &rc);
    QVERIFY2(rc == 0, qPrintable(def)); // cleanUp() removes it with the other vdlabit VMs
    Workspace workspace;
    Lab lab = studentLab(kPrefix + u"3"_s, m_uri, 2);
    lab.roles = {{u"vm"_s, kPrefix + u"-nonic"_s}};
    lab.students[0].group = u"red"_s;
    lab.students[1].group = u"blue"_s;
    LabSettings settings;
    settings.networkMode = LabNetworkMode::Group;
    lab.settingsJson = settings.toJson();
    Outcomes r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    for (const auto &o : std::as_const(r.list))
        QVERIFY2(o.message.contains(u"no network interface"_s), qPrintable(o.message));
    const QString nets = virsh(m_uri, {u"net-list"_s, u"--all"_s, u"--name"_s});
    QVERIFY2(!nets.contains(u"vdlab-"_s + lab.name), qPrintable(nets));
    r = runLab(&workspace, &lab, LabOperation::ExamStart, {}, u"exam1"_s);
    QCOMPARE(r.failed, 0);
    for (const auto &o : std::as_const(r.list))
        QVERIFY2(o.message.contains(u"no network interface — nothing to cut"_s),
                 qPrintable(o.message));
    r = runLab(&workspace, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    workspace.connections()->shutdown();
}

namespace {
// The file of the VM's disk `dev`, from `virsh domblklist`.
QString diskOf(const QString &uri, const QString &vm, const QString &dev) {
    for (const QString &line : virsh(uri, {u"domblklist"_s, vm}).split(u'\n'))
        if (line.simplified().startsWith(dev + u' '))
            return line.simplified().section(u' ', 1);
    return {};
}

bool readsPattern(const QString &file, const QString &pattern) {
    int rc = 0;
    const QString io =
        run(u"qemu-io"_s,
            {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P "_s + pattern + u" 0 1M"_s, file}, &rc);
    return rc == 0 && !io.contains(u"verification failed"_s);
}
} // namespace

// While the class is off: 0x55 into every overlay, 0x66 into every data disk; `identity` keeps
// each VM's UUID and first MAC.
void TestIntegrationLabs::markDisks(const Lab &lab, QHash<QString, QString> *identity) {
    for (const auto &st : lab.students) {
        const QString vm = lab.vmName(st.id, u"vm"_s);
        const QString x = virsh(m_uri, {u"dumpxml"_s, vm});
        identity->insert(vm, virsh(m_uri, {u"domuuid"_s, vm}).trimmed() +
                                 x.section(u"<mac address='"_s, 1).left(17));
        for (const auto &[dev, pattern] : {std::pair{u"vda"_s, u"0x55"_s}, {u"vdb"_s, u"0x66"_s}}) {
            const QString file = diskOf(m_uri, vm, dev);
            int rc = 0;
            const QString io = run(
                u"qemu-io"_s,
                {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P "_s + pattern + u" 0 1M"_s, file}, &rc);
            QVERIFY2(rc == 0 && !file.isEmpty(), qPrintable(vm + u": "_s + io));
        }
    }
}

// After the reset (and a force off): fresh overlays, kept data disks, same UUIDs and MACs.
void TestIntegrationLabs::checkDisksAfterReset(const Lab &lab,
                                               const QHash<QString, QString> &identity) {
    for (const auto &st : lab.students) {
        const QString vm = lab.vmName(st.id, u"vm"_s);
        QVERIFY2(readsPattern(diskOf(m_uri, vm, u"vda"_s), u"0"_s), qPrintable(vm));
        QVERIFY2(readsPattern(diskOf(m_uri, vm, u"vdb"_s), u"0x66"_s), qPrintable(vm));
        const QString x = virsh(m_uri, {u"dumpxml"_s, vm});
        QCOMPARE(virsh(m_uri, {u"domuuid"_s, vm}).trimmed() +
                     x.section(u"<mac address='"_s, 1).left(17),
                 identity.value(vm));
    }
}

// A running class reset at once, as many VMs as students: the batch spreads over connections
// of its own, as many as libvirtd's limits (read through the admin API) call for — counted in
// the daemon's client list while it runs, and gone after. Every VM runs again on fresh overlays
// with its data disk, UUID and MAC kept.
void TestIntegrationLabs::concurrentResetOnOwnConnections() {
    constexpr int kStudents = 8;
    const LabDaemonLimits limits = readLabDaemonLimits(m_uri);
    if (!limits.fromDaemon)
        QSKIP("libvirtd's admin API is not reachable (it needs root and a local socket)");
    const int expected = labConnectionCount(limits, kStudents, kStudents);
    QVERIFY2(expected >= 2, qPrintable(limits.source));
    const auto guard = qScopeGuard([this] { cleanUp(); });
    Workspace workspace;
    Lab lab = studentLab(kPrefix + u"c"_s, m_uri, kStudents);
    LabSettings settings;
    settings.dataDisks = {u"vdb"_s};
    lab.settingsJson = settings.toJson();
    const auto all = [&](LabOperation op) {
        return runLab(&workspace, &lab, op, {}, {}, kLabShutdownWait, false, kStudents);
    };
    QCOMPARE(all(LabOperation::Provision).failed, 0);
    QHash<QString, QString> identity;
    STEP(markDisks(lab, &identity));
    QCOMPARE(all(LabOperation::Start).failed, 0);

    const qint64 pid = QCoreApplication::applicationPid();
    QTest::qWait(300); // the start batch's connections close with its last worker
    const int before = labDaemonClientsOf(m_uri, pid);
    QVERIFY(before >= 1);
    int peak = before;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout,
                     [&] { peak = std::max(peak, labDaemonClientsOf(m_uri, pid)); });
    sampler.start(250);
    const Outcomes r = all(LabOperation::Reset);
    sampler.stop();
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.list.size(), kStudents);
    for (const auto &o : r.list)
        QCOMPARE(o.state, DomainState::Running);
    QCOMPARE(peak - before, expected);
    QTRY_COMPARE(labDaemonClientsOf(m_uri, pid), before);

    const Outcomes off = all(LabOperation::ForceOff);
    QCOMPARE(off.failed, 0);
    QCOMPARE(off.changed(), kStudents);
    STEP(checkDisksAfterReset(lab, identity));
    QCOMPARE(all(LabOperation::Delete).failed, 0);
    workspace.connections()->shutdown();
}

QTEST_GUILESS_MAIN(TestIntegrationLabs)
#include "tst_integration_labs.moc"
