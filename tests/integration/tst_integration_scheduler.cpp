// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler against a real libvirtd with QEMU (TCG): a job queued a few seconds ahead from the
// command line starts a VM through the headless runner; the per-host limit holds with many queued
// jobs; a runner killed mid-job leaves the job marked interrupted and its schedule intact.
// Needs VIRTDECK_QEMU_URI (e.g. qemu:///system); skips otherwise. VMs are named vdsched-*.
#include "hosttools.h"
#include "scheduler/jobstore.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestIntegrationScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void jobAtTimeStartsVm();
    void perHostLimitWithManyJobs();
    void killedRunnerLeavesJobInterrupted();

private:
    QString defineVm(const QString &name);
    QString domState(const QString &name);
    QJsonArray jobsJson(const QStringList &extra = {});
    QProcess *startRunner();

    QString m_uri;
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_vms;
    QList<QProcess *> m_runners;
};

void TestIntegrationScheduler::initTestCase() {
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set (e.g. qemu:///system); no real libvirtd to use.");
    const Run r = run(u"virsh"_s, {u"-c"_s, m_uri, u"version"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_db = m_dir.filePath(u"scheduler.sqlite"_s);
}

// After each test, pass or fail: stop its runners (SIGTERM: they give the lease back), so the
// next test's runner holds the lease at once and no runner outlives the test process.
void TestIntegrationScheduler::cleanup() {
    for (QProcess *p : std::as_const(m_runners)) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(15000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        delete p;
    }
    m_runners.clear();
}

void TestIntegrationScheduler::cleanupTestCase() {
    cleanup();
    for (const QString &vm : std::as_const(m_vms)) {
        run(u"virsh"_s, {u"-c"_s, m_uri, u"destroy"_s, vm});
        run(u"virsh"_s, {u"-c"_s, m_uri, u"undefine"_s, vm, u"--snapshots-metadata"_s});
        QFile::remove(u"/var/lib/libvirt/images/"_s + vm + u".qcow2"_s);
    }
}

QString TestIntegrationScheduler::defineVm(const QString &base) {
    const QString name = u"vdsched-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
    const QString disk = u"/var/lib/libvirt/images/"_s + name + u".qcow2"_s;
    if (run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"16M"_s}).code != 0)
        return {};
    QFile tpl(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    if (!tpl.open(QIODevice::ReadOnly))
        return {};
    QString xml = QString::fromUtf8(tpl.readAll());
    xml.replace(u"@NAME@"_s, name).replace(u"@DISK@"_s, disk);
    const QString file = m_dir.filePath(name + u".xml"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(xml.toUtf8());
    out.close();
    m_vms.append(name);
    if (run(u"virsh"_s, {u"-c"_s, m_uri, u"define"_s, file}).code != 0)
        return {};
    return name;
}

QString TestIntegrationScheduler::domState(const QString &name) {
    return run(u"virsh"_s, {u"-c"_s, m_uri, u"domstate"_s, name}).out.trimmed();
}

QJsonArray TestIntegrationScheduler::jobsJson(const QStringList &extra) {
    const Run r = run(
        QStringLiteral(VIRTDECK_BINARY),
        QStringList{u"jobs"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--database"_s, m_db} + extra);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QProcess *TestIntegrationScheduler::startRunner() {
    auto *p = new QProcess;
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(VIRTDECK_BINARY),
             {u"scheduler"_s, u"--headless"_s, u"--database"_s, m_db});
    m_runners.append(p);
    return p;
}

void TestIntegrationScheduler::jobAtTimeStartsVm() {
    const QString vm = defineVm(u"at"_s);
    QVERIFY(!vm.isEmpty());
    QCOMPARE(domState(vm), u"shut off"_s);
    QProcess *runner = startRunner();
    QVERIFY(runner->waitForStarted());
    // Whole seconds: the job's time is given to the second, so `at` must not carry milliseconds.
    QDateTime at = QDateTime::currentDateTime().addSecs(4);
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    const Run add =
        run(QStringLiteral(VIRTDECK_BINARY),
            {u"jobs"_s, u"add"_s, u"--database"_s, m_db, u"--connect"_s, m_uri, u"--action"_s,
             u"start"_s, u"--vm"_s, vm, u"--at"_s, at.toString(u"yyyy-MM-ddTHH:mm:ss"_s)});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    QTest::qWait(1500);
    QCOMPARE(domState(vm), u"shut off"_s); // not before its time
    QTRY_COMPARE_WITH_TIMEOUT(domState(vm), u"running"_s, 30000);
    QVERIFY(QDateTime::currentDateTime() >= at);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &v : jobsJson())
                if (v.toObject().value(u"vm"_s).toString() == vm)
                    return v.toObject().value(u"state"_s).toString() == u"done"_s;
            return false;
        }(),
        10000);
    runner->terminate();
    QVERIFY(runner->waitForFinished(15000));
    run(u"virsh"_s, {u"-c"_s, m_uri, u"destroy"_s, vm});
}

void TestIntegrationScheduler::perHostLimitWithManyJobs() {
    QStringList vms;
    for (int i = 0; i < 4; ++i) {
        vms << defineVm(u"lim%1"_s.arg(i));
        QVERIFY(!vms.last().isEmpty());
    }
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler(&workspace, dir.filePath(u"limit.sqlite"_s), u"test"_s);
    SchedulerSettings settings;
    settings.limits = {8, 2};
    QSignalSpy started(&scheduler, &Scheduler::started);
    scheduler.start(settings);
    QVERIFY(started.wait(10000));
    int maxRunning = 0;
    auto *model = scheduler.jobs();
    connect(model, &QAbstractItemModel::dataChanged, this, [&] {
        int running = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            running += model->jobAt(r).state == JobState::Running;
        maxRunning = std::max(maxRunning, running);
    });
    // Per VM: start, snapshot the running VM, force off — 12 jobs, chained per VM.
    QList<Job> jobs;
    for (const QString &vm : std::as_const(vms)) {
        for (const QString &kind : {u"start"_s, u"snapshot-create"_s, u"forceoff"_s}) {
            Job j;
            j.kind = kind;
            j.uri = m_uri;
            j.vm = vm;
            j.params.insert(u"snapshot"_s, u"s1"_s);
            jobs.append(j);
        }
    }
    scheduler.submit(jobs);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (model->rowCount() < 12)
                return false;
            for (int r = 0; r < model->rowCount(); ++r)
                if (!jobStateIsFinal(model->jobAt(r).state))
                    return false;
            return true;
        }(),
        240000);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY2(model->jobAt(r).state == JobState::Done,
                 qPrintable(model->jobAt(r).kind + u": "_s + model->jobAt(r).result));
    QVERIFY2(maxRunning <= 2, qPrintable(QString::number(maxRunning)));
    QVERIFY(maxRunning >= 1);
    qInfo("most jobs running at once on the host: %d (limit 2)", maxRunning);
    scheduler.stop();
    for (const QString &vm : std::as_const(vms))
        QCOMPARE(domState(vm), u"shut off"_s);
}

void TestIntegrationScheduler::killedRunnerLeavesJobInterrupted() {
    const QString vm = defineVm(u"kill"_s);
    QVERIFY(!vm.isEmpty());
    QVERIFY(run(u"virsh"_s, {u"-c"_s, m_uri, u"start"_s, vm}).code == 0);
    QProcess *runner = startRunner();
    QVERIFY(runner->waitForStarted());
    // A schedule that must survive, and a shutdown that waits for a guest that never powers off
    // (the tiny VM has no OS to answer ACPI): the job stays running until the kill.
    Run r = run(QStringLiteral(VIRTDECK_BINARY),
                {u"jobs"_s, u"add"_s, u"--database"_s, m_db, u"--connect"_s, m_uri, u"--action"_s,
                 u"snapshot-create"_s, u"--vm"_s, vm, u"--daily"_s, u"03:00"_s, u"--name"_s,
                 u"nightly-kill-test"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(QStringLiteral(VIRTDECK_BINARY),
            {u"jobs"_s, u"add"_s, u"--database"_s, m_db, u"--connect"_s, m_uri, u"--action"_s,
             u"shutdown"_s, u"--vm"_s, vm, u"--param"_s, u"wait=300"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 id = QJsonDocument::fromJson(r.out.toUtf8())
                          .array()
                          .first()
                          .toObject()
                          .value(u"id"_s)
                          .toInteger();
    auto stateOf = [&] {
        for (const auto &v : jobsJson())
            if (v.toObject().value(u"id"_s).toInteger() == id)
                return v.toObject().value(u"state"_s).toString();
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), u"running"_s, 30000);
    hosttools::killHard(*runner);
    QVERIFY(runner->waitForFinished(5000));
    QCOMPARE(stateOf(), u"running"_s); // nobody has looked yet

    // A new runner takes over once the dead one's lease expires (30 s).
    QProcess *next = startRunner();
    QVERIFY(next->waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), u"interrupted"_s, 60000);
    JobStore store;
    QVERIFY(store.open(m_db));
    const auto job = store.job(id);
    QVERIFY(job->result.contains(u"ended before it finished"_s));
    const QJsonArray schedules = jobsJson({u"--schedules"_s});
    bool found = false;
    for (const auto &v : schedules)
        found |= v.toObject().value(u"name"_s).toString() == u"nightly-kill-test"_s &&
                 v.toObject().value(u"when"_s).toString() == u"daily 03:00"_s &&
                 !v.toObject().value(u"next"_s).toString().isEmpty();
    QVERIFY(found);
    next->terminate();
    QVERIFY(next->waitForFinished(15000));
}

QTEST_GUILESS_MAIN(TestIntegrationScheduler)
#include "tst_integration_scheduler.moc"
