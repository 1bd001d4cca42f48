// SPDX-License-Identifier: GPL-3.0-or-later
// Migration between two real libvirt daemons (QEMU/TCG) with different host UUIDs: a running VM
// live with its disk copied (the volume pre-created on the destination) and back, peer-to-peer,
// a shut-off VM offline, a cancel midway that leaves the VM on the source, and the clear refusals
// (same host, name taken on the destination). Every VM and volume is named vdmig-PID-… and removed.
//
// Environment: VIRTDECK_QEMU_URI (qemu:///system) and VIRTDECK_QEMU2_URI (the second daemon that
// tests/integration/services.sh start-libvirtd2 runs); VIRTDECK_SSH_URI for the same-host check.
#include "core/connectionmanager.h"
#include "core/taskpool.h"
#include "domains/domaintablemodel.h"
#include "jobkindsetup.h"
#include "labs/labcapacityplan.h"
#include "labs/labexecutor.h"
#include "labs/labstore.h"
#include "migration/libvirt/migrationservice.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kImages = u"/var/lib/libvirt/images"_s;

bool sh(const QString &script, QByteArray *out = nullptr, bool quiet = false) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, {u"-c"_s, script});
    const bool finished =
        QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000);
    const QByteArray text = p.readAll();
    if (out)
        *out = text;
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && !quiet)
        qWarning().noquote() << "command failed:" << script << "\n" << text;
    return ok;
}

// virsh's answer, or "<failed>" (often expected: "the VM is not there").
QString virsh(const QString &uri, const QString &args) {
    QByteArray out;
    if (!sh(u"virsh -q -c '%1' %2"_s.arg(uri, args), &out, true))
        return u"<failed>"_s;
    return QString::fromUtf8(out).trimmed();
}

struct Result {
    MigrationService::Outcome outcome = MigrationService::Outcome::Failed;
    QString message;
    int progressSignals = 0;
    MigrationProgress last;
};
} // namespace

class TestIntegrationMigrate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void liveWithStorageCopy();
    void liveBack();
    void peerToPeer();
    void offlineMovesTheDefinition();
    void cancelMidwayLeavesTheVm();
    void refusesNameTakenOnDestination();
    void refusesSameHost();
    void peerUriMakesLocalSocketExplicit();
    void labCapacityMoveIsCarriedOut();

private:
    QString defineTiny(const QString &uri, const QString &name, bool fill = false);
    Result migrate(const MigrationRequest &r, std::function<void(MigrationService &)> during = {});
    QString open(const QString &uri);

    QString m_uri1, m_uri2, m_prefix;
    ConnectionManager *m_cm = nullptr;
    QString m_id1, m_id2;
};

QString TestIntegrationMigrate::open(const QString &uri) {
    const QString id = m_cm->addConnection(ConnectionConfig::fromUri(uri), true);
    if (!QTest::qWaitFor([&] { return m_cm->state(id) == ConnectionState::Connected; }, 60000))
        return {};
    return id;
}

void TestIntegrationMigrate::initTestCase() {
    registerJobKinds();
    m_uri1 = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    m_uri2 = qEnvironmentVariable("VIRTDECK_QEMU2_URI");
    if (m_uri1.isEmpty() || m_uri2.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI and VIRTDECK_QEMU2_URI (a second libvirtd) are needed");
    m_prefix = u"vdmig-%1-"_s.arg(QCoreApplication::applicationPid());
    m_cm = new ConnectionManager(this);
    m_id1 = open(m_uri1);
    QVERIFY2(!m_id1.isEmpty(), qPrintable(m_cm->lastMessage(m_id1)));
    m_id2 = open(m_uri2);
    QVERIFY2(!m_id2.isEmpty(), qPrintable(m_cm->lastMessage(m_id2)));
    QVERIFY(virsh(m_uri2, u"pool-info default"_s).contains(u"running"_s));
}

void TestIntegrationMigrate::cleanupTestCase() {
    if (!m_cm)
        return;
    for (const QString &uri : {m_uri1, m_uri2})
        sh(u"for d in $(virsh -q -c '%1' list --all --name | grep '^%2'); do "
           "virsh -q -c '%1' destroy \"$d\" >/dev/null 2>&1; "
           "virsh -q -c '%1' undefine \"$d\" >/dev/null 2>&1; done; "
           "for v in $(virsh -q -c '%1' vol-list default | awk '{print $1}' | grep '^%2'); do "
           "virsh -q -c '%1' vol-delete \"$v\" --pool default >/dev/null 2>&1; done; true"_s.arg(
               uri, m_prefix));
    m_cm->shutdown();
}

QString TestIntegrationMigrate::defineTiny(const QString &uri, const QString &name, bool fill) {
    const QString vol = name + u".qcow2"_s;
    if (virsh(uri, u"vol-create-as default '%1' 32M --format qcow2"_s.arg(vol)) == u"<failed>"_s)
        return {};
    const QString disk = virsh(uri, u"vol-path '%1' --pool default"_s.arg(vol));
    // Data the storage copy must move (zeros would be skipped), so a slow copy takes a while.
    if (fill && !sh(u"qemu-io -f qcow2 -c 'write -P 0x5a 0 24M' '%1' >/dev/null"_s.arg(disk)))
        return {};
    QFile tpl(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    if (!tpl.open(QIODevice::ReadOnly))
        return {};
    const QString xml =
        QString::fromUtf8(tpl.readAll()).replace(u"@NAME@"_s, name).replace(u"@DISK@"_s, disk);
    QFile out(QDir::temp().filePath(name + u".xml"_s));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(xml.toUtf8());
    out.close();
    const QString uuid =
        virsh(uri, u"define '%1' >/dev/null && virsh -q -c '%2' domuuid '%3'"_s.arg(out.fileName(),
                                                                                    uri, name));
    out.remove();
    return uuid == u"<failed>"_s ? QString() : uuid;
}

Result TestIntegrationMigrate::migrate(const MigrationRequest &r,
                                       std::function<void(MigrationService &)> during) {
    TaskPool tasks(2);
    MigrationService svc(m_cm, &tasks);
    QSignalSpy done(&svc, &MigrationService::finished);
    Result res;
    connect(&svc, &MigrationService::progress, this, [&](const MigrationProgress &p) {
        ++res.progressSignals;
        res.last = p;
        if (during && res.progressSignals == 1)
            during(svc);
    });
    svc.start(r);
    if (!QTest::qWaitFor([&] { return !done.isEmpty(); }, 300000)) {
        res.message = u"timeout"_s;
        return res;
    }
    res.outcome = done.at(0).at(0).value<MigrationService::Outcome>();
    res.message = done.at(0).at(1).toString();
    return res;
}

void TestIntegrationMigrate::liveWithStorageCopy() {
    const QString name = m_prefix + u"live"_s;
    const QString uuid = defineTiny(m_uri1, name);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(sh(u"virsh -q -c '%1' start '%2' >/dev/null"_s.arg(m_uri1, name)));
    // The destination has the pool but not the volume: the service creates it.
    QVERIFY(virsh(m_uri2, u"vol-info '%1.qcow2' --pool default"_s.arg(name)) == u"<failed>"_s);

    MigrationRequest r{m_id1, uuid, m_id2};
    r.copyStorage = true;
    const Result res = migrate(r);
    QVERIFY2(res.outcome == MigrationService::Outcome::Done, qPrintable(res.message));
    QVERIFY2(res.message.contains(u"now runs on"_s), qPrintable(res.message));
    QCOMPARE(virsh(m_uri2, u"domstate '%1'"_s.arg(name)), u"running"_s);
    QCOMPARE(virsh(m_uri2, u"dominfo '%1' | grep Persistent"_s.arg(name)).simplified(),
             u"Persistent: yes"_s);
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(name)), u"<failed>"_s);
    QVERIFY(virsh(m_uri2, u"vol-info '%1.qcow2' --pool default"_s.arg(name)) != u"<failed>"_s);
    qInfo().noquote() << "live migration with storage copy:" << res.message;
}

void TestIntegrationMigrate::liveBack() {
    // The VM of the previous test comes back; its old volume is still on host 1 (a migration
    // leaves the source's storage alone), so the copy writes into that one.
    const QString name = m_prefix + u"live"_s;
    const QString uuid = virsh(m_uri2, u"domuuid '%1'"_s.arg(name));
    QVERIFY(uuid != u"<failed>"_s);
    MigrationRequest r{m_id2, uuid, m_id1};
    r.copyStorage = true;
    const Result res = migrate(r);
    QCOMPARE(res.outcome, MigrationService::Outcome::Done);
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(name)), u"running"_s);
    QCOMPARE(virsh(m_uri2, u"domstate '%1'"_s.arg(name)), u"<failed>"_s);
}

void TestIntegrationMigrate::peerToPeer() {
    // Host 1's daemon dials host 2 itself (its socket, made explicit as qemu+unix).
    const QString name = m_prefix + u"p2p"_s;
    const QString uuid = defineTiny(m_uri1, name);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(sh(u"virsh -q -c '%1' start '%2' >/dev/null"_s.arg(m_uri1, name)));
    MigrationRequest r{m_id1, uuid, m_id2};
    r.peerToPeer = true;
    r.copyStorage = true;
    const Result res = migrate(r);
    QVERIFY2(res.outcome == MigrationService::Outcome::Done, qPrintable(res.message));
    QCOMPARE(virsh(m_uri2, u"domstate '%1'"_s.arg(name)), u"running"_s);
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(name)), u"<failed>"_s);
}

void TestIntegrationMigrate::offlineMovesTheDefinition() {
    const QString name = m_prefix + u"off"_s;
    const QString uuid = defineTiny(m_uri1, name);
    QVERIFY(!uuid.isEmpty());
    const Result res = migrate({m_id1, uuid, m_id2});
    QCOMPARE(res.outcome, MigrationService::Outcome::Done);
    QCOMPARE(res.progressSignals, 0);
    QCOMPARE(virsh(m_uri2, u"domstate '%1'"_s.arg(name)), u"shut off"_s);
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(name)), u"<failed>"_s);
    // Its disk is not on the destination, and the message says so.
    QVERIFY2(res.message.contains(u"copy the disks"_s), qPrintable(res.message));

    // Copying storage is refused for a shut-off VM, with the reason.
    const QString name2 = m_prefix + u"off2"_s;
    const QString uuid2 = defineTiny(m_uri1, name2);
    MigrationRequest r{m_id1, uuid2, m_id2};
    r.copyStorage = true;
    const Result refused = migrate(r);
    QCOMPARE(refused.outcome, MigrationService::Outcome::Failed);
    QVERIFY2(refused.message.contains(u"needs a running VM"_s), qPrintable(refused.message));
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(name2)), u"shut off"_s);
}

void TestIntegrationMigrate::cancelMidwayLeavesTheVm() {
    const QString name = m_prefix + u"cancel"_s;
    const QString uuid = defineTiny(m_uri1, name, true);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(sh(u"virsh -q -c '%1' start '%2' >/dev/null"_s.arg(m_uri1, name)));
    MigrationRequest r{m_id1, uuid, m_id2};
    r.copyStorage = true;
    r.bandwidthMiBs = 1; // 24 MiB of disk at 1 MiB/s: long enough to cancel midway
    const Result res = migrate(r, [](MigrationService &svc) { svc.cancel(); });
    QVERIFY2(res.progressSignals >= 1, qPrintable(res.message));
    QVERIFY2(res.last.dataTotal > 0, "progress carried no byte counts");
    qInfo().noquote() << "cancelled after" << res.progressSignals
                      << "progress report(s):" << res.last.dataProcessed << "of"
                      << res.last.dataTotal << "bytes;" << res.message;
    QCOMPARE(res.outcome, MigrationService::Outcome::Cancelled);
    QVERIFY2(res.message.contains(u"stays on"_s), qPrintable(res.message));
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(name)), u"running"_s);
    QCOMPARE(virsh(m_uri2, u"domstate '%1'"_s.arg(name)), u"<failed>"_s);
    // The volume made for the copy is gone again.
    QCOMPARE(virsh(m_uri2, u"vol-info '%1.qcow2' --pool default"_s.arg(name)), u"<failed>"_s);
}

void TestIntegrationMigrate::refusesNameTakenOnDestination() {
    const QString name = m_prefix + u"dup"_s;
    const QString uuid = defineTiny(m_uri1, name);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(!defineTiny(m_uri2, name).isEmpty());
    const Result res = migrate({m_id1, uuid, m_id2});
    QCOMPARE(res.outcome, MigrationService::Outcome::Failed);
    QVERIFY2(res.message.contains(u"already exists"_s), qPrintable(res.message));
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(name)), u"shut off"_s);
}

void TestIntegrationMigrate::refusesSameHost() {
    const QString sshUri = qEnvironmentVariable("VIRTDECK_SSH_URI");
    if (sshUri.isEmpty())
        QSKIP("VIRTDECK_SSH_URI (the first daemon over ssh) is not set");
    const QString id = open(sshUri);
    QVERIFY2(!id.isEmpty(), qPrintable(m_cm->lastMessage(id)));
    const QString name = m_prefix + u"same"_s;
    const QString uuid = defineTiny(m_uri1, name);
    const Result res = migrate({m_id1, uuid, id});
    QCOMPARE(res.outcome, MigrationService::Outcome::Failed);
    QVERIFY2(res.message.contains(u"same host"_s), qPrintable(res.message));
    m_cm->removeConnection(id);
}

void TestIntegrationMigrate::peerUriMakesLocalSocketExplicit() {
    QCOMPARE(MigrationService::peerUri(u"qemu:///system?socket=/run/x/libvirt-sock"_s),
             u"qemu+unix:///system?socket=/run/x/libvirt-sock"_s);
    QCOMPARE(MigrationService::peerUri(u"qemu+ssh://root@h/system"_s),
             u"qemu+ssh://root@h/system"_s);
    QCOMPARE(MigrationService::peerUri(u"qemu:///system"_s), u"qemu:///system"_s);
}

namespace {
// The capacity check of `lab` in `workspace` (which it connects to the lab's hosts).
LabCapacityReport checkCapacity(Workspace *workspace, const Lab &lab,
                                const PlacementOptions &options) {
    LabExecutor ex(workspace);
    ex.setPlacementOptions(options);
    LabCapacityReport report;
    QObject::connect(&ex, &LabExecutor::capacityChecked,
                     [&report](const LabCapacityReport &r) { report = r; });
    QSignalSpy done(&ex, &LabExecutor::finished);
    ex.checkCapacity(lab, {});
    if (done.isEmpty())
        done.wait(60000);
    return report;
}

// Runs `op` on `lab`'s `students`: each VM's outcome message; placements are recorded in `lab`.
QStringList runLab(Workspace *workspace, Lab *lab, LabOperation op, const QStringList &students) {
    LabExecutor ex(workspace);
    PlacementOptions roomy; // TCG guests with no OS: admit them all
    roomy.memoryOvercommit = 4;
    roomy.cpuOvercommit = 32;
    ex.setPlacementOptions(roomy);
    QStringList messages;
    QObject::connect(
        &ex, &LabExecutor::vmFinished,
        [&messages](const LabVmOutcome &o, const QString &, int, int) { messages << o.message; });
    QObject::connect(&ex, &LabExecutor::placed,
                     [lab](const QString &, const QString &s, const QString &uri) {
                         lab->assignments.append({s, uri});
                     });
    QSignalSpy done(&ex, &LabExecutor::finished);
    ex.run(*lab, op, students);
    if (done.isEmpty())
        done.wait(120000);
    return messages;
}
} // namespace

// A capacity plan carried out: three tiny students provisioned on the first daemon alone, whose
// template asks 5 GiB (shut off, it never runs) so that at a memory ratio of 0.5 a 24 GiB
// host holds two; the report moves one to the second daemon, its "lab-migrate" job moves the
// shut-off VM offline, the lab records the new host and a lab status finds the VM there.
void TestIntegrationMigrate::labCapacityMoveIsCarriedOut() {
    const QString tpl = m_prefix + u"tpl"_s;
    // A fifth of the host's memory per student: under a memory ratio of 0.5 two fit on a host,
    // a third does not — whatever memory the machine running the test has.
    const QString nodeinfo = virsh(m_uri1, u"nodeinfo"_s);
    const QRegularExpressionMatch mem =
        QRegularExpression(u"Memory size:\\s+(\\d+) KiB"_s).match(nodeinfo);
    QVERIFY2(mem.hasMatch(), qPrintable(nodeinfo));
    const qint64 studentKiB = mem.captured(1).toLongLong() / 5;
    for (const QString &uri : {m_uri1, m_uri2}) {
        QVERIFY(!defineTiny(uri, tpl).isEmpty());
        QVERIFY(virsh(uri, u"setmaxmem '%1' %2 --config"_s.arg(tpl).arg(studentKiB)) !=
                u"<failed>"_s);
    }
    Lab lab;
    lab.name = m_prefix + u"lab"_s;
    lab.roles = {{u"vm"_s, tpl}};
    lab.hosts = {m_uri1};
    for (const QString &id : {u"s01"_s, u"s02"_s, u"s03"_s})
        lab.students.append({id, id, {}, {}});
    Workspace workspace;
    QStringList out = runLab(&workspace, &lab, LabOperation::Provision, {});
    QCOMPARE(lab.assignments.size(), 3);
    lab.hosts = {m_uri1, m_uri2};
    QTemporaryDir dir;
    const QString db = dir.filePath(u"labs.sqlite"_s);
    LabStore store;
    QVERIFY(store.open(db) && store.create(lab));

    PlacementOptions half;
    half.memoryOvercommit = 0.5;
    const LabCapacityReport report = checkCapacity(&workspace, lab, half);
    QVERIFY2(report.fitsAfterMoves() && !report.fitsNow(),
             qPrintable(report.adviceLines().join(u' ')));
    QCOMPARE(report.moves.size(), 1);
    const LabCapacityPlan plan = labCapacityPlan(
        lab, report,
        [&workspace](const QString &uri, const QString &vm) -> std::optional<LabVmSeen> {
            QString id;
            for (const auto &c : workspace.connections()->configs())
                if (c.uri() == uri)
                    id = c.id;
            for (int r = 0; r < workspace.domains()->rowCount(); ++r) {
                const DomainInfo &d = workspace.domains()->domainAt(r);
                if (d.connectionId == id && d.name == vm)
                    return LabVmSeen{d.uuid, domainStateIsActive(d.state)};
            }
            return std::nullopt;
        });
    QCOMPARE(plan.migrations.size(), 1);
    const LabPlannedMigration move = plan.migrations.first();
    QCOMPARE(move.to, m_uri2);
    QVERIFY(!move.live);

    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"itest"_s);
    scheduler.start(SchedulerSettings{});
    QSignalSpy finished(&scheduler, &Scheduler::jobFinished);
    scheduler.submit(labMigrationJobs(lab, plan, db));
    QVERIFY(finished.wait(120000));
    const Job job = finished.at(0).at(0).value<Job>();
    QVERIFY2(job.state == JobState::Done, qPrintable(job.result));
    QCOMPARE(virsh(m_uri2, u"domstate '%1'"_s.arg(move.vm)), u"shut off"_s);
    QCOMPARE(virsh(m_uri1, u"domstate '%1'"_s.arg(move.vm)), u"<failed>"_s);
    Lab stored;
    QTRY_VERIFY_WITH_TIMEOUT(store.load(lab.name, &stored) && stored.hostOf(move.student) == m_uri2,
                             10000);
    // The old record looks on the first daemon and misses the VM; the new one finds it there.
    QCOMPARE(runLab(&workspace, &lab, LabOperation::Status, {move.student}),
             QStringList{u"Not provisioned."_s});
    out = runLab(&workspace, &stored, LabOperation::Status, {move.student});
    QCOMPARE(out.size(), 1);
    QVERIFY2(out.first() != u"Not provisioned."_s, qPrintable(out.first()));
    scheduler.stop();
}

QTEST_GUILESS_MAIN(TestIntegrationMigrate)
#include "tst_integration_migrate.moc"
