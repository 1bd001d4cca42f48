// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "backupcli.h"

#include "appsetup.h"
#include "cliconnect.h"
#include "core/connectionmanager.h"
#include "core/libvirt/libraryinfo.h"
#include "dbcli.h"
#include "domains/domaintablemodel.h"
#include "hacli.h"
#include "hosts/hosttablemodel.h"
#include "jobscli.h"
#include "labcli.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "storage/volumetablemodel.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstring>

namespace virtdeck {

using namespace Qt::StringLiterals;

// The translation context of the command line's texts.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

namespace {

// Commands that parse their own options from QCoreApplication::arguments().
struct OwnCommand {
    const char *name;
    int (*run)(const QStringList &arguments);
};
const OwnCommand kOwnCommands[] = {
    {"jobs", runJobsCommand}, {"scheduler", runHeadlessScheduler},
    {"lab", runLabCommand},   {"ha", runHaCommand},
    {"db", runDbCommand},
};
// Commands that print what the console sees, with the options of ListingOptions.
const char *const kListings[] = {"list", "hosts", "volumes", "pools"};

bool isListing(const QString &command) {
    for (const char *name : kListings)
        if (command == QLatin1StringView(name))
            return true;
    return false;
}

// Lines of text in aligned columns; numbers are right-aligned by the caller's choice.
QString formatTable(const QStringList &header, const QList<QStringList> &rows,
                    const QList<bool> &rightAligned) {
    QList<int> width(header.size(), 0);
    for (int c = 0; c < header.size(); ++c)
        width[c] = int(header.at(c).size());
    for (const auto &r : rows)
        for (int c = 0; c < r.size(); ++c)
            width[c] = std::max(width[c], int(r.at(c).size()));
    QString out;
    auto line = [&](const QStringList &cells) {
        QString l;
        for (int c = 0; c < cells.size(); ++c) {
            const bool last = c == cells.size() - 1;
            l += rightAligned.value(c) ? cells.at(c).rightJustified(width[c])
                                       : (last ? cells.at(c) : cells.at(c).leftJustified(width[c]));
            if (!last)
                l += u"  "_s;
        }
        out += l + u'\n';
    };
    line(header);
    for (const auto &r : rows)
        line(r);
    return out;
}

QString uriOf(const Workspace &workspace, const QString &connectionId) {
    return workspace.connections()->config(connectionId).uri();
}

QString listDomains(const Workspace &workspace, bool json) {
    QList<DomainInfo> domains = workspace.domains()->domains();
    std::sort(domains.begin(), domains.end(), [&](const DomainInfo &a, const DomainInfo &b) {
        const QString ua = uriOf(workspace, a.connectionId), ub = uriOf(workspace, b.connectionId);
        return ua != ub ? ua < ub : a.name < b.name;
    });
    if (json) {
        QJsonArray arr;
        for (const auto &d : domains) {
            arr.append(QJsonObject{
                {u"name"_s, d.name},
                {u"uuid"_s, d.uuid},
                {u"host"_s, uriOf(workspace, d.connectionId)},
                {u"state"_s, domainStateName(d.state)},
                {u"vcpus"_s, d.vcpus},
                {u"memory"_s, qint64(d.memoryBytes)},
                {u"max_memory"_s, qint64(d.maxMemoryBytes)},
                {u"autostart"_s, d.autostart},
                {u"persistent"_s, d.persistent},
                {u"title"_s, d.title},
            });
        }
        return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    }
    QList<QStringList> rows;
    for (const auto &d : domains)
        rows.append({d.name, domainStateName(d.state), QString::number(d.vcpus),
                     QString::number(d.memoryBytes), uriOf(workspace, d.connectionId), d.uuid});
    return formatTable({u"NAME"_s, u"STATE"_s, u"VCPUS"_s, u"MEMORY"_s, u"HOST"_s, u"UUID"_s}, rows,
                       {false, false, true, true, false, false});
}

QString listHosts(const Workspace &workspace, bool json) {
    const auto *hosts = workspace.hosts();
    if (json) {
        QJsonArray arr;
        for (int r = 0; r < hosts->rowCount(); ++r) {
            const auto &row = hosts->rowAt(r);
            QJsonObject o{{u"uri"_s, row.uri},
                          {u"name"_s, row.name},
                          {u"state"_s, connectionStateName(row.state)}};
            if (!row.message.isEmpty())
                o.insert(u"message"_s, row.message);
            if (row.hasInfo && row.state == ConnectionState::Connected) {
                const HostInfo &h = row.info;
                o.insert(u"hostname"_s, h.hostname);
                o.insert(u"hypervisor"_s, h.hypervisor);
                o.insert(u"hypervisor_version"_s, h.hypervisorVersion);
                o.insert(u"libvirt_version"_s, h.libvirtVersion);
                o.insert(u"cpu_model"_s, h.cpuModel);
                o.insert(u"cpus"_s, h.cpus);
                o.insert(u"memory"_s, qint64(h.memoryBytes));
                o.insert(u"free_memory"_s, qint64(h.freeMemoryBytes));
                o.insert(u"vms_running"_s, h.domainsRunning);
                o.insert(u"vms_defined"_s, h.domainsDefined);
            }
            arr.append(o);
        }
        return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    }
    QList<QStringList> rows;
    for (int r = 0; r < hosts->rowCount(); ++r) {
        const auto &row = hosts->rowAt(r);
        const HostInfo &h = row.info;
        rows.append({row.uri, connectionStateName(row.state), h.hostname,
                     h.hypervisor.isEmpty() ? QString() : h.hypervisor + u' ' + h.hypervisorVersion,
                     h.libvirtVersion, QString::number(h.cpus), QString::number(h.memoryBytes),
                     QString::number(h.domainsRunning), QString::number(h.domainsDefined)});
    }
    return formatTable({u"URI"_s, u"STATE"_s, u"HOSTNAME"_s, u"HYPERVISOR"_s, u"LIBVIRT"_s,
                        u"CPUS"_s, u"MEMORY"_s, u"RUNNING"_s, u"DEFINED"_s},
                       rows, {false, false, false, false, false, true, true, true, true});
}

QString listVolumes(const Workspace &workspace, bool json) {
    QList<VolumeTableModel::Row> rows = workspace.storage()->volumes()->rows();
    std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        const QString ua = uriOf(workspace, a.info.connectionId),
                      ub = uriOf(workspace, b.info.connectionId);
        if (ua != ub)
            return ua < ub;
        return a.info.pool != b.info.pool ? a.info.pool < b.info.pool : a.info.name < b.info.name;
    });
    if (json) {
        QJsonArray arr;
        for (const auto &r : rows) {
            const VolumeInfo &v = r.info;
            arr.append(QJsonObject{
                {u"pool"_s, v.pool},
                {u"name"_s, v.name},
                {u"host"_s, uriOf(workspace, v.connectionId)},
                {u"format"_s, v.format},
                {u"capacity"_s, qint64(v.capacityBytes)},
                {u"allocation"_s, qint64(v.allocationBytes)},
                {u"backing"_s, v.backingPath.isEmpty() ? QJsonValue() : QJsonValue(v.backingPath)},
                {u"used_by"_s, QJsonArray::fromStringList(r.usedBy)},
                {u"path"_s, v.path},
                {u"template"_s, r.isTemplate},
            });
        }
        return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    }
    QList<QStringList> table;
    for (const auto &r : rows) {
        const VolumeInfo &v = r.info;
        table.append({v.pool, v.name, v.format, QString::number(v.capacityBytes),
                      QString::number(v.allocationBytes), uriOf(workspace, v.connectionId),
                      r.usedBy.join(u','), v.backingPath});
    }
    return formatTable({u"POOL"_s, u"NAME"_s, u"FORMAT"_s, u"CAPACITY"_s, u"ALLOCATION"_s,
                        u"HOST"_s, u"USED_BY"_s, u"BACKING"_s},
                       table, {false, false, false, true, true, false, false, false});
}

QString listPools(const Workspace &workspace, bool json) {
    QList<PoolInfo> pools = workspace.storage()->pools()->pools();
    std::sort(pools.begin(), pools.end(), [&](const PoolInfo &a, const PoolInfo &b) {
        const QString ua = uriOf(workspace, a.connectionId), ub = uriOf(workspace, b.connectionId);
        return ua != ub ? ua < ub : a.name < b.name;
    });
    if (json) {
        QJsonArray arr;
        for (const auto &p : pools) {
            QJsonObject o{{u"name"_s, p.name},
                          {u"host"_s, uriOf(workspace, p.connectionId)},
                          {u"state"_s, poolStateName(p.state)},
                          {u"type"_s, p.type},
                          {u"autostart"_s, p.autostart},
                          {u"persistent"_s, p.persistent},
                          {u"path"_s, p.targetPath}};
            if (p.state == PoolState::Running) {
                o.insert(u"capacity"_s, qint64(p.capacityBytes));
                o.insert(u"allocation"_s, qint64(p.allocationBytes));
                o.insert(u"available"_s, qint64(p.availableBytes));
                o.insert(u"volumes"_s, p.volumeCount);
            }
            arr.append(o);
        }
        return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    }
    QList<QStringList> table;
    for (const auto &p : pools) {
        const bool active = p.state == PoolState::Running;
        auto num = [active](quint64 n) {
            return active ? QString::number(n) : u"-"_s;
        };
        table.append(
            {p.name, poolStateName(p.state), p.type, num(p.capacityBytes), num(p.allocationBytes),
             num(p.availableBytes), active ? QString::number(p.volumeCount) : u"-"_s,
             p.autostart ? u"yes"_s : u"no"_s, uriOf(workspace, p.connectionId), p.targetPath});
    }
    return formatTable({u"NAME"_s, u"STATE"_s, u"TYPE"_s, u"CAPACITY"_s, u"ALLOCATION"_s,
                        u"AVAILABLE"_s, u"VOLUMES"_s, u"AUTOSTART"_s, u"HOST"_s, u"PATH"_s},
                       table, {false, false, false, true, true, true, true, false, false, false});
}

// Waits until the connected hosts' pools, volumes and disks are listed; false on timeout.
bool waitStorage(Workspace &workspace, int timeoutMs) {
    auto *sm = workspace.storage();
    if (!sm->isLoading())
        return true;
    QEventLoop loop;
    QObject::connect(sm, &StorageManager::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !sm->isLoading();
}

// Waits until every connection has connected or failed; false on timeout.
bool waitSettled(Workspace &workspace, int timeoutMs) {
    auto *cm = workspace.connections();
    auto settled = [cm] {
        for (const auto &c : cm->configs()) {
            const auto s = cm->state(c.id);
            if (s != ConnectionState::Connected && s != ConnectionState::Failed)
                return false;
        }
        return true;
    };
    if (settled())
        return true;
    QEventLoop loop;
    QObject::connect(cm, &ConnectionManager::stateChanged, &loop, [&] {
        if (settled())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return settled();
}

// The listings' options, in the order --help shows them (after --help itself).
struct ListingOptions {
    QCommandLineOption version{{u"v"_s, u"version"_s},
                               CommandLine::tr("Show version information.")};
    QCommandLineOption connect{
        {u"c"_s, u"connect"_s},
        CommandLine::tr("Open the libvirt URI (repeatable). Default: the saved connections."),
        CommandLine::tr("URI")};
    QCommandLineOption json{u"json"_s, CommandLine::tr("Print JSON instead of a table.")};
    QCommandLineOption timeout{
        u"timeout"_s, CommandLine::tr("Give up on hosts that do not answer in SECONDS (60)."),
        CommandLine::tr("SECONDS"), u"60"_s};
    QCommandLineOption demo{u"demo"_s,
                            CommandLine::tr("Open the built-in demo hosts (window only).")};
};

void setUpParser(QCommandLineParser &parser, const ListingOptions &o) {
    parser.setApplicationDescription(CommandLine::tr(
        "Virtdeck, a desktop console for libvirt hypervisors.\n\n"
        "Without a command it opens the window. Commands print what the console sees:\n"
        "  list     the VMs of the given hosts\n"
        "  hosts    the hosts themselves\n"
        "  volumes  the storage volumes (images) of every pool\n"
        "  pools    the storage pools\n"
        "  jobs     list, add or cancel scheduled jobs (virtdeck jobs add --help)\n"
        "  scheduler --headless   run the scheduler without a window\n"
        "  lab      create, provision, start, reset or delete a class's VMs (virtdeck lab "
        "--help)\n"
        "  backup, backups, restore, verify, prune   the backup engine (see --help of each)\n"
        "  replicate, replicas, ha                   replicas on a standby, failover\n"
        "  db migrate --to postgresql://…            copy this computer's state to a shared "
        "database"));
    parser.addHelpOption();
    parser.addOptions({o.version, o.connect, o.json, o.timeout, o.demo});
    parser.addPositionalArgument(
        u"command"_s, CommandLine::tr("list, hosts, volumes or pools; none opens the window."));
}

void printVersion(QTextStream &out) {
    out << "virtdeck " << QStringLiteral(VIRTDECK_VERSION) << "\n"
        << "Qt " << qVersion() << "\n"
        << "libvirt " << libvirtLibraryVersion() << "\n";
}

// The --connect URIs, else the saved connections' URIs.
QStringList hostUris(const QCommandLineParser &parser, const ListingOptions &o) {
    QStringList uris = parser.values(o.connect);
    if (uris.isEmpty()) {
        QString warning;
        for (const auto &c : savedHosts(&warning))
            uris.append(c.uri());
        if (!warning.isEmpty())
            QTextStream(stderr) << warning << "\n";
    }
    return uris;
}

void connectTo(Workspace &workspace, const QStringList &uris) {
    for (const QString &uri : uris) {
        ConnectionConfig c = ConnectionConfig::fromUri(uri);
        c.transient = true;
        workspace.connections()->addConnection(c, true);
    }
}

// Says which hosts did not connect, and why; returns how many.
int reportUnconnected(Workspace &workspace, QTextStream &err) {
    const auto *cm = workspace.connections();
    int failures = 0;
    for (const auto &c : cm->configs()) {
        const auto state = cm->state(c.id);
        if (state == ConnectionState::Connected)
            continue;
        ++failures;
        const QString why = state == ConnectionState::Failed
                                ? cm->lastMessage(c.id)
                                : CommandLine::tr("no answer before the timeout");
        err << CommandLine::tr("virtdeck: cannot connect to %1: %2").arg(c.uri(), why) << "\n";
    }
    return failures;
}

QString listing(const QString &command, const Workspace &workspace, bool json) {
    if (command == u"volumes"_s)
        return listVolumes(workspace, json);
    if (command == u"pools"_s)
        return listPools(workspace, json);
    return command == u"list"_s ? listDomains(workspace, json) : listHosts(workspace, json);
}

// `virtdeck list|hosts|volumes|pools`, and --help and --version.
int runListing(QCoreApplication &app) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    const ListingOptions o;
    setUpParser(parser, o);
    parser.process(app);
    if (parser.isSet(o.version)) {
        printVersion(out);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        out << parser.helpText();
        return 0;
    }
    const QString command = args.first();
    if (!isListing(command)) {
        err << CommandLine::tr("virtdeck: unknown command '%1'.").arg(command) << "\n\n"
            << parser.helpText();
        return 2;
    }
    Workspace workspace;
    const QStringList uris = hostUris(parser, o);
    if (uris.isEmpty()) {
        err << CommandLine::tr(
                   "virtdeck: no connection given; use --connect URI (e.g. qemu:///system).")
            << "\n";
        return 2;
    }
    bool ok = !parser.isSet(o.timeout);
    const int timeout = ok ? 60 : parser.value(o.timeout).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 3600) {
        err << CommandLine::tr("virtdeck: --timeout takes a whole number from 1 to 3600, not "
                               "\"%1\".")
                   .arg(parser.value(o.timeout))
            << "\n";
        return 2;
    }
    const int timeoutMs = timeout * 1000;
    // Read only what the command prints: the table has no title column, and only `volumes` and
    // `pools` show storage (on a remote host each would be a round trip per VM).
    const bool storage = command == u"volumes"_s || command == u"pools"_s;
    workspace.connections()->setReadsTitles(command != u"list"_s || parser.isSet(o.json));
    workspace.storage()->setWatching(storage);
    connectTo(workspace, uris);
    waitSettled(workspace, timeoutMs);
    int failures = reportUnconnected(workspace, err);
    if (storage && !waitStorage(workspace, timeoutMs)) {
        err << CommandLine::tr("virtdeck: the storage listing did not finish before the timeout")
            << "\n";
        ++failures;
    }
    out << listing(command, workspace, parser.isSet(o.json));
    out.flush();
    return failures ? 1 : 0;
}

} // namespace

bool isCommandLineOnly(int argc, char **argv) {
    // A first word that is no option is a command: a known one, or one to refuse with the usage
    // (never the window, which takes options only).
    if (argc > 1 && argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"--version", "-v", "--help", "-h", "--help-all"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

int runCommandLine(int argc, char **argv) {
    if (argc > 1 && isBackupCommand(argv[1]))
        return runBackupCommand(argc, argv);
    QCoreApplication app(argc, argv);
    setUpApplication(LanguageSource::Environment);
    const QString first = QCoreApplication::arguments().value(1);
    for (const OwnCommand &c : kOwnCommands)
        if (first == QLatin1StringView(c.name))
            return c.run(QCoreApplication::arguments());
    return runListing(app);
}

} // namespace virtdeck
