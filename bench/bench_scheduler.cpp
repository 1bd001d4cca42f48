// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler throughput: 10,000 queued jobs on the libvirt test driver.
//  1. engine only (dispatch answered at once): queue, claim, record per job, per queue policy;
//  2. the whole path (engine thread -> executor -> ConnectionManager -> test driver -> back);
//  3. memory (RSS) held by the queue.
// Usage: bench_scheduler [JOBS] [VMS]
#include "core/connectionmanager.h"
#include "jobkindsetup.h"
#include "scheduler/jobstore.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/queuepolicy.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulerengine.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
long rssKiB(const char *field = "VmRSS:") {
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

QString writeNode(const QString &dir, int vms) {
    QString xml = u"<node><cpu><nodes>1</nodes><sockets>1</sockets><cores>8</cores><threads>2"
                  "</threads><active>16</active><mhz>2400</mhz><model>x86_64</model></cpu>"
                  "<memory>268435456</memory>"_s;
    for (int i = 0; i < vms; ++i)
        xml += u"<domain type='test'><name>bench-%1</name><memory>65536</memory><vcpu>1</vcpu>"
               "<os><type arch='x86_64'>hvm</type></os></domain>"_s.arg(i);
    xml += u"</node>"_s;
    const QString path = dir + u"/bench-node.xml"_s;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(xml.toUtf8());
    return path;
}

// Pause, resume, pause, … per VM, spread round the VMs.
QList<Job> makeJobs(const QString &uri, int jobs, int vms) {
    QList<Job> out;
    out.reserve(jobs);
    for (int i = 0; i < jobs; ++i) {
        Job j;
        j.uri = uri;
        j.vm = u"bench-%1"_s.arg(i % vms);
        j.kind = (i / vms) % 2 ? u"resume"_s : u"pause"_s;
        j.group = u"lab-%1"_s.arg(i % 7);
        j.priority = i % 5;
        out.append(j);
    }
    return out;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    virtdeck::registerJobKinds();
    const int jobs = argc > 1 ? atoi(argv[1]) : 10000;
    const int vms = argc > 2 ? atoi(argv[2]) : 200;
    QTemporaryDir dir;
    const QString node = writeNode(dir.path(), vms);
    const QString uri = u"test://"_s + node;
    std::printf("scheduler benchmark: %d jobs over %d test-driver VMs\n\n", jobs, vms);

    // 0. The policy function alone on a full queue.
    {
        QList<QueueCandidate> q;
        for (int i = 0; i < jobs; ++i)
            q.append({i, i, i % 5, (i * 37) % 1000, u"h%1"_s.arg(i % 4), u"vm%1"_s.arg(i % vms),
                      u"lab-%1"_s.arg(i % 7)});
        std::printf("%-28s %12s\n", "selectJobsToRun, 10k queued", "ms per call");
        for (QueuePolicy p : {QueuePolicy::Fcfs, QueuePolicy::Priority, QueuePolicy::ShortestFirst,
                              QueuePolicy::RoundRobin}) {
            QString cursor;
            QElapsedTimer t;
            t.start();
            const int calls = 50;
            for (int c = 0; c < calls; ++c)
                selectJobsToRun(q, {}, p, {8, 4}, &cursor);
            std::printf("  %-26s %12.2f\n", qPrintable(queuePolicyName(p)),
                        double(t.nsecsElapsed()) / 1e6 / calls);
        }
        std::printf("\n");
    }

    // 1. Engine only: dispatch answered at once, every write to SQLite.
    std::printf("%-14s %10s %12s %14s\n", "engine only", "submit ms", "run ms", "us per job");
    for (QueuePolicy p : {QueuePolicy::Fcfs, QueuePolicy::RoundRobin}) {
        const QString db = dir.filePath(u"engine-%1.sqlite"_s.arg(queuePolicyName(p)));
        SchedulerEngine engine(db, nullptr, u"bench"_s);
        SchedulerSettings s;
        s.pollMs = 0;
        s.policy = p;
        s.limits = {8, 8};
        engine.setSettings(s);
        engine.start();
        QList<qint64> pending;
        QObject::connect(&engine, &SchedulerEngine::dispatch, &engine,
                         [&](const Job &j) { pending.append(j.id); });
        QElapsedTimer t;
        t.start();
        engine.submit(makeJobs(uri, jobs, vms));
        const double submitMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        int done = 0;
        while (done < jobs) {
            engine.process();
            const QList<qint64> batch = std::exchange(pending, {});
            if (batch.isEmpty())
                break;
            for (qint64 id : batch)
                engine.jobFinished(id, true, {});
            done += int(batch.size());
        }
        const double runMs = double(t.nsecsElapsed()) / 1e6;
        std::printf("  %-12s %10.0f %12.0f %14.1f%s\n", qPrintable(queuePolicyName(p)), submitMs,
                    runMs, (submitMs + runMs) * 1000.0 / jobs,
                    done == jobs ? "" : "  (incomplete!)");
    }

    // 2. The whole path on the test driver, with the Jobs model fed as in the window.
    {
        const long rssStart = rssKiB();
        Workspace workspace;
        const QString id =
            workspace.connections()->addConnection(ConnectionConfig::fromUri(uri), true);
        (void)QTest::qWaitFor(
            [&] { return workspace.connections()->state(id) == ConnectionState::Connected; },
            10000);
        Scheduler scheduler(&workspace, dir.filePath(u"full.sqlite"_s), u"bench"_s);
        SchedulerSettings s;
        s.limits = {16, 16};
        bool started = false;
        QObject::connect(&scheduler, &Scheduler::started, [&] { started = true; });
        scheduler.start(s);
        (void)QTest::qWaitFor([&] { return started && scheduler.isRunner(); }, 10000);
        int finished = 0, failed = 0;
        QObject::connect(&scheduler, &Scheduler::jobFinished, [&](const Job &j) {
            ++finished;
            failed += j.state != JobState::Done;
        });
        const long rssBefore = rssKiB();
        QElapsedTimer t;
        t.start();
        scheduler.submit(makeJobs(uri, jobs, vms));
        (void)QTest::qWaitFor([&] { return scheduler.jobs()->rowCount() == jobs; }, 120000);
        const double queuedMs = double(t.nsecsElapsed()) / 1e6;
        const long rssQueued = rssKiB();
        (void)QTest::qWaitFor([&] { return finished >= jobs; }, 600000);
        const double totalMs = double(t.nsecsElapsed()) / 1e6;
        std::printf("\nfull path (engine thread, executor, ConnectionManager, test driver)\n");
        std::printf("  queued %d jobs in %.0f ms; all finished after %.0f ms (%d failed)\n", jobs,
                    queuedMs, totalMs, failed);
        std::printf("  per job end to end: %.1f us\n", totalMs * 1000.0 / jobs);
        std::printf("  RSS: %ld KiB at start, %ld KiB connected, %ld KiB with %d jobs queued "
                    "(%.1f KiB per job), %ld KiB after; peak %ld KiB\n",
                    rssStart, rssBefore, rssQueued, jobs, double(rssQueued - rssBefore) / jobs,
                    rssKiB(), rssKiB("VmHWM:"));
        scheduler.stop();
    }
    return 0;
}
