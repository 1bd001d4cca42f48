// SPDX-License-Identifier: GPL-3.0-or-later
// Labs on libvirt's test driver: the store, naming, the lab domain XML, provisioning spread over
// two hosts (idempotent, only what is missing is recreated), bulk start and delete, and batches
// on a TaskPool (cancelled: no new VM started).
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/handles.h"
#include "core/taskpool.h"
#include "domains/domaintablemodel.h"
#include "jobkindsetup.h"
#include "labs/lab.h"
#include "labs/labdomainxml.h"
#include "labs/labexecutor.h"
#include "labs/labjobs.h"
#include "labs/labmarker.h"
#include "labs/laboutcomefeed.h"
#include "labs/labreport.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/labstudentmodel.h"
#include "labs/libvirt/labdaemonlimits.h"
#include "labs/libvirt/labtasks.h"
#include "scheduler/jobexecutor.h"
#include "scheduler/jobkinds.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <libvirt/libvirt.h>

#include <functional>
#include <memory>
#include <mutex>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
struct Run {
    QList<LabVmOutcome> outcomes;
    QStringList notes;
    QHash<QString, QString> placed;
    int ok = -1, failed = -1;
    int changed() const {
        int n = 0;
        for (const auto &o : outcomes)
            n += o.changed;
        return n;
    }
};

Run runLab(Workspace *workspace, Lab *lab, LabOperation op, const QStringList &students = {},
           const QString &snapshot = {}, int shutdownWait = kLabShutdownWait) {
    LabExecutor ex(workspace);
    ex.setParallelPerHost(3);
    ex.setHostWaitMs(10000);
    ex.setShutdownWait(shutdownWait, false);
    Run r;
    QObject::connect(&ex, &LabExecutor::vmFinished,
                     [&](const LabVmOutcome &o, const QString &, int, int) {
                         r.outcomes << o;
                         if (!o.ok)
                             qWarning() << o.task.vmName << o.message;
                     });
    QObject::connect(&ex, &LabExecutor::note, [&](const QString &t) { r.notes << t; });
    QObject::connect(&ex, &LabExecutor::placed,
                     [&](const QString &, const QString &s, const QString &uri) {
                         r.placed.insert(s, uri);
                         lab->assignments.append({s, uri});
                     });
    QSignalSpy done(&ex, &LabExecutor::finished);
    ex.run(*lab, op, students, snapshot);
    if (done.isEmpty())
        done.wait(20000);
    if (!done.isEmpty()) {
        r.ok = done.at(0).at(0).toInt();
        r.failed = done.at(0).at(1).toInt();
    }
    return r;
}

QList<LabVmStatus> status(Workspace *workspace, const QString &uri, const QString &labName) {
    QString id;
    for (const auto &c : workspace->connections()->configs())
        if (c.uri() == uri)
            id = c.id;
    QList<LabVmStatus> out;
    bool got = false;
    QObject ctx;
    listLabVmsAsync(workspace->tasks(), workspace->connections()->connection(id), labName,
                    [&](const QList<LabVmStatus> &l, const QString &) {
                        // Called on a pool thread; the test waits for it below.
                        QMetaObject::invokeMethod(
                            &ctx, [&, l] { out = l, got = true; }, Qt::QueuedConnection);
                    });
    (void)QTest::qWaitFor([&] { return got; }, 10000);
    return out;
}

// Status tasks for VMs `name`-1 … `name`-n of lab "nolab".
QList<LabVmTask> statusTasks(const QString &name, int n) {
    QList<LabVmTask> tasks;
    for (int i = 1; i <= n; ++i) {
        LabVmTask t;
        t.vmName = u"%1-%2"_s.arg(name).arg(i);
        t.lab = u"nolab"_s;
        tasks << t;
    }
    return tasks;
}

// The outcomes a batch delivers, from the pool's threads.
struct Delivered {
    std::mutex mutex;
    QList<LabVmOutcome> list;
    std::function<void(const LabVmOutcome &)> sink() {
        return [this](const LabVmOutcome &o) {
            std::lock_guard lock(mutex);
            list << o;
        };
    }
    qsizetype size() {
        std::lock_guard lock(mutex);
        return list.size();
    }
};
} // namespace

class TestLabs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void naming();
    void rosterChanges();
    void labDomainXml();
    void storeRoundTrip();
    void examState();
    void provisionSpreadIdempotentDelete();
    void asSchedulerJob();
    void batchOnTaskPool();
    void shutdownWaitsUntilOff();
    void jobCountsOnlyWhatWasDone();
    void noInterfaceNoNetwork();
    void connectionsFromDaemonLimits_data();
    void connectionsFromDaemonLimits();
    void adminUriOfLocalHosts_data();
    void adminUriOfLocalHosts();

private:
    QTemporaryDir m_dir;
    QString m_hostA, m_hostB, m_hostBare;
};

void TestLabs::initTestCase() {
    registerJobKinds();
    QVERIFY(m_dir.isValid());
    // Each host its own file: the test driver keeps one private state per opened document.
    for (const char *n : {"a", "b"})
        QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s,
                            m_dir.filePath(QLatin1String(n) + u".xml"_s)));
    m_hostA = u"test://"_s + m_dir.filePath(u"a.xml"_s);
    m_hostB = u"test://"_s + m_dir.filePath(u"b.xml"_s);
    m_hostBare = u"test:///default"_s; // has no lab template
}

void TestLabs::naming() {
    Lab lab;
    lab.name = u"net101"_s;
    lab.roles = {{u"client"_s, u"c"_s}, {u"server"_s, u"s"_s}};
    lab.students = {{u"s01"_s, u"Ann Lee"_s, {}, u"g1"_s}, {u"s02"_s, u"Bo"_s, {}, u"g1"_s}};
    QCOMPARE(lab.vmName(u"s01"_s, u"client"_s), u"net101-s01-client"_s);
    lab.pattern = u"{group}/{name}_{student}.{role}"_s;
    QCOMPARE(lab.vmName(u"s01"_s, u"server"_s), u"g1-Ann-Lee_s01.server"_s);
    QVERIFY(labPatternProblem(lab).isEmpty());
    lab.pattern = u"{lab}-{student}"_s;
    QVERIFY(labPatternProblem(lab).contains(u"{role}"_s));
    lab.pattern = u"{lab}-{group}-{role}"_s;
    QVERIFY(!labPatternProblem(lab).isEmpty());
    QVERIFY(labNameProblem(u"net 101"_s).contains(u"letters"_s));
    QVERIFY(labNameProblem(u"net101"_s).isEmpty());
    LabOperation op;
    QVERIFY(labOperationFromName(u"shutdown"_s, &op) && op == LabOperation::Shutdown);
    QVERIFY(!labOperationFromName(u"explode"_s, &op));
}

void TestLabs::rosterChanges() {
    Lab lab;
    lab.name = u"r"_s;
    lab.roles = {{u"vm"_s, u"t"_s}};
    lab.students = {{u"a"_s, u"Ann"_s, {}, {}}, {u"b"_s, u"Ben"_s, {}, {}}};
    lab.assignments = {{u"b"_s, u"test:///default"_s}};
    QCOMPARE(
        addStudents(&lab, {{u"A"_s, u"Ann Lee"_s, u"ann@x.org"_s, {}}, {u"c"_s, u"Cy"_s, {}, {}}}),
        1);
    QCOMPARE(lab.students.size(), 3);
    QCOMPARE(lab.students.at(0).name, u"Ann Lee"_s);
    QVERIFY(dropStudents(&lab, {u"b"_s}).contains(u"delete them first"_s)); // has VMs
    QVERIFY(dropStudents(&lab, {u"zz"_s}).contains(u"no student"_s));
    QCOMPARE(lab.students.size(), 3);
    QVERIFY(dropStudents(&lab, {u"a"_s, u"c"_s}).isEmpty());
    QCOMPARE(lab.students.size(), 1);
    QCOMPARE(lab.students.first().id, u"b"_s);
}

void TestLabs::labDomainXml() {
    const QString tmpl = u"<domain type='kvm'><name>t</name><uuid>aaaaaaaa-1111-2222-3333-"
                         "444444444444</uuid><memory>65536</memory><devices>"
                         "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                         "<source file='/p/t.img'/><backingStore/><target dev='vda'/></disk>"
                         "<disk type='file' device='cdrom'><source file='/p/x.iso'/>"
                         "<target dev='sda'/></disk>"
                         "<interface type='network'><mac address='52:54:00:00:00:01'/>"
                         "<source network='default'/></interface></devices></domain>"_s;
    QString error;
    LabVmTask task;
    task.vmName = u"l-s1-vm"_s;
    task.lab = u"l"_s;
    task.student = u"s1"_s;
    task.role = u"vm"_s;
    const QString xml =
        virtdeck::labDomainXml(tmpl, {{u"/p/t.img"_s, u"/p/o.qcow2"_s}}, task, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY(xml.contains(u"<name>l-s1-vm</name>"_s));
    QVERIFY(!xml.contains(u"<uuid>"_s));
    QVERIFY(!xml.contains(u"52:54:00:00:00:01"_s));
    QVERIFY(xml.contains(u"/p/o.qcow2"_s));
    QVERIFY(xml.contains(u"type=\"qcow2\""_s));
    QVERIFY(!xml.contains(u"backingStore"_s));
    QVERIFY(xml.contains(u"/p/x.iso"_s)); // the CD-ROM stays shared
    QString lab, student, role;
    QVERIFY(parseLabMetadata(xml, &lab, &student, &role));
    QCOMPARE(lab, u"l"_s);
    QCOMPARE(student, u"s1"_s);
    QCOMPARE(role, u"vm"_s);
    QVERIFY(!parseLabMetadata(tmpl, &lab, &student, &role));

    // Planned MACs and a lab network for the first interface; a data disk keeps its format.
    task.macs = {u"52:54:00:aa:bb:cc"_s};
    task.network = u"vdlab-l-s-s1"_s;
    task.dataDisks = {u"vda"_s};
    const QString withNet =
        virtdeck::labDomainXml(tmpl, {{u"/p/t.img"_s, u"/p/d.img"_s}}, task, &error);
    QVERIFY2(withNet.contains(u"<mac address=\"52:54:00:aa:bb:cc\"/>"_s), qPrintable(withNet));
    QVERIFY2(withNet.contains(u"<source network=\"vdlab-l-s-s1\"/>"_s), qPrintable(withNet));
    QVERIFY(!withNet.contains(u"network=\"default\""_s));
    QVERIFY(withNet.contains(u"type=\"raw\""_s));
    QVERIFY(!withNet.contains(u"type=\"qcow2\""_s));

    // A rebuild on version 3 keeps the UUID and records its overlays in the marker.
    task.templateVersion = 3;
    const QList<LabDiskRecord> disks = {{u"vda"_s, u"/p/t.img"_s, u"1700000000.5"_s, 196624}};
    const QString rebuilt =
        virtdeck::labDomainXml(tmpl, {{u"/p/t.img"_s, u"/p/o.qcow2"_s}}, task, &error, disks,
                               u"bbbbbbbb-1111-2222-3333-"
                               "444444444444"_s);
    QVERIFY2(rebuilt.contains(u"<uuid>bbbbbbbb-1111-2222-3333-444444444444</uuid>"_s),
             qPrintable(rebuilt));
    const LabMarker m = parseLabMarker(rebuilt);
    QCOMPARE(m, (LabMarker{u"l"_s, u"s1"_s, u"vm"_s, 3, disks}));
    // Markers written before versions existed are version 1; no marker is no lab.
    QCOMPARE(parseLabMarker(xml).version, 1);
    QVERIFY(parseLabMarker(xml).disks.isEmpty());
    QVERIFY(parseLabMarker(tmpl).lab.isEmpty());
    QVERIFY(parseLabMarker(u"<lab"_s).lab.isEmpty());
    // As virDomainGetMetadata returns it: the element alone.
    QCOMPARE(
        parseLabMarker(u"<lab xmlns='https://virtdeck.org/xmlns/lab/1' name='l' student='s' "
                       "role='r' version='2'><disk dev='vda' base='/b' allocation='7'/></lab>"_s)
            .disks.value(0)
            .allocation,
        quint64(7));
}

void TestLabs::storeRoundTrip() {
    const QString path = m_dir.filePath(u"labs.sqlite"_s);
    Lab lab;
    lab.name = u"sec1"_s;
    lab.roles = {{u"client"_s, u"lab-template"_s, 1}, {u"server"_s, u"lab-server"_s, 2}};
    lab.students = {{u"s01"_s, u"Ann"_s, u"ann@x.org"_s, u"g1"_s}, {u"s02"_s, u"Bo"_s, {}, {}}};
    lab.hosts = {m_hostA, m_hostB};
    lab.placement = u"first-fit"_s;
    lab.createdAt = 1234;
    QCOMPARE(publishTemplateVersion(&lab, u"server"_s, u"lab-server-v3"_s, u"new kernel"_s, 5678),
             QString());
    QCOMPARE(lab.versions.size(), 2); // version 2 recorded first, then 3
    {
        LabStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(store.save(lab), qPrintable(store.lastError()));
        QVERIFY(store.setAssignment(u"sec1"_s, u"s02"_s, m_hostB));
    }
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    LabStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.labNames(), QStringList{u"sec1"_s});
    Lab back;
    QVERIFY(store.load(u"sec1"_s, &back));
    lab.assignments = {{u"s02"_s, m_hostB}};
    QCOMPARE(back, lab);
    QVERIFY(!store.load(u"nope"_s, &back));
    QVERIFY(store.setAssignment(u"sec1"_s, u"s02"_s, QString())); // forgotten after a delete
    QVERIFY(store.load(u"sec1"_s, &back));
    QVERIFY(back.assignments.isEmpty());
    // Saving again replaces (students dropped are gone).
    lab.students.removeLast();
    lab.assignments.clear();
    QVERIFY(store.save(lab));
    QVERIFY(store.load(u"sec1"_s, &back));
    QCOMPARE(back.students.size(), 1);
    QVERIFY(store.remove(u"sec1"_s));
    QVERIFY(store.labNames().isEmpty());
}

void TestLabs::provisionSpreadIdempotentDelete() {
    Workspace workspace;
    Lab lab;
    lab.name = u"tdlab"_s;
    lab.roles = {{u"client"_s, u"lab-template"_s}, {u"server"_s, u"lab-server"_s}};
    for (int i = 1; i <= 6; ++i)
        lab.students.append({u"st%1"_s.arg(i), u"Student %1"_s.arg(i), {}, {}});
    lab.hosts = {m_hostA, m_hostB, m_hostBare};

    // 1. Provision: 12 VMs over the two hosts that have the templates; the bare host is named.
    Run r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.ok, 12);
    QCOMPARE(r.changed(), 12);
    QVERIFY(r.notes.join(u'\n').contains(u"test:///default lacks the template"_s));
    QSet<QString> usedHosts(r.placed.cbegin(), r.placed.cend());
    QCOMPARE(usedHosts, (QSet<QString>{m_hostA, m_hostB})); // spread uses both
    const auto onA = status(&workspace, m_hostA, u"tdlab"_s);
    const auto onB = status(&workspace, m_hostB, u"tdlab"_s);
    QCOMPARE(onA.size() + onB.size(), 12);
    for (const auto &s : onA + onB) {
        QCOMPARE(s.lab, u"tdlab"_s);
        QCOMPARE(s.name, lab.vmName(s.student, s.role));
        QCOMPARE(r.placed.value(s.student), onA.contains(s) ? m_hostA : m_hostB);
    }

    // 2. Re-run: nothing to do.
    r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.changed(), 0);
    QVERIFY(r.placed.isEmpty());

    // 3. One student's VMs gone: only those come back.
    r = runLab(&workspace, &lab, LabOperation::Delete, {u"st3"_s});
    QCOMPARE(r.ok, 2);
    QCOMPARE(r.changed(), 2);
    QVERIFY(r.placed.contains(u"st3"_s)); // its host is forgotten…
    QCOMPARE(r.placed.value(u"st3"_s), QString());
    lab.assignments.removeIf([](const LabAssignment &a) { return a.studentId == u"st3"_s; });
    r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.changed(), 2);
    for (const auto &o : r.outcomes)
        QCOMPARE(o.changed, o.task.student == u"st3"_s);

    // 4. Start a selection; a VM with the lab's name that is not the lab's is left alone.
    r = runLab(&workspace, &lab, LabOperation::Start, {u"st1"_s, u"st2"_s});
    QCOMPARE(r.ok, 4);
    for (const auto &o : r.outcomes)
        QCOMPARE(o.state, DomainState::Running);
    r = runLab(&workspace, &lab, LabOperation::Snapshot, {u"st1"_s}, u"exam"_s);
    QCOMPARE(r.ok, 2);
    r = runLab(&workspace, &lab, LabOperation::Revert, {u"st1"_s}, u"exam"_s);
    QCOMPARE(r.ok, 2);
    r = runLab(&workspace, &lab, LabOperation::Start, {u"nobody"_s});
    QVERIFY(r.notes.join(u'\n').contains(u"nobody"_s));

    // 5. Delete the lab: no lab VM left on either host.
    r = runLab(&workspace, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.ok, 12);
    QVERIFY(status(&workspace, m_hostA, u"tdlab"_s).isEmpty());
    QVERIFY(status(&workspace, m_hostB, u"tdlab"_s).isEmpty());
    workspace.connections()->shutdown();
}

// An exam is stored with its lab; a database from before exams gains the table and keeps its
// labs; End exam as a job ends the stored exam when it ends the whole lab's (or the job says
// so: a timed exam's end), never for a few students only.
void TestLabs::examState() {
    const QString db = m_dir.filePath(u"exams.sqlite"_s);
    Lab lab;
    lab.name = u"examlab"_s;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = {{u"a"_s, u"A"_s, {}, {}}, {u"b"_s, u"B"_s, {}, {}}};
    lab.hosts = {m_hostA};
    {
        LabStore store;
        QVERIFY(store.open(db));
        QVERIFY(store.save(lab));
    }
    { // the database as an older Virtdeck left it: schema version 1, before exams
        auto sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QVERIFY(QSqlQuery(sql).exec(u"DROP TABLE lab_exams"_s));
        QVERIFY(QSqlQuery(sql).exec(u"UPDATE schema_versions SET version = 1 WHERE store = "
                                    "'labs'"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    LabStore store;
    QVERIFY2(store.open(db), qPrintable(store.lastError()));
    Lab back;
    QVERIFY(store.load(u"examlab"_s, &back));
    QVERIFY(!back.exam.running());
    lab.exam = {1000, 2000};
    QVERIFY(store.save(lab));
    QVERIFY(store.load(u"examlab"_s, &back));
    QCOMPARE(back.exam, (LabExam{1000, 2000}));

    Workspace workspace;
    JobExecutor ex(&workspace);
    QSignalSpy finished(&ex, &JobExecutor::finished);
    Job job;
    job.id = 1;
    job.kind = u"lab-exam-end"_s;
    job.uri = m_hostA;
    job.vm = u"examlab"_s;
    job.params = {{u"database"_s, db}, {u"students"_s, u"a"_s}};
    ex.run(job);
    QVERIFY(finished.wait(20000));
    QVERIFY(store.load(u"examlab"_s, &back));
    QVERIFY(back.exam.running()); // one student's end is not the lab's
    job.id = 2;
    job.params.insert(u"endsExam"_s, true);
    ex.run(job);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY(store.load(u"examlab"_s, &back));
    QVERIFY(!back.exam.running());
    workspace.connections()->shutdown();
}

void TestLabs::asSchedulerJob() {
    // The lab kinds are registered, need no VM, and run through the executor from the database.
    QVERIFY(JobKinds::contains(u"lab-provision"_s));
    QVERIFY(!JobKinds::kind(u"lab-reset"_s).needsVm);
    const QString db = m_dir.filePath(u"jobs-labs.sqlite"_s);
    Lab lab;
    lab.name = u"joblab"_s;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = {{u"a"_s, u"A"_s, {}, {}}, {u"b"_s, u"B"_s, {}, {}}};
    lab.hosts = {m_hostA};
    {
        LabStore store;
        QVERIFY(store.open(db));
        QVERIFY(store.save(lab));
    }
    Workspace workspace;
    JobExecutor ex(&workspace);
    QSignalSpy finished(&ex, &JobExecutor::finished);
    Job job;
    job.id = 7;
    job.kind = u"lab-provision"_s;
    job.uri = m_hostA;
    job.vm = u"joblab"_s;
    job.params = {{u"database"_s, db}};
    ex.run(job);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 7);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(finished.at(0).at(2).toString().contains(u"2 VM(s) done, 0 failed"_s));
    LabStore store;
    QVERIFY(store.open(db));
    QVERIFY(store.load(u"joblab"_s, &lab));
    QCOMPARE(lab.hostOf(u"b"_s), m_hostA); // the placement was saved
    QCOMPARE(status(&workspace, m_hostA, u"joblab"_s).size(), 2);
    job.id = 8;
    job.vm = u"nolab"_s;
    ex.run(job);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY(!finished.at(1).at(1).toBool());
    workspace.connections()->shutdown();
}

// A batch runs on the TaskPool it is given, with a connection reference of its own; cancelled
// before its workers start, it starts no VM and reports every task as not started; without a
// connection every task says so at once; the workspace's end waits for its pool.
void TestLabs::batchOnTaskPool() {
    auto workspace = std::make_unique<Workspace>();
    auto *cm = workspace->connections();
    const QString id = cm->addConnection(ConnectionConfig::fromUri(m_hostA), true);
    QTRY_COMPARE_WITH_TIMEOUT(cm->state(id), ConnectionState::Connected, 10000);
    Connection *connection = cm->connection(id);

    TaskPool pool(1);
    QSemaphore running, hold;
    pool.start([&](const CancelToken &) {
        running.release();
        hold.acquire(); // the pool's only thread is busy: the batch waits
    });
    running.acquire();
    Delivered cancelled;
    const auto token =
        runLabTasks(&pool, connection, statusTasks(u"gone"_s, 5), 3, cancelled.sink());
    token->cancel();
    hold.release();
    QVERIFY(pool.waitForDone(10000));
    QCOMPARE(cancelled.size(), 5);
    for (const auto &o : std::as_const(cancelled.list)) {
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"cancelled"_s), qPrintable(o.message));
    }

    Delivered done;
    runLabTasks(workspace->tasks(), connection, statusTasks(u"gone"_s, 5), 2, done.sink());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 5, 10000);
    for (const auto &o : std::as_const(done.list))
        QVERIFY2(o.ok && o.message == u"Not provisioned."_s, qPrintable(o.message));

    Delivered unconnected;
    runLabTasks(workspace->tasks(), nullptr, statusTasks(u"gone"_s, 2), 2, unconnected.sink());
    QCOMPARE(unconnected.size(), 2); // at once, on this thread
    QVERIFY(unconnected.list.first().message.contains(u"not connected"_s));

    // Quitting with a batch in flight: the workspace cancels it and waits for it.
    Delivered quitting;
    runLabTasks(workspace->tasks(), connection, statusTasks(u"late"_s, 200), 1, quitting.sink());
    workspace.reset();
    QCOMPARE(quitting.size(), 200);
}

// A lab shutdown reports a VM done only once it is off: the test driver's guests power off at
// once, so every VM is "shut down", none "requested"; one already off says so. The job kind takes
// the wait and the force-off of the VM "shutdown" kind.
void TestLabs::shutdownWaitsUntilOff() {
    Workspace workspace;
    Lab lab;
    lab.name = u"sdlab"_s;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = {{u"a"_s, u"A"_s, {}, {}}, {u"b"_s, u"B"_s, {}, {}}, {u"c"_s, u"C"_s, {}, {}}};
    lab.hosts = {m_hostA};
    Run r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.ok, 3);
    r = runLab(&workspace, &lab, LabOperation::Start, {u"a"_s, u"b"_s});
    QCOMPARE(r.ok, 2);
    r = runLab(&workspace, &lab, LabOperation::Shutdown, {}, {}, 5);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.ok, 3);
    for (const auto &o : std::as_const(r.outcomes)) {
        QCOMPARE(o.state, DomainState::Shutoff);
        QCOMPARE(o.changed, o.task.student != u"c"_s);
        QVERIFY2(o.message.startsWith(o.changed ? u"Shut down after"_s : u"Already off."_s),
                 qPrintable(o.message));
    }
    QVERIFY(r.notes.join(u'\n').contains(u"5 second(s) to power off"_s));
    const JobKind kind = JobKinds::kind(labJobKind(LabOperation::Shutdown));
    QStringList params;
    for (const JobParam &p : kind.params)
        params << p.name;
    QVERIFY2(params.contains(u"wait"_s) && params.contains(u"force"_s),
             qPrintable(params.join(u' ')));
    r = runLab(&workspace, &lab, LabOperation::Delete);
    QCOMPARE(r.failed, 0);
    workspace.connections()->shutdown();
}

// Deleting the VMs of a lab that has none deletes nothing: the job's result says 0 done, not 2,
// and each student's "Last result" says why.
void TestLabs::jobCountsOnlyWhatWasDone() {
    const QString db = m_dir.filePath(u"jobs-count.sqlite"_s);
    Lab lab;
    lab.name = u"emptylab"_s;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = {{u"a"_s, u"A"_s, {}, {}}, {u"b"_s, u"B"_s, {}, {}}};
    lab.hosts = {m_hostA};
    {
        LabStore store;
        QVERIFY(store.open(db));
        QVERIFY(store.save(lab));
    }
    // The Labs pane's model: each student's "Last result" is the job's outcome for its VM.
    LabStudentModel students;
    QAbstractItemModelTester tester(&students);
    students.setLab(lab);
    QObject::connect(LabOutcomeFeed::instance(), &LabOutcomeFeed::vmFinished, &students,
                     [&](LabOperation, const LabVmOutcome &o) { students.applyResult(o); });
    Workspace workspace;
    JobExecutor ex(&workspace);
    QSignalSpy finished(&ex, &JobExecutor::finished);
    Job job;
    job.id = 9;
    job.kind = labJobKind(LabOperation::Delete);
    job.uri = m_hostA;
    job.vm = lab.name;
    job.params = {{u"database"_s, db}};
    ex.run(job);
    QVERIFY(finished.wait(20000));
    const QString result = finished.at(0).at(2).toString();
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(result));
    QVERIFY2(result.contains(u"0 VM(s) done, 2 with nothing to do, 0 failed"_s),
             qPrintable(result));
    QCOMPARE(students.rowCount(), 2);
    for (int r = 0; r < students.rowCount(); ++r)
        QCOMPARE(students.index(r, LabStudentModel::LastResult).data().toString(),
                 u"Not provisioned yet."_s);
    workspace.connections()->shutdown();
}

// A template without a network card in "network per group": provisioning makes no network and
// no reservation and says so, the report lists no MAC or fixed address, and the exam says there
// is nothing to cut. Asked for, each VM gets a virtio card on its group's network.
void TestLabs::noInterfaceNoNetwork() {
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"n.xml"_s)));
    const QString host = u"test://"_s + m_dir.filePath(u"n.xml"_s);
    Workspace workspace;
    Lab lab;
    lab.name = u"nonic"_s;
    lab.roles = {{u"vm"_s, u"lab-server"_s}}; // lab-server has no <interface>
    lab.students = {{u"s1"_s, u"Ann"_s, {}, u"red"_s}, {u"s2"_s, u"Bo"_s, {}, u"blue"_s}};
    lab.hosts = {host};
    LabSettings settings;
    settings.networkMode = LabNetworkMode::Group;
    lab.settingsJson = settings.toJson();
    Run r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.ok, 2);
    for (const auto &o : std::as_const(r.outcomes))
        QVERIFY2(o.message.contains(u"no network interface"_s), qPrintable(o.message));
    // The same test-driver state the lab used: the workspace's connection to it.
    std::shared_ptr<_virConnect> c;
    for (const auto &cfg : workspace.connections()->configs())
        if (cfg.uri() == host)
            c = workspace.connections()->connection(cfg.id)->acquire();
    QVERIFY(c);
    const auto hasNetwork = [&c](const char *name) {
        const lv::NetworkPtr n(virNetworkLookupByName(c.get(), name));
        virResetLastError();
        return n != nullptr;
    };
    QVERIFY(!hasNetwork("vdlab-nonic-g-red"));
    QVERIFY(!hasNetwork("vdlab-nonic-g-blue"));
    Run st = runLab(&workspace, &lab, LabOperation::Status);
    QCOMPARE(st.ok, 2);
    const QList<LabReportRow> rows = labReportRows(lab, st.outcomes, {});
    QCOMPARE(rows.size(), 2);
    for (const auto &row : rows) {
        QVERIFY2(row.mac.isEmpty(), qPrintable(row.mac));
        QVERIFY2(row.fixedAddress.isEmpty(), qPrintable(row.fixedAddress));
        QVERIFY(row.network.isEmpty());
    }
    QCOMPARE(runLab(&workspace, &lab, LabOperation::Reset).ok, 2); // nor does a reset
    QVERIFY(!hasNetwork("vdlab-nonic-g-red"));
    Run exam = runLab(&workspace, &lab, LabOperation::ExamStart, {}, u"exam1"_s);
    QCOMPARE(exam.ok, 2);
    for (const auto &o : std::as_const(exam.outcomes))
        QVERIFY2(o.message.contains(u"no network interface — nothing to cut"_s),
                 qPrintable(o.message));
    QVERIFY(runLab(&workspace, &lab, LabOperation::Delete).failed == 0);

    // Asked for: a virtio card on the group's network, its network made, its MAC reported.
    settings.addInterface = true;
    lab.settingsJson = settings.toJson();
    lab.assignments.clear();
    r = runLab(&workspace, &lab, LabOperation::Provision);
    QCOMPARE(r.ok, 2);
    st = runLab(&workspace, &lab, LabOperation::Status);
    const QList<LabReportRow> withNic = labReportRows(lab, st.outcomes, {});
    QCOMPARE(withNic.value(0).network, u"vdlab-nonic-g-red"_s);
    QVERIFY(withNic.value(0).mac.startsWith(u"52:54:00:"_s));
    QVERIFY(!withNic.value(0).fixedAddress.isEmpty());
    QVERIFY(hasNetwork("vdlab-nonic-g-red"));
    QVERIFY(runLab(&workspace, &lab, LabOperation::Delete).failed == 0);
}

// How many connections of its own a batch opens: what one client cannot get served at once, up
// to the daemon's workers and its free client places, never more than the user's limit asks.
void TestLabs::connectionsFromDaemonLimits_data() {
    QTest::addColumn<int>("maxWorkers");
    QTest::addColumn<int>("maxClientRequests");
    QTest::addColumn<int>("maxClients");
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("parallel");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("expected");
    QTest::newRow("the user's 4 fit one client") << 20 << 5 << 5000 << 0 << 4 << 30 << 0;
    QTest::newRow("5 fit one client") << 20 << 5 << 5000 << 0 << 5 << 30 << 0;
    QTest::newRow("6 need two") << 20 << 5 << 5000 << 0 << 6 << 30 << 2;
    QTest::newRow("30 at once: the daemon's 20 workers") << 20 << 5 << 5000 << 0 << 30 << 30 << 4;
    QTest::newRow("no user limit") << 20 << 5 << 5000 << 0 << 0 << 30 << 4;
    QTest::newRow("fewer VMs than the limit") << 20 << 5 << 5000 << 0 << 30 << 12 << 3;
    QTest::newRow("more workers") << 50 << 5 << 5000 << 0 << 30 << 30 << 6;
    QTest::newRow("more calls per client") << 20 << 10 << 5000 << 0 << 30 << 30 << 2;
    QTest::newRow("few free client places") << 20 << 5 << 20 << 10 << 30 << 30 << 2;
    QTest::newRow("no free client place") << 20 << 5 << 20 << 12 << 30 << 30 << 0;
    QTest::newRow("one VM") << 20 << 5 << 5000 << 0 << 30 << 1 << 0;
    QTest::newRow("a broken limit counts as one call") << 20 << 0 << 5000 << 0 << 3 << 3 << 3;
}

void TestLabs::connectionsFromDaemonLimits() {
    QFETCH(int, maxWorkers);
    QFETCH(int, maxClientRequests);
    QFETCH(int, maxClients);
    QFETCH(int, clients);
    QFETCH(int, parallel);
    QFETCH(int, tasks);
    QFETCH(int, expected);
    LabDaemonLimits limits;
    limits.maxWorkers = maxWorkers;
    limits.maxClientRequests = maxClientRequests;
    limits.maxClients = maxClients;
    limits.clients = clients;
    QCOMPARE(labConnectionCount(limits, parallel, tasks), expected);
}

// The admin API reaches a local daemon only; a test or remote URI gets the defaults.
void TestLabs::adminUriOfLocalHosts_data() {
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("admin");
    QTest::newRow("system") << u"qemu:///system"_s << u"libvirtd:///system"_s;
    QTest::newRow("session") << u"qemu:///session"_s << u"libvirtd:///session"_s;
    QTest::newRow("own socket") << u"qemu+unix:///system?socket=/tmp/d/sock/libvirt-sock"_s
                                << u"libvirtd:///system?socket=/tmp/d/sock/libvirt-admin-sock"_s;
    QTest::newRow("odd socket") << u"qemu:///system?socket=/tmp/d/other"_s << QString();
    QTest::newRow("ssh") << u"qemu+ssh://root@host/system"_s << QString();
    QTest::newRow("tcp") << u"qemu+tcp://host/system"_s << QString();
    QTest::newRow("test driver") << u"test:///default"_s << QString();
}

void TestLabs::adminUriOfLocalHosts() {
    QFETCH(QString, uri);
    QFETCH(QString, admin);
    QCOMPARE(labAdminUri(uri), admin);
    if (admin.isEmpty()) {
        const LabDaemonLimits limits = readLabDaemonLimits(uri);
        QVERIFY(!limits.fromDaemon);
        QCOMPARE(limits.maxWorkers, 20);
        QCOMPARE(limits.maxClientRequests, 5);
    }
}

QTEST_GUILESS_MAIN(TestLabs)
#include "tst_labs.moc"
