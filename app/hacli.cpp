// SPDX-License-Identifier: GPL-3.0-or-later
#include "hacli.h"
#include "cliconnect.h"

#include "core/connectionconfig.h"
#include "core/connectionmanager.h"
#include "failover/hastore.h"
#include "failover/libvirt/failover.h"
#include "scheduler/jobstore.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

namespace {

struct HaOptions {
    const QCommandLineOption connect{QStringList{u"c"_s, u"connect"_s},
                                     CommandLine::tr("The VM's host (libvirt URI)."),
                                     CommandLine::tr("URI")};
    const QCommandLineOption database{
        u"database"_s,
        CommandLine::tr("The scheduler database (default: %1).").arg(JobStore::defaultPath()),
        CommandLine::tr("FILE")};
    const QCommandLineOption json{u"json"_s, CommandLine::tr("Print JSON.")};
    const QCommandLineOption priority{
        u"priority"_s, CommandLine::tr("Failover order: higher first (0)."), u"N"_s, u"0"_s};
    const QCommandLineOption prefer{
        u"prefer"_s, CommandLine::tr("A host to fail over to, best first (repeatable)."),
        CommandLine::tr("URI")};
    const QCommandLineOption repo{
        u"repo"_s,
        CommandLine::tr("The VM's backup repository, for a restore when no replica "
                        "is whole."),
        CommandLine::tr("DIR")};
    const QCommandLineOption grace{
        u"grace"_s, CommandLine::tr("Seconds the host may be lost before a failover (120)."),
        CommandLine::tr("SECONDS"), u"120"_s};
    const QCommandLineOption shared{
        u"shared-disks"_s,
        CommandLine::tr("mark: the VM's disks are on storage its hosts share, and their libvirt "
                        "locks disks with virtlockd: a failover starts it on them.")};
    const QCommandLineOption keep{
        u"keep"_s, CommandLine::tr("resolve: the host whose copy of the VM stays (URI)."),
        CommandLine::tr("URI")};
    const QCommandLineOption timeout{u"timeout"_s, CommandLine::tr("Connection timeout (60)."),
                                     CommandLine::tr("SECONDS"), u"60"_s};
    QList<QCommandLineOption> all() const {
        return {connect, database, json, priority, prefer, repo, grace, shared, keep, timeout};
    }
};

int fail(QTextStream &err, const QString &message, int code) {
    err << "virtdeck ha: " << message << "\n";
    return code;
}

// The VM named `vm` (name or UUID) on `uri`, as the host lists it; false with `error`.
bool findVm(const QString &uri, const QString &vm, int timeoutSec, DomainInfo *found,
            QString *error) {
    Workspace workspace;
    auto *cm = workspace.connections();
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    c.transient = true;
    QEventLoop loop;
    bool listed = false;
    QString id;
    QObject::connect(cm, &ConnectionManager::domainsListed, &loop,
                     [&](const QString &cid, const QList<DomainInfo> &domains) {
                         if (cid != id)
                             return;
                         listed = true;
                         for (const DomainInfo &d : domains)
                             if (d.name == vm || d.uuid == vm)
                                 *found = d;
                         loop.quit();
                     });
    QObject::connect(cm, &ConnectionManager::stateChanged, &loop,
                     [&](const QString &cid, ConnectionState s, const QString &msg) {
                         if (cid == id && s == ConnectionState::Failed) {
                             *error = CommandLine::tr("cannot connect to %1: %2").arg(uri, msg);
                             loop.quit();
                         }
                     });
    QTimer::singleShot(timeoutSec * 1000, &loop, &QEventLoop::quit);
    id = cm->addConnection(c, true);
    loop.exec();
    if (!error->isEmpty())
        return false;
    if (!listed)
        *error = CommandLine::tr("%1 did not answer in time").arg(uri);
    else if (found->uuid.isEmpty())
        *error = CommandLine::tr("there is no VM %1 on %2").arg(vm, uri);
    return error->isEmpty();
}

// The definition a failover on shared disks starts the VM from, read from its home now (the
// runner's watch keeps it current after this).
bool readDefinition(const QString &uri, int timeoutSec, HaMark *m, QString *error) {
    Workspace workspace;
    const auto conn = openConnection(workspace, uri, qBound(1, timeoutSec, 3600), error);
    if (!conn)
        return false;
    runBlocking([&] { m->definition = definitionForFailover(conn.get(), m->uuid, error); });
    if (m->definition.isEmpty())
        *error = CommandLine::tr("cannot read the definition of %1: %2").arg(m->name, *error);
    return !m->definition.isEmpty();
}

int markVm(QTextStream &out, QTextStream &err, const QCommandLineParser &p, const HaOptions &o,
           HaStore &store, const QString &vm) {
    if (!p.isSet(o.connect))
        return fail(err, CommandLine::tr("mark needs --connect URI (the VM's host)"), 2);
    bool okPriority = false, okGrace = false;
    const int priority = p.value(o.priority).toInt(&okPriority);
    const int grace = p.value(o.grace).toInt(&okGrace);
    if (!okPriority || priority < -1000 || priority > 1000)
        return fail(err, CommandLine::tr("--priority takes a whole number from -1000 to 1000"), 2);
    if (!okGrace || grace < 5 || grace > 86400)
        return fail(err, CommandLine::tr("--grace takes a whole number of seconds from 5 to 86400"),
                    2);
    DomainInfo d;
    QString error;
    if (!findVm(p.value(o.connect), vm, qBound(1, p.value(o.timeout).toInt(), 3600), &d, &error))
        return fail(err, error, 1);
    HaMark m;
    m.uuid = d.uuid;
    m.name = d.name;
    m.home = p.value(o.connect);
    m.priority = priority;
    m.prefer = p.values(o.prefer);
    m.repository = p.value(o.repo);
    m.graceSeconds = grace;
    m.sharedDisks = p.isSet(o.shared);
    if (m.sharedDisks &&
        !readDefinition(p.value(o.connect), p.value(o.timeout).toInt(), &m, &error))
        return fail(err, error, 1);
    if (!store.mark(m))
        return fail(err, store.lastError(), 1);
    out << CommandLine::tr("%1 (%2) is high-availability: it fails over if %3 is lost for %n "
                           "second(s).",
                           nullptr, grace)
               .arg(m.name, m.uuid, m.home)
        << "\n";
    return 0;
}

QJsonObject markJson(const HaMark &m) {
    return QJsonObject{{u"vm"_s, m.name},
                       {u"uuid"_s, m.uuid},
                       {u"home"_s, m.home},
                       {u"priority"_s, m.priority},
                       {u"prefer"_s, QJsonArray::fromStringList(m.prefer)},
                       {u"repository"_s, m.repository},
                       {u"grace_seconds"_s, m.graceSeconds},
                       {u"shared_disks"_s, m.sharedDisks},
                       {u"definition_recorded"_s, !m.definition.isEmpty()},
                       {u"failed_over_to"_s, m.failedOverTo},
                       {u"failed_over_at"_s, m.failedOverAt.toString(Qt::ISODate)},
                       {u"conflict"_s, m.conflict}};
}

int status(QTextStream &out, const QCommandLineParser &p, const HaOptions &o, HaStore &store) {
    QList<HaMark> marks = store.marks();
    if (p.isSet(o.connect)) {
        const QString uri = p.value(o.connect);
        marks.removeIf([&](const HaMark &m) { return m.home != uri && m.failedOverTo != uri; });
    }
    if (p.isSet(o.json)) {
        QJsonArray arr;
        for (const HaMark &m : std::as_const(marks))
            arr.append(markJson(m));
        out << QJsonDocument(QJsonObject{{u"vms"_s, arr}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(u"VM"_s, -20)
               .arg(u"PRIO"_s, 5)
               .arg(u"HOME"_s, -40)
               .arg(u"STATE"_s);
    for (const HaMark &m : std::as_const(marks)) {
        const QString state =
            !m.conflict.isEmpty() ? CommandLine::tr("conflict: %1").arg(m.conflict)
            : !m.failedOverTo.isEmpty()
                ? CommandLine::tr("failed over to %1 at %2")
                      .arg(m.failedOverTo, m.failedOverAt.toLocalTime().toString(Qt::ISODate))
                : CommandLine::tr("protected");
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(m.name, -20)
                   .arg(m.priority, 5)
                   .arg(m.home, -40)
                   .arg(state);
    }
    if (marks.isEmpty())
        out << CommandLine::tr("No high-availability VMs.") << "\n";
    return 0;
}
// Keeps the copy on --keep and discards the other one of a failed-over VM.
int resolve(QTextStream &out, QTextStream &err, const QCommandLineParser &p, const HaOptions &o,
            HaStore &store, const QString &vm, const QString &path) {
    const std::optional<HaMark> m = store.find(vm);
    if (!m)
        return fail(err, CommandLine::tr("%1 is not a high-availability VM").arg(vm), 1);
    if (m->failedOverTo.isEmpty())
        return fail(err, CommandLine::tr("%1 was not failed over: nothing to resolve").arg(vm), 1);
    const QString keepUri = p.value(o.keep);
    if (keepUri != m->home && keepUri != m->failedOverTo)
        return fail(
            err,
            CommandLine::tr("resolve needs --keep %1 or --keep %2").arg(m->home, m->failedOverTo),
            2);
    const QString discardUri = keepUri == m->home ? m->failedOverTo : m->home;
    const int timeout = qBound(1, p.value(o.timeout).toInt(), 3600);
    Workspace workspace;
    QString error;
    const auto keep = openConnection(workspace, keepUri, timeout, &error);
    const auto discard = keep ? openConnection(workspace, discardUri, timeout, &error) : nullptr;
    if (!discard)
        return fail(err, error, 1);
    bool ok = false;
    runBlocking([&] { ok = settleFailover(keep.get(), discard.get(), *m, keepUri, path, &error); });
    if (!ok)
        return fail(err, error, 1);
    out << CommandLine::tr("%1 stays on %2; its copy on %3 was discarded (its disks are kept).")
               .arg(m->name, keepUri, discardUri)
        << "\n";
    return 0;
}
} // namespace

int runHaCommand(const QStringList &arguments) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(CommandLine::tr(
        "High availability: VMs started elsewhere when their host is lost.\n\n"
        "  ha status [--connect URI] [--json]\n"
        "  ha mark VM --connect URI [--priority N] [--prefer URI]… [--repo DIR] [--grace S]\n"
        "          [--shared-disks]\n"
        "  ha unmark VM\n"
        "  ha resolve VM --keep URI   (after a failover: which copy stays)\n\n"
        "The runner of the scheduler (the window, or `virtdeck scheduler --headless`) watches "
        "the hosts and fails the VMs over."));
    p.addHelpOption();
    const HaOptions o;
    p.addOptions(o.all());
    QStringList rest = arguments;
    rest.removeAt(1);
    p.process(rest);
    const QStringList pos = p.positionalArguments();
    const QString verb = pos.value(0, u"status"_s);
    HaStore store;
    QString error;
    const QString path = p.isSet(o.database) ? p.value(o.database) : JobStore::defaultPath();
    if (!store.open(path, &error))
        return fail(err, CommandLine::tr("cannot open %1: %2").arg(path, error), 1);
    if (verb == u"status"_s)
        return status(out, p, o, store);
    if (verb != u"mark"_s && verb != u"unmark"_s && verb != u"resolve"_s)
        return fail(err,
                    CommandLine::tr("unknown verb '%1': status, mark, unmark or resolve").arg(verb),
                    2);
    if (pos.size() != 2)
        return fail(err, CommandLine::tr("%1 takes one VM").arg(verb), 2);
    if (verb == u"mark"_s)
        return markVm(out, err, p, o, store, pos.at(1));
    if (verb == u"resolve"_s)
        return resolve(out, err, p, o, store, pos.at(1), path);
    if (store.unmark(pos.at(1)))
        return 0;
    return fail(err,
                store.lastError().isEmpty()
                    ? CommandLine::tr("%1 is not a high-availability VM").arg(pos.at(1))
                    : store.lastError(),
                1);
}

} // namespace virtdeck
