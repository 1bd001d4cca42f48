// SPDX-License-Identifier: GPL-3.0-or-later
// Migrating from the window: the Migrate dialog's choices become migrate jobs (destinations,
// running-only disk copy, a rename for a single VM, refusal with no other host), and on two
// test-driver hosts the "Migrate…" and "Evacuate Host…" actions queue jobs that the scheduler
// runs through libvirt (whose test driver refuses to migrate, in its own words).
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "jobkindsetup.h"
#include "mainwindow.h"
#include "migratedialog.h"
#include "moveplandialog.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;
const QString kDefault = u"test:///default"_s;
constexpr quint64 GiB = 1024ull * 1024 * 1024;

ClusterSnapshot cluster() {
    ClusterSnapshot c;
    c.hosts = {{u"hv1"_s, true, 16 * GiB, 4 * GiB, 8, 2},
               {u"hv2"_s, true, 32 * GiB, 0, 16, 0},
               {u"hv3"_s, false, 64 * GiB, 0, 16, 0}};
    c.uris = {u"qemu+ssh://hv1/system"_s, u"qemu+ssh://hv2/system"_s, u"qemu+ssh://hv3/system"_s};
    c.connectionIds = {u"c1"_s, u"c2"_s, u"c3"_s};
    c.vms = {{u"web"_s, u"u-web"_s, 0, {4 * GiB, 2}, true},
             {u"db"_s, u"u-db"_s, 0, {GiB, 1}, false}};
    return c;
}

Job target(const QString &name, const QString &uuid) {
    Job t;
    t.uri = u"qemu+ssh://hv1/system"_s;
    t.vm = name;
    t.vmUuid = uuid;
    return t;
}

// Runs `act` on the next modal dialog to appear, once it is shown.
void onNextModal(std::function<void(QWidget *)> act) {
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(w);
        }
    });
    timer->start();
}

// node.xml and test:///default connected in a workspace with a running scheduler: the window's
// setting for the migration and maintenance tests. Check ready() before use.
struct TwoHosts {
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler{&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s};
    QString node, other;

    bool ready() {
        auto *cm = workspace.connections();
        node = cm->addConnection(ConnectionConfig::fromUri(kNode), true);
        other = cm->addConnection(ConnectionConfig::fromUri(kDefault), true);
        const auto *hosts = workspace.hosts();
        const bool listed = QTest::qWaitFor(
            [&] {
                for (const QString &id : {node, other})
                    if (hosts->rowOf(id) < 0 || !hosts->rowAt(hosts->rowOf(id)).hasInfo)
                        return false;
                return workspace.domains()->rowCount() >= 5;
            },
            10000);
        QSignalSpy started(&scheduler, &Scheduler::started);
        scheduler.start({});
        return listed && started.wait(5000);
    }
};
} // namespace

class TestMigrateDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        registerJobKinds();
        QApplication::setApplicationName(u"virtdeck-test"_s);
    }
    void offersTheOtherConnectedHosts();
    void choicesBecomeJobs();
    void refusesWithoutAnotherHost();
    void windowQueuesMigrationsAndEvacuations();
    void maintenanceModeFromTheWindow();
    void plansSideBySide();
};

void TestMigrateDialog::offersTheOtherConnectedHosts() {
    MigrateDialog dlg({target(u"web"_s, u"u-web"_s)}, cluster());
    QComboBox *dest = dlg.destinationBox();
    // The placement's choice, then hv2; not the source hv1, not the disconnected hv3.
    QCOMPARE(dest->count(), 2);
    QCOMPARE(dest->itemData(0).toString(), u"auto"_s);
    QCOMPARE(dest->itemData(1).toString(), u"qemu+ssh://hv2/system"_s);
    QCOMPARE(dest->currentIndex(), 1);
    QVERIFY2(dest->itemText(1).contains(u"32.0 "_s), qPrintable(dest->itemText(1)));
    QVERIFY(dlg.problem().isEmpty());
    QVERIFY(dlg.nameEdit()->isEnabled());
}

void TestMigrateDialog::choicesBecomeJobs() {
    MigrateDialog one({target(u"web"_s, u"u-web"_s)}, cluster());
    one.nameEdit()->setText(u"web-moved"_s);
    one.peerToPeerBox()->setChecked(true);
    QList<Job> jobs = one.jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0).kind, u"migrate"_s);
    QCOMPARE(jobs.at(0).uri, u"qemu+ssh://hv1/system"_s);
    QCOMPARE(jobs.at(0).params.value(u"destination"_s).toString(), u"qemu+ssh://hv2/system"_s);
    QCOMPARE(jobs.at(0).params.value(u"name"_s).toString(), u"web-moved"_s);
    QVERIFY(jobs.at(0).params.value(u"peerToPeer"_s).toBool());
    QVERIFY(jobs.at(0).params.value(u"copyStorage"_s).toBool()); // web runs

    one.nameEdit()->setText(u"a/b"_s);
    QVERIFY(!one.problem().isEmpty());

    MigrateDialog two({target(u"web"_s, u"u-web"_s), target(u"db"_s, u"u-db"_s)}, cluster());
    QVERIFY(!two.nameEdit()->isEnabled());
    two.destinationBox()->setCurrentIndex(0);
    jobs = two.jobs();
    QCOMPARE(jobs.size(), 2);
    for (const Job &j : jobs) {
        QCOMPARE(j.params.value(u"destination"_s).toString(), u"auto"_s);
        QVERIFY(!j.params.contains(u"name"_s));
    }
    QVERIFY(jobs.at(0).params.value(u"copyStorage"_s).toBool());
    QVERIFY(!jobs.at(1).params.value(u"copyStorage"_s).toBool()); // db is shut off: offline
}

void TestMigrateDialog::refusesWithoutAnotherHost() {
    ClusterSnapshot alone = cluster();
    alone.hosts[1].connected = false;
    MigrateDialog dlg({target(u"web"_s, u"u-web"_s)}, alone);
    QCOMPARE(dlg.destinationBox()->count(), 1);
    QVERIFY(dlg.problem().contains(u"No other connected host"_s));
    auto *ok = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
}

void TestMigrateDialog::windowQueuesMigrationsAndEvacuations() {
    TwoHosts two;
    QVERIFY(two.ready());
    Workspace &workspace = two.workspace;
    Scheduler &scheduler = two.scheduler;
    auto *cm = workspace.connections();
    const QString node = two.node;
    MainWindow w(&workspace);
    w.setScheduler(&scheduler);
    w.show();

    auto finished = [&](const QString &group, int count) {
        QList<Job> out;
        (void)QTest::qWaitFor(
            [&] {
                out.clear();
                for (int r = 0; r < scheduler.jobs()->rowCount(); ++r) {
                    const Job &j = scheduler.jobs()->jobAt(r);
                    if (j.kind == u"migrate"_s && j.group == group && jobStateIsFinal(j.state))
                        out.append(j);
                }
                return out.size() >= count;
            },
            20000);
        return out;
    };

    // Migrate…: beta (running on node.xml) to test:///default.
    w.selectDomainsByName({u"beta"_s});
    QVERIFY(w.migrateAction()->isEnabled());
    bool sawDialog = false;
    onNextModal([&](QWidget *modal) {
        auto *dlg = qobject_cast<MigrateDialog *>(modal);
        if (!dlg) {
            modal->close();
            return;
        }
        sawDialog = true;
        QComboBox *dest = dlg->destinationBox();
        dest->setCurrentIndex(dest->findData(kDefault));
        dlg->accept();
    });
    w.migrateAction()->trigger();
    QVERIFY(sawDialog);
    QList<Job> jobs = finished(QString(), 1);
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0).vm, u"beta"_s);
    QCOMPARE(jobs.at(0).params.value(u"destination"_s).toString(), kDefault);
    QCOMPARE(jobs.at(0).state, JobState::Failed);
    QVERIFY2(jobs.at(0).result.startsWith(u"Migration to"_s), qPrintable(jobs.at(0).result));
    QVERIFY(w.jobsDock()->isVisible());

    // Evacuate Host…: the plan is shown, and accepting it queues one job per VM of the host.
    w.hostView()->selectRow(workspace.hosts()->rowOf(node));
    QVERIFY(w.evacuateAction()->isEnabled());
    QString shownPlan;
    onNextModal([&](QWidget *modal) {
        auto *dlg = qobject_cast<MovePlanDialog *>(modal);
        if (!dlg) {
            modal->close();
            return;
        }
        auto *moves = dlg->findChild<QWidget *>(u"plan0"_s)->findChild<QListWidget *>();
        for (int i = 0; i < moves->count(); ++i)
            shownPlan += moves->item(i)->text() + u'\n';
        dlg->findChild<QPushButton *>(u"planMigrate"_s)->click();
        if (dlg->isVisible())
            dlg->reject();
    });
    w.evacuateAction()->trigger();
    // The plans are solved off the GUI thread; the dialog comes when they are there.
    QTRY_VERIFY2_WITH_TIMEOUT(shownPlan.contains(u"→"_s), qPrintable(shownPlan), 20000);
    const int planned = int(shownPlan.count(u"→"_s));
    const QString group = u"evacuate "_s + cm->config(node).displayName();
    jobs = finished(group, planned);
    QCOMPARE(jobs.size(), planned);
    for (const Job &j : std::as_const(jobs)) {
        QCOMPARE(j.uri, kNode);
        QCOMPARE(j.params.value(u"destination"_s).toString(), kDefault);
        QCOMPARE(j.state, JobState::Failed); // the test driver cannot migrate
    }
    scheduler.stop();
}

// Maintenance Mode on test:///default: saved with the connection, shown in the host table, and
// its VM offered a move to the other host; evacuating that other host then has nowhere to go
// (the plan says why); ending it clears the flag and offers nothing.
void TestMigrateDialog::maintenanceModeFromTheWindow() {
    TwoHosts two;
    QVERIFY(two.ready());
    Workspace &workspace = two.workspace;
    Scheduler &scheduler = two.scheduler;
    auto *cm = workspace.connections();
    auto *hosts = workspace.hosts();
    const QString node = two.node, other = two.other;
    MainWindow w(&workspace);
    w.setScheduler(&scheduler);
    w.show();
    QString shown; // what the next modal said
    const auto capture = [&shown](QWidget *modal) {
        if (auto *plan = qobject_cast<MovePlanDialog *>(modal)) {
            auto *moves = plan->findChild<QWidget *>(u"plan0"_s)->findChild<QListWidget *>();
            for (int i = 0; i < moves->count(); ++i)
                shown += moves->item(i)->text() + u'\n';
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            shown = box->text() + u'\n' + box->informativeText();
        }
        modal->close();
    };

    w.hostView()->selectRow(hosts->rowOf(other));
    QVERIFY(w.maintenanceAction()->isEnabled());
    QVERIFY(!w.maintenanceAction()->isChecked());
    onNextModal(capture);
    w.maintenanceAction()->trigger();
    QVERIFY(cm->config(other).maintenance);
    QVERIFY(w.maintenanceAction()->isChecked());
    QVERIFY(hosts->index(hosts->rowOf(other), HostTableModel::State)
                .data()
                .toString()
                .contains(u"Maintenance"_s));
    {
        QSettings s;
        bool saved = false;
        for (const ConnectionConfig &c : loadConnectionConfigs(s))
            saved = saved || (c.id == other && c.maintenance);
        QVERIFY(saved);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(shown.contains(u"→"_s), qPrintable(shown), 20000);
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(w.grab().save(dir + u"/host-maintenance.png"_s));

    // The only other host is in maintenance: evacuating node finds no place, and says so.
    shown.clear();
    w.hostView()->selectRow(hosts->rowOf(node));
    QVERIFY(!w.maintenanceAction()->isChecked());
    onNextModal(capture);
    w.evacuateAction()->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(!shown.isEmpty(), "no answer to Evacuate", 20000);
    QVERIFY2(!shown.contains(u"→"_s) && shown.contains(u"maintenance"_s), qPrintable(shown));

    w.hostView()->selectRow(hosts->rowOf(other));
    QVERIFY(w.maintenanceAction()->isChecked());
    w.maintenanceAction()->trigger(); // ends it: nothing to offer
    QVERIFY(!cm->config(other).maintenance);
    QVERIFY(!hosts->rowAt(hosts->rowOf(other)).maintenance);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    scheduler.stop();
}

// Two hand-made plans side by side: each column shows its moves, their number, its note and the
// memory and vCPU load of every host after it with the highest; the first is picked unless the
// user takes the other.
void TestMigrateDialog::plansSideBySide() {
    const ClusterSnapshot c = cluster();
    MovePlan one;
    one.moves = {{u"web"_s, u"u-web"_s, 0, 1, {4 * GiB, 2}, true}};
    one.note = u"Solver: optimal."_s;
    MovePlan two;
    two.moves = {{u"web"_s, u"u-web"_s, 0, 1, {4 * GiB, 2}, true},
                 {u"api"_s, u"u-api"_s, 1, 0, {GiB, 1}, true},
                 {u"db"_s, u"u-db"_s, 0, 1, {GiB, 1}, false}};
    PlacementOptions options; // memory × 1.0, vCPUs × 4.0
    MovePlanDialog dlg(u"Rebalance"_s, {one, two}, {u"Solver"_s, u"Greedy"_s}, c.hosts, options);
    dlg.show();
    QCOMPARE(dlg.chosen(), 0);
    const auto column = [&dlg](int i) {
        return dlg.findChild<QWidget *>(u"plan%1"_s.arg(i));
    };
    // (Without a translator loaded, the plural shows as "move(s)".)
    QVERIFY(column(0)->findChild<QLabel *>(u"moveCount"_s)->text().startsWith(u"1 move"_s));
    QVERIFY(column(1)->findChild<QLabel *>(u"moveCount"_s)->text().startsWith(u"3 move"_s));
    QCOMPARE(column(0)->findChild<QLabel *>(u"planNote"_s)->text(), u"Solver: optimal."_s);
    QCOMPARE(column(1)->findChild<QLabel *>(u"planNote"_s)->text(),
             u"Found by the greedy rules."_s);
    QCOMPARE(column(1)->findChild<QListWidget *>(u"planMoves"_s)->count(), 3);
    QVERIFY(column(1)
                ->findChild<QListWidget *>(u"planMoves"_s)
                ->item(2)
                ->text()
                .contains(u"offline"_s));
    const auto load = [&](int plan, int row, int col) {
        return column(plan)->findChild<QTableWidget *>(u"planLoads"_s)->item(row, col)->text();
    };
    // One: hv1 4 GiB − 4 of 16, hv2 0 + 4 of 32 GiB (12.5 %), 2 of 64 vCPUs.
    QCOMPARE(load(0, 0, 1), u"0 %"_s);
    QCOMPARE(load(0, 1, 1), u"13 %"_s);
    QCOMPARE(load(0, 1, 2), u"3 %"_s);
    QCOMPARE(load(0, 2, 1), u"–"_s); // hv3 is not connected
    QCOMPARE(load(0, 3, 0), u"Highest"_s);
    QCOMPARE(load(0, 3, 1), u"13 %"_s);
    // Two also brings api (1 GiB) back to hv1; db is shut off and weighs nothing.
    QCOMPARE(load(1, 0, 1), u"6 %"_s);
    QCOMPARE(load(1, 1, 1), u"9 %"_s);
    QCOMPARE(load(1, 3, 1), u"9 %"_s);
    dlg.grab().save(u"/tmp/virtdeck-moveplans.png"_s);
    column(1)->findChild<QRadioButton *>()->click();
    QCOMPARE(dlg.chosen(), 1);
    QCOMPARE(dlg.chosenPlan().moves.size(), 3);
    QVERIFY(dlg.findChild<QPushButton *>(u"planMigrate"_s)->isEnabled());
}

QTEST_MAIN(TestMigrateDialog)
#include "tst_migratedialog.moc"
