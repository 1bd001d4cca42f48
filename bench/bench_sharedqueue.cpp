// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler on a shared PostgreSQL database, on test-driver hosts:
//  1. jobs per second through 1, 2 and 4 `virtdeck scheduler --headless` runners (each its own
//     process and data folder, one settings file: maxConcurrent=8, maxPerHost=8), a fresh
//     database each time: JOBS reboots queued at once over 4 hosts of 16 running VMs, timed from
//     the queueing to the last job's end; every job must end done after one attempt;
//  2. a commit in one process to a window's engine (setRunsJobs(false), its own thread and event
//     loop) seeing it: jobUpdated after another connection inserted a job, SAMPLES times;
//  3. that window's engine idle for IDLE seconds: CPU time as % of one core;
//  4. the team's hosts: a host saved in one window's workspace to the other window's list
//     having it (Workspace::shareWithTeam on both), SAMPLES times.
// The server: VIRTDECK_TEST_POSTGRES (as tests/run.sh sets it), else one of its own through
// tests/integration/services.sh, stopped at the end.
//   build/bench/bench_sharedqueue [--jobs 1000] [--runners 1,2,4] [--samples 50] [--idle 30]
#include "benchprocess.h"
#include "core/connectionmanager.h"
#include "core/storedatabase.h"
#include "scheduler/jobstore.h"
#include "scheduler/schedulerengine.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
constexpr int kHosts = 4;
constexpr int kVmsPerHost = 16;

// A test-driver host with `vms` running VMs named vm-0…; returns its URI.
QString writeHost(const QString &dir, int index, int vms) {
    QString xml = u"<node><cpu><nodes>1</nodes><sockets>1</sockets><cores>8</cores><threads>2"
                  "</threads><active>16</active><mhz>2400</mhz><model>x86_64</model></cpu>"
                  "<memory>67108864</memory>"_s;
    for (int i = 0; i < vms; ++i)
        xml += u"<domain type='test'><name>vm-%1</name><memory>65536</memory><vcpu>1</vcpu>"
               "<os><type arch='x86_64'>hvm</type></os></domain>"_s.arg(i);
    xml += u"</node>"_s;
    const QString path = dir + u"/host-%1.xml"_s.arg(index);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(xml.toUtf8());
    return u"test://"_s + path;
}

// utime + stime of a process (or of one of our threads: /proc/self/task/TID), in seconds.
double cpuOf(const QString &statPath) {
    QFile f(statPath);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime 11, stime 12.
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// utime + stime of every PostgreSQL server process on this machine (the server's share of the
// work).
double postgresCpu() {
    double sum = 0;
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile comm(u"/proc/"_s + pid + u"/comm"_s);
        if (pid.front().isDigit() && comm.open(QIODevice::ReadOnly) &&
            comm.readAll().trimmed() == "postgres")
            sum += cpuOf(u"/proc/"_s + pid + u"/stat"_s);
    }
    return sum;
}

// Busy and total jiffies of the whole machine (/proc/stat).
std::pair<double, double> machineJiffies() {
    QFile f(u"/proc/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> cpu = f.readLine().simplified().split(' ');
    double total = 0, idle = 0;
    for (int i = 1; i < cpu.size(); ++i) {
        total += cpu.at(i).toDouble();
        if (i == 4 || i == 5) // idle, iowait
            idle += cpu.at(i).toDouble();
    }
    return {total - idle, total};
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The bench's own server when none is named; stopped when this goes.
class OwnServer {
public:
    OwnServer() {
        if (!qEnvironmentVariableIsEmpty("VIRTDECK_TEST_POSTGRES"))
            return;
        m_dir = std::make_unique<QTemporaryDir>();
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(u"bash"_s, {QStringLiteral(VIRTDECK_SERVICES), u"start-postgres"_s, m_dir->path()});
        p.waitForFinished(120000);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        if (p.exitCode() != 0 || !lines.last().startsWith("postgresql://")) {
            m_error = "services.sh start-postgres failed";
            return;
        }
        qputenv("VIRTDECK_TEST_POSTGRES", lines.last());
        m_started = true;
    }
    ~OwnServer() {
        if (m_started)
            QProcess::execute(
                u"bash"_s, {QStringLiteral(VIRTDECK_SERVICES), u"stop-postgres"_s, m_dir->path()});
    }
    const char *error() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    const char *m_error = nullptr;
    bool m_started = false;
};

// A plain connection for the bench's own questions, so its polling stays cheap.
class Probe {
public:
    explicit Probe(const QString &location) {
        m_ok = StoreDatabase::open(m_name, location, u"the bench probe"_s, {}, &m_error);
    }
    ~Probe() { QSqlDatabase::removeDatabase(m_name); }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    // Jobs in a final state, and the latest end time (ms since the epoch).
    std::pair<int, qint64> finals() {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(u"SELECT count(*), coalesce(max(finished_at), 0) FROM jobs WHERE state IN "
                   "('done','failed','cancelled','interrupted')"_s) &&
            q.next())
            return {q.value(0).toInt(), q.value(1).toLongLong()};
        return {-1, 0};
    }

private:
    QString m_name = u"bench-probe"_s;
    QString m_error;
    bool m_ok = false;
};

struct RunnerSet {
    QTemporaryDir dir;
    QList<QProcess *> processes;

    ~RunnerSet() {
        for (QProcess *p : std::as_const(processes)) {
            p->terminate();
            if (!p->waitForFinished(10000))
                p->kill();
            p->waitForFinished(5000);
            delete p;
        }
    }
    bool start(int count, const QString &location) {
        QDir().mkpath(dir.filePath(u"config/virtdeck"_s));
        QFile conf(dir.filePath(u"config/virtdeck/virtdeck.conf"_s));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        conf.write("[scheduler]\nmaxConcurrent=8\nmaxPerHost=8\n");
        conf.close();
        for (int i = 0; i < count; ++i) {
            auto *p = new QProcess;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
            env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data-%1"_s.arg(i)));
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            p->setProcessEnvironment(env);
            p->setStandardOutputFile(QProcess::nullDevice());
            p->setStandardErrorFile(dir.filePath(u"runner-%1.err"_s.arg(i)));
            p->start(QStringLiteral(VIRTDECK_BINARY),
                     {u"scheduler"_s, u"--headless"_s, u"--database"_s, location});
            processes.append(p);
            if (!p->waitForStarted())
                return false;
        }
        return true;
    }
    double cpuSeconds() const {
        double sum = 0;
        for (const QProcess *p : processes)
            sum += cpuOf(u"/proc/%1/stat"_s.arg(p->processId()));
        return sum;
    }
};

// 1. JOBS reboots through `runners` headless runners on a fresh database.
void throughput(int runners, int jobs, const QStringList &hosts) {
    test::TestDatabase database(test::TestDatabase::Backend::Postgres);
    if (!database.error().isEmpty()) {
        std::printf("  %d: %s\n", runners, qPrintable(database.error()));
        return;
    }
    JobStore store;
    if (!store.open(database.location())) {
        std::printf("  %d: %s\n", runners, qPrintable(store.lastError()));
        return;
    }
    Probe probe(database.location());
    RunnerSet set;
    if (!probe.ok() || !set.start(runners, database.location())) {
        std::printf("  %d: cannot start: %s\n", runners, qPrintable(probe.error()));
        return;
    }
    QDeadlineTimer ready(30000);
    while (store.runners(QDateTime::currentMSecsSinceEpoch()).size() < runners &&
           !ready.hasExpired())
        QThread::msleep(50);
    if (ready.hasExpired()) {
        std::printf("  %d: the runners did not register within 30 s\n", runners);
        return;
    }
    QThread::msleep(500); // let the lease settle

    QList<Job> batch;
    const qint64 created = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < jobs; ++i) {
        Job j;
        j.kind = u"reboot"_s;
        j.uri = hosts.at(i % hosts.size());
        j.vm = u"vm-%1"_s.arg((i / hosts.size()) % kVmsPerHost);
        j.state = JobState::Waiting;
        j.createdAt = created;
        batch.append(j);
    }
    const double cpuBefore = set.cpuSeconds();
    const double serverBefore = postgresCpu();
    const auto machineBefore = machineJiffies();
    QElapsedTimer insertTime;
    insertTime.start();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    if (!store.insertJobs(batch)) {
        std::printf("  %d: %s\n", runners, qPrintable(store.lastError()));
        return;
    }
    const double insertMs = double(insertTime.nsecsElapsed()) / 1e6;
    QDeadlineTimer deadline(600000);
    std::pair<int, qint64> f;
    while ((f = probe.finals()).first < jobs && !deadline.hasExpired())
        QThread::msleep(100);
    const auto machineAfter = machineJiffies();
    const double cpu = set.cpuSeconds() - cpuBefore;
    const double serverCpu = postgresCpu() - serverBefore;

    int done = 0, again = 0;
    QHash<QString, int> byRunner;
    QStringList failures;
    for (const Job &j : store.loadJobs(jobs * 2)) {
        done += j.state == JobState::Done ? 1 : 0;
        again += j.attempts != 1 ? 1 : 0;
        ++byRunner[j.runner];
        if (j.state != JobState::Done && failures.size() < 3)
            failures << u"#%1 %2: %3"_s.arg(j.id).arg(jobStateName(j.state), j.result);
    }
    QList<int> split = byRunner.values();
    std::sort(split.begin(), split.end(), std::greater<>());
    QStringList splitText;
    for (int n : std::as_const(split))
        splitText << QString::number(n);
    const double seconds = double(f.second - t0) / 1000.0;
    const double busy = machineAfter.second > machineBefore.second
                            ? 100.0 * (machineAfter.first - machineBefore.first) /
                                  (machineAfter.second - machineBefore.second)
                            : 0;
    std::printf("  %7d %8.0f %9.1f %8.0f %7d %9d %12.1f %12.1f %9.0f  %s\n", runners, insertMs,
                seconds, seconds > 0 ? jobs / seconds : 0, done, again, cpu, serverCpu, busy,
                qPrintable(splitText.join(u'/')));
    if (f.first < jobs)
        std::printf("          only %d of %d final after 10 min\n", f.first, jobs);
    for (const QString &line : std::as_const(failures))
        std::printf("          %s\n", qPrintable(line));
}

// A window's engine on its own thread, and when it first showed each job.
class Window {
public:
    explicit Window(const QString &location)
        : m_engine(new SchedulerEngine(location, nullptr, u"bench window"_s)) {
        m_clock.start();
        m_engine->setRunsJobs(false);
        m_engine->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
        QObject::connect(
            m_engine, &SchedulerEngine::jobUpdated, m_engine,
            [this](const Job &j) {
                const qint64 at = m_clock.nsecsElapsed();
                QMutexLocker lock(&m_mutex);
                if (!m_seen.contains(j.id))
                    m_seen.insert(j.id, at);
            },
            Qt::DirectConnection);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_engine, [this] { m_started = m_engine->start(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            m_engine, [this] { m_tid = gettid(); }, Qt::BlockingQueuedConnection);
    }
    ~Window() {
        QMetaObject::invokeMethod(
            m_engine, [this] { m_engine->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool started() const { return m_started; }
    qint64 now() const { return m_clock.nsecsElapsed(); }
    // When the engine first emitted jobUpdated for `id` (now()'s clock), or -1.
    qint64 seen(qint64 id) {
        QMutexLocker lock(&m_mutex);
        return m_seen.value(id, -1);
    }
    qint64 waitSeen(qint64 id, int timeoutMs) {
        QDeadlineTimer deadline(timeoutMs);
        qint64 at = -1;
        while ((at = seen(id)) < 0 && !deadline.hasExpired())
            QThread::usleep(200);
        return at;
    }
    double threadCpu() const { return cpuOf(u"/proc/self/task/%1/stat"_s.arg(m_tid)); }

private:
    QElapsedTimer m_clock;
    QThread m_thread;
    SchedulerEngine *m_engine;
    QMutex m_mutex;
    QHash<qint64, qint64> m_seen;
    bool m_started = false;
    pid_t m_tid = 0;
};

Job benchJob(const QString &host) {
    Job j;
    j.kind = u"reboot"_s;
    j.uri = host;
    j.vm = u"vm-0"_s;
    j.state = JobState::Waiting;
    j.createdAt = QDateTime::currentMSecsSinceEpoch();
    return j;
}

// 2. and 3.
void windowFigures(int samples, int idleSeconds, const QString &host) {
    test::TestDatabase database(test::TestDatabase::Backend::Postgres);
    if (!database.error().isEmpty()) {
        std::printf("  %s\n", qPrintable(database.error()));
        return;
    }
    JobStore writer;
    if (!writer.open(database.location())) {
        std::printf("  %s\n", qPrintable(writer.lastError()));
        return;
    }
    Window window(database.location());
    if (!window.started()) {
        std::printf("  the window's engine did not start\n");
        return;
    }
    QThread::msleep(500);

    std::vector<double> afterCommit, afterInsert;
    int missed = 0;
    for (int i = 0; i < samples; ++i) {
        // At a random moment of the engine's 1 s poll.
        QThread::msleep(50 + QRandomGenerator::global()->bounded(200));
        Job j = benchJob(host);
        const qint64 t0 = window.now();
        if (!writer.insertJob(j)) {
            std::printf("  insert: %s\n", qPrintable(writer.lastError()));
            return;
        }
        const qint64 t1 = window.now();
        const qint64 at = window.waitSeen(j.id, 3000);
        if (at < 0) {
            ++missed;
            continue;
        }
        afterCommit.push_back(double(at - t1) / 1e6);
        afterInsert.push_back(double(at - t0) / 1e6);
    }
    std::printf(
        "\ncommit in another process -> the window's engine emits jobUpdated (%d inserts)\n",
        samples);
    std::printf("  after the commit returned: median %.2f ms, p90 %.2f ms, max %.2f ms\n",
                percentile(afterCommit, 0.5), percentile(afterCommit, 0.9),
                percentile(afterCommit, 1.0));
    std::printf("  from before the insert:    median %.2f ms, max %.2f ms\n",
                percentile(afterInsert, 0.5), percentile(afterInsert, 1.0));
    if (missed)
        std::printf("  not seen within 3 s: %d\n", missed);
    std::printf("  (the 1 s poll alone would show a change 0-1000 ms later, ~500 ms on average)\n");

    // A writing transaction still open when the engine polls: the sequence the triggers advance
    // is not transactional, so the poll may count the change before its rows can be read.
    {
        Job j = benchJob(host);
        const qint64 t0 = window.now();
        writer.begin();
        writer.insertJob(j);
        QThread::msleep(1500); // across one poll of the engine
        writer.commit();
        const qint64 t1 = window.now();
        const qint64 at = window.waitSeen(j.id, 5000);
        std::printf("  a transaction open across a poll (1.5 s): %s\n",
                    at < 0 ? "the commit was not seen within 5 s"
                           : qPrintable(u"seen %1 ms after its commit"_s.arg(
                                 double(at - std::max(t0, t1)) / 1e6, 0, 'f', 1)));
    }

    // 3. Nothing happens: what the subscribed engine costs.
    QThread::sleep(2);
    const double processBefore = bench::cpuSeconds();
    const double threadBefore = window.threadCpu();
    QElapsedTimer idle;
    idle.start();
    QThread::sleep(idleSeconds);
    const double wall = double(idle.nsecsElapsed()) / 1e9;
    std::printf("\nwindow's engine idle for %.0f s, subscribed: process %.3f %% of a core, engine "
                "thread %.3f %%\n",
                wall, 100.0 * (bench::cpuSeconds() - processBefore) / wall,
                100.0 * (window.threadCpu() - threadBefore) / wall);
}
// 4. A host one window saves, until the other window lists it.
void teamFigures(int samples) {
    test::TestDatabase database(test::TestDatabase::Backend::Postgres);
    if (!database.error().isEmpty()) {
        std::printf("  %s\n", qPrintable(database.error()));
        return;
    }
    Workspace anna, ben;
    anna.shareWithTeam(database.location(), true);
    ben.shareWithTeam(database.location(), true);
    const auto waitFor = [](const std::function<bool()> &done, int ms) {
        QDeadlineTimer deadline(ms);
        while (!done() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        return done();
    };
    waitFor([] { return false; }, 1000); // both have read the team's (empty) lists
    std::vector<double> seen;
    int missed = 0;
    for (int i = 0; i < samples; ++i) {
        ConnectionConfig c = ConnectionConfig::fromUri(u"test:///default"_s);
        c.id = u"bench-host-%1"_s.arg(i);
        c.autoconnect = false;
        QElapsedTimer t;
        t.start();
        anna.connections()->addConnection(c, false);
        anna.saveConnections();
        if (!waitFor([&] { return ben.connections()->contains(c.id); }, 3000)) {
            ++missed;
            continue;
        }
        seen.push_back(double(t.nsecsElapsed()) / 1e6);
        waitFor([] { return false; }, 50 + QRandomGenerator::global()->bounded(100));
    }
    std::printf("\na host saved in one window -> the other window lists it (%d hosts)\n", samples);
    std::printf("  median %.1f ms, p90 %.1f ms, max %.1f ms\n", percentile(seen, 0.5),
                percentile(seen, 0.9), percentile(seen, 1.0));
    if (missed)
        std::printf("  not seen within 3 s: %d\n", missed);
}
} // namespace

int main(int argc, char **argv) {
    // The windows' settings copies go to a folder of their own, not the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int jobs = bench::option(args, u"--jobs"_s, u"1000"_s).toInt();
    const int samples = bench::option(args, u"--samples"_s, u"50"_s).toInt();
    const int idle = bench::option(args, u"--idle"_s, u"30"_s).toInt();
    QList<int> runnerCounts;
    for (const QString &n : bench::option(args, u"--runners"_s, u"1,2,4"_s).split(u','))
        runnerCounts << n.toInt();

    OwnServer server;
    if (server.error()) {
        std::fprintf(stderr, "%s\n", server.error());
        return 1;
    }
    QTemporaryDir dir;
    QStringList hosts;
    for (int h = 0; h < kHosts; ++h)
        hosts << writeHost(dir.path(), h, kVmsPerHost);

    std::printf("shared queue on PostgreSQL: %d reboots over %d test-driver hosts x %d VMs; each "
                "runner maxConcurrent=8, maxPerHost=8\n\n",
                jobs, kHosts, kVmsPerHost);
    std::printf("  %7s %8s %9s %8s %7s %9s %12s %12s %9s  %s\n", "runners", "queue ms", "all end s",
                "jobs/s", "done", "attempts>1", "runner CPU s", "server CPU s", "machine %",
                "jobs per runner");
    for (int n : std::as_const(runnerCounts))
        throughput(n, jobs, hosts);
    windowFigures(samples, idle, hosts.first());
    teamFigures(samples);
    return 0;
}
