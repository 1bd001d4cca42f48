// SPDX-License-Identifier: GPL-3.0-or-later
// The Labs pane and the New Lab dialog, offscreen: roster errors are listed by line and nothing is
// saved; a good roster saves the lab and the pane lists its students' VMs.
#include "classroomwall.h"
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "jobkindsetup.h"
#include "labcapacitydialog.h"
#include "labdialog.h"
#include "labs/labexecutor.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/rosterparser.h"
#include "labsettingsform.h"
#include "labspane.h"
#include "preferencesdialog.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestLabsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogRejectsBadRoster();
    void dialogSavesAndPaneLists();
    void dialogSavesSettings();
    void paneEditsSettings();
    void settingsSaveKeepsOthersWork();
    void damagedDatabaseIsNamed();
    void capacityDialog();
    void templatePickerOffersShutOffNonStudents();
    void dialogAsksForNetworkCard();
    void capacityDefaultsToNextStart();
    void capacityNamesTheShortResource();
    void capacityCountsARunningClassOnce();
    void preferencesSetOvercommit();

private:
    QTemporaryDir m_dir;
};

void TestLabsPane::initTestCase() {
    registerJobKinds();
    QVERIFY(m_dir.isValid());
    qputenv("VIRTDECK_LAB_DB", m_dir.filePath(u"labs.sqlite"_s).toUtf8());
}

namespace {
void fill(LabDialog &dlg, const QString &name, const QString &roster,
          const QString &host = u"test:///default"_s) {
    dlg.findChild<QLineEdit *>(u"labName"_s)->setText(name);
    dlg.findChild<QComboBox *>(u"labTemplate"_s)->setCurrentText(u"lab-template"_s);
    dlg.findChild<QLineEdit *>(u"labRoster"_s)->setText(roster);
    auto *hosts = dlg.findChild<QListWidget *>(u"labHosts"_s);
    auto *item = new QListWidgetItem(host, hosts);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

// A cell of the pane's students as the user sees it (sorted by student).
QString cell(QTableView *view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

// Reloads the pane and waits until it shows lab `name`.
void reloadAndPick(LabsPane &pane, const QString &name) {
    pane.reload(name);
    auto *labs = pane.findChild<QComboBox *>();
    QTRY_COMPARE(labs->currentText(), name);
}
} // namespace

void TestLabsPane::dialogRejectsBadRoster() {
    Workspace workspace;
    LabDialog dlg(&workspace, LabStore::defaultPath());
    fill(dlg, u"badlab"_s, u"" VIRTDECK_TEST_DATA "/rosters/wrong-columns.csv"_s);
    dlg.show();
    dlg.accept();
    auto *errors = dlg.findChild<QPlainTextEdit *>(u"labErrors"_s);
    QTRY_VERIFY(errors->isVisible());
    QVERIFY2(errors->toPlainText().contains(u"line 3:"_s), qPrintable(errors->toPlainText()));
    QVERIFY(errors->toPlainText().contains(u"line 4:"_s));
    QCOMPARE(dlg.result(), int(QDialog::Rejected)); // still open
    dlg.grab().save(u"/tmp/virtdeck-labdialog.png"_s);
    LabStore store;
    QVERIFY(store.open(LabStore::defaultPath()));
    QVERIFY(!store.labNames().contains(u"badlab"_s));
}

void TestLabsPane::dialogSavesAndPaneLists() {
    Workspace workspace;
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"h.xml"_s)));
    const QString host = u"test://"_s + m_dir.filePath(u"h.xml"_s);
    {
        LabDialog dlg(&workspace, LabStore::defaultPath());
        fill(dlg, u"goodlab"_s, u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s, host);
        dlg.show();
        dlg.accept();
        QTRY_COMPARE(dlg.result(), int(QDialog::Accepted));
    }
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    LabsPane pane(&workspace, &scheduler);
    pane.resize(1100, 320);
    pane.show();
    auto *table = pane.findChild<QTableView *>();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(cell(table, 0, 0), u"s01"_s);
    QCOMPARE(cell(table, 0, 3), u"goodlab-s01-vm"_s);
    QCOMPARE(pane.findChild<QComboBox *>()->currentText(), u"goodlab"_s);

    // Provision through the scheduler: a lab job; the table then shows host and state.
    scheduler.start(SchedulerSettings{});
    QToolButton *provision = nullptr;
    for (auto *b : pane.findChildren<QToolButton *>())
        if (b->text() == u"Provision"_s)
            provision = b;
    QVERIFY(provision);
    provision->click();
    QTRY_COMPARE_WITH_TIMEOUT(cell(table, 0, 4), host, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(table, 2, 5), u"Shut off"_s, 10000);
    pane.grab().save(u"/tmp/virtdeck-labspane.png"_s);
    // The report, as HTML by the file's suffix, written off the GUI thread (whole, then renamed
    // into place: no temp file left beside it).
    const QString html = m_dir.filePath(u"goodlab.html"_s);
    pane.exportReport(html);
    QTRY_VERIFY(QFileInfo(html).size() > 0);
    QVERIFY(QDir(m_dir.path()).entryList({u"goodlab.html.*"_s}, QDir::Files).isEmpty());
    const auto labels = pane.findChildren<QLabel *>();
    QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
        return l->text() == u"Report saved to %1."_s.arg(html);
    }));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray page = f.readAll();
    QVERIFY(page.contains(
        QByteArray("<td>goodlab-s03-vm</td><td>" + host.toUtf8() + "</td><td>Shut off")));
    scheduler.stop();

    // Start them; the wall shows a live screen of each.
    LabExecutor start(&workspace);
    QSignalSpy started(&start, &LabExecutor::finished);
    Lab lab;
    {
        LabStore store;
        QVERIFY(store.open(LabStore::defaultPath()));
        QVERIFY(store.load(u"goodlab"_s, &lab));
    }
    start.run(lab, LabOperation::Start);
    QVERIFY(started.wait(20000));
    pane.refreshStatus();
    QTRY_COMPARE_WITH_TIMEOUT(cell(table, 2, 5), u"Running"_s, 10000);
    auto *wall = qobject_cast<ClassroomWall *>(pane.openWall());
    QVERIFY(wall);
    // A guest that has just started may not have a screen yet, and on a loaded machine TCG
    // boots slowly: ask again often and wait long (the wait ends as soon as all three show).
    wall->setIntervalMs(500);
    QTRY_COMPARE_WITH_TIMEOUT(wall->shownCount(), 3, 60000);
    wall->grab().save(u"/tmp/virtdeck-labwall.png"_s);
}

namespace {
// A settings document with every field away from its default.
LabSettings someSettings() {
    LabSettings s;
    s.networkMode = LabNetworkMode::Student;
    s.subnetPrefix = u"10.77"_s;
    s.dataDisks = {u"vdb"_s, u"vdc"_s};
    s.staggerBatch = 5;
    s.staggerPauseSeconds = 20;
    s.idleMinutes = 45;
    s.endDate = u"2027-01-29"_s;
    s.collectPaths = {u"/home/student/work"_s, u"/etc/hosts"_s};
    return s;
}

Lab loadLab(const QString &name) {
    Lab lab;
    LabStore store;
    if (store.open(LabStore::defaultPath()))
        store.load(name, &lab);
    return lab;
}
} // namespace

// The New Lab dialog's Settings page: what is set there is what the lab keeps; settings that
// cannot work are refused before anything is saved.
void TestLabsPane::dialogSavesSettings() {
    Workspace workspace;
    {
        LabDialog dlg(&workspace, LabStore::defaultPath());
        fill(dlg, u"setlab"_s, u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s);
        LabSettings bad;
        bad.networkMode = LabNetworkMode::Shared; // without the network's name
        dlg.findChild<LabSettingsForm *>()->setSettings(bad);
        dlg.show();
        dlg.accept();
        auto *errors = dlg.findChild<QPlainTextEdit *>(u"labErrors"_s);
        QTRY_VERIFY(errors->isVisible());
        QVERIFY2(errors->toPlainText().contains(u"shared network"_s),
                 qPrintable(errors->toPlainText()));
        QCOMPARE(loadLab(u"setlab"_s).name, QString());

        dlg.findChild<LabSettingsForm *>()->setSettings(someSettings());
        dlg.accept();
        QTRY_COMPARE(dlg.result(), int(QDialog::Accepted));
    }
    const Lab lab = loadLab(u"setlab"_s);
    QCOMPARE(lab.students.size(), 3);
    QString error;
    QCOMPARE(LabSettings::fromJson(lab.settingsJson, &error), someSettings());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Lab Settings on an existing lab: the form shows what is stored; OK saves the change (off the
// GUI thread); a bad value is named in the dialog and the lab keeps its settings.
void TestLabsPane::paneEditsSettings() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs2.sqlite"_s), u"test"_s);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"setlab"_s);
    auto *dialog = pane.editSettings();
    QVERIFY(dialog);
    auto *form = dialog->findChild<LabSettingsForm *>();
    QCOMPARE(form->settings(), someSettings());
    dialog->grab().save(u"/tmp/virtdeck-labsettings.png"_s);

    LabSettings bad = someSettings();
    bad.networkMode = LabNetworkMode::Shared;
    bad.sharedNetwork = u"default"_s;
    bad.firstAddress = u"10.0.0.300"_s;
    form->setSettings(bad);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->click();
    auto *problem = dialog->findChild<QLabel *>(u"labSettingsProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"10.0.0.300"_s), qPrintable(problem->text()));
    QCOMPARE(LabSettings::fromJson(loadLab(u"setlab"_s).settingsJson), someSettings());

    LabSettings changed = someSettings();
    changed.idleMinutes = 90;
    changed.networkMode = LabNetworkMode::Group;
    form->setSettings(changed);
    QPointer<QDialog> guard(dialog);
    ok->click();
    QTRY_VERIFY(guard.isNull()); // closed once saved
    QCOMPARE(LabSettings::fromJson(loadLab(u"setlab"_s).settingsJson), changed);
    // The lab's line in the pane says what is set.
    const auto summaryHas = [&pane](const QString &text) {
        const auto labels = pane.findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](QLabel *l) { return l->text().contains(text); });
    };
    QTRY_VERIFY(summaryHas(u"a network per group; data disks vdb, vdc"_s));
    QVERIFY(summaryHas(u"starts 5 per host every 20 s; idle VMs stop after 90 min"_s));
}

// Saving settings writes the settings only: a host assignment a provisioning run elsewhere
// recorded after the pane read the lab survives the save.
void TestLabsPane::settingsSaveKeepsOthersWork() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs3.sqlite"_s), u"test"_s);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"setlab"_s);
    QCOMPARE(loadLab(u"setlab"_s).hostOf(u"s02"_s), QString());
    auto *dialog = pane.editSettings();
    QVERIFY(dialog);
    {
        LabStore peer;
        QVERIFY(peer.open(LabStore::defaultPath()));
        QVERIFY(peer.setAssignment(u"setlab"_s, u"s02"_s, u"test:///peer"_s));
    }
    auto *form = dialog->findChild<LabSettingsForm *>();
    LabSettings changed = form->settings();
    changed.idleMinutes = 15;
    form->setSettings(changed);
    QPointer<QDialog> guard(dialog);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(guard.isNull());
    const Lab lab = loadLab(u"setlab"_s);
    QCOMPARE(LabSettings::fromJson(lab.settingsJson).idleMinutes, 15);
    QCOMPARE(lab.hostOf(u"s02"_s), u"test:///peer"_s);
    QCOMPARE(lab.students.size(), 3);
}

// A damaged labs database is named in the pane, never shown as a list without labs.
void TestLabsPane::damagedDatabaseIsNamed() {
    const QString path = m_dir.filePath(u"notadb.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
    f.close();
    const QByteArray before = qgetenv("VIRTDECK_LAB_DB");
    qputenv("VIRTDECK_LAB_DB", path.toUtf8());
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs4.sqlite"_s), u"test"_s);
    LabsPane pane(&workspace, &scheduler);
    qputenv("VIRTDECK_LAB_DB", before);
    pane.show();
    const auto summaryHas = [&pane](const QString &text) {
        const auto labels = pane.findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](QLabel *l) { return l->text().contains(text); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(summaryHas(u"The labs cannot be read"_s), 10000);
    QVERIFY(summaryHas(path));
}

// The capacity check in its window: a lab that fits its host says so per host; with no room
// (an overcommit ratio of almost nothing) it says that nobody fits and names the students.
void TestLabsPane::capacityDialog() {
    Workspace workspace;
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"cap.xml"_s)));
    const QString host = u"test://"_s + m_dir.filePath(u"cap.xml"_s);
    Lab lab;
    lab.name = u"caplab"_s;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = parseRosterFile(u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s).students;
    lab.hosts = {host};
    QCOMPARE(lab.students.size(), 3);
    {
        LabCapacityDialog dlg(&workspace, lab, {lab}, {}, PlacementOptions{});
        QSignalSpy checked(&dlg, &LabCapacityDialog::checked);
        dlg.show();
        dlg.check();
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.at(0).at(0).toBool(), true);
        auto *table = dlg.findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), host);
        QVERIFY2(table->item(0, 4)->text().contains(u"fits"_s),
                 qPrintable(table->item(0, 4)->text()));
        const auto labels = dlg.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel *l) { return l->text().contains(u"can run at"_s); }));
        auto *advice = dlg.findChild<QListWidget *>();
        QCOMPARE(advice->count(), 3); // where the three new students go
        QVERIFY(advice->item(0)->text().startsWith(u"Place "_s));
        dlg.grab().save(u"/tmp/virtdeck-labcapacity.png"_s);
    }
    PlacementOptions none;
    none.memoryOvercommit = 0.00001;
    LabCapacityDialog dlg(&workspace, lab, {lab}, {}, none);
    QSignalSpy checked(&dlg, &LabCapacityDialog::checked);
    dlg.show();
    dlg.check();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    const auto labels = dlg.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](QLabel *l) { return l->text().contains(u"not even after moving"_s); }));
    auto *advice = dlg.findChild<QListWidget *>();
    QVERIFY(advice->count() >= 1);
    QVERIFY2(advice->item(0)->text().contains(u"No host has room for: s01, s02, s03"_s),
             qPrintable(advice->item(0)->text()));
}

// The template picker: shut-off VMs only, the template another lab uses first, never another
// lab's student VM (its lab marker says so), and nothing selected for the user.
void TestLabsPane::templatePickerOffersShutOffNonStudents() {
    Workspace workspace;
    const QString node = u"test://"_s + u"" VIRTDECK_TEST_DATA "/labs-picker-node.xml"_s;
    workspace.connections()->addConnection(ConnectionConfig::fromUri(node), true);
    QTRY_COMPARE(workspace.domains()->rowCount(), 4);
    {
        LabStore store;
        QVERIFY(store.open(LabStore::defaultPath()));
        Lab other;
        other.name = u"pickerother"_s;
        other.roles = {{u"vm"_s, u"zulu-base"_s}};
        other.hosts = {node};
        QVERIFY(store.create(other));
    }
    LabDialog dlg(&workspace, LabStore::defaultPath());
    dlg.show();
    auto *picker = dlg.findChild<QComboBox *>(u"labTemplate"_s);
    const auto items = [picker] {
        QStringList out;
        for (int i = 0; i < picker->count(); ++i)
            out << picker->itemText(i);
        return out;
    };
    const QStringList want{u"zulu-base"_s, u"alpha-spare"_s};
    QTRY_COMPARE(items(), want);
    QCOMPARE(picker->currentIndex(), -1);
    QVERIFY(picker->currentText().isEmpty());
}

// "Network per group" with a template that has no network card: the dialog says so before
// anything is saved and offers a card; checked, the lab keeps that choice.
void TestLabsPane::dialogAsksForNetworkCard() {
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"nic.xml"_s)));
    const QString host = u"test://"_s + m_dir.filePath(u"nic.xml"_s);
    Workspace workspace;
    workspace.connections()->addConnection(ConnectionConfig::fromUri(host), true);
    QTRY_COMPARE(workspace.domains()->rowCount(), 2);
    LabDialog dlg(&workspace, LabStore::defaultPath());
    dlg.findChild<QLineEdit *>(u"labName"_s)->setText(u"niclab"_s);
    dlg.findChild<QComboBox *>(u"labTemplate"_s)->setCurrentText(u"lab-server"_s);
    dlg.findChild<QLineEdit *>(u"labRoster"_s)
        ->setText(u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s);
    auto *hosts = dlg.findChild<QListWidget *>(u"labHosts"_s);
    for (int i = 0; i < hosts->count(); ++i)
        hosts->item(i)->setCheckState(hosts->item(i)->text() == host ? Qt::Checked : Qt::Unchecked);
    LabSettings group;
    group.networkMode = LabNetworkMode::Group;
    dlg.findChild<LabSettingsForm *>()->setSettings(group);
    dlg.show();
    dlg.accept();
    auto *errors = dlg.findChild<QPlainTextEdit *>(u"labErrors"_s);
    QTRY_VERIFY(errors->isVisible());
    QVERIFY2(errors->toPlainText().contains(u"has no network interface"_s),
             qPrintable(errors->toPlainText()));
    auto *addNic = dlg.findChild<QCheckBox *>(u"labAddNic"_s);
    QVERIFY(addNic->isVisible());
    QCOMPARE(dlg.result(), int(QDialog::Rejected)); // nothing made yet
    QVERIFY(loadLab(u"niclab"_s).name.isEmpty());
    addNic->setChecked(true);
    dlg.accept();
    QTRY_COMPARE(dlg.result(), int(QDialog::Accepted));
    const Lab saved = loadLab(u"niclab"_s);
    QCOMPARE(saved.name, u"niclab"_s);
    QVERIFY(LabSettings::fromJson(saved.settingsJson).addInterface);
}

namespace {
Lab capacityLab(const QString &name, const QString &host) {
    Lab lab;
    lab.name = name;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = parseRosterFile(u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s).students;
    lab.hosts = {host};
    return lab;
}

// Runs `op` on the lab and keeps where students were placed.
bool runOp(Workspace *workspace, Lab *lab, LabOperation op) {
    LabExecutor ex(workspace);
    QObject::connect(&ex, &LabExecutor::placed,
                     [lab](const QString &, const QString &s, const QString &uri) {
                         lab->assignments.append({s, uri});
                     });
    QSignalSpy done(&ex, &LabExecutor::finished);
    ex.run(*lab, op);
    return done.wait(30000) && done.at(0).at(1).toInt() == 0;
}
} // namespace

// The check's time is the lab's next scheduled start (a job, or a schedule), else now.
void TestLabsPane::capacityDefaultsToNextStart() {
    Workspace workspace;
    const Lab lab = capacityLab(u"whenlab"_s, u"test:///default"_s);
    const auto shown = [](LabCapacityDialog &dlg) {
        return dlg.findChild<QDateTimeEdit *>()->dateTime();
    };
    const QDateTime now = QDateTime::currentDateTime();
    {
        LabCapacityDialog dlg(&workspace, lab, {lab}, {}, PlacementOptions{});
        QVERIFY2(qAbs(shown(dlg).secsTo(now)) < 120, qPrintable(shown(dlg).toString()));
    }
    const QDateTime inTwoHours = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(7200);
    Job other; // another lab's start does not count
    other.kind = u"lab-start"_s;
    other.vm = u"otherlab"_s;
    other.notBefore = inTwoHours.addSecs(-3600).toMSecsSinceEpoch();
    Job mine = other;
    mine.vm = lab.name;
    mine.notBefore = inTwoHours.toMSecsSinceEpoch();
    {
        LabCapacityDialog dlg(&workspace, lab, {lab}, {other, mine}, PlacementOptions{});
        QCOMPARE(shown(dlg), inTwoHours);
    }
    Schedule weekly;
    weekly.kind = u"lab-start"_s;
    weekly.vms = {lab.name};
    weekly.nextFire = inTwoHours.addSecs(-1800).toMSecsSinceEpoch();
    LabCapacityDialog dlg(&workspace, lab, {lab}, {other, mine}, PlacementOptions{});
    dlg.setSchedules({weekly});
    QCOMPARE(shown(dlg), inTwoHours.addSecs(-1800));
}

// A host that is short says which resource and by how much, and only that cell is marked.
void TestLabsPane::capacityNamesTheShortResource() {
    Workspace workspace;
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"cpu.xml"_s)));
    const QString host = u"test://"_s + m_dir.filePath(u"cpu.xml"_s);
    Lab lab = capacityLab(u"cpulab"_s, host);
    for (const auto &s : std::as_const(lab.students))
        lab.assignments.append({s.id, host});
    PlacementOptions tight; // 4 CPUs × 1.0: the 2 VMs running there and 3 students need 5
    tight.cpuOvercommit = 1.0;
    LabCapacityDialog dlg(&workspace, lab, {lab}, {}, tight);
    QSignalSpy checked(&dlg, &LabCapacityDialog::checked);
    dlg.show();
    dlg.check();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    auto *table = dlg.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(table->item(0, 4)->text().contains(u"vCPUs 5 of 4 allowed"_s),
             qPrintable(table->item(0, 4)->text()));
    QVERIFY(!table->item(0, 4)->text().contains(u"memory"_s));
    const QColor normal = table->item(0, 1)->foreground().color();
    QCOMPARE(table->item(0, 3)->foreground().color(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(table->item(0, 2)->foreground().color() != QColor(0xc6, 0x28, 0x28));
    QVERIFY(table->item(0, 0)->foreground().color() != QColor(0xc6, 0x28, 0x28));
    Q_UNUSED(normal);
    dlg.grab().save(u"/tmp/virtdeck-labcapacity-short.png"_s);
}

// A class that runs now fits now: its running VMs count once, as the lab's students.
void TestLabsPane::capacityCountsARunningClassOnce() {
    Workspace workspace;
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"run.xml"_s)));
    const QString host = u"test://"_s + m_dir.filePath(u"run.xml"_s);
    Lab lab = capacityLab(u"runlab"_s, host);
    QVERIFY(runOp(&workspace, &lab, LabOperation::Provision));
    QCOMPARE(lab.assignments.size(), 3);
    QVERIFY(runOp(&workspace, &lab, LabOperation::Start));
    const auto running = [&workspace] {
        int n = 0;
        for (const DomainInfo &d : workspace.domains()->domains())
            n += d.name.startsWith(u"runlab-"_s) && d.state == DomainState::Running;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(running(), 3, 10000);
    PlacementOptions exact; // 4 CPUs × 1.25 = 5: the 2 other VMs and the 3 students, no more
    exact.cpuOvercommit = 1.25;
    LabCapacityDialog dlg(&workspace, lab, {lab}, {}, exact);
    QSignalSpy checked(&dlg, &LabCapacityDialog::checked);
    dlg.show();
    dlg.check();
    QVERIFY(checked.wait(30000));
    auto *table = dlg.findChild<QTableWidget *>();
    QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(table->item(0, 4)->text()));
    QCOMPARE(table->item(0, 3)->text(), u"5 / 5"_s);
    runOp(&workspace, &lab, LabOperation::Delete);
}

// The overcommit ratios are set in Preferences and are the scheduler's (placement, capacity).
void TestLabsPane::preferencesSetOvercommit() {
    QSettings s(m_dir.filePath(u"prefs.conf"_s), QSettings::IniFormat);
    Preferences preferences(&s);
    Workspace workspace;
    PreferencesDialog dlg(&preferences, workspace.connections());
    auto *memory = dlg.findChild<QDoubleSpinBox *>(u"memoryOvercommit"_s);
    auto *cpu = dlg.findChild<QDoubleSpinBox *>(u"cpuOvercommit"_s);
    QVERIFY(memory && cpu);
    QCOMPARE(cpu->value(), SchedulerSettings().placement.cpuOvercommit);
    memory->setValue(1.5);
    cpu->setValue(2.0);
    dlg.accept();
    const SchedulerSettings loaded = SchedulerSettings::load(s);
    QCOMPARE(loaded.placement.memoryOvercommit, 1.5);
    QCOMPARE(loaded.placement.cpuOvercommit, 2.0);
}

QTEST_MAIN(TestLabsPane)
#include "tst_labspane.moc"
