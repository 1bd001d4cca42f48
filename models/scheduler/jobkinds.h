// The registry of what a job can do: the scheduler knows job kinds only through it. The kinds that
// act on one VM (lifecycle, snapshots, clone) are the scheduler's own; migration, backup and labs
// register theirs at start-up (app/jobkindsetup.cpp), each with the handler that runs it.
// Thread-safe: kinds are registered at start-up and read from any thread.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace virtdeck {

class JobRun;

struct JobKind {
    QString name;           // stable, for the database and the command line
    QString text;           // translated, for the UI
    bool needsVm = true;    // targets an existing VM
    bool createsVm = false; // needs placement on a host
    bool startsVm = false;  // needs the memory admission check
    QStringList paramNames; // the params it reads (for the CLI's --param checks)
    // Runs one job of the kind: called on the GUI thread with the run, once its host is
    // connected (and its VM found, for kinds that need one); ends with run->finish().
    std::function<void(JobRun *run)> handler;
};

class JobKinds {
public:
    // All kinds in registration order; the built-in ones always.
    static QList<JobKind> all();
    static bool contains(const QString &name);
    static JobKind kind(const QString &name);
    // Adds or replaces a kind.
    static void add(const JobKind &kind);
    static void add(const QList<JobKind> &kinds);
    // Accepts the names of the console's actions and a few aliases ("suspend" for "pause").
    static QString canonicalName(const QString &nameOrAlias);
};

} // namespace virtdeck
