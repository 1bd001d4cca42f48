// SPDX-License-Identifier: GPL-3.0-or-later
// The whole scheduler on real test-driver hosts: engine thread, executor, ConnectionManager and
// the Jobs model. Lifecycle and snapshot jobs, admission, unknown VMs, unreachable hosts, the
// per-host limit, and connections opened on demand for a job's URI.
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "scheduler/jobexecutor.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobrun.h"
#include "scheduler/jobstore.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;
const QString kGamma = u"6695eb01-f6a4-8304-79aa-97f2502e1941"_s;

Job job(const QString &kind, const QString &vm, const QString &uri = kNode) {
    Job j;
    j.kind = kind;
    j.uri = uri;
    j.vm = vm;
    return j;
}

struct Fixture {
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler{&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s};
    QAbstractItemModelTester tester{scheduler.jobs(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};
    QString nodeId;

    bool start(SchedulerSettings settings = {}) {
        nodeId = workspace.connections()->addConnection(ConnectionConfig::fromUri(kNode), true);
        if (!QTest::qWaitFor(
                [&] {
                    return workspace.connections()->state(nodeId) == ConnectionState::Connected;
                },
                10000))
            return false;
        QSignalSpy started(&scheduler, &Scheduler::started);
        scheduler.start(settings);
        return started.wait(5000) && QTest::qWaitFor([&] { return scheduler.isRunner(); }, 5000);
    }
    // Waits until `count` jobs exist and all are final.
    bool waitFinal(int count, int ms = 15000) {
        return QTest::qWaitFor(
            [&] {
                auto *m = scheduler.jobs();
                if (m->rowCount() < count)
                    return false;
                for (int r = 0; r < m->rowCount(); ++r)
                    if (!jobStateIsFinal(m->jobAt(r).state))
                        return false;
                return true;
            },
            ms);
    }
    Job jobFor(const QString &vm, const QString &kind) const {
        auto *m = scheduler.jobs();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->jobAt(r).vm == vm && m->jobAt(r).kind == kind)
                return m->jobAt(r);
        return {};
    }
};
} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lifecycleAndSnapshotChain();
    void admissionRefusesStartOverMemory();
    void unknownVmFails();
    void badParamsFailBeforeRunning();
    void cancelReachesARunningJob();
    void cloneJob();
    void unreachableHostFailsOrWaits();
    void opensConnectionForJobUri();
    void perHostLimitHolds();
    void concurrentActionsOnOneHost();
};

void TestScheduler::lifecycleAndSnapshotChain() {
    Fixture f;
    QVERIFY(f.start());
    f.scheduler.submit({job(u"start"_s, u"gamma"_s)});
    QVERIFY(f.waitFinal(1));
    const Job started = f.jobFor(u"gamma"_s, u"start"_s);
    QCOMPARE(started.state, JobState::Done);
    QCOMPARE(started.progress, 100);
    const int row = f.workspace.domains()->rowOf(f.nodeId, kGamma);
    QTRY_COMPARE(f.workspace.domains()->domainAt(row).state, DomainState::Running);

    // create -> revert -> delete, each after the one before.
    Job create = job(u"snapshot-create"_s, u"alpha"_s);
    create.params.insert(u"snapshot"_s, u"before-upgrade"_s);
    f.scheduler.submit({create});
    QVERIFY(f.waitFinal(2));
    const qint64 createId = f.jobFor(u"alpha"_s, u"snapshot-create"_s).id;
    QCOMPARE(f.jobFor(u"alpha"_s, u"snapshot-create"_s).state, JobState::Done);
    Job revert = job(u"snapshot-revert"_s, u"alpha"_s);
    revert.params.insert(u"snapshot"_s, u"before-upgrade"_s);
    revert.afterJob = createId;
    f.scheduler.submit({revert});
    QVERIFY(f.waitFinal(3));
    const Job reverted = f.jobFor(u"alpha"_s, u"snapshot-revert"_s);
    QCOMPARE(reverted.state, JobState::Done);
    QVERIFY2(reverted.result.contains(u"before-upgrade"_s), qPrintable(reverted.result));
    Job del = job(u"snapshot-delete"_s, u"alpha"_s);
    del.params.insert(u"snapshot"_s, u"before-upgrade"_s);
    del.afterJob = reverted.id;
    Job again = del;
    again.vm = u"beta"_s; // beta has no such snapshot: libvirt says so
    f.scheduler.submit({del, again});
    QVERIFY(f.waitFinal(5));
    QCOMPARE(f.jobFor(u"alpha"_s, u"snapshot-delete"_s).state, JobState::Done);
    const Job missing = f.jobFor(u"beta"_s, u"snapshot-delete"_s);
    QCOMPARE(missing.state, JobState::Failed);
    QVERIFY2(missing.result.contains(u"before-upgrade"_s), qPrintable(missing.result));

    // The history is in the database.
    f.scheduler.stop();
    JobStore store;
    QVERIFY(store.open(f.scheduler.databasePath()));
    QCOMPARE(store.loadJobs().size(), 5);
}

void TestScheduler::admissionRefusesStartOverMemory() {
    Fixture f;
    SchedulerSettings s;
    // 16 GiB host, 3.25 GiB in use by alpha, beta and delta: 0.2 leaves 3.2 GiB allocatable.
    s.placement.memoryOvercommit = 0.2;
    QVERIFY(f.start(s));
    QTRY_VERIFY(f.workspace.hosts()->rowAt(f.workspace.hosts()->rowOf(f.nodeId)).info.memoryBytes >
                0);
    f.scheduler.submit({job(u"start"_s, u"gamma"_s)});
    QVERIFY(f.waitFinal(1));
    const Job j = f.jobFor(u"gamma"_s, u"start"_s);
    QCOMPARE(j.state, JobState::Failed);
    QVERIFY2(j.result.startsWith(u"Not started"_s) && j.result.contains(u"memory"_s),
             qPrintable(j.result));
    const int row = f.workspace.domains()->rowOf(f.nodeId, kGamma);
    QCOMPARE(f.workspace.domains()->domainAt(row).state, DomainState::Shutoff);
}

void TestScheduler::unknownVmFails() {
    Fixture f;
    QVERIFY(f.start());
    f.scheduler.submit({job(u"reboot"_s, u"no-such-vm"_s)});
    QVERIFY(f.waitFinal(1));
    const Job j = f.jobFor(u"no-such-vm"_s, u"reboot"_s);
    QCOMPARE(j.state, JobState::Failed);
    QVERIFY2(j.result.contains(u"no-such-vm"_s), qPrintable(j.result));
}

// A job written by another program (or an older one) with a parameter out of range fails with
// the reason before its handler runs: a shutdown with wait=-1 must not force off at once.
void TestScheduler::badParamsFailBeforeRunning() {
    Fixture f;
    QVERIFY(f.start());
    Job j = job(u"shutdown"_s, u"gamma"_s);
    j.params.insert(u"wait"_s, u"-1"_s);
    f.scheduler.submit({j});
    QVERIFY(f.waitFinal(1));
    const Job done = f.jobFor(u"gamma"_s, u"shutdown"_s);
    QCOMPARE(done.state, JobState::Failed);
    QVERIFY2(done.result.contains(u"wait"_s) && done.result.contains(u"86400"_s),
             qPrintable(done.result));
}

void TestScheduler::cancelReachesARunningJob() {
    // A kind whose handler runs until it is told to stop, as a backup or a migration does.
    JobKinds::add({u"test-wait"_s, u"Wait"_s, true, false, false, {}, [](JobRun *run) {
                       run->progress(10, u"waiting"_s);
                       QObject::connect(run, &JobRun::cancelRequested, run,
                                        [run] { run->finish(false, u"stopped on request"_s); });
                   }});
    Fixture f;
    QVERIFY(f.start());
    f.scheduler.submit({job(u"test-wait"_s, u"gamma"_s)});
    QVERIFY(QTest::qWaitFor(
        [&] { return f.jobFor(u"gamma"_s, u"test-wait"_s).state == JobState::Running; }, 10000));
    f.scheduler.cancel(f.jobFor(u"gamma"_s, u"test-wait"_s).id);
    QVERIFY(f.waitFinal(1));
    const Job j = f.jobFor(u"gamma"_s, u"test-wait"_s);
    QCOMPARE(j.state, JobState::Cancelled);
    QCOMPARE(j.result, u"stopped on request"_s);
    QVERIFY2(j.log.contains(u"Cancel requested"_s), qPrintable(j.log));
}

void TestScheduler::cloneJob() {
    Fixture f;
    QVERIFY(f.start());
    // gamma is shut off: a linked clone under a given name, then one with the default name.
    Job linked = job(u"clone"_s, u"gamma"_s);
    linked.params = {{u"name"_s, u"gamma-linked"_s}, {u"linked"_s, true}};
    f.scheduler.submit({linked});
    QVERIFY(f.waitFinal(1));
    Job j = f.jobFor(u"gamma"_s, u"clone"_s);
    QCOMPARE(j.state, JobState::Done);
    QCOMPARE(j.result, u"Cloned as gamma-linked."_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto *d = f.workspace.domains();
            for (int r = 0; r < d->rowCount(); ++r)
                if (d->domainAt(r).name == u"gamma-linked"_s)
                    return true;
            return false;
        },
        5000));
    // A running VM cannot be cloned: libvirt's refusal is the job's result.
    f.scheduler.submit({job(u"clone"_s, u"alpha"_s)});
    QVERIFY(f.waitFinal(2));
    j = f.jobFor(u"alpha"_s, u"clone"_s);
    QCOMPARE(j.state, JobState::Failed);
    QVERIFY(!j.result.isEmpty());
}

void TestScheduler::unreachableHostFailsOrWaits() {
    Fixture f;
    QVERIFY(f.start());
    const QString bad = u"test:///nonexistent/virtdeck-node.xml"_s;
    Job failing = job(u"start"_s, u"x"_s, bad);
    failing.hostDown = HostDownPolicy::Fail;
    Job waiting = job(u"start"_s, u"y"_s, bad);
    waiting.hostDown = HostDownPolicy::Wait;
    f.scheduler.submit({failing, waiting});
    QTRY_COMPARE_WITH_TIMEOUT(f.jobFor(u"x"_s, u"start"_s).state, JobState::Failed, 10000);
    QVERIFY2(f.jobFor(u"x"_s, u"start"_s).result.contains(u"Cannot connect"_s),
             qPrintable(f.jobFor(u"x"_s, u"start"_s).result));
    // The other goes back to waiting, with the reason in its log, and tries again later.
    QTRY_VERIFY_WITH_TIMEOUT(f.jobFor(u"y"_s, u"start"_s).log.contains(u"next try"_s), 10000);
    const Job y = f.jobFor(u"y"_s, u"start"_s);
    QCOMPARE(y.state, JobState::Waiting);
    QVERIFY(y.notBefore > QDateTime::currentMSecsSinceEpoch() + 30000);
}

void TestScheduler::opensConnectionForJobUri() {
    Fixture f;
    QVERIFY(f.start());
    // No connection is configured for test:///default: the job opens one.
    f.scheduler.submit({job(u"pause"_s, u"test"_s, u"test:///default"_s)});
    QVERIFY(f.waitFinal(1));
    const Job j = f.jobFor(u"test"_s, u"pause"_s);
    QVERIFY2(j.state == JobState::Done, qPrintable(j.result));
    QVERIFY(j.log.contains(u"Opening a connection"_s));
    bool found = false;
    for (const auto &c : f.workspace.connections()->configs())
        found |= c.uri() == u"test:///default"_s && c.transient;
    QVERIFY(found);
}

void TestScheduler::perHostLimitHolds() {
    Fixture f;
    SchedulerSettings s;
    s.limits = {8, 1};
    QVERIFY(f.start(s));
    int maxRunning = 0;
    connect(f.scheduler.jobs(), &QAbstractItemModel::dataChanged, this, [&] {
        int running = 0;
        for (int r = 0; r < f.scheduler.jobs()->rowCount(); ++r)
            running += f.scheduler.jobs()->jobAt(r).state == JobState::Running;
        maxRunning = std::max(maxRunning, running);
    });
    QList<Job> jobs;
    for (int i = 0; i < 10; ++i)
        for (const QString &vm : {u"alpha"_s, u"beta"_s, u"epsilon"_s})
            jobs.append(job(i % 2 ? u"snapshot-delete"_s : u"snapshot-create"_s, vm));
    for (int i = 0; i < jobs.size(); ++i)
        jobs[i].params.insert(u"snapshot"_s, u"s%1"_s.arg(i / 6));
    f.scheduler.submit(jobs);
    QVERIFY(f.waitFinal(30, 30000));
    QCOMPARE(maxRunning, 1);
    for (int r = 0; r < f.scheduler.jobs()->rowCount(); ++r)
        QVERIFY2(f.scheduler.jobs()->jobAt(r).state == JobState::Done,
                 qPrintable(f.scheduler.jobs()->jobAt(r).result));
}

void TestScheduler::concurrentActionsOnOneHost() {
    // Several lifecycle jobs in flight on one host: each must take its own result, not the
    // first one that arrives.
    Fixture f;
    SchedulerSettings s;
    s.limits = {8, 4};
    QVERIFY(f.start(s));
    f.scheduler.submit({job(u"start"_s, u"gamma"_s), job(u"start"_s, u"epsilon"_s),
                        job(u"pause"_s, u"alpha"_s), job(u"resume"_s, u"delta"_s)});
    QVERIFY(f.waitFinal(4));
    for (int r = 0; r < f.scheduler.jobs()->rowCount(); ++r)
        QVERIFY2(f.scheduler.jobs()->jobAt(r).state == JobState::Done,
                 qPrintable(f.scheduler.jobs()->jobAt(r).result));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
