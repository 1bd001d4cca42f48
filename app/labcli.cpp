// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcli.h"

#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "labs/lab.h"
#include "labs/labcapacityplan.h"
#include "labs/labexecutor.h"
#include "labs/labjobs.h"
#include "labs/labreport.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/rosterparser.h"
#include "scheduler/jobstore.h"
#include "scheduler/schedulersettings.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <utility>

#include <unistd.h>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct LabCommandLine {
    Q_DECLARE_TR_FUNCTIONS(LabCommandLine)
};

namespace {

int usage(QTextStream &err, const QString &message) {
    err << u"virtdeck lab: "_s << message << "\n";
    return 2;
}

bool openStore(LabStore &store, const QCommandLineParser &p, QTextStream &err) {
    const QString path = p.isSet(u"database"_s) ? p.value(u"database"_s) : LabStore::defaultPath();
    QString error;
    if (!store.open(path, &error)) {
        err << LabCommandLine::tr("virtdeck lab: cannot open the labs database %1: %2")
                   .arg(path, error)
            << "\n";
        return false;
    }
    return true;
}

// The database failed (not "no such lab"): its words, exit code 1.
int storeFailed(const LabStore &store, QTextStream &err) {
    err << LabCommandLine::tr("virtdeck lab: the labs database failed: %1").arg(store.lastError())
        << "\n";
    return 1;
}

// `text` as a whole number from `min` to `max`; false when it is not one.
bool wholeNumber(const QString &text, int min, int max, int *out) {
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = int(v);
    return true;
}

// Option `name` as a whole number from `min` to `max` into `*out` (left as it is when the
// option is not given); empty when fine, else why not.
QString numberOption(const QCommandLineParser &p, const QString &name, int min, int max, int *out) {
    if (!p.isSet(name) || wholeNumber(p.value(name), min, max, out))
        return {};
    return LabCommandLine::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
        .arg(name)
        .arg(min)
        .arg(max)
        .arg(p.value(name).left(40));
}

// The numbers every verb may be given, checked before anything runs.
struct RunNumbers {
    int parallel = 0; // 0: the scheduler's limit
    int timeoutSeconds = 30;
    int waitSeconds = kLabShutdownWait; // stop: how long the guests get to power off
};

QString readRunNumbers(const QCommandLineParser &p, RunNumbers *n) {
    QString why = numberOption(p, u"parallel"_s, 1, 64, &n->parallel);
    if (why.isEmpty())
        why = numberOption(p, u"timeout"_s, 1, 3600, &n->timeoutSeconds);
    if (why.isEmpty())
        why = numberOption(p, u"wait"_s, 0, 86400, &n->waitSeconds);
    return why;
}

// The names given on the command line that reach libvirt or the database: why one cannot be
// used, or empty.
QString nameOptionsProblem(const QCommandLineParser &p) {
    for (const QString &uri : p.values(u"connect"_s))
        if (uri.trimmed().isEmpty() || uri.size() > 1000 ||
            std::any_of(uri.cbegin(), uri.cend(), [](QChar c) { return c.isSpace(); }))
            return LabCommandLine::tr("--connect takes a libvirt URI, not \"%1\".")
                .arg(uri.left(80));
    if (p.isSet(u"template"_s))
        if (const QString why = labHostNameProblem(p.value(u"template"_s)); !why.isEmpty())
            return u"--template: "_s + why;
    if (p.isSet(u"snapshot"_s))
        if (const QString why = labObjectNameProblem(p.value(u"snapshot"_s)); !why.isEmpty())
            return u"--snapshot: "_s + why;
    if (p.isSet(u"pattern"_s) && p.value(u"pattern"_s).size() > 200)
        return LabCommandLine::tr("--pattern is at most 200 characters long.");
    const QString note = p.value(u"note"_s);
    if (note.size() > 500 || std::any_of(note.cbegin(), note.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return LabCommandLine::tr("--note is one line of at most 500 characters.");
    return {};
}

// Applies --network, --shared-network, --first-address, --subnet-prefix, --data-disk and
// --stagger to `s`; empty when fine, else why not.
QString applySettingOptions(const QCommandLineParser &p, LabSettings *s) {
    if (p.isSet(u"network"_s) && !labNetworkModeFromName(p.value(u"network"_s), &s->networkMode))
        return LabCommandLine::tr("--network is template, shared, student or group.");
    if (p.isSet(u"shared-network"_s))
        s->sharedNetwork = p.value(u"shared-network"_s);
    if (p.isSet(u"first-address"_s))
        s->firstAddress = p.value(u"first-address"_s);
    if (p.isSet(u"subnet-prefix"_s))
        s->subnetPrefix = p.value(u"subnet-prefix"_s);
    if (p.isSet(u"data-disk"_s))
        s->dataDisks = p.values(u"data-disk"_s);
    if (p.isSet(u"stagger"_s)) {
        const QStringList parts = p.value(u"stagger"_s).split(u':');
        s->staggerPauseSeconds = 30;
        if (parts.size() > 2 ||
            !wholeNumber(parts.value(0), 0, kLabMaxStaggerBatch, &s->staggerBatch) ||
            (parts.size() == 2 &&
             !wholeNumber(parts.at(1), 0, kLabMaxStaggerPause, &s->staggerPauseSeconds)))
            return LabCommandLine::tr("--stagger takes N or N:SECONDS: N from 0 to %1 VMs per host "
                                      "at a time, SECONDS from 0 to %2 between them; not \"%3\".")
                .arg(kLabMaxStaggerBatch)
                .arg(kLabMaxStaggerPause)
                .arg(p.value(u"stagger"_s).left(40));
    }
    if (const QString why =
            numberOption(p, u"idle-minutes"_s, 0, kLabMaxIdleMinutes, &s->idleMinutes);
        !why.isEmpty())
        return why;
    if (p.isSet(u"end-date"_s))
        s->endDate = p.value(u"end-date"_s);
    if (p.isSet(u"collect-path"_s))
        s->collectPaths = p.values(u"collect-path"_s);
    return s->problem();
}

// --lab NAME, as every lab verb takes it; --name is the older spelling of it.
QString labNameOption(const QCommandLineParser &p, QString *name) {
    *name = p.isSet(u"lab"_s) ? p.value(u"lab"_s) : p.value(u"name"_s);
    if (p.isSet(u"lab"_s) && p.isSet(u"name"_s) && p.value(u"name"_s) != *name)
        return LabCommandLine::tr("--lab and --name name the same thing; give one.");
    return {};
}

// The roles of a new lab from --template and --role ROLE=VM; empty when fine, else why not.
QString rolesFromOptions(const QCommandLineParser &p, Lab *lab) {
    if (p.isSet(u"template"_s))
        lab->roles.append({u"vm"_s, p.value(u"template"_s)});
    for (const QString &r : p.values(u"role"_s)) {
        const qsizetype eq = r.indexOf(u'=');
        const QString role = r.left(eq).trimmed(), vm = r.mid(eq + 1).trimmed();
        if (eq <= 0 || !labNameProblem(role).isEmpty() || !labHostNameProblem(vm).isEmpty())
            return LabCommandLine::tr("--role takes ROLE=VM (a role name of letters and digits, "
                                      "the name of an existing VM), not \"%1\".")
                .arg(r.left(80));
        if (lab->role(role))
            return LabCommandLine::tr("The role \"%1\" is given twice.").arg(role);
        lab->roles.append({role, vm});
    }
    if (lab->roles.isEmpty())
        return LabCommandLine::tr("Name the template VM with --template VM or --role ROLE=VM.");
    return {};
}

// The lab `virtdeck lab create` describes, checked; empty when fine, else why not. Roster
// errors are printed here (they are many lines); `*rosterFailed` says so.
QString labFromOptions(const QCommandLineParser &p, Lab *lab, QTextStream &err,
                       bool *rosterFailed) {
    if (QString why = labNameOption(p, &lab->name); !why.isEmpty())
        return why;
    if (QString why = labNameProblem(lab->name); !why.isEmpty())
        return why;
    if (QString why = rolesFromOptions(p, lab); !why.isEmpty())
        return why;
    lab->hosts = p.values(u"connect"_s);
    if (lab->hosts.isEmpty())
        return LabCommandLine::tr("Name the lab's hosts with --connect URI (repeatable).");
    if (p.isSet(u"pattern"_s))
        lab->pattern = p.value(u"pattern"_s);
    if (p.isSet(u"placement"_s)) {
        PlacementStrategy s;
        if (!placementStrategyFromName(p.value(u"placement"_s), &s))
            return LabCommandLine::tr("--placement is first-fit, best-fit or spread.");
        lab->placement = placementStrategyName(s);
    }
    if (!p.isSet(u"roster"_s))
        return LabCommandLine::tr("Give the class roster with --roster FILE.csv.");
    const RosterParseResult roster = parseRosterFile(p.value(u"roster"_s));
    if (!roster.ok()) {
        err << LabCommandLine::tr("virtdeck lab: the roster %1 has errors; nothing was imported:")
                   .arg(p.value(u"roster"_s))
            << "\n"
            << roster.errorText() << "\n";
        *rosterFailed = true;
        return {};
    }
    lab->students = roster.students;
    if (QString why = labPatternProblem(*lab); !why.isEmpty())
        return why;
    LabSettings settings;
    if (QString why = applySettingOptions(p, &settings); !why.isEmpty())
        return why;
    if (QString why = labNetworkPlan(*lab, settings).problem; !why.isEmpty())
        return why;
    lab->settingsJson = settings.toJson();
    return {};
}

int create(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    Lab lab;
    bool rosterFailed = false;
    if (const QString why = labFromOptions(p, &lab, err, &rosterFailed); !why.isEmpty())
        return usage(err, why);
    if (rosterFailed)
        return 2;
    LabStore store;
    if (!openStore(store, p, err))
        return 1;
    lab.createdAt = QDateTime::currentMSecsSinceEpoch();
    bool exists = false;
    if (!store.create(lab, &exists)) {
        if (exists)
            return usage(err, store.lastError());
        err << LabCommandLine::tr("virtdeck lab: cannot save the lab: %1").arg(store.lastError())
            << "\n";
        return 1;
    }
    out << LabCommandLine::tr("Lab %1 created: %n student(s)", nullptr, int(lab.students.size()))
               .arg(lab.name)
        << LabCommandLine::tr(", %n VM(s) each.", nullptr, int(lab.roles.size())) << "\n";
    return 0;
}

int list(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    LabStore store;
    if (!openStore(store, p, err))
        return 1;
    QJsonArray arr;
    const QStringList names = store.labNames();
    if (!store.lastError().isEmpty())
        return storeFailed(store, err);
    for (const QString &name : names) {
        Lab lab;
        if (!store.load(name, &lab)) {
            if (!store.lastError().isEmpty())
                return storeFailed(store, err); // never a lab shown with students missing
            continue;
        }
        QStringList roles;
        for (const auto &r : lab.roles)
            roles << r.name + u'=' + r.templateVm +
                         (r.templateVersion > 1 ? u" v%1"_s.arg(r.templateVersion) : QString());
        const LabSettings settings = LabSettings::fromJson(lab.settingsJson);
        const bool expired = settings.expired(QDate::currentDate());
        if (p.isSet(u"json"_s)) {
            arr.append(QJsonObject{{u"name"_s, lab.name},
                                   {u"endDate"_s, settings.endDate},
                                   {u"expired"_s, expired},
                                   {u"students"_s, int(lab.students.size())},
                                   {u"roles"_s, QJsonArray::fromStringList(roles)},
                                   {u"hosts"_s, QJsonArray::fromStringList(lab.hosts)},
                                   {u"pattern"_s, lab.pattern},
                                   {u"placement"_s, lab.placement}});
            continue;
        }
        out << lab.name << "\t"
            << LabCommandLine::tr("%n student(s)", nullptr, int(lab.students.size())) << "\t"
            << roles.join(u", "_s) << "\t" << lab.hosts.join(u' ');
        if (expired)
            out << "\t"
                << LabCommandLine::tr("ENDED %1: flagged for deletion").arg(settings.endDate);
        out << "\n";
    }
    if (p.isSet(u"json"_s))
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

// One VM's outcome as it finishes: "[done/total] ok  student  vm  host  state  message".
void printOutcome(QTextStream &out, const LabVmOutcome &o, const QString &host, int done,
                  int total) {
    out << u"[%1/%2] "_s.arg(done).arg(total) << (o.ok ? "ok  " : "FAIL") << "  " << o.task.student
        << "  " << o.task.vmName << "  " << host << "  "
        << (o.exists ? domainStateName(o.state) : u"-"_s) << "  " << o.message << "\n";
    out.flush();
}

// The outcomes in the lab's order (roster, then roles), whatever order the VMs finished in.
QJsonArray outcomesJson(const Lab &lab, QList<std::pair<LabVmOutcome, QString>> outcomes) {
    QHash<QString, qsizetype> roleRow;
    for (qsizetype i = 0; i < lab.roles.size(); ++i)
        roleRow.insert(lab.roles.at(i).name, i);
    const auto order = [&lab, &roleRow](const LabVmTask &t) {
        const LabStudent *s = lab.student(t.student);
        const qsizetype student = s ? s - lab.students.constData() : lab.students.size();
        return student * (lab.roles.size() + 1) + roleRow.value(t.role, lab.roles.size());
    };
    std::stable_sort(outcomes.begin(), outcomes.end(), [&order](const auto &a, const auto &b) {
        return order(a.first.task) < order(b.first.task);
    });
    QJsonArray rows;
    for (const auto &[o, host] : std::as_const(outcomes))
        rows.append(QJsonObject{{u"student"_s, o.task.student},
                                {u"role"_s, o.task.role},
                                {u"vm"_s, o.task.vmName},
                                {u"host"_s, host},
                                {u"exists"_s, o.exists},
                                {u"state"_s, o.exists ? domainStateName(o.state) : QString()},
                                {u"ok"_s, o.ok},
                                {u"changed"_s, o.changed},
                                {u"message"_s, o.message}});
    return rows;
}

// Opens the database and reads the lab --lab names: 0, or the exit code (2: no --lab or no such
// lab; 1: the database cannot be opened or read).
int loadLab(const QCommandLineParser &p, LabStore &store, Lab *lab, QTextStream &err) {
    if (!p.isSet(u"lab"_s))
        return usage(err, LabCommandLine::tr("Name the lab with --lab NAME."));
    if (!openStore(store, p, err))
        return 1;
    if (store.load(p.value(u"lab"_s), lab))
        return 0;
    if (!store.lastError().isEmpty())
        return storeFailed(store, err);
    return usage(err, LabCommandLine::tr("There is no lab \"%1\".").arg(p.value(u"lab"_s)));
}

// The executor as the command line runs it: the scheduler's placement and limits, the numbers
// given, pools defined where a template needs one (and said so).
void configure(LabExecutor &ex, const QCommandLineParser &p) {
    QSettings settings;
    const SchedulerSettings sched = SchedulerSettings::load(settings);
    RunNumbers n;
    readRunNumbers(p, &n); // checked before the command ran
    ex.setPlacementOptions(sched.placement);
    ex.setParallelPerHost(n.parallel > 0 ? n.parallel : std::max(1, sched.limits.perHost));
    ex.setHostWaitMs(n.timeoutSeconds * 1000);
    ex.setStrictCapacity(p.isSet(u"strict-capacity"_s));
    ex.setDefinePools(true);
    ex.setShutdownWait(n.waitSeconds, p.isSet(u"force"_s));
}

int operate(LabOperation op, const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    LabStore store;
    Lab lab;
    if (const int rc = loadLab(p, store, &lab, err))
        return rc;
    QStringList students;
    for (const QString &s : p.value(u"students"_s).split(u','))
        if (!s.trimmed().isEmpty())
            students << s.trimmed();
    for (const QString &s : std::as_const(students))
        if (!lab.student(s))
            return usage(
                err, LabCommandLine::tr("There is no student \"%1\" in lab %2.").arg(s, lab.name));
    if (op == LabOperation::Revert && !p.isSet(u"snapshot"_s))
        return usage(err, LabCommandLine::tr("Reverting needs --snapshot NAME."));
    if (op == LabOperation::Collect && !p.isSet(u"to"_s))
        return usage(err, LabCommandLine::tr("Collecting needs --to FOLDER."));

    Workspace workspace;
    LabExecutor ex(&workspace);
    configure(ex, p);
    const bool json = p.isSet(u"json"_s);
    QObject::connect(&ex, &LabExecutor::placed,
                     [&](const QString &l, const QString &sid, const QString &uri) {
                         if (!store.setAssignment(l, sid, uri))
                             err << LabCommandLine::tr("virtdeck lab: %1's host was not recorded: "
                                                       "%2")
                                        .arg(sid, store.lastError())
                                 << "\n";
                     });
    QObject::connect(&ex, &LabExecutor::note, [&](const QString &text) {
        err << text << "\n";
        err.flush();
    });
    QList<std::pair<LabVmOutcome, QString>> outcomes; // with their host, for --json
    QObject::connect(&ex, &LabExecutor::vmFinished,
                     [&](const LabVmOutcome &o, const QString &host, int done, int total) {
                         if (json)
                             outcomes.append({o, host});
                         else
                             printOutcome(out, o, host, done, total);
                     });
    int failed = 0;
    QObject::connect(&ex, &LabExecutor::finished, [&](int ok, int bad) {
        failed = bad;
        if (!json)
            out << LabCommandLine::tr("%1 on lab %2: %3 VM(s) ok, %4 failed.")
                       .arg(labOperationText(op), lab.name)
                       .arg(ok)
                       .arg(bad)
                << "\n";
        QCoreApplication::exit(0);
    });
    if (op == LabOperation::Collect)
        ex.setCollect(QDir(p.value(u"to"_s)).absolutePath(), p.values(u"path"_s));
    ex.run(lab, op, students, p.value(u"snapshot"_s));
    if (ex.isRunning())
        QCoreApplication::exec();
    if (json)
        out << QJsonDocument(outcomesJson(lab, outcomes)).toJson(QJsonDocument::Indented);
    if (op == LabOperation::Delete && students.isEmpty() && failed == 0 && p.isSet(u"forget"_s)) {
        store.remove(lab.name);
        if (!json)
            out << LabCommandLine::tr("Lab %1 removed from the database.").arg(lab.name) << "\n";
    }
    workspace.connections()->shutdown();
    return failed ? 1 : 0;
}

// Changes lab --lab as one transaction (LabStore::update(): read inside it, only what changed
// written), so two commands at once never undo each other. 0, or the exit code; `lab` is the lab
// as stored afterwards.
int changeLab(const QCommandLineParser &p, const std::function<QString(Lab *)> &change, Lab *lab,
              QTextStream &err) {
    if (!p.isSet(u"lab"_s))
        return usage(err, LabCommandLine::tr("Name the lab with --lab NAME."));
    LabStore store;
    if (!openStore(store, p, err))
        return 1;
    switch (store.update(p.value(u"lab"_s), change, lab)) {
    case LabStore::Change::Saved:
        return 0;
    case LabStore::Change::NoLab:
    case LabStore::Change::Refused:
        return usage(err, store.lastError());
    case LabStore::Change::Failed:
        break;
    }
    err << LabCommandLine::tr("virtdeck lab: cannot save the lab: %1").arg(store.lastError())
        << "\n";
    return 1;
}

int roster(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    if (!p.isSet(u"add"_s) && !p.isSet(u"drop"_s))
        return usage(err, LabCommandLine::tr("Give --add FILE.csv or --drop IDS."));
    RosterParseResult r;
    if (p.isSet(u"add"_s)) {
        r = parseRosterFile(p.value(u"add"_s));
        if (!r.ok()) {
            err << LabCommandLine::tr(
                       "virtdeck lab: the roster %1 has errors; nothing was imported:")
                       .arg(p.value(u"add"_s))
                << "\n"
                << r.errorText() << "\n";
            return 2;
        }
    }
    QStringList drop;
    for (const QString &s : p.value(u"drop"_s).split(u','))
        if (!s.trimmed().isEmpty())
            drop << s.trimmed();
    int added = 0;
    Lab lab;
    const int rc = changeLab(
        p,
        [&](Lab *stored) {
            added = addStudents(stored, r.students);
            QString why = dropStudents(stored, drop);
            return why.isEmpty() ? labPatternProblem(*stored) : why;
        },
        &lab, err);
    if (rc)
        return rc;
    out << LabCommandLine::tr("Lab %1: %2 added, %3 dropped, %4 student(s) now.")
               .arg(lab.name)
               .arg(added)
               .arg(drop.size())
               .arg(lab.students.size())
        << "\n";
    return 0;
}

int writeOut(const QCommandLineParser &p, const QString &text, QTextStream &out, QTextStream &err) {
    if (!p.isSet(u"output"_s)) {
        out << text;
        return 0;
    }
    QString error;
    if (!writeReportFile(p.value(u"output"_s), text.toUtf8(), &error)) {
        err << LabCommandLine::tr("virtdeck lab: cannot write %1: %2")
                   .arg(p.value(u"output"_s), error)
            << "\n";
        return 1;
    }
    return 0;
}

// Changes a lab's network, data disk and start settings (networks and disks of VMs already
// provisioned change at their next provisioning); prints them.
int settingsCommand(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    Lab lab;
    const int rc = changeLab(
        p,
        [&p](Lab *stored) {
            QString error;
            LabSettings settings = LabSettings::fromJson(stored->settingsJson, &error);
            if (QString why = applySettingOptions(p, &settings); !why.isEmpty())
                return why;
            if (QString why = labNetworkPlan(*stored, settings).problem; !why.isEmpty())
                return why;
            stored->settingsJson = settings.toJson();
            return QString();
        },
        &lab, err);
    if (rc)
        return rc;
    out << lab.settingsJson << "\n";
    return 0;
}

int addresses(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    LabStore store;
    Lab lab;
    if (const int rc = loadLab(p, store, &lab, err))
        return rc;
    QString error;
    const LabSettings settings = LabSettings::fromJson(lab.settingsJson, &error);
    const LabNetworkPlan plan = labNetworkPlan(lab, settings);
    if (!error.isEmpty() || !plan.problem.isEmpty())
        return usage(err, error.isEmpty() ? plan.problem : error);
    return writeOut(p, labAddressCsv(lab, plan), out, err);
}

// Publishes a new template version of a role, then moves the students who have no changes.
int publish(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    if (!p.isSet(u"template"_s))
        return usage(err,
                     LabCommandLine::tr("Name the new version's template VM with --template VM."));
    QString role = p.value(u"role"_s);
    Lab lab;
    const int rc = changeLab(
        p,
        [&](Lab *stored) {
            if (role.isEmpty() && stored->roles.size() == 1)
                role = stored->roles.first().name;
            if (role.isEmpty())
                return LabCommandLine::tr("The lab has several roles: name one with --role ROLE.");
            return publishTemplateVersion(stored, role, p.value(u"template"_s), p.value(u"note"_s),
                                          QDateTime::currentMSecsSinceEpoch());
        },
        &lab, err);
    if (rc)
        return rc;
    out << LabCommandLine::tr(
               "Lab %1: %2 is version %3 of role %4. Students without changes move now; the "
               "others at their next reset.")
               .arg(lab.name, lab.role(role)->templateVm)
               .arg(lab.role(role)->templateVersion)
               .arg(role)
        << "\n";
    out.flush();
    return operate(LabOperation::Update, p, out, err);
}

int versions(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    LabStore store;
    Lab lab;
    if (const int rc = loadLab(p, store, &lab, err))
        return rc;
    QJsonArray arr;
    for (const auto &r : lab.roles) {
        QList<LabTemplateVersion> list;
        for (const auto &v : lab.versions)
            if (v.role == r.name)
                list << v;
        if (list.isEmpty())
            list << LabTemplateVersion{r.name, r.templateVersion, r.templateVm, lab.createdAt, {}};
        for (const auto &v : list) {
            const QString when =
                QDateTime::fromMSecsSinceEpoch(v.publishedAt).toString(Qt::ISODate);
            const bool current = v.version == r.templateVersion;
            if (p.isSet(u"json"_s)) {
                arr.append(QJsonObject{{u"role"_s, v.role},
                                       {u"version"_s, v.version},
                                       {u"template"_s, v.templateVm},
                                       {u"published"_s, when},
                                       {u"current"_s, current},
                                       {u"note"_s, v.note}});
                continue;
            }
            out << v.role << "\t" << v.version << (current ? "*" : "") << "\t" << v.templateVm
                << "\t" << when << "\t" << v.note << "\n";
        }
    }
    if (p.isSet(u"json"_s))
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

// --at: an ISO date and time, or HH:MM (the next such time).
bool parseWhen(const QString &text, QDateTime *out) {
    if (text.isEmpty()) {
        *out = QDateTime::currentDateTime();
        return true;
    }
    const QTime t = QTime::fromString(text, u"H:mm"_s);
    if (t.isValid()) {
        QDateTime d(QDate::currentDate(), t);
        if (d < QDateTime::currentDateTime())
            d = d.addDays(1);
        *out = d;
        return true;
    }
    *out = QDateTime::fromString(text, Qt::ISODate);
    return out->isValid();
}

// The capacity plan's VMs as the hosts showed them to `workspace` during the check.
LabCapacityPlan capacityPlan(const Lab &lab, const LabCapacityReport &report,
                             const Workspace &workspace) {
    const Workspace *w = &workspace;
    return labCapacityPlan(lab, report,
                           [w](const QString &uri, const QString &vm) -> std::optional<LabVmSeen> {
                               QString id;
                               for (const auto &c : w->connections()->configs())
                                   if (c.uri() == uri)
                                       id = c.id;
                               for (int r = 0; r < w->domains()->rowCount(); ++r) {
                                   const DomainInfo &d = w->domains()->domainAt(r);
                                   if (d.connectionId == id && d.name == vm)
                                       return LabVmSeen{d.uuid, domainStateIsActive(d.state)};
                               }
                               return std::nullopt;
                           });
}

// Asked on a terminal; elsewhere only --yes agrees.
bool confirmed(const QCommandLineParser &p, const QString &question, QTextStream &out) {
    if (p.isSet(u"yes"_s))
        return true;
    if (!::isatty(0))
        return false;
    out << question << " [y/N] " << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s;
}

// `capacity --apply`: prints the plan, then queues its migrations in the scheduler's database
// and records the new hosts of the students without VMs. 0 when done (or nothing to do).
int applyCapacity(const QCommandLineParser &p, LabStore &store, const Lab &lab,
                  const LabCapacityReport &report, const LabCapacityPlan &plan, QTextStream &out,
                  QTextStream &err) {
    if (!report.fitsAfterMoves()) {
        err << LabCommandLine::tr("Nothing queued: no host has room for %1, even after the moves.")
                   .arg(report.homeless.join(u", "_s))
            << "\n";
        return 1;
    }
    if (plan.isEmpty()) {
        out << LabCommandLine::tr("Nothing to move.") << "\n";
        return 0;
    }
    out << LabCommandLine::tr("The plan:") << "\n";
    for (const QString &line : plan.previewLines())
        out << u"  "_s << line << "\n";
    if (!confirmed(p, LabCommandLine::tr("Carry out these moves?"), out)) {
        err << LabCommandLine::tr("Nothing queued (add --yes to carry out the plan when the input "
                                  "is not a terminal).")
            << "\n";
        return 1;
    }
    QList<Job> jobs = labMigrationJobs(lab, plan, p.value(u"database"_s));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Job &j : jobs)
        j.createdAt = now;
    JobStore jobStore;
    QString error;
    const QString jobsPath =
        p.isSet(u"jobs-database"_s) ? p.value(u"jobs-database"_s) : JobStore::defaultPath();
    if (!jobs.isEmpty() && (!jobStore.open(jobsPath, &error) || !jobStore.insertJobs(jobs))) {
        err << LabCommandLine::tr("virtdeck: cannot queue the migrations: %1")
                   .arg(error.isEmpty() ? jobStore.lastError() : error)
            << "\n";
        return 1;
    }
    for (const Job &j : std::as_const(jobs))
        out << LabCommandLine::tr("Queued job %1: move %2 from %3 to %4.")
                   .arg(j.id)
                   .arg(j.vm, j.uri, j.params.value(u"destination"_s).toString())
            << "\n";
    for (const auto &placed : plan.placements) {
        if (!store.setAssignment(lab.name, placed.student, placed.to))
            return storeFailed(store, err);
        out << LabCommandLine::tr("Student %1 now belongs on %2.").arg(placed.student, placed.to)
            << "\n";
    }
    return 0;
}

int capacity(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    LabStore store;
    Lab lab;
    if (const int rc = loadLab(p, store, &lab, err))
        return rc;
    QDateTime at;
    const QDateTime now = QDateTime::currentDateTime();
    if (!parseWhen(p.value(u"at"_s), &at) || at < now.addSecs(-60) || at > now.addDays(366))
        return usage(err, LabCommandLine::tr("--at takes HH:MM or an ISO date and time from now to "
                                             "a year ahead, not \"%1\".")
                              .arg(p.value(u"at"_s).left(40)));
    // What the scheduler will have started by then: single VMs and other labs.
    QList<std::pair<QString, QString>> scheduled;
    JobStore jobs;
    const QString jobsPath =
        p.isSet(u"jobs-database"_s) ? p.value(u"jobs-database"_s) : JobStore::defaultPath();
    if (QFile::exists(jobsPath) && jobs.open(jobsPath))
        scheduled = labScheduledStarts(
            jobs.loadJobs(0), lab.name, at.toMSecsSinceEpoch(),
            [&store](const QString &name, Lab *out) { return store.load(name, out); });
    Workspace workspace;
    LabExecutor ex(&workspace);
    configure(ex, p);
    QObject::connect(&ex, &LabExecutor::note, [&](const QString &text) { err << text << "\n"; });
    LabCapacityReport report;
    bool got = false;
    QObject::connect(&ex, &LabExecutor::capacityChecked, [&](const LabCapacityReport &r) {
        report = r;
        got = true;
    });
    QObject::connect(&ex, &LabExecutor::finished, [] { QCoreApplication::exit(0); });
    ex.checkCapacity(lab, scheduled);
    if (ex.isRunning())
        QCoreApplication::exec();
    const LabCapacityPlan plan = capacityPlan(lab, report, workspace);
    workspace.connections()->shutdown();
    if (!got)
        return 1;

    const QString when = QLocale().toString(at, QLocale::ShortFormat);
    if (p.isSet(u"json"_s)) {
        QJsonArray hosts, moves;
        for (const auto &h : std::as_const(report.hosts))
            hosts.append(QJsonObject{{u"host"_s, h.host},
                                     {u"fits"_s, h.fits},
                                     {u"students"_s, h.students},
                                     {u"room"_s, h.room},
                                     {u"needMemory"_s, qint64(h.needMemory)},
                                     {u"allowMemory"_s, qint64(h.allowMemory)},
                                     {u"needVcpus"_s, h.needVcpus},
                                     {u"allowVcpus"_s, h.allowVcpus}});
        for (const auto &m : std::as_const(report.moves))
            moves.append(
                QJsonObject{{u"student"_s, m.student}, {u"from"_s, m.from}, {u"to"_s, m.to}});
        out << QJsonDocument(
                   QJsonObject{{u"at"_s, at.toString(Qt::ISODate)},
                               {u"fits"_s, report.fitsNow()},
                               {u"hosts"_s, hosts},
                               {u"moves"_s, moves},
                               {u"homeless"_s, QJsonArray::fromStringList(report.homeless)}})
                   .toJson(QJsonDocument::Indented);
        return report.fitsNow() ? 0 : 1;
    }
    out << (report.fitsNow() ? LabCommandLine::tr("Lab %1 can run at %2.")
                             : LabCommandLine::tr("Lab %1 does not fit at %2."))
               .arg(lab.name, when)
        << "\n";
    for (const auto &h : std::as_const(report.hosts))
        out << u"  "_s << h.text << "\n";
    for (const QString &line : report.adviceLines())
        out << u"  "_s << line << "\n";
    if (p.isSet(u"apply"_s))
        return applyCapacity(p, store, lab, report, plan, out, err);
    return report.fitsNow() ? 0 : 1;
}

int report(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    if (!p.isSet(u"lab"_s))
        return usage(err, LabCommandLine::tr("Name the lab with --lab NAME."));
    const QString format = p.value(u"format"_s).toLower();
    if (format != u"csv"_s && format != u"html"_s)
        return usage(err, LabCommandLine::tr("--format is csv or html."));
    LabStore store;
    Lab lab;
    if (const int rc = loadLab(p, store, &lab, err))
        return rc;
    Workspace workspace;
    LabExecutor ex(&workspace);
    configure(ex, p);
    QList<LabVmOutcome> outcomes;
    QHash<QString, QString> hosts;
    QObject::connect(&ex, &LabExecutor::note, [&](const QString &text) { err << text << "\n"; });
    QObject::connect(&ex, &LabExecutor::vmFinished,
                     [&](const LabVmOutcome &o, const QString &host, int, int) {
                         outcomes << o;
                         hosts.insert(o.task.vmName, host);
                     });
    QObject::connect(&ex, &LabExecutor::finished, [] { QCoreApplication::exit(0); });
    ex.run(lab, LabOperation::Status);
    if (ex.isRunning())
        QCoreApplication::exec();
    workspace.connections()->shutdown();
    const auto rows = labReportRows(lab, outcomes, hosts);
    const QString text =
        format == u"html"_s
            ? labReportHtml(lab, rows, QDateTime::currentDateTime().toString(Qt::ISODate))
            : labReportCsv(rows);
    return writeOut(p, text, out, err);
}

// What `virtdeck lab --help` says before the options.
QString labDescription() {
    return LabCommandLine::tr(
        "Labs: a template VM per role and a class roster become one VM per student and role, "
        "as qcow2 overlays on the template, spread over the lab's hosts.\n\n"
        "  virtdeck lab create --lab NAME --template VM [--role ROLE=VM]… --roster FILE.csv "
        "--connect URI… [--pattern P]\n"
        "  virtdeck lab list [--json]\n"
        "  virtdeck lab provision|start|stop|forceoff|snapshot|revert|reset|delete|status "
        "--lab NAME [--students a,b] [--json]\n"
        "  virtdeck lab stop --lab NAME [--wait SECONDS] [--force]   (waits for the guests to "
        "power off)\n"
        "  virtdeck lab provision --lab NAME [--strict-capacity]   (a template folder that is no "
        "storage pool becomes one)\n"
        "  virtdeck lab report --lab NAME [--format csv|html] [--output FILE]   (the "
        "student sheet: who has which VM and how to reach it)\n"
        "  virtdeck lab capacity --lab NAME [--at HH:MM|ISO-TIME] [--json]\n"
        "  virtdeck lab capacity --lab NAME --apply [--yes]   (queues the migrations that make it "
        "fit)\n"
        "  virtdeck lab addresses --lab NAME [--output FILE]\n"
        "  virtdeck lab settings --lab NAME [--network MODE] [--data-disk DEV]… "
        "[--stagger N[:S]]\n"
        "  virtdeck lab exam-start|exam-end --lab NAME [--snapshot NAME]\n"
        "  virtdeck lab publish --lab NAME [--role ROLE] --template VM [--note TEXT]   (a new "
        "template version)\n"
        "  virtdeck lab versions --lab NAME [--json]\n"
        "  virtdeck lab update|check|idle-stop --lab NAME\n"
        "  virtdeck lab collect --lab NAME --to FOLDER [--path GUEST-PATH]…\n"
        "  virtdeck lab roster --lab NAME [--add FILE.csv] [--drop IDS]\n\n"
        "Exit codes: 0 done, 1 some VMs failed, 2 bad usage or a bad roster.");
}

// The options of `create` and `settings` that make the lab's settings (applySettingOptions()).
void addSettingOptions(QCommandLineParser &p) {
    p.addOptions({
        {u"network"_s,
         LabCommandLine::tr(
             "create/settings: template (keep the template's), shared (one existing network), "
             "student or group (an isolated network each, made with the lab)."),
         LabCommandLine::tr("MODE")},
        {u"shared-network"_s, LabCommandLine::tr("create/settings: the shared network's name."),
         LabCommandLine::tr("NAME")},
        {u"first-address"_s,
         LabCommandLine::tr("create/settings: fixed addresses on the shared network start here."),
         LabCommandLine::tr("IP")},
        {u"subnet-prefix"_s,
         LabCommandLine::tr(
             "create/settings: student and group networks are PREFIX.N.0/24 (10.213)."),
         LabCommandLine::tr("PREFIX")},
        {u"data-disk"_s,
         LabCommandLine::tr(
             "create/settings: the template disk (target, like vdb) that holds student data; "
             "resets keep it (repeatable)."),
         LabCommandLine::tr("DEV")},
        {u"stagger"_s,
         LabCommandLine::tr("create/settings: start N VMs per host at a time (0 to 500; 0: all at "
                            "once), SECONDS apart (0 to 3600; 30)."),
         LabCommandLine::tr("N[:SECONDS]")},
        {u"idle-minutes"_s,
         LabCommandLine::tr("create/settings: idle-stop shuts down VMs idle this many minutes (0: "
                            "never; at most 10080)."),
         LabCommandLine::tr("N")},
        {u"end-date"_s,
         LabCommandLine::tr("create/settings: the lab's last day; after it, it is flagged."),
         LabCommandLine::tr("YYYY-MM-DD")},
        {u"collect-path"_s,
         LabCommandLine::tr("create/settings: a path inside the guests to collect (repeatable)."),
         LabCommandLine::tr("PATH")},
    });
}

void addLabOptions(QCommandLineParser &p) {
    p.addOptions({
        {u"database"_s,
         LabCommandLine::tr("The labs database (default: %1).").arg(LabStore::defaultPath()),
         LabCommandLine::tr("FILE")},
        {u"name"_s, LabCommandLine::tr("create: the lab's name (the same as --lab)."),
         LabCommandLine::tr("NAME")},
        {u"template"_s,
         LabCommandLine::tr(
             "create: the template VM of a one-role lab; publish: the new version's template VM."),
         LabCommandLine::tr("VM")},
        {u"role"_s,
         LabCommandLine::tr(
             "create: a role and its template VM, ROLE=VM (repeatable); publish: the role."),
         LabCommandLine::tr("ROLE")},
        {u"roster"_s, LabCommandLine::tr("create: the class roster (CSV: id, name, email, group)."),
         LabCommandLine::tr("FILE")},
        {{u"c"_s, u"connect"_s},
         LabCommandLine::tr("create: a target host (repeatable)."),
         LabCommandLine::tr("URI")},
        {u"pattern"_s,
         LabCommandLine::tr("create: VM names, from {lab} {student} {role} {group} {name}."),
         LabCommandLine::tr("PATTERN")},
        {u"placement"_s, LabCommandLine::tr("create: first-fit, best-fit or spread (default)."),
         LabCommandLine::tr("POLICY")},
        {u"lab"_s, LabCommandLine::tr("The lab to act on (create: the new lab's name)."),
         LabCommandLine::tr("NAME")},
        {u"students"_s, LabCommandLine::tr("Only these students (comma-separated ids)."),
         LabCommandLine::tr("IDS")},
        {u"snapshot"_s, LabCommandLine::tr("snapshot/revert: the snapshot's name."),
         LabCommandLine::tr("NAME")},
        {u"parallel"_s,
         LabCommandLine::tr("VMs handled at once per host, 1 to 64 (default: the scheduler's "
                            "limit)."),
         LabCommandLine::tr("N")},
        {u"timeout"_s,
         LabCommandLine::tr("Seconds to wait for the hosts to connect, 1 to 3600 (30)."),
         LabCommandLine::tr("SECONDS"), u"30"_s},
        {u"forget"_s, LabCommandLine::tr("delete: also remove the lab from the database.")},
        {u"wait"_s,
         LabCommandLine::tr("stop: seconds the guests get to power off; those still running then "
                            "fail, or are forced off with --force (0 to 86400; %1).")
             .arg(kLabShutdownWait),
         LabCommandLine::tr("SECONDS")},
        {u"force"_s, LabCommandLine::tr("stop: force off the guests still running after --wait.")},
        {u"strict-capacity"_s,
         LabCommandLine::tr("provision: refuse students no host has room for when all run at "
                            "once (by default they are placed anyway, with a warning per host).")},
        {u"json"_s, LabCommandLine::tr("Print JSON.")},
        {u"add"_s, LabCommandLine::tr("roster: add (or update) the students of a CSV roster."),
         LabCommandLine::tr("FILE")},
        {u"drop"_s,
         LabCommandLine::tr(
             "roster: drop these students (comma-separated ids; VMs deleted first)."),
         LabCommandLine::tr("IDS")},
        {u"format"_s, LabCommandLine::tr("report: csv (default) or html."),
         LabCommandLine::tr("FORMAT"), u"csv"_s},
        {u"to"_s, LabCommandLine::tr("collect: the folder for the files (a folder per student)."),
         LabCommandLine::tr("FOLDER")},
        {u"path"_s,
         LabCommandLine::tr(
             "collect: a path inside the guests, instead of the lab's (repeatable)."),
         LabCommandLine::tr("PATH")},
        {u"note"_s, LabCommandLine::tr("publish: what changed in this version."),
         LabCommandLine::tr("TEXT")},
        {u"at"_s,
         LabCommandLine::tr(
             "capacity: the class's start (HH:MM or ISO date and time; default now)."),
         LabCommandLine::tr("TIME")},
        {u"jobs-database"_s,
         LabCommandLine::tr("capacity: the scheduler database (default: its usual place)."),
         LabCommandLine::tr("FILE")},
        {u"apply"_s,
         LabCommandLine::tr("capacity: carry out the plan: queue a migration job per VM that "
                            "moves and record the new hosts of students without VMs.")},
        {u"yes"_s, LabCommandLine::tr("capacity --apply: do not ask (needed when the input is not "
                                      "a terminal).")},
        {{u"o"_s, u"output"_s},
         LabCommandLine::tr("report: write to FILE instead of the terminal."),
         LabCommandLine::tr("FILE")},
    });
    addSettingOptions(p);
}

using Command = int (*)(const QCommandLineParser &, QTextStream &, QTextStream &);
// The commands that are not an operation on the lab's VMs.
const std::pair<const char *, Command> kCommands[] = {
    {"create", create},
    {"list", list},
    {"report", report},
    {"roster", roster},
    {"settings", settingsCommand},
    {"addresses", addresses},
    {"capacity", capacity},
    {"publish", publish},
    {"versions", versions},
};
} // namespace

int runLabCommand(const QStringList &arguments) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(labDescription());
    p.addHelpOption();
    addLabOptions(p);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!p.parse(rest))
        return usage(err, p.errorText());
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const QString verb = p.positionalArguments().value(0);
    if (p.positionalArguments().size() > 1)
        return usage(err, LabCommandLine::tr("One command at a time (got: %1).")
                              .arg(p.positionalArguments().join(u' ')));
    // Numbers and names from outside are checked before anything is read or run.
    RunNumbers numbers;
    if (QString why = readRunNumbers(p, &numbers); !why.isEmpty())
        return usage(err, why);
    if (QString why = nameOptionsProblem(p); !why.isEmpty())
        return usage(err, why);
    for (const auto &[name, command] : kCommands)
        if (verb == QLatin1String(name))
            return command(p, out, err);
    LabOperation op;
    if (!verb.isEmpty() && labOperationFromName(verb, &op))
        return operate(op, p, out, err);
    return usage(
        err,
        LabCommandLine::tr(
            "usage: virtdeck lab create|list|report|roster|settings|addresses|capacity|publish|"
            "versions|provision|start|stop|forceoff|snapshot|revert|reset|delete|status|exam-start|"
            "exam-end|update|check|idle-stop|collect [options]   (see virtdeck lab --help)"));
}

} // namespace virtdeck
