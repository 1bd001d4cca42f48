// Labs on the real libvirtd (VIRTDECK_QEMU_URI): a lab of 10 students from a tiny template
// (8 MiB qcow2, 64 MiB of memory, no OS): provision, start, reset one student (the data written
// into its overlay is gone), re-provision after a VM was removed by hand (only that one comes
// back), delete the lab (no VM and no overlay left).
#include "connectionmanager.h"
#include "console.h"
#include "labs/lab.h"
#include "labs/labexecutor.h"
#include "libvirt/labvm.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u"vdlabit"_s;
const QString kPool = u"/var/lib/libvirt/images"_s;

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString virsh(const QString &uri, const QStringList &args, int *exitCode = nullptr) {
    return run(u"virsh"_s, QStringList{u"-c"_s, uri} + args, exitCode);
}

struct Outcomes {
    QList<LabVmOutcome> list;
    int ok = -1, failed = -1;
    int changed() const {
        int n = 0;
        for (const auto &o : list)
            n += o.changed;
        return n;
    }
};

Outcomes runLab(Console *console, Lab *lab, LabOperation op, const QStringList &students = {}) {
    LabExecutor ex(console);
    ex.setParallelPerHost(4);
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
    QObject::connect(&ex, &LabExecutor::note, [](const QString &t) { qWarning() << t; });
    QObject::connect(&ex, &LabExecutor::placed,
                     [&](const QString &, const QString &s, const QString &uri) {
                         lab->assignments.append({s, uri});
                     });
    QSignalSpy done(&ex, &LabExecutor::finished);
    ex.run(*lab, op, students);
    if (done.isEmpty())
        done.wait(120000);
    if (!done.isEmpty()) {
        r.ok = done.at(0).at(0).toInt();
        r.failed = done.at(0).at(1).toInt();
    }
    return r;
}
} // namespace

class TestIntegrationLabs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lifecycle();

private:
    void cleanUp();
    QString m_uri;
    QTemporaryDir m_dir;
};

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
}

void TestIntegrationLabs::initTestCase() {
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set");
    QVERIFY(m_dir.isValid());
    cleanUp();
    int rc = 0;
    virsh(m_uri, {u"pool-refresh"_s, u"default"_s});
    const QString out = virsh(m_uri,
                              {u"vol-create-as"_s, u"default"_s, kPrefix + u"-tmpl.qcow2"_s,
                               u"8M"_s, u"--format"_s, u"qcow2"_s},
                              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    const QString xml =
        u"<domain type='qemu'><name>%1-tmpl</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
        "<source file='%2/%1-tmpl.qcow2'/><target dev='vda' bus='virtio'/></disk>"
        "<interface type='user'><mac address='52:54:00:7a:00:01'/><model type='virtio'/>"
        "</interface><graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"
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
    Console console;
    Lab lab;
    lab.name = kPrefix;
    lab.roles = {{u"vm"_s, kPrefix + u"-tmpl"_s}};
    for (int i = 1; i <= 10; ++i)
        lab.students.append({u"s%1"_s.arg(i, 2, 10, QChar(u'0')), u"Student %1"_s.arg(i), {}, {}});
    lab.hosts = {m_uri};
    QElapsedTimer t;
    t.start();
    Outcomes r = runLab(&console, &lab, LabOperation::Provision);
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

    r = runLab(&console, &lab, LabOperation::Start);
    QCOMPARE(r.failed, 0);
    for (const auto &o : r.list)
        QCOMPARE(o.state, DomainState::Running);

    // Student 3 changes their disk (while off), then is reset: the change is gone.
    r = runLab(&console, &lab, LabOperation::ForceOff, {u"s03"_s});
    QCOMPARE(r.ok, 1);
    int rc = 0;
    QString io =
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x55 0 1M"_s, overlay}, &rc);
    QVERIFY2(rc == 0, qPrintable(io));
    io = run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0x55 0 1M"_s, overlay}, &rc);
    QVERIFY2(!io.contains(u"verification failed"_s), qPrintable(io));
    r = runLab(&console, &lab, LabOperation::Start, {u"s03"_s});
    QCOMPARE(r.ok, 1);
    t.restart();
    r = runLab(&console, &lab, LabOperation::Reset, {u"s03"_s});
    QCOMPARE(r.ok, 1);
    QCOMPARE(r.list.first().state, DomainState::Running); // it was running: running again
    r = runLab(&console, &lab, LabOperation::ForceOff, {u"s03"_s});
    io = run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0 0 1M"_s, overlay}, &rc);
    QVERIFY2(rc == 0 && !io.contains(u"verification failed"_s), qPrintable(io));

    // Reset the whole (running) lab and time it.
    t.restart();
    r = runLab(&console, &lab, LabOperation::Reset);
    qInfo("reset 10: %lld ms", t.elapsed());
    QCOMPARE(r.failed, 0);

    // A VM removed by hand: provisioning again recreates that one only.
    const QString s7 = lab.vmName(u"s07"_s, u"vm"_s);
    virsh(m_uri, {u"destroy"_s, s7});
    virsh(m_uri, {u"undefine"_s, s7}, &rc);
    QCOMPARE(rc, 0);
    r = runLab(&console, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.changed(), 1);
    for (const auto &o : r.list)
        QCOMPARE(o.changed, o.task.vmName == s7);

    // Delete the lab: no VM and no overlay left; the template stays.
    r = runLab(&console, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    virsh(m_uri, {u"pool-refresh"_s, u"default"_s});
    const QString vms = virsh(m_uri, {u"list"_s, u"--all"_s, u"--name"_s});
    const QString vols = virsh(m_uri, {u"vol-list"_s, u"default"_s});
    for (const auto &s : lab.students) {
        QVERIFY2(!vms.contains(lab.vmName(s.id, u"vm"_s)), qPrintable(vms));
        QVERIFY2(!vols.contains(lab.vmName(s.id, u"vm"_s)), qPrintable(vols));
    }
    QVERIFY(vms.contains(kPrefix + u"-tmpl"_s));
    console.connections()->shutdown();
}

QTEST_GUILESS_MAIN(TestIntegrationLabs)
#include "tst_integration_labs.moc"
