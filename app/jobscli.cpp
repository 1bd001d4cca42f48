// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobscli.h"

#include "cliconnect.h"
#include "core/connectionconfig.h"
#include "core/connectionmanager.h"
#include "core/storedatabase.h"

#include "failover/failoverwatch.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobstore.h"
#include "scheduler/recurrence.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace virtdeck {

using namespace Qt::StringLiterals;

// The translation context of the command line's texts.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

namespace {

QString timeText(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                  : QString();
}

QCommandLineOption databaseOption() {
    return QCommandLineOption(
        u"database"_s,
        CommandLine::tr("The scheduler database (default: %1).").arg(JobStore::defaultPath()),
        CommandLine::tr("FILE"));
}

bool openStore(JobStore &store, const QCommandLineParser &parser, QTextStream &err) {
    const QString path =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : JobStore::defaultPath();
    QString error;
    if (!store.open(path, &error)) {
        err << CommandLine::tr("virtdeck: cannot open the scheduler database %1: %2")
                   .arg(path, error)
            << "\n";
        return false;
    }
    return true;
}

QJsonObject jobJson(const Job &j) {
    QJsonObject o{{u"id"_s, j.id},
                  {u"action"_s, j.kind},
                  {u"host"_s, j.uri},
                  {u"vm"_s, j.vm},
                  {u"state"_s, jobStateName(j.state)},
                  {u"progress"_s, j.progress},
                  {u"priority"_s, j.priority},
                  {u"attempts"_s, j.attempts},
                  {u"result"_s, j.result}};
    auto time = [&o](const char *key, qint64 ms) {
        if (ms > 0)
            o.insert(QLatin1StringView(key),
                     QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs));
    };
    time("created", j.createdAt);
    time("not_before", j.notBefore);
    time("started", j.startedAt);
    time("finished", j.finishedAt);
    if (j.afterJob)
        o.insert(u"after"_s, j.afterJob);
    if (j.scheduleId)
        o.insert(u"schedule"_s, j.scheduleId);
    if (!j.group.isEmpty())
        o.insert(u"group"_s, j.group);
    if (!j.params.isEmpty())
        o.insert(u"params"_s, QJsonObject::fromVariantMap(j.params));
    return o;
}

QString table(const QStringList &header, const QList<QStringList> &rows) {
    QList<int> width(header.size(), 0);
    for (int c = 0; c < header.size(); ++c)
        width[c] = int(header.at(c).size());
    for (const auto &r : rows)
        for (int c = 0; c < r.size(); ++c)
            width[c] = std::max(width[c], int(r.at(c).size()));
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c)
            padded << (c + 1 == cells.size() ? cells.at(c) : cells.at(c).leftJustified(width[c]));
        out += padded.join(u"  "_s) + u'\n';
    };
    line(header);
    for (const auto &r : rows)
        line(r);
    return out;
}

void listSchedules(JobStore &store, bool json, QTextStream &out) {
    const auto schedules = store.loadSchedules();
    if (json) {
        QJsonArray arr;
        for (const Schedule &s : schedules)
            arr.append(QJsonObject{{u"id"_s, s.id},
                                   {u"name"_s, s.name},
                                   {u"action"_s, s.kind},
                                   {u"host"_s, s.uri},
                                   {u"vms"_s, QJsonArray::fromStringList(s.vms)},
                                   {u"when"_s, s.recurrence},
                                   {u"enabled"_s, s.enabled},
                                   {u"catch_up"_s, s.catchUp},
                                   {u"next"_s, timeText(s.nextFire)},
                                   {u"last"_s, timeText(s.lastFire)},
                                   {u"note"_s, s.note}});
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return;
    }
    QList<QStringList> rows;
    for (const Schedule &s : schedules)
        rows.append({QString::number(s.id), s.name, s.kind, s.vms.join(u','), s.recurrence,
                     s.enabled ? timeText(s.nextFire) : CommandLine::tr("disabled"), s.uri});
    out << table({u"ID"_s, u"NAME"_s, u"ACTION"_s, u"VMS"_s, u"WHEN"_s, u"NEXT"_s, u"HOST"_s},
                 rows);
}

void listJobs(JobStore &store, bool all, bool json, QTextStream &out) {
    QList<Job> jobs = store.loadJobs(all ? 5000 : 20);
    if (json) {
        QJsonArray arr;
        for (const Job &j : std::as_const(jobs))
            arr.append(jobJson(j));
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return;
    }
    QList<QStringList> rows;
    for (const Job &j : std::as_const(jobs))
        rows.append({QString::number(j.id), jobStateName(j.state), j.kind, j.vm,
                     timeText(j.notBefore > 0 ? j.notBefore : j.createdAt), j.uri,
                     j.result.section(u'\n', 0, 0)});
    out << table({u"ID"_s, u"STATE"_s, u"ACTION"_s, u"VM"_s, u"DUE"_s, u"HOST"_s, u"RESULT"_s},
                 rows);
}

int list(const QStringList &args) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions(
        {databaseOption(),
         {u"all"_s, CommandLine::tr("Include every finished job kept in the history.")},
         {u"schedules"_s, CommandLine::tr("List the recurring schedules instead of jobs.")},
         {u"json"_s, CommandLine::tr("Print JSON instead of a table.")}});
    p.process(args);
    JobStore store;
    if (!openStore(store, p, err))
        return 1;
    if (p.isSet(u"schedules"_s))
        listSchedules(store, p.isSet(u"json"_s), out);
    else
        listJobs(store, p.isSet(u"all"_s), p.isSet(u"json"_s), out);
    return 0;
}

// What `jobs add` asks for, once its options are read and checked.
struct AddRequest {
    QString uri;
    QString kind;
    QStringList vms;
    QVariantMap params;
    int priority = 0;
    QString group;
    HostDownPolicy hostDown = HostDownPolicy::Wait;
    QString recurrence; // empty: one-off jobs
};

void describeAdd(QCommandLineParser &p) {
    QStringList names;
    for (const JobKind &k : JobKinds::all())
        names << k.name;
    p.setApplicationDescription(
        CommandLine::tr("Queue an action on VMs for the scheduler (the window or `virtdeck "
                        "scheduler --headless` runs it). Without --at, --after or a recurrence "
                        "it runs as soon as a runner is free.\n\nActions: %1")
            .arg(names.join(u", "_s)));
    p.addHelpOption();
    p.addOptions({
        databaseOption(),
        {{u"c"_s, u"connect"_s},
         CommandLine::tr("The host's libvirt URI."),
         CommandLine::tr("URI")},
        {u"action"_s, CommandLine::tr("What to do (start, shutdown, snapshot-create, …)."),
         CommandLine::tr("ACTION")},
        {u"vm"_s, CommandLine::tr("A VM by name (repeatable: one job per VM)."),
         CommandLine::tr("NAME")},
        {u"at"_s, CommandLine::tr("Run at this local time (ISO 8601, e.g. 2026-12-01T09:00)."),
         CommandLine::tr("TIME")},
        {u"after"_s, CommandLine::tr("Run after job ID has finished successfully."),
         CommandLine::tr("ID")},
        {u"daily"_s, CommandLine::tr("Recurring: every day at these times (HH:MM,…)."),
         CommandLine::tr("TIMES")},
        {u"weekly"_s,
         CommandLine::tr("Recurring: on these days at these times (\"mon,fri 07:30\")."),
         CommandLine::tr("DAYS TIMES")},
        {u"cron"_s, CommandLine::tr("Recurring: a cron expression (\"0 9 * * 1-5\")."),
         CommandLine::tr("EXPR")},
        {u"name"_s, CommandLine::tr("The name of a recurring schedule."), CommandLine::tr("NAME")},
        {u"no-catch-up"_s,
         CommandLine::tr("Recurring: skip a run missed while no scheduler was running.")},
        {u"priority"_s, CommandLine::tr("Higher runs first under the priority policy."),
         CommandLine::tr("N"), u"0"_s},
        {u"group"_s, CommandLine::tr("A lab or batch label (the round-robin key)."),
         CommandLine::tr("LABEL")},
        {u"snapshot"_s, CommandLine::tr("The snapshot name for snapshot actions."),
         CommandLine::tr("NAME")},
        {u"param"_s, CommandLine::tr("A parameter for the action (repeatable), e.g. wait=120."),
         CommandLine::tr("KEY=VALUE")},
        {u"fail-if-down"_s,
         CommandLine::tr("Fail at once when the host is unreachable (default: wait).")},
        {u"json"_s, CommandLine::tr("Print what was added as JSON.")},
    });
}

int usage(QTextStream &err, const QString &why) {
    err << u"virtdeck jobs add: "_s << why << "\n";
    return 2;
}

// --param KEY=VALUE (repeatable) and --snapshot; empty, or what is wrong.
QString readParams(const QCommandLineParser &p, QVariantMap *params) {
    for (const QString &kv : p.values(u"param"_s)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return CommandLine::tr("--param takes KEY=VALUE, not '%1'.").arg(kv);
        params->insert(kv.left(eq), kv.mid(eq + 1));
    }
    if (p.isSet(u"snapshot"_s))
        params->insert(u"snapshot"_s, p.value(u"snapshot"_s));
    return {};
}

// --daily, --weekly or --cron as a recurrence spec (not parsed yet); empty, or what is wrong.
QString readRecurrence(const QCommandLineParser &p, QString *recurrence) {
    int recurring = 0;
    for (const QString &kind : {u"daily"_s, u"weekly"_s, u"cron"_s}) {
        if (p.isSet(kind)) {
            *recurrence = kind + u' ' + p.value(kind);
            ++recurring;
        }
    }
    if (recurring > 1)
        return CommandLine::tr("give one of --daily, --weekly or --cron.");
    if (recurring && (p.isSet(u"at"_s) || p.isSet(u"after"_s)))
        return CommandLine::tr("--at and --after are for one-off jobs, not recurring schedules.");
    return {};
}

constexpr int kMaxPriority = 1000000;

// Reads the options in the order their problems are reported; empty, or what is wrong.
QString readRequest(const QCommandLineParser &p, AddRequest *r) {
    r->uri = p.value(u"connect"_s);
    if (r->uri.isEmpty())
        return CommandLine::tr("give the host with --connect URI.");
    r->kind = JobKinds::canonicalName(p.value(u"action"_s));
    if (r->kind.isEmpty() || !JobKinds::contains(r->kind))
        return CommandLine::tr("unknown or missing --action '%1'.").arg(p.value(u"action"_s));
    r->vms = p.values(u"vm"_s);
    if (r->vms.isEmpty() && JobKinds::kind(r->kind).needsVm)
        return CommandLine::tr("name the VM with --vm NAME.");
    if (const QString why = readParams(p, &r->params); !why.isEmpty())
        return why;
    if (const QString why = JobKinds::checkParams(r->kind, r->params, true); !why.isEmpty())
        return why;
    bool ok = false;
    r->priority = p.value(u"priority"_s).toInt(&ok);
    if (!ok || r->priority < -kMaxPriority || r->priority > kMaxPriority)
        return CommandLine::tr("--priority takes a whole number from %1 to %2.")
            .arg(-kMaxPriority)
            .arg(kMaxPriority);
    r->group = p.value(u"group"_s);
    r->hostDown = p.isSet(u"fail-if-down"_s) ? HostDownPolicy::Fail : HostDownPolicy::Wait;
    return readRecurrence(p, &r->recurrence);
}

// A recurring schedule for the request; its first run from `now`.
int addSchedule(const QCommandLineParser &p, const AddRequest &r, JobStore &store, qint64 now,
                QTextStream &out, QTextStream &err) {
    QString why;
    const auto rec = Recurrence::parse(r.recurrence, &why);
    if (!rec)
        return usage(err, why);
    Schedule s;
    s.name = p.value(u"name"_s);
    if (s.name.isEmpty())
        s.name = CommandLine::tr("%1 %2").arg(r.kind, r.vms.join(u", "_s));
    s.kind = r.kind;
    s.uri = r.uri;
    s.vms = r.vms;
    s.params = r.params;
    s.group = r.group;
    s.priority = r.priority;
    s.hostDown = r.hostDown;
    s.recurrence = rec->toSpec();
    s.catchUp = !p.isSet(u"no-catch-up"_s);
    s.createdAt = now;
    s.nextFire = rec->next(QDateTime::fromMSecsSinceEpoch(now)).toMSecsSinceEpoch();
    if (!store.insertSchedule(s)) {
        err << CommandLine::tr("virtdeck: cannot save the schedule: %1").arg(store.lastError())
            << "\n";
        return 1;
    }
    if (p.isSet(u"json"_s))
        out << QJsonDocument(QJsonObject{{u"schedule"_s, s.id}, {u"next"_s, timeText(s.nextFire)}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
    else
        out << CommandLine::tr("Added schedule %1 (%2); next run %3.")
                   .arg(s.id)
                   .arg(rec->describe(), timeText(s.nextFire))
            << "\n";
    return 0;
}

// --at and --after of one-off jobs; empty, or what is wrong.
QString readTiming(const QCommandLineParser &p, JobStore &store, qint64 *notBefore,
                   qint64 *afterJob) {
    if (p.isSet(u"at"_s)) {
        const QDateTime at = QDateTime::fromString(p.value(u"at"_s), Qt::ISODate);
        if (!at.isValid())
            return CommandLine::tr("--at takes a time like 2026-12-01T09:00, not '%1'.")
                .arg(p.value(u"at"_s));
        *notBefore = at.toMSecsSinceEpoch();
    }
    if (p.isSet(u"after"_s)) {
        bool ok = false;
        *afterJob = p.value(u"after"_s).toLongLong(&ok);
        if (!ok || !store.job(*afterJob))
            return CommandLine::tr("--after names no job: '%1'.").arg(p.value(u"after"_s));
    }
    return {};
}

// One waiting job per VM (one without a VM when none is named).
QList<Job> makeJobs(const AddRequest &r, qint64 notBefore, qint64 afterJob, qint64 now) {
    const QString stamp = QDateTime::fromMSecsSinceEpoch(now).toString(Qt::ISODate);
    QList<Job> jobs;
    for (const QString &vm : r.vms.isEmpty() ? QStringList{QString()} : r.vms) {
        Job j;
        j.kind = r.kind;
        j.uri = r.uri;
        j.vm = vm;
        j.params = r.params;
        j.group = r.group;
        j.priority = r.priority;
        j.hostDown = r.hostDown;
        j.state = JobState::Waiting;
        j.notBefore = notBefore;
        j.afterJob = afterJob;
        j.createdAt = now;
        j.log = stamp + u"  "_s + CommandLine::tr("Queued from the command line.") + u'\n';
        jobs.append(j);
    }
    return jobs;
}

void printQueued(const QList<Job> &jobs, qint64 notBefore, qint64 afterJob, QTextStream &out) {
    for (const Job &j : jobs)
        out << CommandLine::tr("Queued job %1: %2 %3 on %4%5.")
                   .arg(j.id)
                   .arg(j.kind, j.vm, j.uri,
                        notBefore  ? CommandLine::tr(" at %1").arg(timeText(notBefore))
                        : afterJob ? CommandLine::tr(" after job %1").arg(afterJob)
                                   : QString())
            << "\n";
}

// One-off jobs for the request, and a note when no scheduler will run them yet.
int addJobs(const QCommandLineParser &p, const AddRequest &r, JobStore &store, qint64 now,
            QTextStream &out, QTextStream &err) {
    qint64 notBefore = 0, afterJob = 0;
    if (const QString why = readTiming(p, store, &notBefore, &afterJob); !why.isEmpty())
        return usage(err, why);
    QList<Job> jobs = makeJobs(r, notBefore, afterJob, now);
    if (!store.insertJobs(jobs)) {
        err << CommandLine::tr("virtdeck: cannot save the jobs: %1").arg(store.lastError()) << "\n";
        return 1;
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray arr;
        for (const Job &j : std::as_const(jobs))
            arr.append(jobJson(j));
        out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    printQueued(jobs, notBefore, afterJob, out);
    const LeaseInfo lease = store.lease();
    if (lease.holder.isEmpty() || lease.expiresAt < now)
        err << CommandLine::tr("Note: no scheduler is running now; the jobs run when the window "
                               "or `virtdeck scheduler --headless` starts.")
            << "\n";
    return 0;
}

int add(const QStringList &args) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    describeAdd(p);
    p.process(args);
    AddRequest r;
    if (const QString why = readRequest(p, &r); !why.isEmpty())
        return usage(err, why);
    JobStore store;
    if (!openStore(store, p, err))
        return 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return r.recurrence.isEmpty() ? addJobs(p, r, store, now, out, err)
                                  : addSchedule(p, r, store, now, out, err);
}

int cancel(const QStringList &args) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(databaseOption());
    p.addPositionalArgument(u"id"_s, CommandLine::tr("The jobs to cancel."),
                            CommandLine::tr("ID…"));
    p.process(args);
    if (p.positionalArguments().isEmpty()) {
        err << CommandLine::tr("virtdeck jobs cancel: give the job ids.") << "\n";
        return 2;
    }
    JobStore store;
    if (!openStore(store, p, err))
        return 1;
    int failures = 0;
    for (const QString &arg : p.positionalArguments()) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        QString outcome;
        if (ok && store.requestCancel(id, QDateTime::currentMSecsSinceEpoch(), &outcome)) {
            out << CommandLine::tr("Job %1: %2.").arg(id).arg(outcome) << "\n";
        } else {
            ++failures;
            err << CommandLine::tr("virtdeck: job %1: %2")
                       .arg(arg, ok ? store.lastError() : CommandLine::tr("not a job id"))
                << "\n";
        }
    }
    return failures ? 1 : 0;
}

int g_signalPipe[2] = {-1, -1};
void onSignal(int) {
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGTERM and SIGINT quit the event loop (through a pipe: a handler may do little else).
void quitOnSignals() {
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
}

// What the headless runner tells its log: who runs the jobs, and each job's outcome.
void reportProgress(Scheduler &scheduler, const QString &path, QTextStream &out) {
    QObject::connect(&scheduler, &Scheduler::started, qApp, [&scheduler, &out, path] {
        out << CommandLine::tr("Scheduler running on %1 (%n schedule(s)).", nullptr,
                               int(scheduler.schedules().size()))
                   .arg(StoreDatabase::displayName(path))
            << "\n";
        out.flush();
    });
    QObject::connect(
        &scheduler, &Scheduler::runnerChanged, qApp,
        [&out, shared = StoreDatabase::isPostgresLocation(path)](bool self, const QString &holder) {
            if (shared)
                out << (self ? CommandLine::tr("This runner takes jobs from the shared queue, "
                                               "fires the schedules and watches the failovers.")
                             : CommandLine::tr("This runner takes jobs from the shared queue; %1 "
                                               "fires the schedules and watches the failovers.")
                                   .arg(holder));
            else
                out << (self ? CommandLine::tr("This process runs the jobs.")
                             : CommandLine::tr("Standing by: %1 runs the jobs.").arg(holder));
            out << "\n";
            out.flush();
        });
    QObject::connect(&scheduler, &Scheduler::jobFinished, qApp, [&out](const Job &j) {
        out << CommandLine::tr("Job %1 %2: %3 %4 on %5: %6")
                   .arg(j.id)
                   .arg(jobStateName(j.state), j.kind, j.vm, j.uri, j.result)
            << "\n";
        out.flush();
    });
}

} // namespace

int runJobsCommand(const QStringList &arguments) {
    // arguments: program, "jobs", verb, options…
    const QString verb = arguments.value(2);
    QStringList rest = arguments;
    rest.remove(1, std::min<qsizetype>(2, rest.size() - 1)); // the parser sees "program options…"
    if (verb == u"list"_s)
        return list(rest);
    if (verb == u"add"_s)
        return add(rest);
    if (verb == u"cancel"_s)
        return cancel(rest);
    QTextStream err(stderr);
    err << CommandLine::tr("usage: virtdeck jobs list|add|cancel [options]   (each takes --help)")
        << "\n";
    return 2;
}

int runHeadlessScheduler(const QStringList &arguments) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        CommandLine::tr("Run the scheduler without a window, so schedules run while the window "
                        "is closed. The window and this runner share the database; only one of "
                        "them runs jobs at a time."));
    p.addHelpOption();
    p.addOptions(
        {databaseOption(), {u"headless"_s, CommandLine::tr("Run without a window (required).")}});
    QStringList rest = arguments;
    rest.removeAt(1);
    p.process(rest);
    if (!p.isSet(u"headless"_s)) {
        err << CommandLine::tr("virtdeck scheduler: only --headless is supported; the window runs "
                               "the scheduler itself.")
            << "\n";
        return 2;
    }
    quitOnSignals();

    Workspace workspace;
    const QString path = p.isSet(u"database"_s) ? p.value(u"database"_s) : JobStore::defaultPath();
    // A team's database holds the labs and the hosts too: the lab jobs this runner takes read
    // them there.
    if (StoreDatabase::isPostgresLocation(path))
        StoreDatabase::setSharedLocation(path);
    // The window's hosts, closed until a job needs one: a job on such a host uses its settings
    // (key file, read-only, maintenance), so placement avoids a host the user put in maintenance.
    QString warning;
    for (const ConnectionConfig &c : savedHosts(&warning))
        workspace.connections()->addConnection(c, false);
    if (!warning.isEmpty())
        err << u"virtdeck scheduler: "_s << warning << "\n";
    Scheduler scheduler(&workspace, path, CommandLine::tr("headless runner"));
    bool started = false;
    int exitCode = 0;
    // An error before the scheduler started (no database, say) ends the runner.
    QObject::connect(&scheduler, &Scheduler::errorOccurred, qApp, [&](const QString &msg) {
        err << u"virtdeck scheduler: "_s << msg << "\n";
        err.flush();
        if (!started) {
            exitCode = 1;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&scheduler, &Scheduler::started, qApp, [&started] { started = true; });
    reportProgress(scheduler, path, out);
    // The high-availability VMs fail over from here too: a laptop that sleeps stops nothing.
    FailoverWatch failover(&scheduler, &workspace, path);
    QObject::connect(&failover, &FailoverWatch::note, qApp, [&out](const QString &text) {
        out << text << "\n";
        out.flush();
    });
    QSettings settings;
    scheduler.start(SchedulerSettings::load(settings));
    failover.start();
    const int rc = QCoreApplication::exec();
    scheduler.stop();
    return exitCode ? exitCode : rc;
}

} // namespace virtdeck
