// The registry of what a job can do. Lifecycle actions and snapshots are built in; clone, backup,
// restore and lab operations add their kinds here (and a handler to JobExecutor) when they arrive.
// Thread-safe: kinds are registered at start-up and read from any thread.
#pragma once

#include <QList>
#include <QString>

namespace virtdeck {

struct JobKind {
    QString name;           // stable, for the database and the command line
    QString text;           // translated, for the UI
    bool needsVm = true;    // targets an existing VM
    bool createsVm = false; // needs placement on a host
    bool startsVm = false;  // needs the memory admission check
    QStringList paramNames; // the params it reads (for the CLI's --param checks)
};

class JobKinds {
public:
    // All kinds in registration order; the built-in ones always.
    static QList<JobKind> all();
    static bool contains(const QString &name);
    static JobKind kind(const QString &name);
    // Adds or replaces a kind.
    static void add(const JobKind &kind);
    // Accepts the names of the console's actions and a few aliases ("suspend" for "pause").
    static QString canonicalName(const QString &nameOrAlias);
};

} // namespace virtdeck
