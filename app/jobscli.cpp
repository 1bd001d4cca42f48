#include "jobscli.h"

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

namespace {

QString tr(const char *s, int n = -1) {
    return QCoreApplication::translate("CommandLine", s, nullptr, n);
}

QString timeText(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                  : QString();
}

QCommandLineOption databaseOption() {
    return QCommandLineOption(
        u"database"_s, tr("The scheduler database (default: %1).").arg(JobStore::defaultPath()),
        tr("FILE"));
}

bool openStore(JobStore &store, const QCommandLineParser &parser, QTextStream &err) {
    const QString path =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : JobStore::defaultPath();
    QString error;
    if (!store.open(path, &error)) {
        err << tr("virtdeck: cannot open the scheduler database %1: %2").arg(path, error) << "\n";
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

int list(const QStringList &args) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({databaseOption(),
                  {u"all"_s, tr("Include every finished job kept in the history.")},
                  {u"schedules"_s, tr("List the recurring schedules instead of jobs.")},
                  {u"json"_s, tr("Print JSON instead of a table.")}});
    p.process(args);
    JobStore store;
    if (!openStore(store, p, err))
        return 1;
    const bool json = p.isSet(u"json"_s);
    if (p.isSet(u"schedules"_s)) {
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
            return 0;
        }
        QList<QStringList> rows;
        for (const Schedule &s : schedules)
            rows.append({QString::number(s.id), s.name, s.kind, s.vms.join(u','), s.recurrence,
                         s.enabled ? timeText(s.nextFire) : tr("disabled"), s.uri});
        out << table({u"ID"_s, u"NAME"_s, u"ACTION"_s, u"VMS"_s, u"WHEN"_s, u"NEXT"_s, u"HOST"_s},
                     rows);
        return 0;
    }
    QList<Job> jobs = store.loadJobs(p.isSet(u"all"_s) ? 5000 : 20);
    if (json) {
        QJsonArray arr;
        for (const Job &j : std::as_const(jobs))
            arr.append(jobJson(j));
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return 0;
    }
    QList<QStringList> rows;
    for (const Job &j : std::as_const(jobs))
        rows.append({QString::number(j.id), jobStateName(j.state), j.kind, j.vm,
                     timeText(j.notBefore > 0 ? j.notBefore : j.createdAt), j.uri,
                     j.result.section(u'\n', 0, 0)});
    out << table({u"ID"_s, u"STATE"_s, u"ACTION"_s, u"VM"_s, u"DUE"_s, u"HOST"_s, u"RESULT"_s},
                 rows);
    return 0;
}

int add(const QStringList &args) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Queue an action on VMs for the scheduler (the window or `virtdeck scheduler "
           "--headless` runs it). Without --at, --after or a recurrence it runs as soon as a "
           "runner is free.\n\nActions: %1")
            .arg([] {
                QStringList names;
                for (const JobKind &k : JobKinds::all())
                    names << k.name;
                return names.join(u", "_s);
            }()));
    p.addHelpOption();
    p.addOptions({
        databaseOption(),
        {{u"c"_s, u"connect"_s}, tr("The host's libvirt URI."), tr("URI")},
        {u"action"_s, tr("What to do (start, shutdown, snapshot-create, …)."), tr("ACTION")},
        {u"vm"_s, tr("A VM by name (repeatable: one job per VM)."), tr("NAME")},
        {u"at"_s, tr("Run at this local time (ISO 8601, e.g. 2026-12-01T09:00)."), tr("TIME")},
        {u"after"_s, tr("Run after job ID has finished successfully."), tr("ID")},
        {u"daily"_s, tr("Recurring: every day at these times (HH:MM,…)."), tr("TIMES")},
        {u"weekly"_s, tr("Recurring: on these days at these times (\"mon,fri 07:30\")."),
         tr("DAYS TIMES")},
        {u"cron"_s, tr("Recurring: a cron expression (\"0 9 * * 1-5\")."), tr("EXPR")},
        {u"name"_s, tr("The name of a recurring schedule."), tr("NAME")},
        {u"no-catch-up"_s, tr("Recurring: skip a run missed while no scheduler was running.")},
        {u"priority"_s, tr("Higher runs first under the priority policy."), tr("N"), u"0"_s},
        {u"group"_s, tr("A lab or batch label (the round-robin key)."), tr("LABEL")},
        {u"snapshot"_s, tr("The snapshot name for snapshot actions."), tr("NAME")},
        {u"param"_s, tr("A parameter for the action (repeatable), e.g. wait=120."),
         tr("KEY=VALUE")},
        {u"fail-if-down"_s, tr("Fail at once when the host is unreachable (default: wait).")},
        {u"json"_s, tr("Print what was added as JSON.")},
    });
    p.process(args);

    auto usage = [&err](const QString &why) {
        err << u"virtdeck jobs add: "_s << why << "\n";
        return 2;
    };
    const QString uri = p.value(u"connect"_s);
    if (uri.isEmpty())
        return usage(tr("give the host with --connect URI."));
    const QString kind = JobKinds::canonicalName(p.value(u"action"_s));
    if (kind.isEmpty() || !JobKinds::contains(kind))
        return usage(tr("unknown or missing --action '%1'.").arg(p.value(u"action"_s)));
    const QStringList vms = p.values(u"vm"_s);
    if (vms.isEmpty() && JobKinds::kind(kind).needsVm)
        return usage(tr("name the VM with --vm NAME."));
    QVariantMap params;
    for (const QString &kv : p.values(u"param"_s)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return usage(tr("--param takes KEY=VALUE, not '%1'.").arg(kv));
        params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    if (p.isSet(u"snapshot"_s))
        params.insert(u"snapshot"_s, p.value(u"snapshot"_s));
    bool ok = false;
    const int priority = p.value(u"priority"_s).toInt(&ok);
    if (!ok)
        return usage(tr("--priority takes a number."));
    QString recurrence;
    int recurring = 0;
    if (p.isSet(u"daily"_s)) {
        recurrence = u"daily "_s + p.value(u"daily"_s);
        ++recurring;
    }
    if (p.isSet(u"weekly"_s)) {
        recurrence = u"weekly "_s + p.value(u"weekly"_s);
        ++recurring;
    }
    if (p.isSet(u"cron"_s)) {
        recurrence = u"cron "_s + p.value(u"cron"_s);
        ++recurring;
    }
    if (recurring > 1)
        return usage(tr("give one of --daily, --weekly or --cron."));
    if (recurring && (p.isSet(u"at"_s) || p.isSet(u"after"_s)))
        return usage(tr("--at and --after are for one-off jobs, not recurring schedules."));

    JobStore store;
    if (!openStore(store, p, err))
        return 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString stamp = QDateTime::fromMSecsSinceEpoch(now).toString(Qt::ISODate);

    if (recurring) {
        QString why;
        const auto rec = Recurrence::parse(recurrence, &why);
        if (!rec)
            return usage(why);
        Schedule s;
        s.name = p.value(u"name"_s);
        if (s.name.isEmpty())
            s.name = tr("%1 %2").arg(kind, vms.join(u", "_s));
        s.kind = kind;
        s.uri = uri;
        s.vms = vms;
        s.params = params;
        s.group = p.value(u"group"_s);
        s.priority = priority;
        s.hostDown = p.isSet(u"fail-if-down"_s) ? HostDownPolicy::Fail : HostDownPolicy::Wait;
        s.recurrence = rec->toSpec();
        s.catchUp = !p.isSet(u"no-catch-up"_s);
        s.createdAt = now;
        s.nextFire = rec->next(QDateTime::fromMSecsSinceEpoch(now)).toMSecsSinceEpoch();
        if (!store.insertSchedule(s)) {
            err << tr("virtdeck: cannot save the schedule: %1").arg(store.lastError()) << "\n";
            return 1;
        }
        if (p.isSet(u"json"_s))
            out << QJsonDocument(
                       QJsonObject{{u"schedule"_s, s.id}, {u"next"_s, timeText(s.nextFire)}})
                       .toJson(QJsonDocument::Compact)
                << "\n";
        else
            out << tr("Added schedule %1 (%2); next run %3.")
                       .arg(s.id)
                       .arg(rec->describe(), timeText(s.nextFire))
                << "\n";
        return 0;
    }

    qint64 notBefore = 0;
    if (p.isSet(u"at"_s)) {
        const QDateTime at = QDateTime::fromString(p.value(u"at"_s), Qt::ISODate);
        if (!at.isValid())
            return usage(
                tr("--at takes a time like 2026-12-01T09:00, not '%1'.").arg(p.value(u"at"_s)));
        notBefore = at.toMSecsSinceEpoch();
    }
    qint64 afterJob = 0;
    if (p.isSet(u"after"_s)) {
        afterJob = p.value(u"after"_s).toLongLong(&ok);
        if (!ok || !store.job(afterJob))
            return usage(tr("--after names no job: '%1'.").arg(p.value(u"after"_s)));
    }
    QList<Job> jobs;
    for (const QString &vm : vms.isEmpty() ? QStringList{QString()} : vms) {
        Job j;
        j.kind = kind;
        j.uri = uri;
        j.vm = vm;
        j.params = params;
        j.group = p.value(u"group"_s);
        j.priority = priority;
        j.hostDown = p.isSet(u"fail-if-down"_s) ? HostDownPolicy::Fail : HostDownPolicy::Wait;
        j.state = JobState::Waiting;
        j.notBefore = notBefore;
        j.afterJob = afterJob;
        j.createdAt = now;
        j.log = stamp + u"  "_s + tr("Queued from the command line.") + u'\n';
        jobs.append(j);
    }
    if (!store.insertJobs(jobs)) {
        err << tr("virtdeck: cannot save the jobs: %1").arg(store.lastError()) << "\n";
        return 1;
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray arr;
        for (const Job &j : std::as_const(jobs))
            arr.append(jobJson(j));
        out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    for (const Job &j : std::as_const(jobs))
        out << tr("Queued job %1: %2 %3 on %4%5.")
                   .arg(j.id)
                   .arg(j.kind, j.vm, j.uri,
                        notBefore  ? tr(" at %1").arg(timeText(notBefore))
                        : afterJob ? tr(" after job %1").arg(afterJob)
                                   : QString())
            << "\n";
    const LeaseInfo lease = store.lease();
    if (lease.holder.isEmpty() || lease.expiresAt < now)
        err << tr("Note: no scheduler is running now; the jobs run when the window or "
                  "`virtdeck scheduler --headless` starts.")
            << "\n";
    return 0;
}

int cancel(const QStringList &args) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(databaseOption());
    p.addPositionalArgument(u"id"_s, tr("The jobs to cancel."), tr("ID…"));
    p.process(args);
    if (p.positionalArguments().isEmpty()) {
        err << tr("virtdeck jobs cancel: give the job ids.") << "\n";
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
            out << tr("Job %1: %2.").arg(id).arg(outcome) << "\n";
        } else {
            ++failures;
            err << tr("virtdeck: job %1: %2").arg(arg, ok ? store.lastError() : tr("not a job id"))
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
    err << tr("usage: virtdeck jobs list|add|cancel [options]   (each takes --help)") << "\n";
    return 2;
}

int runHeadlessScheduler(const QStringList &arguments) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(tr("Run the scheduler without a window, so schedules run while "
                                   "the window is closed. The window and this runner share the "
                                   "database; only one of them runs jobs at a time."));
    p.addHelpOption();
    p.addOptions({databaseOption(), {u"headless"_s, tr("Run without a window (required).")}});
    QStringList rest = arguments;
    rest.removeAt(1);
    p.process(rest);
    if (!p.isSet(u"headless"_s)) {
        err << tr("virtdeck scheduler: only --headless is supported; the window runs the "
                  "scheduler itself.")
            << "\n";
        return 2;
    }
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

    QSettings settings;
    Workspace workspace;
    const QString path = p.isSet(u"database"_s) ? p.value(u"database"_s) : JobStore::defaultPath();
    Scheduler scheduler(&workspace, path, tr("headless runner"));
    bool started = false;
    int exitCode = 0;
    QObject::connect(&scheduler, &Scheduler::errorOccurred, qApp, [&](const QString &msg) {
        err << u"virtdeck scheduler: "_s << msg << "\n";
        err.flush();
        if (!started) {
            exitCode = 1;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&scheduler, &Scheduler::started, qApp, [&] {
        started = true;
        out << tr("Scheduler running on %1 (%n schedule(s)).", int(scheduler.schedules().size()))
                   .arg(path)
            << "\n";
        out.flush();
    });
    QObject::connect(&scheduler, &Scheduler::runnerChanged, qApp,
                     [&](bool self, const QString &holder) {
                         out << (self ? tr("This process runs the jobs.")
                                      : tr("Standing by: %1 runs the jobs.").arg(holder))
                             << "\n";
                         out.flush();
                     });
    QObject::connect(&scheduler, &Scheduler::jobFinished, qApp, [&](const Job &j) {
        out << tr("Job %1 %2: %3 %4 on %5: %6")
                   .arg(j.id)
                   .arg(jobStateName(j.state), j.kind, j.vm, j.uri, j.result)
            << "\n";
        out.flush();
    });
    scheduler.start(SchedulerSettings::load(settings));
    const int rc = QCoreApplication::exec();
    scheduler.stop();
    return exitCode ? exitCode : rc;
}

} // namespace virtdeck
