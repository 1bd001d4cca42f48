// SPDX-License-Identifier: GPL-3.0-or-later
// Two `virtdeck scheduler --headless` processes on one PostgreSQL database share 1000 jobs on
// test-driver hosts. One of them is killed (SIGKILL) while it runs a job: every job still runs
// exactly once, the killed runner's running jobs end interrupted (by the other runner, once its
// heartbeat has expired), and the rest are done by the survivor. Needs the throwaway PostgreSQL
// server tests/run.sh starts (VIRTDECK_TEST_POSTGRES).
#include "core/storedatabase.h"
#include "scheduler/jobstore.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
constexpr int kJobs = 1000;

struct Counts {
    int final = 0;
    int done = 0;
    int twice = 0; // jobs with more than one attempt
};
} // namespace

class TestSharedScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void twoRunnersEachJobOnceOneKilled();

private:
    QProcess *startRunner(const QString &name);
    QString runnerId(qint64 pid);
    Counts counts();
    QList<qint64> runningOf(const QString &runner);

    std::unique_ptr<test::TestDatabase> m_database;
    QTemporaryDir m_dir;
    QList<QProcess *> m_runners;
    std::unique_ptr<JobStore> m_store;
};

void TestSharedScheduler::initTestCase() {
    m_database = std::make_unique<test::TestDatabase>(test::TestDatabase::Backend::Postgres);
    QVERIFY2(m_database->error().isEmpty(), qPrintable(m_database->error()));
    // The runners' settings: a short lease, so the test does not wait the default 30 s; two jobs
    // at once per runner, so that with three VMs the second runner always finds work (the lease
    // holder queues the jobs and would otherwise claim nearly all of them itself).
    QDir().mkpath(m_dir.filePath(u"config/virtdeck"_s));
    QFile conf(m_dir.filePath(u"config/virtdeck/virtdeck.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[scheduler]\nleaseSeconds=3\nmaxConcurrent=2\nmaxPerHost=4\n");
    conf.close();
    m_store = std::make_unique<JobStore>();
    QVERIFY2(m_store->open(m_database->location()), qPrintable(m_store->lastError()));
}

void TestSharedScheduler::cleanup() {
    for (QProcess *p : std::as_const(m_runners)) {
        p->terminate();
        if (!p->waitForFinished(10000))
            p->kill();
        p->waitForFinished(5000);
        delete p;
    }
    m_runners.clear();
}

QProcess *TestSharedScheduler::startRunner(const QString &name) {
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data-"_s + name));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p->setProcessEnvironment(env);
    p->setStandardOutputFile(m_dir.filePath(name + u".log"_s));
    p->setStandardErrorFile(m_dir.filePath(name + u".err"_s));
    p->start(QStringLiteral(VIRTDECK_BINARY),
             {u"scheduler"_s, u"--headless"_s, u"--database"_s, m_database->location()});
    m_runners.append(p);
    return p;
}

QString TestSharedScheduler::runnerId(qint64 pid) {
    for (const LeaseInfo &r : m_store->runners(QDateTime::currentMSecsSinceEpoch()))
        if (r.description.contains(u"pid %1 "_s.arg(pid)))
            return r.holder;
    return {};
}

Counts TestSharedScheduler::counts() {
    Counts c;
    for (const Job &j : m_store->loadJobs(kJobs * 2)) {
        c.final += jobStateIsFinal(j.state) ? 1 : 0;
        c.done += j.state == JobState::Done ? 1 : 0;
        c.twice += j.attempts > 1 ? 1 : 0;
    }
    return c;
}

QList<qint64> TestSharedScheduler::runningOf(const QString &runner) {
    QList<qint64> out;
    for (const Job &j : m_store->activeJobs())
        if (j.state == JobState::Running && j.runner == runner)
            out.append(j.id);
    return out;
}

void TestSharedScheduler::twoRunnersEachJobOnceOneKilled() {
    QProcess *a = startRunner(u"a"_s);
    QVERIFY(a->waitForStarted());
    QString idA;
    QTRY_VERIFY_WITH_TIMEOUT(!(idA = runnerId(a->processId())).isEmpty(), 20000);
    QProcess *b = startRunner(u"b"_s);
    QVERIFY(b->waitForStarted());
    QString idB;
    QTRY_VERIFY_WITH_TIMEOUT(!(idB = runnerId(b->processId())).isEmpty(), 20000);

    // 1000 reboots over three VMs on two test-driver hosts, as `virtdeck jobs add` queues them.
    const QString node = u"test://"_s + QStringLiteral(VIRTDECK_TEST_DATA) + u"/node.xml"_s;
    const QList<std::pair<QString, QString>> vms = {
        {u"test:///default"_s, u"test"_s}, {node, u"alpha"_s}, {node, u"beta"_s}};
    QList<Job> jobs;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < kJobs; ++i) {
        Job j;
        j.kind = u"reboot"_s;
        std::tie(j.uri, j.vm) = vms.at(i % vms.size());
        j.state = JobState::Waiting;
        j.createdAt = now;
        jobs.append(j);
    }
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(m_store->insertJobs(jobs), qPrintable(m_store->lastError()));

    // Kill b while it holds a running job, once some work is done. It is frozen first, so what it
    // holds cannot end between the look and the kill; holding nothing, it goes on.
    QList<qint64> lost;
    QDeadlineTimer deadline(60000);
    const auto pidB = pid_t(b->processId());
    while (lost.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(2);
        if (counts().final < 100)
            continue;
        ::kill(pidB, SIGSTOP);
        // A statement b sent just before it froze still completes on the server (a job's end,
        // say): let it land before looking.
        QTest::qWait(200);
        lost = runningOf(idB);
        ::kill(pidB, lost.isEmpty() ? SIGCONT : SIGKILL);
    }
    QVERIFY2(!lost.isEmpty(), "runner b never held a running job after 100 had ended");
    b->waitForFinished(5000);
    QCOMPARE(runningOf(idB), lost); // what b left running when it died

    QTRY_VERIFY_WITH_TIMEOUT(counts().final == kJobs, 120000);
    const qint64 elapsedMs = clock.elapsed();
    const Counts c = counts();
    QCOMPARE(c.twice, 0);
    int byA = 0, byB = 0;
    for (const Job &j : m_store->loadJobs(kJobs * 2)) {
        if (lost.contains(j.id)) {
            QCOMPARE(j.state, JobState::Interrupted);
            QVERIFY2(j.result.contains(u"stopped answering"_s), qPrintable(j.result));
            continue;
        }
        QVERIFY2(j.state == JobState::Done,
                 qPrintable(u"job %1: %2 %3"_s.arg(j.id).arg(jobStateName(j.state), j.result)));
        byA += j.runner == idA ? 1 : 0;
        byB += j.runner == idB ? 1 : 0;
    }
    QCOMPARE(byA + byB + int(lost.size()), kJobs);
    QVERIFY(byB > 0);
    QVERIFY(a->state() == QProcess::Running);
    qInfo("%d jobs in %lld ms through two runners (one killed, %lld of its jobs interrupted); "
          "a ran %d, b %d",
          kJobs, elapsedMs, qint64(lost.size()), byA, byB);
}

QTEST_GUILESS_MAIN(TestSharedScheduler)
#include "tst_sharedscheduler.moc"
