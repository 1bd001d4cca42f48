// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of what a job can do: the scheduler knows job kinds only through it. The kinds that
// act on one VM (lifecycle, snapshots, clone) are the scheduler's own; migration, backup and labs
// register theirs at start-up (app/jobkindsetup.cpp), each with the handler that runs it.
// Thread-safe: kinds are registered at start-up and read from any thread.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace virtdeck {

class JobRun;

// One parameter a job kind reads and the values it accepts. Job parameters come from outside
// (the command line, a database another program wrote), so they are checked where a job is
// added and again before it runs. A plain name converts to a text parameter.
struct JobParam {
    enum class Type : quint8 { Text, Integer, Flag };
    JobParam(QString n, Type t = Type::Text, qint64 lo = 0, qint64 hi = 0)
        : name(std::move(n))
        , type(t)
        , min(lo)
        , max(hi) {}
    static JobParam integer(QString n, qint64 lo, qint64 hi) {
        return {std::move(n), Type::Integer, lo, hi};
    }
    static JobParam flag(QString n) { return {std::move(n), Type::Flag}; }

    QString name;
    Type type;
    qint64 min, max; // Integer: the accepted range
};

struct JobKind {
    QString name;           // stable, for the database and the command line
    QString text;           // translated, for the UI
    bool needsVm = true;    // targets an existing VM
    bool createsVm = false; // needs placement on a host
    bool startsVm = false;  // needs the memory admission check
    QList<JobParam> params; // the params it reads
    // Runs one job of the kind: called on the GUI thread with the run, once its host is
    // connected (and its VM found, for kinds that need one); ends with run->finish().
    std::function<void(JobRun *run)> handler;
};

class JobKinds {
    Q_DECLARE_TR_FUNCTIONS(JobKinds)
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
    // What is wrong with `params` for a job of `kind`, in words for the user; empty when they
    // are fine. `strict` also refuses names the kind does not read (the command line: a typo
    // there would otherwise be ignored silently).
    static QString checkParams(const QString &kind, const QVariantMap &params, bool strict);
    // A flag parameter's value: true, 1, yes or on (any case); false otherwise.
    static bool flagValue(const QVariant &value);
};

} // namespace virtdeck
