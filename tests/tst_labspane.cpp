// SPDX-License-Identifier: GPL-3.0-or-later
// The Labs pane and the New Lab dialog, offscreen: roster errors are listed by line and nothing is
// saved; a good roster saves the lab and the pane lists its students' VMs.
#include "classroomwall.h"
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "exambadge.h"
#include "examstartdialog.h"
#include "jobkindsetup.h"
#include "labcapacitydialog.h"
#include "labdialog.h"
#include "labmanageactions.h"
#include "labs/labcapacityplan.h"
#include "labs/labexecutor.h"
#include "labs/labjobs.h"
#include "labs/labservice.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/labtimetablemodel.h"
#include "labs/rosterparser.h"
#include "labsettingsform.h"
#include "labshutdowndialog.h"
#include "labspane.h"
#include "labtimetabledialog.h"
#include "preferencesdialog.h"
#include "scheduledialog.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

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
    void readOnlyRoleGreysOutChanges();
    void capacityDialog();
    void paneFollowsChangesElsewhere();
    void refreshRereadsDatabase();
    void manageVerbsChangeStore();
    void rosterErrorsAreShown();
    void timetableTargetsTheLab();
    void scheduleDialogWeeklyFits_data();
    void scheduleDialogWeeklyFits();
    void shutdownAsksHowLong();
    void templatePickerOffersShutOffNonStudents();
    void dialogAsksForNetworkCard();
    void capacityDefaultsToNextStart();
    void capacityNamesTheShortResource();
    void capacityCountsARunningClassOnce();
    void capacityAppliesMoves();
    void preferencesSetOvercommit();
    void actsOnAndConfirms();
    void examState();
    void examBadgeText();

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

// Answers the next modal dialog once it is open (the pane's exec() blocks the test meanwhile).
void answerModal(const std::function<void(QWidget *)> &answer) {
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(w);
        }
    });
    poll->start();
}

// Answers the next confirmation: records its text, then clicks its Yes or Cancel button.
void answerConfirmation(QString *text, bool yes) {
    answerModal([text, yes](QWidget *w) {
        if (auto *ask = qobject_cast<LabShutdownDialog *>(w)) { // Shut down asks more
            text->clear();
            for (auto *l : ask->findChildren<QLabel *>())
                *text += l->text();
            yes ? ask->accept() : ask->reject();
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box) {
            w->close();
            return;
        }
        *text = box->text();
        box->button(yes ? QMessageBox::Yes : QMessageBox::Cancel)->click();
    });
}

QToolButton *button(QWidget *pane, const QString &text) {
    for (auto *b : pane->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// The lab jobs of `lab` in the scheduler's table.
QList<Job> labJobs(Scheduler &scheduler, const QString &lab) {
    QList<Job> out;
    for (int r = 0; r < scheduler.jobs()->rowCount(); ++r)
        if (scheduler.jobs()->jobAt(r).vm == lab)
            out << scheduler.jobs()->jobAt(r);
    return out;
}

// Reloads the pane and waits until it shows lab `name`.
void reloadAndPick(LabsPane &pane, const QString &name) {
    pane.reload(name);
    auto *labs = pane.findChild<QComboBox *>();
    QTRY_COMPARE(labs->currentText(), name);
}
} // namespace

namespace {
// Answers Start exam's dialog: records its text, sets the duration and accepts.
void answerExamStart(QString *text, int minutes) {
    answerModal([text, minutes](QWidget *w) {
        auto *dialog = qobject_cast<ExamStartDialog *>(w);
        if (!dialog) {
            w->close();
            return;
        }
        *text = dialog->findChild<QLabel *>(u"examStartText"_s)->text();
        dialog->setMinutes(minutes);
        dialog->accept();
    });
}

// The End exam jobs set for a later time (a timed exam's end).
QList<Job> examEndJobs(Scheduler &scheduler, const QString &lab) {
    QList<Job> out;
    for (const Job &j : labJobs(scheduler, lab))
        if (j.kind == u"lab-exam-end"_s && j.notBefore > 0)
            out << j;
    return out;
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

namespace {
// The report, as HTML by the file's suffix, written off the GUI thread (whole, then renamed into
// place: no temp file left beside it), offered to open, with the CSV's columns.
void checkHtmlReport(LabsPane &pane, const QString &html, const QString &host) {
    pane.exportReport(html);
    QTRY_VERIFY(QFileInfo(html).size() > 0);
    QVERIFY(QFileInfo(html).dir().entryList({u"goodlab.html.*"_s}, QDir::Files).isEmpty());
    const auto labels = pane.findChildren<QLabel *>();
    QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
        return l->text() == u"Report saved to %1."_s.arg(html);
    }));
    // The saved report is offered to open.
    QTRY_VERIFY(pane.findChild<QMessageBox *>(u"reportSaved"_s));
    auto *saved = pane.findChild<QMessageBox *>(u"reportSaved"_s);
    const auto savedButtons = saved->buttons();
    QVERIFY(std::any_of(savedButtons.cbegin(), savedButtons.cend(),
                        [](QAbstractButton *b) { return b->text() == u"Open"_s; }));
    saved->close();
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray page = f.readAll();
    // The same columns as the CSV (its network too), named for what it is.
    QVERIFY(page.contains("<th>MAC</th><th>Network</th><th>Fixed address</th>"));
    QVERIFY(page.contains("<h1>Lab goodlab: student sheet</h1>"));
    QVERIFY(page.contains(
        QByteArray("<td>goodlab-s03-vm</td><td>" + host.toUtf8() + "</td><td>Shut off")));
}

// The tile's menu acts on that student only: Start starts s02 (asked first).
void startFromTheWallMenu(ClassroomWall *wall) {
    QString text;
    std::unique_ptr<QMenu> menu(wall->menuFor(u"s02"_s));
    QVERIFY(menu);
    for (const auto &name : {u"wallStart"_s, u"wallReset"_s, u"wallConsole"_s})
        QVERIFY2(menu->findChild<QAction *>(name), qPrintable(name));
    QVERIFY(menu->findChild<QAction *>(u"wallStart"_s)->isEnabled());
    QVERIFY(!menu->findChild<QAction *>(u"wallConsole"_s)->isEnabled());
    answerConfirmation(&text, true);
    menu->findChild<QAction *>(u"wallStart"_s)->trigger();
    QCOMPARE(text, u"Start the VMs of s02?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(wall->captions().value(1), u"s02 · Turing, Alan\ngroup B · Running"_s,
                              20000);
    QCOMPARE(wall->captions().value(0), u"s01 · Ada Lovelace\ngroup A · Running"_s);
    QTRY_COMPARE_WITH_TIMEOUT(wall->shownCount(), 2, 60000);
}
} // namespace

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
    checkHtmlReport(pane, m_dir.filePath(u"goodlab.html"_s), host);
    if (QTest::currentTestFailed())
        return;
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
    QCOMPARE(wall->captions().value(1), u"s02 · Turing, Alan\ngroup B · Running"_s);
    const auto wallNote = [wall] {
        const auto labels = wall->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().startsWith(u"Running: 1 of 2 VMs."_s);
        });
    };

    // An exam shows in the pane and on the wall (the screenshots of the docs).
    scheduler.start(SchedulerSettings{});
    QSignalSpy examJob(&scheduler, &Scheduler::jobFinished);
    QString text;
    answerExamStart(&text, 45);
    button(&pane, u"Start exam"_s)->click();
    auto *wallBadge = wall->findChild<QLabel *>(u"labExamBadge"_s);
    QVERIFY(wallBadge && wallBadge->isVisible());
    QVERIFY2(wallBadge->text().startsWith(u"Exam running — 00:00:0"_s),
             qPrintable(wallBadge->text()));
    QVERIFY(examJob.wait(20000));
    pane.resize(1320, 300); // End exam in view, not in the tool bar's overflow
    pane.grab().save(u"/tmp/virtdeck-labs-exam.png"_s);

    // The wall follows the host: s02 stopped, s03 deleted behind its back.
    for (auto [op, student] :
         {std::pair{LabOperation::ForceOff, u"s02"_s}, std::pair{LabOperation::Delete, u"s03"_s}}) {
        LabExecutor ex(&workspace);
        QSignalSpy done(&ex, &LabExecutor::finished);
        ex.run(lab, op, {student});
        QVERIFY(done.wait(20000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(wall->captions().size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(wall->captions().value(1),
                              u"s02 · Turing, Alan\ngroup B · Shut off"_s, 10000);
    QVERIFY(wallNote());
    QCOMPARE(wall->shownCount(), 1);
    wall->resize(580, 400);
    wall->grab().save(u"/tmp/virtdeck-labs-wall.png"_s);

    startFromTheWallMenu(wall);
    if (QTest::currentTestFailed())
        return;
    scheduler.stop();
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

// A database role that may only read (on the team's PostgreSQL database): the lab is shown, what
// would change it is greyed out, the capacity check stays, and the pane says why.
void TestLabsPane::readOnlyRoleGreysOutChanges() {
    test::TestDatabase db(test::TestDatabase::Backend::Postgres);
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    {
        LabStore owner;
        QVERIFY2(owner.open(db.location()), qPrintable(owner.lastError()));
        Lab lab;
        lab.name = u"net101"_s;
        lab.roles = {{u"vm"_s, u"lab-template"_s}};
        lab.students = parseRosterFile(u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s).students;
        lab.hosts = {u"test:///default"_s};
        QVERIFY2(owner.create(lab), qPrintable(owner.lastError()));
    }
    const QString reader = db.readOnlyLocation();
    QVERIFY2(!reader.isEmpty(), qPrintable(db.error()));
    const QByteArray before = qgetenv("VIRTDECK_LAB_DB");
    qputenv("VIRTDECK_LAB_DB", reader.toUtf8());
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs-ro.sqlite"_s), u"test"_s);
    LabsPane pane(&workspace, &scheduler);
    qputenv("VIRTDECK_LAB_DB", before);
    pane.resize(1200, 500);
    pane.show();
    auto *table = pane.findChild<QTableView *>();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    const auto button = [&pane](const QString &text) {
        for (auto *b : pane.findChildren<QToolButton *>())
            if (b->text() == text)
                return b;
        return static_cast<QToolButton *>(nullptr);
    };
    QTRY_VERIFY(!button(u"&New Lab…"_s)->isEnabled());
    QVERIFY(!button(u"&Timetable…"_s)->isEnabled());
    QVERIFY(!button(labOperationText(LabOperation::Provision))->isEnabled());
    QVERIFY(!button(labOperationText(LabOperation::Start))->isEnabled());
    QVERIFY(button(u"Refresh"_s)->isEnabled());
    QToolButton *more = button(u"&More"_s);
    QVERIFY(more->isEnabled());
    int enabled = 0;
    for (QAction *a : more->menu()->actions())
        if (a->isEnabled() && !a->isSeparator()) {
            ++enabled;
            QCOMPARE(a->text(), u"Check &Capacity…"_s);
        }
    QCOMPARE(enabled, 1);
    bool said = false;
    for (auto *l : pane.findChildren<QLabel *>())
        said |= l->isVisible() && l->text().contains(u"Read-only"_s);
    QVERIFY(said);
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
        pane.grab().save(dir + u"/labs-read-only.png"_s);
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

namespace {
// Stores lab `name` with the students of the good roster on `host`, as another process would.
void storeLab(const QString &name, const QString &host = u"test:///default"_s) {
    Lab lab;
    lab.name = name;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = parseRosterFile(u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s).students;
    lab.hosts = {host};
    LabStore store;
    QVERIFY(store.open(LabStore::defaultPath()));
    QVERIFY(store.create(lab));
}

// Adds a student to lab `name` through a LabStore of its own (another process's view).
void addStudentElsewhere(const QString &name, const QString &id) {
    LabStore other;
    QVERIFY(other.open(LabStore::defaultPath()));
    QCOMPARE(other.update(name,
                          [id](Lab *lab) {
                              addStudents(lab, {{id, u"Late Comer"_s, {}, u"A"_s}});
                              return QString();
                          }),
             LabStore::Change::Saved);
}

QToolButton *toolButton(QWidget *pane, const QString &text) {
    for (auto *b : pane->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// A copy of the labs node XML as a test-driver host of its own.
QString nodeHost(const QTemporaryDir &dir, const QString &file) {
    QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, dir.filePath(file));
    return u"test://"_s + dir.filePath(file);
}

// Submits a lab job and waits until it is finished; the finished job.
Job runLabJob(Scheduler &scheduler, const QString &lab, const QString &host, LabOperation op,
              const QString &students = {}) {
    Job job;
    job.kind = labJobKind(op);
    job.uri = host;
    job.vm = lab;
    job.hostDown = HostDownPolicy::Fail;
    job.state = JobState::Queued;
    job.params.insert(u"students"_s, students);
    QSignalSpy finished(&scheduler, &Scheduler::jobFinished);
    scheduler.submit({job});
    const bool done = QTest::qWaitFor(
        [&] {
            for (const auto &args : std::as_const(finished))
                if (args.at(0).value<Job>().kind == job.kind)
                    return true;
            return false;
        },
        30000);
    if (!done)
        return {}; // an empty job: the caller's check says what it expected
    for (const auto &args : std::as_const(finished))
        if (args.at(0).value<Job>().kind == job.kind)
            return args.at(0).value<Job>();
    return {};
}

QMessageBox *shownMessageBox() {
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    return nullptr;
}
} // namespace

// A change written by another process (the CLI) appears without Refresh: the pane watches the
// database file and its -wal.
void TestLabsPane::paneFollowsChangesElsewhere() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs5.sqlite"_s), u"test"_s);
    storeLab(u"watched"_s);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"watched"_s);
    auto *table = pane.findChild<QTableView *>();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    addStudentElsewhere(u"watched"_s, u"s09"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 5000);
    storeLab(u"watched2"_s);
    auto *labs = pane.findChild<QComboBox *>();
    QTRY_VERIFY_WITH_TIMEOUT(labs->findText(u"watched2"_s) >= 0, 5000);
    QCOMPARE(labs->currentText(), u"watched"_s); // the lab shown stays
}

// Refresh reads the database again (it used to read only the VMs' states).
void TestLabsPane::refreshRereadsDatabase() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs6.sqlite"_s), u"test"_s);
    storeLab(u"refreshed"_s);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"refreshed"_s);
    auto *table = pane.findChild<QTableView *>();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto *watcher = pane.findChild<QFileSystemWatcher *>();
    QVERIFY(watcher);
    QTest::qWait(600); // what the watch saw so far is handled
    // Only Refresh may show the change here: the watch and its debounce are silenced.
    watcher->blockSignals(true);
    for (auto *timer : watcher->parent()->findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        timer->blockSignals(true);
    addStudentElsewhere(u"refreshed"_s, u"s08"_s);
    QTest::qWait(800);
    QCOMPARE(table->model()->rowCount(), 3);
    toolButton(&pane, u"Refresh"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 2000);
}

// Every lab verb of `virtdeck lab` in the window changes the store as the command would.
void TestLabsPane::manageVerbsChangeStore() {
    Workspace workspace;
    const QString host = nodeHost(m_dir, u"manage.xml"_s);
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs7.sqlite"_s), u"test"_s);
    scheduler.start(SchedulerSettings{});
    storeLab(u"managed"_s, host);
    storeLab(u"forgotten"_s, host);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"managed"_s);
    auto *table = pane.findChild<QTableView *>();
    auto *manage = pane.findChild<LabManageActions *>();
    QVERIFY(manage);

    // roster --add: new students appended, known ones updated.
    const QString roster = m_dir.filePath(u"more.csv"_s);
    {
        QFile f(roster);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,email,group\ns04,Barbara Liskov,,B\ns02,Alan Turing,alan@example.org,C\n");
    }
    manage->addStudents(roster);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QCOMPARE(loadLab(u"managed"_s).student(u"s02"_s)->group, u"C"_s);

    // A role (create --role) and the placement (create --placement).
    manage->addRole(u"server"_s, u"lab-template"_s);
    QTRY_COMPARE(table->model()->rowCount(), 8);
    QCOMPARE(loadLab(u"managed"_s).roles.size(), 2);
    manage->setPlacement(u"best-fit"_s);
    QTRY_COMPARE(loadLab(u"managed"_s).placement, u"best-fit"_s);

    // roster --drop of a student with VMs: deleted first (a lab-delete job), then dropped.
    QCOMPARE(runLabJob(scheduler, u"managed"_s, host, LabOperation::Provision, u"s03"_s).state,
             JobState::Done);
    QTRY_VERIFY(!loadLab(u"managed"_s).hostOf(u"s03"_s).isEmpty());
    reloadAndPick(pane, u"managed"_s);
    manage->dropStudents({u"s03"_s}, true);
    QTRY_VERIFY_WITH_TIMEOUT(!loadLab(u"managed"_s).student(u"s03"_s), 20000);
    // Without their VMs: the student goes, whatever VMs there are stay.
    manage->dropStudents({u"s04"_s}, false);
    QTRY_VERIFY(!loadLab(u"managed"_s).student(u"s04"_s));
    QTRY_COMPARE(table->model()->rowCount(), 4); // s01, s02 in two roles

    // delete --forget: the VMs first, then the lab; forget: only the lab.
    manage->deleteLab(true);
    QTRY_VERIFY_WITH_TIMEOUT(loadLab(u"managed"_s).name.isEmpty(), 20000);
    auto *labs = pane.findChild<QComboBox *>();
    QTRY_COMPARE(labs->findText(u"managed"_s), -1);
    reloadAndPick(pane, u"forgotten"_s);
    manage->deleteLab(false);
    QTRY_VERIFY(loadLab(u"forgotten"_s).name.isEmpty());
    scheduler.stop();
}

// A roster with errors adds nothing, and its errors are shown by line.
void TestLabsPane::rosterErrorsAreShown() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs8.sqlite"_s), u"test"_s);
    storeLab(u"rostered"_s);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"rostered"_s);
    pane.findChild<LabManageActions *>()->addStudents(u"" VIRTDECK_TEST_DATA
                                                      "/rosters/wrong-columns.csv"_s);
    QTRY_VERIFY(shownMessageBox());
    QMessageBox *box = shownMessageBox();
    QVERIFY2(box->text().contains(u"line 3:"_s), qPrintable(box->text()));
    box->close();
    QCOMPARE(loadLab(u"rostered"_s).students.size(), 3);
}

// The lab's timetable: an entry made there targets the lab, so a student added afterwards is
// acted on when it runs.
void TestLabsPane::timetableTargetsTheLab() {
    Workspace workspace;
    const QString host = nodeHost(m_dir, u"timed.xml"_s);
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs9.sqlite"_s), u"test"_s);
    scheduler.start(SchedulerSettings{});
    storeLab(u"timed"_s, host);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"timed"_s);
    toolButton(&pane, u"&Timetable…"_s)->click();
    auto *timetable = pane.findChild<LabTimetableDialog *>();
    QVERIFY(timetable);
    QAbstractItemModelTester tester(timetable->model());
    timetable->addSchedule();
    auto *dialog = timetable->findChild<ScheduleDialog *>();
    QVERIFY(dialog);
    dialog->setAction(labJobKind(LabOperation::Start));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    dialog->accept();
    QTRY_COMPARE(timetable->model()->rowCount(), 1);
    const Schedule entry = timetable->model()->scheduleAt(0);
    QCOMPARE(entry.vms, QStringList{u"timed"_s});
    QCOMPARE(entry.kind, labJobKind(LabOperation::Start));
    const QModelIndex when = timetable->model()->index(0, LabTimetableModel::When);
    QCOMPARE(when.data().toString(), u"Mon–Fri 07:30"_s);

    // A student added later, provisioned; the entry run now starts their VM too.
    addStudentElsewhere(u"timed"_s, u"s04"_s);
    QCOMPARE(runLabJob(scheduler, u"timed"_s, host, LabOperation::Provision).state, JobState::Done);
    QSignalSpy finished(&scheduler, &Scheduler::jobFinished);
    scheduler.runScheduleNow(entry.id);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    const Job run = finished.first().at(0).value<Job>();
    QCOMPARE(run.scheduleId, entry.id);
    QCOMPARE(run.state, JobState::Done);
    QVERIFY2(run.log.contains(u"timed-s04-vm"_s), qPrintable(run.log));

    // Edited: another time, still the lab as target.
    timetable->findChild<QTableView *>(u"labTimetable"_s)->selectRow(0);
    timetable->editSchedule();
    QTRY_VERIFY(timetable->findChild<ScheduleDialog *>());
    auto *edit = timetable->findChild<ScheduleDialog *>();
    QVERIFY(!edit->findChild<QLineEdit *>(u"vmNames"_s) ||
            !edit->findChild<QLineEdit *>(u"vmNames"_s)->isVisible());
    QVERIFY(edit->schedules().size() == 1);
    edit->findChild<QLineEdit *>(u"weeklyTimes"_s)->setText(u"08:00"_s);
    edit->accept();
    QTRY_COMPARE(when.data().toString(), u"Mon–Fri 08:00"_s);
    QCOMPARE(timetable->model()->scheduleAt(0).vms, QStringList{u"timed"_s});

    // More of a class week, for the screenshot.
    Schedule stop = entry;
    stop.id = 0;
    stop.kind = labJobKind(LabOperation::Shutdown);
    stop.recurrence = u"weekly mon,tue,wed,thu,fri 16:00"_s;
    scheduler.addSchedule(stop);
    Schedule exam = entry;
    exam.id = 0;
    exam.kind = labJobKind(LabOperation::ExamStart);
    exam.params.insert(u"snapshot"_s, u"exam-start"_s);
    exam.recurrence = u"weekly fri 09:00"_s;
    scheduler.addSchedule(exam);
    QTRY_COMPARE(timetable->model()->rowCount(), 3);
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
        timetable->grab().save(dir + u"/labs-timetable.png"_s);
    scheduler.stop();
}

void TestLabsPane::scheduleDialogWeeklyFits_data() {
    QTest::addColumn<QString>("qm");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << u":/i18n/virtdeck_de.qm"_s;
}

// "Every week" shows every weekday and its label whole, also in German.
void TestLabsPane::scheduleDialogWeeklyFits() {
    QFETCH(QString, qm);
    QTranslator translator;
    if (!qm.isEmpty()) {
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
    }
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    const QLocale before;
    QLocale::setDefault(QLocale(qm.isEmpty() ? u"en_US"_s : u"de_DE"_s));
    auto resetLocale = qScopeGuard([before] { QLocale::setDefault(before); });
    // As the VM table's Schedule… opens it: at "Now", then switched to "Every week" (whose
    // weekdays and preview of the next runs need more room than "Now").
    ScheduleDialog dialog;
    Job target;
    target.uri = u"test:///default"_s;
    target.vm = u"web-1"_s;
    dialog.setTargets({target});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setWhen(ScheduleDialog::Weekly);
    QTest::qWait(50); // the layout settles
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + u"/schedule-weekly-"_s +
                           QString::fromLatin1(QTest::currentDataTag()) + u".png"_s);
    int checked = 0;
    for (auto *box : dialog.findChildren<QCheckBox *>()) {
        if (!box->isVisible())
            continue;
        ++checked;
        const QSize want = box->sizeHint();
        QVERIFY2(box->width() >= want.width() && box->height() >= want.height(),
                 qPrintable(u"\"%1\": %2×%3 < %4×%5"_s.arg(box->text())
                                .arg(box->width())
                                .arg(box->height())
                                .arg(want.width())
                                .arg(want.height())));
        const QRect inDialog(box->mapTo(&dialog, QPoint(0, 0)), box->size());
        QVERIFY2(dialog.rect().contains(inDialog), qPrintable(box->text()));
    }
    QVERIFY(checked >= 7);
    for (auto *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int height =
            label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(
            label->height() >= height,
            qPrintable(u"\"%1\": %2 < %3"_s.arg(label->text()).arg(label->height()).arg(height)));
        if (!label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    for (auto *edit : dialog.findChildren<QLineEdit *>())
        if (edit->isVisible() && !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            QVERIFY2(edit->height() >= edit->minimumSizeHint().height(), qPrintable(edit->text()));
}

// Shut down asks, naming whom it acts on, how long the guests get to power off and whether to
// force off those still running then: the "wait" and "force" of the lab job. Cancel submits
// nothing.
void TestLabsPane::shutdownAsksHowLong() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs-sd.sqlite"_s), u"test"_s);
    LabsPane pane(&workspace, &scheduler);
    pane.show();
    reloadAndPick(pane, u"setlab"_s);
    QToolButton *shutdown = nullptr;
    for (auto *b : pane.findChildren<QToolButton *>())
        if (b->text() == u"Shut down"_s)
            shutdown = b;
    QVERIFY(shutdown);
    bool asked = false;
    QString text;
    QVariantMap params;
    QTimer::singleShot(0, &pane, [&] {
        auto *dialog = qobject_cast<LabShutdownDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        for (auto *l : dialog->findChildren<QLabel *>())
            text += l->text();
        QCOMPARE(dialog->findChild<QSpinBox *>(u"shutdownWait"_s)->value(), kLabShutdownWait);
        dialog->findChild<QSpinBox *>(u"shutdownWait"_s)->setValue(30);
        dialog->findChild<QCheckBox *>(u"forceOff"_s)->setChecked(true);
        params = dialog->params();
        dialog->reject();
    });
    shutdown->click();
    QVERIFY(asked);
    QVERIFY2(text.contains(u"all students of lab setlab (s01, s02, s03)"_s), qPrintable(text));
    QCOMPARE(params.value(u"wait"_s).toInt(), 30);
    QVERIFY(params.value(u"force"_s).toBool());
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

namespace {
// A copy of the lab host with the lab's VMs on it: s01's running, the others' shut off.
QString capacityHost(const QTemporaryDir &dir, const QString &file, const QStringList &vms) {
    QFile in(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString xml = QString::fromUtf8(in.readAll());
    QString domains;
    for (const QString &vm : vms)
        domains += u"<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
                   "<name>%1</name><memory>65536</memory><vcpu>1</vcpu>"
                   "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
                   "<test:runstate>%2</test:runstate></domain>\n"_s.arg(
                       vm, vm.contains(u"s01"_s) ? u"1"_s : u"5"_s);
    xml.replace(u"<pool"_s, domains + u"<pool"_s);
    QFile out(dir.filePath(file));
    if (!out.open(QIODevice::WriteOnly) || out.write(xml.toUtf8()) < 0)
        return {};
    return u"test://"_s + out.fileName();
}
} // namespace

// Apply on two test-driver hosts: host A holds three students (room for two at a vCPU ratio of
// 1.0), host B none, and s04 is new. The preview lists the migration of the student that moves
// (live for s01's running VM, offline for a shut-off one) and s04's placement; confirmed, the
// migration is a "lab-migrate" job for the scheduler and s04's host is in the lab at once.
void TestLabsPane::capacityAppliesMoves() {
    Workspace workspace;
    const QString a = capacityHost(m_dir, u"apply-a.xml"_s,
                                   {u"movelab-s01-vm"_s, u"movelab-s02-vm"_s, u"movelab-s03-vm"_s});
    const QString b = capacityHost(m_dir, u"apply-b.xml"_s, {});
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    Lab lab = capacityLab(u"movelab"_s, a);
    lab.hosts = {a, b};
    for (const auto &s : std::as_const(lab.students))
        lab.assignments.append({s.id, a});
    lab.students.append({u"s04"_s, u"Late Comer"_s, {}, u"A"_s});
    {
        LabStore store;
        QVERIFY(store.open(LabStore::defaultPath()));
        QVERIFY(store.create(lab));
    }
    Scheduler scheduler(&workspace, m_dir.filePath(u"applyjobs.sqlite"_s), u"test"_s);
    scheduler.start(SchedulerSettings{});
    LabService service(workspace.tasks(), LabStore::defaultPath());
    PlacementOptions tight;
    tight.cpuOvercommit = 1.0;
    LabCapacityDialog dlg(&workspace, lab, {lab}, {}, tight);
    dlg.setApplyTo(&scheduler, &service);
    QSignalSpy checked(&dlg, &LabCapacityDialog::checked);
    dlg.show();
    dlg.check();
    QVERIFY(checked.wait(30000));
    auto *apply = dlg.findChild<QPushButton *>(u"capacityApply"_s);
    QVERIFY(apply && apply->isVisible() && apply->isEnabled());
    const LabCapacityPlan plan = dlg.plan();
    QCOMPARE(plan.migrations.size(), 1);
    const LabPlannedMigration move = plan.migrations.first();
    QCOMPARE(move.from, a);
    QCOMPARE(move.to, b);
    QCOMPARE(move.vm, u"movelab-%1-vm"_s.arg(move.student));
    QCOMPARE(move.live, move.student == u"s01"_s);
    QCOMPARE(plan.placements.size(), 1);
    QCOMPARE(plan.placements.first().student, u"s04"_s);
    const QString s04Host = plan.placements.first().to;
    QVERIFY(lab.hosts.contains(s04Host));
    QString preview;
    answerModal([&preview](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        preview = box->informativeText();
        box->grab().save(u"/tmp/virtdeck-labcapacity-apply.png"_s);
        for (QAbstractButton *button : box->buttons())
            if (button->text() == u"&Apply"_s)
                button->click();
    });
    QSignalSpy applied(&dlg, &LabCapacityDialog::applied);
    apply->click();
    QCOMPARE(applied.size(), 1);
    QVERIFY2(preview.contains(
                 u"Migrate %1 (student %2) from %3 to %4"_s.arg(move.vm, move.student, a, b)),
             qPrintable(preview));
    QVERIFY2(preview.contains(move.live ? u"live"_s : u"offline"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"Place student s04 on %1"_s.arg(s04Host)), qPrintable(preview));
    QList<Job> queued;
    QTRY_VERIFY((queued = labJobs(scheduler, move.vm)).size() == 1);
    const Job job = queued.first();
    QCOMPARE(job.kind, u"lab-migrate"_s);
    QCOMPARE(job.uri, a);
    QCOMPARE(job.group, lab.name);
    QCOMPARE(job.params.value(u"destination"_s).toString(), b);
    QCOMPARE(job.params.value(u"student"_s).toString(), move.student);
    QVERIFY(!apply->isEnabled());
    LabStore store;
    QVERIFY(store.open(LabStore::defaultPath()));
    Lab stored;
    QTRY_VERIFY(store.load(lab.name, &stored) && stored.hostOf(u"s04"_s) == s04Host);
    // The migrating student keeps its host until its job has moved the VM.
    QCOMPARE(stored.hostOf(move.student), a);
    scheduler.stop();
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

// The pane says what its buttons act on, following the selection (a student left selected by an
// earlier click included), names the students in the confirmation, and runs nothing when the
// user cancels.
void TestLabsPane::actsOnAndConfirms() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs5.sqlite"_s), u"test"_s);
    scheduler.start(SchedulerSettings{});
    LabsPane pane(&workspace, &scheduler);
    pane.resize(1100, 320);
    pane.show();
    reloadAndPick(pane, u"setlab"_s);
    auto *table = pane.findChild<QTableView *>();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto *actsOn = pane.findChild<QLabel *>(u"labActsOn"_s);
    QVERIFY(actsOn);
    QCOMPARE(actsOn->text(), u"Acts on: all 3 students"_s);

    table->selectRow(1); // the earlier click
    QCOMPARE(actsOn->text(), u"Acts on: s02 only"_s);
    QString text;
    answerConfirmation(&text, false);
    button(&pane, u"Shut down"_s)->click();
    QVERIFY2(text.contains(u"Ask the guests of s02 to shut down"_s), qPrintable(text));
    QTest::qWait(200);
    QVERIFY(labJobs(scheduler, u"setlab"_s).isEmpty()); // cancelled: nothing submitted

    // Back to the whole lab; the confirmation names all three.
    pane.findChild<QToolButton *>(u"labActOnAll"_s)->click();
    QCOMPARE(actsOn->text(), u"Acts on: all 3 students"_s);
    answerConfirmation(&text, true);
    button(&pane, u"Start"_s)->click();
    QVERIFY2(text.contains(u"all students of lab setlab (s01, s02, s03)"_s), qPrintable(text));
    QTRY_COMPARE(labJobs(scheduler, u"setlab"_s).size(), 1);
    QCOMPARE(labJobs(scheduler, u"setlab"_s).at(0).kind, u"lab-start"_s);
    QCOMPARE(labJobs(scheduler, u"setlab"_s).at(0).params.value(u"students"_s).toString(),
             QString());

    // Two selected; Esc in the table goes back to all.
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(actsOn->text(), u"Acts on: 2 selected students"_s);
    answerConfirmation(&text, false);
    button(&pane, u"Force off"_s)->click();
    QVERIFY2(text.startsWith(u"Force off s01, s03?"_s), qPrintable(text));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Escape);
    QCOMPARE(actsOn->text(), u"Acts on: all 3 students"_s);
    QCOMPARE(labJobs(scheduler, u"setlab"_s).size(), 1);
    scheduler.stop();
}

// An exam is a state of the lab: Start exam stores it and shows a ticking badge; End exam asks,
// then clears both; a timed exam has its End exam job at its end, and that job, when it runs,
// ends the exam without the pane's help.
void TestLabsPane::examState() {
    Workspace workspace;
    Scheduler scheduler(&workspace, m_dir.filePath(u"jobs6.sqlite"_s), u"test"_s);
    scheduler.start(SchedulerSettings{});
    LabsPane pane(&workspace, &scheduler);
    pane.resize(1100, 320);
    pane.show();
    reloadAndPick(pane, u"setlab"_s);
    auto *badge = pane.findChild<QLabel *>(u"labExamBadge"_s);
    QVERIFY(badge);
    QVERIFY(!badge->isVisible());

    QString text;
    answerExamStart(&text, 0);
    button(&pane, u"Start exam"_s)->click();
    QVERIFY2(text.contains(u"all students of lab setlab (s01, s02, s03)"_s), qPrintable(text));
    QVERIFY(badge->isVisible());
    QVERIFY2(badge->text().startsWith(u"Exam running — 00:00:0"_s), qPrintable(badge->text()));
    QVERIFY(!badge->text().contains(u"ends"_s));
    QTRY_VERIFY(loadLab(u"setlab"_s).exam.running());
    QCOMPARE(loadLab(u"setlab"_s).exam.endsAt, 0);
    QTRY_COMPARE(labJobs(scheduler, u"setlab"_s).size(), 1); // Start exam only: not timed
    QTRY_VERIFY_WITH_TIMEOUT(badge->text().startsWith(u"Exam running — 00:00:01"_s), 3000);

    // End exam asks; cancelled, the exam goes on.
    answerConfirmation(&text, false);
    button(&pane, u"End exam"_s)->click();
    QVERIFY2(text.contains(u"End the exam for all students of lab setlab"_s), qPrintable(text));
    QVERIFY(badge->isVisible());
    answerConfirmation(&text, true);
    button(&pane, u"End exam"_s)->click();
    QVERIFY(!badge->isVisible());
    QTRY_VERIFY(!loadLab(u"setlab"_s).exam.running());

    // A timed exam: "ends HH:mm" and its End exam job at that time.
    answerExamStart(&text, 30);
    button(&pane, u"Start exam"_s)->click();
    QTRY_VERIFY(loadLab(u"setlab"_s).exam.running());
    const LabExam exam = loadLab(u"setlab"_s).exam;
    QCOMPARE(exam.endsAt - exam.startedAt, 30 * 60000);
    const QString ends =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(exam.endsAt).time(), u"HH:mm"_s);
    QTRY_VERIFY2(badge->text().contains(u" · ends "_s + ends), qPrintable(badge->text()));
    QTRY_COMPARE(examEndJobs(scheduler, u"setlab"_s).size(), 1);
    const Job end = examEndJobs(scheduler, u"setlab"_s).at(0);
    QCOMPARE(end.notBefore, exam.endsAt);
    QCOMPARE(end.state, JobState::Waiting);
    pane.grab().save(u"/tmp/virtdeck-labs-exam-timed.png"_s);

    // The same job due now (instead of in 30 minutes) ends the exam by itself: the stored
    // state and, after the job, the badge.
    scheduler.cancel(end.id);
    Job due = end;
    due.notBefore = QDateTime::currentMSecsSinceEpoch() + 500;
    QSignalSpy finished(&scheduler, &Scheduler::jobFinished);
    scheduler.submit({due});
    QTRY_VERIFY_WITH_TIMEOUT(!loadLab(u"setlab"_s).exam.running(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!badge->isVisible(), 10000);
    scheduler.stop();
}

// The badge's words: elapsed time, the end when timed, and the minutes left near the end.
void TestLabsPane::examBadgeText() {
    const qint64 start = QDateTime(QDate(2026, 12, 6), QTime(10, 0)).toMSecsSinceEpoch();
    bool warn = true;
    QCOMPARE(ExamBadge::textAt({}, start, &warn), QString());
    QCOMPARE(ExamBadge::textAt({start, 0}, start + (12 * 60 + 34) * 1000, &warn),
             u"Exam running — 00:12:34"_s);
    QVERIFY(!warn);
    const LabExam timed{start, start + 90 * 60000};
    QCOMPARE(ExamBadge::textAt(timed, start + 3600000, &warn),
             u"Exam running — 01:00:00 · ends 11:30"_s);
    QVERIFY(!warn);
    QCOMPARE(ExamBadge::textAt(timed, start + 86 * 60000, &warn),
             u"Exam running — 01:26:00 · ends 11:30 · 4 min left"_s);
    QVERIFY(warn);
}

QTEST_MAIN(TestLabsPane)
#include "tst_labspane.moc"
