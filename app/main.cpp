// Virtdeck: the window, or a window-less subcommand.
#include "cli.h"
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "jobkindsetup.h"
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
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

using namespace virtdeck;
using namespace Qt::StringLiterals;

// Startup milestones with wall-clock stamps, for bench/stats_app_bench.py.
Q_LOGGING_CATEGORY(lcStartup, "virtdeck.app.startup", QtWarningMsg)

namespace {
void installTranslations(QApplication &app) {
    const QString language = QSettings().value(u"preferences/language"_s).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"virtdeck"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char **argv) {
    if (isCommandLineOnly(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"virtdeck"_s);
    QApplication::setOrganizationName(u"virtdeck"_s);
    QApplication::setApplicationDisplayName(u"Virtdeck"_s);
    QApplication::setApplicationVersion(QStringLiteral(VIRTDECK_VERSION));
    QGuiApplication::setDesktopFileName(u"virtdeck"_s);
    installTranslations(app);
    registerJobKinds();

    QCommandLineParser parser;
    const QCommandLineOption connectOpt(
        {u"c"_s, u"connect"_s}, QApplication::translate("main", "Open the libvirt URI."), u"URI"_s);
    const QCommandLineOption demoOpt(u"demo"_s,
                                     QApplication::translate("main", "Open the demo hosts."));
    const QCommandLineOption shotOpt(
        u"screenshot"_s,
        QApplication::translate("main", "Save a picture of the window to FILE once the hosts "
                                        "have answered, then quit (for documentation)."),
        u"FILE"_s);
    const QCommandLineOption sizeOpt(
        u"window-size"_s, QApplication::translate("main", "Window size, e.g. 1280x760."), u"WxH"_s);
    const QCommandLineOption pageOpt(
        u"page"_s, QApplication::translate("main", "Open on a page: vms or images."), u"PAGE"_s);
    const QCommandLineOption jobsOpt(u"show-jobs"_s,
                                     QApplication::translate("main", "Show the Jobs view."));
    const QCommandLineOption delayOpt(
        u"screenshot-delay"_s,
        QApplication::translate("main", "With --screenshot: wait MS more once the hosts have "
                                        "answered (live statistics need a few samples)."),
        u"MS"_s, u"400"_s);
    const QCommandLineOption selectOpt(
        u"select"_s,
        QApplication::translate("main", "Select the VMs of these names (comma-separated) once "
                                        "they are listed."),
        u"NAMES"_s);
    const QCommandLineOption labsOpt(u"show-labs"_s,
                                     QApplication::translate("main", "Show the Labs pane."));
    const QCommandLineOption backupsOpt(u"show-backups"_s,
                                        QApplication::translate("main", "Show the Backups pane."));
    parser.addOptions({connectOpt, demoOpt, shotOpt, sizeOpt, pageOpt, jobsOpt, labsOpt, backupsOpt,
                       delayOpt, selectOpt});
    parser.process(app);

    Workspace workspace;
    auto *cm = workspace.connections();
    // The scheduler runs in the window too; a headless runner, if any, keeps running the jobs.
    Scheduler scheduler(&workspace, JobStore::defaultPath(),
                        QApplication::translate("main", "GUI"));
    MainWindow window(&workspace);
    window.setScheduler(&scheduler);
    {
        QSettings settings;
        scheduler.start(SchedulerSettings::load(settings));
    }
    if (parser.isSet(jobsOpt)) {
        window.jobsDock()->show();
        window.jobsDock()->raise();
        window.resizeDocks({window.jobsDock()}, {320}, Qt::Vertical);
    }
    for (const auto &[opt, name] :
         {std::pair{&labsOpt, u"labsDock"_s}, std::pair{&backupsOpt, u"backupsDock"_s}}) {
        auto *dock = window.findChild<QDockWidget *>(name);
        if (dock && parser.isSet(*opt)) {
            dock->show();
            dock->raise();
            window.resizeDocks({dock}, {340}, Qt::Vertical);
        }
    }
    if (parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(u'x');
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.isSet(pageOpt))
        window.showPage(parser.value(pageOpt));
    window.show();
    workspace.sampler()->start();
    qCDebug(lcStartup).nospace() << "window shown epoch_ms=" << QDateTime::currentMSecsSinceEpoch();
    if (lcStartup().isDebugEnabled()) {
        auto *domains = workspace.domains();
        QObject::connect(domains, &QAbstractItemModel::rowsInserted, &window, [domains, &window] {
            // Stamped once the event loop has let the view take the rows in.
            QTimer::singleShot(0, &window, [domains] {
                qCDebug(lcStartup).nospace() << "domain table rows=" << domains->rowCount()
                                             << " epoch_ms=" << QDateTime::currentMSecsSinceEpoch();
            });
        });
    }
    if (parser.isSet(selectOpt)) {
        const QStringList names = parser.value(selectOpt).split(u',', Qt::SkipEmptyParts);
        auto *domains = workspace.domains();
        QObject::connect(domains, &QAbstractItemModel::rowsInserted, &window,
                         [&window, names] { window.selectDomainsByName(names); });
    }
    if (parser.isSet(shotOpt)) {
        // Grab once every connection has settled (or after 15 s), then quit.
        auto *timer = new QTimer(&window);
        const QString file = parser.value(shotOpt);
        QObject::connect(timer, &QTimer::timeout, &window, [&, timer, cm, file] {
            static int ticks = 0;
            bool settled = !cm->configs().isEmpty();
            for (const auto &c : cm->configs())
                settled &= cm->state(c.id) == ConnectionState::Connected ||
                           cm->state(c.id) == ConnectionState::Failed;
            if (!settled && ++ticks < 75)
                return;
            timer->stop();
            QTimer::singleShot(qBound(0, parser.value(delayOpt).toInt(), 120000), &window,
                               [&window, file] {
                                   const bool ok = window.grab().save(file);
                                   QCoreApplication::exit(ok ? 0 : 1);
                               });
        });
        timer->start(200);
    }

    if (parser.isSet(demoOpt)) {
        QString error;
        if (workspace.openDemoHosts(&error).isEmpty())
            QMessageBox::warning(&window, window.windowTitle(), error);
    }
    const QStringList uris = parser.values(connectOpt);
    for (const QString &uri : uris) {
        ConnectionConfig c = ConnectionConfig::fromUri(uri);
        c.transient = true;
        cm->addConnection(c, true);
    }
    if (!parser.isSet(demoOpt) && uris.isEmpty()) {
        QSettings settings;
        cm->load(settings);
        if (cm->configs().isEmpty()) {
            // First start: offer this computer's hypervisor, as every console does.
            ConnectionConfig local = ConnectionConfig::fromUri(u"qemu:///system"_s);
            cm->addConnection(local, true);
            cm->save(settings);
        }
        QStringList autoIds;
        for (const auto &c : cm->configs())
            if (c.autoconnect)
                autoIds.append(c.id);
        // Nothing reachable: show the built-in demo hosts rather than an empty window.
        workspace.fallBackToDemoUnlessConnected(autoIds);
    }
    return app.exec();
}
