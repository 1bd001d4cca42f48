// SPDX-License-Identifier: GPL-3.0-or-later
// Virtdeck: the window, or a window-less subcommand.
#include "appsetup.h"
#include "cli.h"
#include "core/connectionmanager.h"
#include "core/storedatabase.h"
#include "domains/domaintablemodel.h"
#include "failover/failoverwatch.h"
#include "failoverconflict.h"
#include "jobsview.h"
#include "mainwindow.h"
#include "scheduler/jobstore.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "stats/libvirt/statssampler.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>

using namespace virtdeck;
using namespace Qt::StringLiterals;

// Startup milestones with wall-clock stamps, for bench/stats_app_bench.py.
Q_LOGGING_CATEGORY(lcStartup, "virtdeck.app.startup", QtWarningMsg)

namespace {
// The window's command-line options (`virtdeck --help` lists them in addWindowOptions' order).
struct WindowOptions {
    QCommandLineOption connect{
        {u"c"_s, u"connect"_s}, QApplication::translate("main", "Open the libvirt URI."), u"URI"_s};
    QCommandLineOption demo{u"demo"_s, QApplication::translate("main", "Open the demo hosts.")};
    QCommandLineOption database{
        u"database"_s,
        QApplication::translate("main", "The scheduler's database: a file, or a PostgreSQL "
                                        "database a team shares (postgresql://user@host/db)."),
        u"LOCATION"_s};
    QCommandLineOption shot{
        u"screenshot"_s,
        QApplication::translate("main", "Save a picture of the window to FILE once the hosts "
                                        "have answered, then quit (for documentation)."),
        u"FILE"_s};
    QCommandLineOption size{
        u"window-size"_s, QApplication::translate("main", "Window size, e.g. 1280x760."), u"WxH"_s};
    QCommandLineOption page{
        u"page"_s, QApplication::translate("main", "Open on a page: vms or images."), u"PAGE"_s};
    QCommandLineOption jobs{u"show-jobs"_s, QApplication::translate("main", "Show the Jobs view.")};
    QCommandLineOption delay{
        u"screenshot-delay"_s,
        QApplication::translate("main", "With --screenshot: wait MS more once the hosts have "
                                        "answered (live statistics need a few samples)."),
        u"MS"_s, u"400"_s};
    QCommandLineOption select{
        u"select"_s,
        QApplication::translate("main", "Select the VMs of these names (comma-separated) once "
                                        "they are listed."),
        u"NAMES"_s};
    QCommandLineOption job{
        u"select-job"_s,
        QApplication::translate("main", "Select the job of this number in the Jobs view once it "
                                        "is listed, so that its log shows."),
        u"ID"_s};
    QCommandLineOption labs{u"show-labs"_s, QApplication::translate("main", "Show the Labs pane.")};
    QCommandLineOption backups{u"show-backups"_s,
                               QApplication::translate("main", "Show the Backups pane.")};
    QCommandLineOption performance{u"show-performance"_s,
                                   QApplication::translate("main", "Show the Performance pane.")};
};

void setUpWindowApplication() {
    setUpApplication(LanguageSource::Preferences);
    QApplication::setApplicationDisplayName(u"Virtdeck"_s);
    QGuiApplication::setDesktopFileName(u"virtdeck"_s);
}

void addWindowOptions(QCommandLineParser &parser, const WindowOptions &o) {
    parser.addOptions({o.connect, o.demo, o.database, o.shot, o.size, o.page, o.jobs, o.labs,
                       o.backups, o.performance, o.delay, o.select, o.job});
}

void startScheduler(Scheduler &scheduler) {
    QSettings settings;
    scheduler.start(SchedulerSettings::load(settings));
}

// The docks and the size and page the options ask for.
void applyWindowOptions(MainWindow &window, const QCommandLineParser &parser,
                        const WindowOptions &o) {
    if (parser.isSet(o.jobs)) {
        window.jobsDock()->show();
        window.jobsDock()->raise();
        window.resizeDocks({window.jobsDock()}, {320}, Qt::Vertical);
    }
    // The Performance pane shares its dock area with the VM details: raising it is enough.
    if (auto *dock = window.findChild<QDockWidget *>(u"chartsDock"_s);
        dock && parser.isSet(o.performance)) {
        dock->show();
        dock->raise();
    }
    for (const auto &[opt, name] :
         {std::pair{&o.labs, u"labsDock"_s}, std::pair{&o.backups, u"backupsDock"_s}}) {
        auto *dock = window.findChild<QDockWidget *>(name);
        if (dock && parser.isSet(*opt)) {
            dock->show();
            dock->raise();
            window.resizeDocks({dock}, {340}, Qt::Vertical);
        }
    }
    if (parser.isSet(o.size)) {
        const QStringList wh = parser.value(o.size).split(u'x');
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.isSet(o.page))
        window.showPage(parser.value(o.page));
}

// Stamps when the domain table takes rows in, for the startup benchmark.
void stampDomainRows(Workspace &workspace, MainWindow &window) {
    auto *domains = workspace.domains();
    QObject::connect(domains, &QAbstractItemModel::rowsInserted, &window, [domains, &window] {
        // Stamped once the event loop has let the view take the rows in.
        QTimer::singleShot(0, &window, [domains] {
            qCDebug(lcStartup).nospace() << "domain table rows=" << domains->rowCount()
                                         << " epoch_ms=" << QDateTime::currentMSecsSinceEpoch();
        });
    });
}

void selectWhenListed(Workspace &workspace, MainWindow &window, const QStringList &names) {
    QObject::connect(workspace.domains(), &QAbstractItemModel::rowsInserted, &window,
                     [&window, names] { window.selectDomainsByName(names); });
}

// Selects job `id` in the Jobs view as soon as it is listed (its log shows beside the table).
void selectJobWhenListed(MainWindow &window, const QString &id) {
    auto *timer = new QTimer(&window);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, id] {
        QTableView *table = window.jobsView()->jobTable();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == id) {
                table->selectRow(r);
                timer->stop();
                return;
            }
        }
    });
    timer->start(200);
}

// Grabs the window once every connection has settled (or after 15 s) and `delayMs` more, then
// quits.
void screenshotWhenSettled(Workspace &workspace, MainWindow &window, const QString &file,
                           int delayMs) {
    auto *cm = workspace.connections();
    auto *timer = new QTimer(&window);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, cm, file, delayMs] {
        static int ticks = 0;
        bool settled = !cm->configs().isEmpty();
        for (const auto &c : cm->configs())
            settled &= cm->state(c.id) == ConnectionState::Connected ||
                       cm->state(c.id) == ConnectionState::Failed;
        if (!settled && ++ticks < 75)
            return;
        timer->stop();
        QTimer::singleShot(delayMs, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
    timer->start(200);
}

void openSavedHosts(Workspace &workspace) {
    auto *cm = workspace.connections();
    QSettings settings;
    cm->load(settings);
    if (cm->configs().isEmpty()) {
        // First start: offer this computer's hypervisor, as every console does.
        ConnectionConfig local = ConnectionConfig::fromUri(u"qemu:///system"_s);
        cm->addConnection(local, true);
        cm->save(settings);
    }
    // A team's database holds the list every window uses; this copy shows until it is read.
    workspace.shareWithTeam(StoreDatabase::sharedLocation(), true);
    QStringList autoIds;
    for (const auto &c : cm->configs())
        if (c.autoconnect)
            autoIds.append(c.id);
    // Nothing reachable: show the built-in demo hosts rather than an empty window.
    workspace.fallBackToDemoUnlessConnected(autoIds);
}

// The demo hosts, the --connect URIs, or else the saved connections.
void openHosts(Workspace &workspace, MainWindow &window, const QCommandLineParser &parser,
               const WindowOptions &o) {
    auto *cm = workspace.connections();
    if (parser.isSet(o.demo)) {
        QString error;
        if (workspace.openDemoHosts(&error).isEmpty())
            QMessageBox::warning(&window, window.windowTitle(), error);
    }
    const QStringList uris = parser.values(o.connect);
    for (const QString &uri : uris) {
        ConnectionConfig c = ConnectionConfig::fromUri(uri);
        c.transient = true;
        cm->addConnection(c, true);
    }
    if (!parser.isSet(o.demo) && uris.isEmpty())
        openSavedHosts(workspace);
    else
        workspace.shareWithTeam(StoreDatabase::sharedLocation(), false);
}

} // namespace

int main(int argc, char **argv) {
    if (isCommandLineOnly(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    setUpWindowApplication();
    QCommandLineParser parser;
    const WindowOptions options;
    addWindowOptions(parser, options);
    parser.process(app);

    Workspace workspace;
    // The scheduler runs in the window too; a headless runner, if any, keeps running the jobs.
    // On a shared database the window only shows them: the team's runners run them.
    if (parser.isSet(options.database))
        StoreDatabase::setSharedLocation(parser.value(options.database));
    const QString database = JobStore::defaultPath();
    Scheduler scheduler(&workspace, database, QApplication::translate("main", "GUI"));
    scheduler.setRunsJobs(!StoreDatabase::isPostgresLocation(database));
    MainWindow window(&workspace);
    window.setScheduler(&scheduler);
    startScheduler(scheduler);
    FailoverWatch failover(&scheduler, &workspace, database);
    showFailoverEvents(&window, &failover);
    failover.start();
    applyWindowOptions(window, parser, options);
    window.show();
    workspace.sampler()->start();
    qCDebug(lcStartup).nospace() << "window shown epoch_ms=" << QDateTime::currentMSecsSinceEpoch();
    if (lcStartup().isDebugEnabled())
        stampDomainRows(workspace, window);
    if (parser.isSet(options.select))
        selectWhenListed(workspace, window,
                         parser.value(options.select).split(u',', Qt::SkipEmptyParts));
    if (parser.isSet(options.job))
        selectJobWhenListed(window, parser.value(options.job));
    if (parser.isSet(options.shot))
        screenshotWhenSettled(workspace, window, parser.value(options.shot),
                              qBound(0, parser.value(options.delay).toInt(), 120000));
    openHosts(workspace, window, parser, options);
    return app.exec();
}
