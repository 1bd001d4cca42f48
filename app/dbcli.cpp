// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcli.h"

#include "core/storedatabase.h"
#include "failover/hastore.h"
#include "labs/labstore.h"
#include "scheduler/jobstore.h"
#include "workspace/teamsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTextStream>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

namespace {

// One store's file and the tables copied from it, parents before children.
struct Source {
    QString what;
    QString path;
    QStringList tables;
};

QString dataFile(const QString &name) {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/virtdeck/"_s +
           name;
}

// Opens every store once on `location`, so its schema (and any column added since) is in place
// on both sides before rows move.
bool prepareSchemas(const QString &scheduler, const QString &labs, QString *error) {
    JobStore jobs;
    HaStore ha;
    LabStore labStore;
    return (scheduler.isEmpty() || (jobs.open(scheduler, error) && ha.open(scheduler, error))) &&
           (labs.isEmpty() || labStore.open(labs, error));
}

class Connections {
public:
    ~Connections() {
        for (const QString &name : std::as_const(m_names))
            StoreDatabase::close(name);
    }
    bool open(const QString &name, const QString &location, QString *error) {
        m_names << name;
        return StoreDatabase::open(name, location, location, {}, error);
    }

private:
    QStringList m_names;
};

// This user's hosts and alert rules become the team's, unless the team has its own already.
bool copyTeamSettings(const QString &to, QTextStream &out, QString *error) {
    QSettings settings;
    const QList<ConnectionConfig> hosts = loadConnectionConfigs(settings);
    TeamStore team;
    if (!team.open(to, error))
        return false;
    auto copy = [&](const QString &key, const QString &json, const QString &what) {
        QString there;
        bool found = false;
        if (!team.read(key, &there, &found, error))
            return false;
        if (found) {
            out << CommandLine::tr("The team has its own %1 already; this computer's were not "
                                   "copied.")
                       .arg(what)
                << "\n";
            return true;
        }
        if (!team.write(key, json, error))
            return false;
        out << CommandLine::tr("Copied %1 from this computer's settings.").arg(what) << "\n";
        return true;
    };
    return (hosts.isEmpty() ||
            copy(TeamStore::kHosts, teamHostsJson(hosts), CommandLine::tr("the list of hosts"))) &&
           copy(TeamStore::kAlertRules, alertRulesJson(loadAlertRules(settings)),
                CommandLine::tr("the alert rules"));
}

int migrate(const QCommandLineParser &p, QTextStream &out, QTextStream &err) {
    const QString to = p.value(u"to"_s);
    if (!StoreDatabase::isPostgresLocation(to)) {
        err << CommandLine::tr("virtdeck db migrate: --to needs a postgresql:// URL.") << "\n";
        return 2;
    }
    QList<Source> sources;
    const QString scheduler =
        p.isSet(u"scheduler"_s) ? p.value(u"scheduler"_s) : dataFile(u"scheduler.sqlite"_s);
    const QString labs = p.isSet(u"labs"_s) ? p.value(u"labs"_s) : dataFile(u"labs.sqlite"_s);
    if (QFileInfo::exists(scheduler))
        sources.append(
            {CommandLine::tr("scheduler"), scheduler, {u"jobs"_s, u"schedules"_s, u"ha_vms"_s}});
    if (QFileInfo::exists(labs))
        sources.append({CommandLine::tr("labs"),
                        labs,
                        {u"labs"_s, u"lab_roles"_s, u"lab_students"_s, u"lab_template_versions"_s,
                         u"lab_exams"_s}});
    if (sources.isEmpty()) {
        err << CommandLine::tr("virtdeck db migrate: there is nothing to copy (no %1, no %2).")
                   .arg(scheduler, labs)
            << "\n";
        return 1;
    }
    QString error;
    const bool hasScheduler = QFileInfo::exists(scheduler), hasLabs = QFileInfo::exists(labs);
    if (!prepareSchemas(hasScheduler ? scheduler : QString(), hasLabs ? labs : QString(), &error) ||
        !prepareSchemas(to, to, &error)) {
        err << u"virtdeck db migrate: "_s << error << "\n";
        return 1;
    }
    for (const Source &s : std::as_const(sources)) {
        Connections connections;
        QList<qint64> copied;
        if (!connections.open(u"virtdeck-migrate-from"_s, s.path, &error) ||
            !connections.open(u"virtdeck-migrate-to"_s, to, &error) ||
            !StoreDatabase::copyTables(u"virtdeck-migrate-from"_s, u"virtdeck-migrate-to"_s,
                                       s.tables, &copied, &error)) {
            err << CommandLine::tr("virtdeck db migrate: %1 (%2): %3").arg(s.what, s.path, error)
                << "\n";
            return 1;
        }
        QStringList counts;
        for (qsizetype i = 0; i < s.tables.size(); ++i)
            counts << u"%1 %2"_s.arg(copied.value(i)).arg(s.tables.at(i));
        out << CommandLine::tr("Copied %1 from %2: %3.").arg(s.what, s.path, counts.join(u", "_s))
            << "\n";
    }
    if (!copyTeamSettings(to, out, &error)) {
        err << CommandLine::tr("virtdeck db migrate: the hosts and alert rules: %1").arg(error)
            << "\n";
        return 1;
    }
    out << CommandLine::tr("Done. Use it with --database %1, or set it under Preferences → "
                           "Shared database.")
               .arg(StoreDatabase::displayName(to))
        << "\n";
    return 0;
}

} // namespace

int runDbCommand(const QStringList &arguments) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(CommandLine::tr(
        "The shared database.\n\n"
        "  db migrate --to postgresql://user@host/db [--scheduler FILE] [--labs FILE]\n\n"
        "Copies the jobs, schedules, job history, high-availability marks and labs of this "
        "computer's SQLite files into a PostgreSQL database a team shares. The target must hold "
        "none of them yet; the files stay as they are. This user's list of hosts and alert rules "
        "become the team's where the team has none yet."));
    p.addHelpOption();
    p.addOptions({{u"to"_s, CommandLine::tr("The PostgreSQL database (postgresql://…)."), u"URL"_s},
                  {u"scheduler"_s, CommandLine::tr("The scheduler's SQLite file."), u"FILE"_s},
                  {u"labs"_s, CommandLine::tr("The labs' SQLite file."), u"FILE"_s}});
    p.addPositionalArgument(u"verb"_s, CommandLine::tr("migrate"));
    QStringList rest = arguments;
    rest.removeAt(1);
    p.process(rest);
    if (p.positionalArguments().value(0) != u"migrate"_s || !p.isSet(u"to"_s)) {
        err << CommandLine::tr("usage: virtdeck db migrate --to postgresql://user@host/db "
                               "[--scheduler FILE] [--labs FILE]")
            << "\n";
        return 2;
    }
    return migrate(p, out, err);
}

} // namespace virtdeck
