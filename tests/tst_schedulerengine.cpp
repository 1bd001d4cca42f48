// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler engine with a hand-moved clock and a real database: triggers, dependencies,
// recurring schedules (and missed ones), limits, cancellation, the runner lease and what happens
// to a job whose runner died. The executor is replaced by the test answering dispatch() itself.
// Run twice by ctest: on an SQLite file, and on a PostgreSQL database (tst_schedulerengine_
// postgres), where several runners share one queue.
#include "scheduler/jobstore.h"
#include "scheduler/schedulerengine.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kHost = u"test:///default"_s;

QDateTime local(const QString &s) {
    return QDateTime::fromString(s, u"yyyy-MM-dd HH:mm"_s);
}

Job makeJob(const QString &vm, const QString &kind = u"start"_s) {
    Job j;
    j.kind = kind;
    j.uri = kHost;
    j.vm = vm;
    return j;
}

SchedulerSettings quiet() {
    SchedulerSettings s;
    s.pollMs = 0; // the test drives process() itself
    return s;
}

QList<qint64> dispatchedIds(QSignalSpy &spy) {
    QList<qint64> out;
    for (const auto &args : spy)
        out.append(args.at(0).value<Job>().id);
    spy.clear();
    return out;
}
} // namespace

class TestSchedulerEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void runsNowAndRecordsOutcome();
    void waitsForItsTime();
    void followsAnotherJob();
    void dependencyFailureCancels();
    void recurringFiresAndReschedules();
    void missedRunCaughtUpOnceAtStart();
    void missedRunSkippedWhenOptedOut();
    void perHostLimitAndSameVm();
    void cancelQueuedAndFromOtherProcess();
    void deferredJobRetriesLater();
    void leaseKeepsSecondEngineIdle();
    void sharedQueueRunsEachJobOnceWithinLimits();
    void deadRunnerJobsInterruptedScheduleIntact();
    void historySurvivesRestart();
    void unknownKindRefused();

private:
    std::unique_ptr<test::TestDatabase> m_database;
    QString m_db;
};

void TestSchedulerEngine::init() {
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->error().isEmpty(), qPrintable(m_database->error()));
    m_db = m_database->location();
}

void TestSchedulerEngine::runsNowAndRecordsOutcome() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    e.setSettings(quiet());
    QVERIFY(e.start());
    QVERIFY(e.isRunner());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    const auto ids = e.submit({makeJob(u"alpha"_s)});
    QCOMPARE(ids.size(), 1);
    e.process();
    QCOMPARE(dispatchedIds(dispatched), ids);
    QCOMPARE(e.runningCount(), 1);
    clock.advance(1500);
    e.jobProgress(ids[0], 50, u"half way"_s);
    e.jobFinished(ids[0], true, u"started"_s);
    QCOMPARE(e.runningCount(), 0);

    JobStore store;
    QVERIFY(store.open(m_db));
    const auto j = store.job(ids[0]);
    QVERIFY(j);
    QCOMPARE(j->state, JobState::Done);
    QCOMPARE(j->progress, 100);
    QCOMPARE(j->result, u"started"_s);
    QCOMPARE(j->finishedAt - j->startedAt, 1500);
    QCOMPARE(j->attempts, 1);
    QVERIFY(j->log.contains(u"half way"_s));
    QVERIFY(j->log.contains(u"Started."_s));
}

void TestSchedulerEngine::waitsForItsTime() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    e.setSettings(quiet());
    QVERIFY(e.start());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    Job j = makeJob(u"alpha"_s);
    j.notBefore = local(u"2026-11-23 10:05"_s).toMSecsSinceEpoch();
    const auto ids = e.submit({j});
    e.process();
    QVERIFY(dispatched.isEmpty());
    clock.advance(4 * 60 * 1000);
    e.process();
    QVERIFY(dispatched.isEmpty());
    clock.advance(60 * 1000);
    e.process();
    QCOMPARE(dispatchedIds(dispatched), ids);
}

void TestSchedulerEngine::followsAnotherJob() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    e.setSettings(quiet());
    QVERIFY(e.start());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    const qint64 first = e.submit({makeJob(u"alpha"_s, u"snapshot-create"_s)}).value(0);
    Job second = makeJob(u"beta"_s);
    second.afterJob = first;
    const qint64 then = e.submit({second}).value(0);
    e.process();
    QCOMPARE(dispatchedIds(dispatched), QList<qint64>{first});
    e.process();
    QVERIFY(dispatched.isEmpty());
    e.jobFinished(first, true, {});
    e.process();
    QCOMPARE(dispatchedIds(dispatched), QList<qint64>{then});
}

void TestSchedulerEngine::dependencyFailureCancels() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    e.setSettings(quiet());
    QVERIFY(e.start());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    const qint64 first = e.submit({makeJob(u"alpha"_s)}).value(0);
    Job second = makeJob(u"beta"_s);
    second.afterJob = first;
    const qint64 then = e.submit({second}).value(0);
    e.process();
    e.jobFinished(first, false, u"domain is already running"_s);
    e.process();
    QCOMPARE(dispatchedIds(dispatched), QList<qint64>{first});
    JobStore store;
    QVERIFY(store.open(m_db));
    const auto j = store.job(then);
    QCOMPARE(j->state, JobState::Cancelled);
    QVERIFY2(j->result.contains(u"#%1"_s.arg(first)) && j->result.contains(u"failed"_s),
             qPrintable(j->result));
}

void TestSchedulerEngine::recurringFiresAndReschedules() {
    ManualClock clock(local(u"2026-11-23 08:59"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    e.setSettings(quiet());
    QVERIFY(e.start());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    Schedule s;
    s.name = u"morning"_s;
    s.kind = u"start"_s;
    s.uri = kHost;
    s.vms = {u"alpha"_s, u"beta"_s};
    s.recurrence = u"daily 09:00"_s;
    const qint64 sid = e.addSchedule(s);
    QVERIFY(sid > 0);
    QCOMPARE(e.schedules().value(0).nextFire, local(u"2026-11-23 09:00"_s).toMSecsSinceEpoch());
    e.process();
    QVERIFY(dispatched.isEmpty());
    clock.set(local(u"2026-11-23 09:00"_s).addSecs(2));
    e.process();
    QCOMPARE(dispatched.size(), 2);
    const Job j = dispatched.at(0).at(0).value<Job>();
    QCOMPARE(j.scheduleId, sid);
    QVERIFY(j.log.contains(u"morning"_s));
    QVERIFY(!j.log.contains(u"Missed"_s));
    QCOMPARE(e.schedules().value(0).nextFire, local(u"2026-11-24 09:00"_s).toMSecsSinceEpoch());
    // Nothing more the same day.
    dispatched.clear();
    clock.set(local(u"2026-11-23 23:59"_s));
    e.process();
    QVERIFY(dispatched.isEmpty());
}

void TestSchedulerEngine::missedRunCaughtUpOnceAtStart() {
    ManualClock clock(local(u"2026-11-23 08:00"_s));
    qint64 sid = 0;
    {
        SchedulerEngine e(m_db, &clock, u"gui"_s);
        e.setSettings(quiet());
        QVERIFY(e.start());
        Schedule s;
        s.name = u"backup window"_s;
        s.kind = u"snapshot-create"_s;
        s.uri = kHost;
        s.vms = {u"alpha"_s};
        s.recurrence = u"daily 09:00,10:00"_s;
        sid = e.addSchedule(s);
        e.stop();
    }
    // Nothing ran from 08:00 to 12:30: two firings missed, one run.
    clock.set(local(u"2026-11-23 12:30"_s));
    SchedulerEngine e(m_db, &clock, u"gui"_s);
    e.setSettings(quiet());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    QVERIFY(e.start());
    e.process();
    QCOMPARE(dispatched.size(), 1);
    const Job j = dispatched.at(0).at(0).value<Job>();
    QCOMPARE(j.scheduleId, sid);
    QVERIFY2(j.log.contains(u"Missed its time (2026-11-23 09:00)"_s), qPrintable(j.log));
    const Schedule s = e.schedules().value(0);
    QCOMPARE(s.nextFire, local(u"2026-11-24 09:00"_s).toMSecsSinceEpoch());
    QVERIFY(s.note.contains(u"Missed"_s));
    e.process();
    QCOMPARE(dispatched.size(), 1);
}

void TestSchedulerEngine::missedRunSkippedWhenOptedOut() {
    ManualClock clock(local(u"2026-11-23 08:00"_s));
    {
        SchedulerEngine e(m_db, &clock, u"gui"_s);
        e.setSettings(quiet());
        QVERIFY(e.start());
        Schedule s;
        s.name = u"no catch-up"_s;
        s.kind = u"start"_s;
        s.uri = kHost;
        s.vms = {u"alpha"_s};
        s.recurrence = u"cron 0 9 * * *"_s;
        s.catchUp = false;
        QVERIFY(e.addSchedule(s) > 0);
    }
    clock.set(local(u"2026-11-23 12:30"_s));
    SchedulerEngine e(m_db, &clock, u"gui"_s);
    e.setSettings(quiet());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    QVERIFY(e.start());
    e.process();
    QVERIFY(dispatched.isEmpty());
    const Schedule s = e.schedules().value(0);
    QVERIFY2(s.note.contains(u"Skipped"_s), qPrintable(s.note));
    QCOMPARE(s.nextFire, local(u"2026-11-24 09:00"_s).toMSecsSinceEpoch());
}

void TestSchedulerEngine::perHostLimitAndSameVm() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    SchedulerSettings st = quiet();
    st.limits = {10, 2};
    e.setSettings(st);
    QVERIFY(e.start());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    QList<Job> jobs;
    for (int i = 0; i < 6; ++i)
        jobs.append(makeJob(u"vm%1"_s.arg(i)));
    Job other = makeJob(u"x"_s);
    other.uri = u"test:///other"_s;
    jobs.append(other);
    jobs.prepend(makeJob(u"vm0"_s, u"snapshot-create"_s)); // same VM as another job
    const auto ids = e.submit(jobs);
    e.process();
    const auto first = dispatchedIds(dispatched);
    // vm0 (snapshot), vm1 on the default host; x on the other host; vm0's start waits for vm0.
    QCOMPARE(first, (QList<qint64>{ids[0], ids[2], ids[7]}));
    e.jobFinished(ids[0], true, {});
    e.process();
    QCOMPARE(dispatchedIds(dispatched), QList<qint64>{ids[1]});
}

void TestSchedulerEngine::cancelQueuedAndFromOtherProcess() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    e.setSettings(quiet());
    QVERIFY(e.start());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    Job later = makeJob(u"alpha"_s);
    later.notBefore = clock.nowMs() + 60000;
    const auto ids = e.submit({later, later, makeJob(u"beta"_s)});
    e.cancel(ids[0]);
    {
        // `virtdeck jobs cancel` runs in another process, with its own connection.
        JobStore cli;
        QVERIFY(cli.open(m_db));
        QString outcome;
        QVERIFY(cli.requestCancel(ids[1], clock.nowMs(), &outcome));
        QVERIFY(!cli.requestCancel(ids[0], clock.nowMs()));
        QVERIFY(cli.lastError().contains(u"already"_s));
    }
    e.process(); // beta runs
    QCOMPARE(dispatchedIds(dispatched), QList<qint64>{ids[2]});
    {
        JobStore cli;
        QVERIFY(cli.open(m_db));
        QVERIFY(cli.requestCancel(ids[2], clock.nowMs())); // running: only a request
    }
    e.process();
    clock.advance(120000);
    e.process();
    QVERIFY(dispatched.isEmpty());
    e.jobFinished(ids[2], true, u"ok"_s);
    JobStore store;
    QVERIFY(store.open(m_db));
    QCOMPARE(store.job(ids[0])->state, JobState::Cancelled);
    QCOMPARE(store.job(ids[1])->state, JobState::Cancelled);
    QCOMPARE(store.job(ids[2])->state, JobState::Done);
    QVERIFY(store.job(ids[2])->result.contains(u"cancel"_s));
}

void TestSchedulerEngine::deferredJobRetriesLater() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"test"_s);
    SchedulerSettings st = quiet();
    st.hostRetryMs = 60000;
    e.setSettings(st);
    QVERIFY(e.start());
    QSignalSpy dispatched(&e, &SchedulerEngine::dispatch);
    const auto ids = e.submit({makeJob(u"alpha"_s)});
    e.process();
    QCOMPARE(dispatchedIds(dispatched), ids);
    e.jobDeferred(ids[0], u"Cannot connect to test:///default: refused."_s);
    e.process();
    QVERIFY(dispatched.isEmpty());
    clock.advance(60000);
    e.process();
    QCOMPARE(dispatched.size(), 1);
    const Job j = dispatched.at(0).at(0).value<Job>();
    QCOMPARE(j.attempts, 2);
    QVERIFY(j.log.contains(u"refused"_s));
    QVERIFY(j.log.contains(u"attempt 2"_s));
}

void TestSchedulerEngine::leaseKeepsSecondEngineIdle() {
    if (test::TestDatabase::wantsPostgres())
        QSKIP("On a shared database every runner takes jobs: "
              "sharedQueueRunsEachJobOnceWithinLimits covers it.");
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine gui(m_db, &clock, u"gui"_s);
    SchedulerEngine headless(m_db, &clock, u"headless"_s);
    gui.setSettings(quiet());
    headless.setSettings(quiet());
    QVERIFY(headless.start());
    QSignalSpy runner(&gui, &SchedulerEngine::runnerChanged);
    QVERIFY(gui.start());
    QVERIFY(headless.isRunner());
    QVERIFY(!gui.isRunner());
    QCOMPARE(runner.last().at(1).toString(), u"headless"_s);

    QSignalSpy guiDispatch(&gui, &SchedulerEngine::dispatch);
    QSignalSpy headlessDispatch(&headless, &SchedulerEngine::dispatch);
    // Jobs added through the idle GUI engine are run by the runner, once.
    const auto ids = gui.submit({makeJob(u"alpha"_s), makeJob(u"beta"_s)});
    for (int i = 0; i < 3; ++i) {
        gui.process();
        headless.process();
    }
    QVERIFY(guiDispatch.isEmpty());
    QCOMPARE(dispatchedIds(headlessDispatch), ids);
    headless.jobFinished(ids[0], true, {});
    gui.process();
    // The GUI's view follows the runner's progress.
    const auto active = gui.activeJobs();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().state, JobState::Running);

    // The runner stops cleanly: the GUI takes over at its next look.
    headless.stop();
    gui.process();
    QVERIFY(gui.isRunner());
}

// PostgreSQL: two runners and a window share the queue. Each job runs once, the per-host limit
// and "one job per VM" hold across the runners, the lease holder alone fires schedules, and the
// window runs nothing.
void TestSchedulerEngine::sharedQueueRunsEachJobOnceWithinLimits() {
    if (!test::TestDatabase::wantsPostgres())
        QSKIP("An SQLite file has one runner at a time: leaseKeepsSecondEngineIdle covers it.");
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerSettings st = quiet();
    // Two jobs per host at once, whoever runs them; two per runner, so that b gets work while a
    // is busy.
    st.limits = {2, 2};
    SchedulerEngine a(m_db, &clock, u"runner a"_s), b(m_db, &clock, u"runner b"_s),
        window(m_db, &clock, u"window"_s);
    for (SchedulerEngine *e : {&a, &b, &window})
        e->setSettings(st);
    window.setRunsJobs(false);
    QVERIFY(a.start());
    QVERIFY(b.start());
    QVERIFY(window.start());
    QVERIFY(a.isRunner());
    QVERIFY(!b.isRunner());
    QVERIFY(!window.isRunner());
    QSignalSpy da(&a, &SchedulerEngine::dispatch), db(&b, &SchedulerEngine::dispatch),
        dw(&window, &SchedulerEngine::dispatch);

    // Five jobs on one host (two on one VM), four on another, added through the window.
    QList<Job> jobs;
    for (const QString &vm : {u"v1"_s, u"v1"_s, u"v2"_s, u"v3"_s, u"v4"_s})
        jobs.append(makeJob(vm));
    for (const QString &vm : {u"w1"_s, u"w2"_s, u"w3"_s, u"w4"_s}) {
        Job j = makeJob(vm);
        j.uri = u"test:///second"_s;
        jobs.append(j);
    }
    const QList<qint64> ids = window.submit(jobs);
    QCOMPARE(ids.size(), 9);
    QSet<qint64> ran;
    auto running = [&] {
        JobStore store;
        store.open(m_db);
        return store.runningSlots();
    };
    for (int round = 0; round < 12 && ran.size() < 9; ++round) {
        a.process(); // promotes and claims first
        b.process();
        window.process();
        QVERIFY(dw.isEmpty());
        const QList<RunningSlot> now = running();
        QMap<QString, int> perHost;
        QSet<QString> vms;
        for (const RunningSlot &r : now) {
            ++perHost[r.host];
            QVERIFY2(!vms.contains(r.vmKey), qPrintable(r.vmKey));
            vms.insert(r.vmKey);
        }
        for (int n : std::as_const(perHost))
            QVERIFY(n <= 2);
        // Each runner finishes what it got; b must have got some once a's hosts were full.
        for (auto [engine, spy] : {std::pair{&a, &da}, std::pair{&b, &db}}) {
            for (qint64 id : dispatchedIds(*spy)) {
                QVERIFY2(!ran.contains(id), "a job ran twice");
                ran.insert(id);
                engine->jobFinished(id, true, {});
            }
        }
    }
    QCOMPARE(ran.size(), 9);
    JobStore store;
    QVERIFY(store.open(m_db));
    QSet<QString> runners;
    for (qint64 id : ids) {
        const auto j = store.job(id);
        QCOMPARE(j->state, JobState::Done);
        QCOMPARE(j->attempts, 1);
        runners.insert(j->runner);
    }
    QCOMPARE(runners, (QSet<QString>{a.instanceId(), b.instanceId()}));
    QCOMPARE(store.runners(clock.nowMs()).size(), 2); // the window is no runner
}

void TestSchedulerEngine::deadRunnerJobsInterruptedScheduleIntact() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    auto dying = std::make_unique<SchedulerEngine>(m_db, &clock, u"headless"_s);
    dying->setSettings(quiet());
    QVERIFY(dying->start());
    Schedule s;
    s.name = u"nightly"_s;
    s.kind = u"shutdown"_s;
    s.uri = kHost;
    s.vms = {u"alpha"_s};
    s.recurrence = u"daily 22:00"_s;
    QVERIFY(dying->addSchedule(s) > 0);
    const auto ids = dying->submit({makeJob(u"alpha"_s)});
    dying->process();
    QCOMPARE(dying->runningCount(), 1);

    // It stops renewing its lease (the process is gone). A new runner waits for the lease to
    // expire, then takes over and marks the job interrupted.
    SchedulerEngine next(m_db, &clock, u"gui"_s);
    next.setSettings(quiet());
    QVERIFY(next.start());
    QVERIFY(!next.isRunner());
    clock.advance(quiet().leaseTtlMs + 1);
    QSignalSpy updated(&next, &SchedulerEngine::jobUpdated);
    next.process();
    QVERIFY(next.isRunner());
    JobStore store;
    QVERIFY(store.open(m_db));
    const auto j = store.job(ids[0]);
    QCOMPARE(j->state, JobState::Interrupted);
    QVERIFY2(j->result.contains(test::TestDatabase::wantsPostgres()
                                    ? u"stopped answering"_s
                                    : u"ended before it finished"_s),
             qPrintable(j->result));
    QVERIFY(!updated.isEmpty());
    const auto schedules = store.loadSchedules();
    QCOMPARE(schedules.size(), 1);
    QCOMPARE(schedules.first().name, u"nightly"_s);
    QCOMPARE(schedules.first().nextFire, local(u"2026-11-23 22:00"_s).toMSecsSinceEpoch());
    // The dead runner's late answer changes nothing.
    dying->jobFinished(ids[0], true, {});
    dying.release(); // never destroyed cleanly, as if killed
}

void TestSchedulerEngine::historySurvivesRestart() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    QList<qint64> ids;
    {
        SchedulerEngine e(m_db, &clock, u"gui"_s);
        e.setSettings(quiet());
        QVERIFY(e.start());
        ids = e.submit({makeJob(u"alpha"_s), makeJob(u"beta"_s)});
        e.process();
        e.jobFinished(ids[0], false, u"Requested operation is not valid"_s);
        // beta still running when the app quits: recorded as interrupted, not lost.
    }
    SchedulerEngine e(m_db, &clock, u"gui"_s);
    e.setSettings(quiet());
    QSignalSpy loaded(&e, &SchedulerEngine::jobsLoaded);
    QVERIFY(e.start());
    QCOMPARE(loaded.size(), 1);
    const auto jobs = loaded.first().first().value<QList<Job>>();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[0].state, JobState::Failed);
    QCOMPARE(jobs[0].result, u"Requested operation is not valid"_s);
    QCOMPARE(jobs[1].state, JobState::Interrupted);
}

void TestSchedulerEngine::unknownKindRefused() {
    ManualClock clock(local(u"2026-11-23 10:00"_s));
    SchedulerEngine e(m_db, &clock, u"gui"_s);
    e.setSettings(quiet());
    QVERIFY(e.start());
    QSignalSpy errors(&e, &SchedulerEngine::errorOccurred);
    QVERIFY(e.submit({makeJob(u"alpha"_s, u"teleport"_s)}).isEmpty());
    QCOMPARE(errors.size(), 1);
    // Aliases map to the console's own action names.
    const auto ids = e.submit({makeJob(u"alpha"_s, u"suspend"_s)});
    QCOMPARE(ids.size(), 1);
    e.process();
    JobStore store;
    QVERIFY(store.open(m_db));
    QCOMPARE(store.job(ids[0])->kind, u"pause"_s);
}

QTEST_GUILESS_MAIN(TestSchedulerEngine)
#include "tst_schedulerengine.moc"
