// SPDX-License-Identifier: GPL-3.0-or-later
// The VM details views on the test driver, offscreen: overview (with edits and the screen
// thumbnail), XML editor (diff, validation error keeps the text), snapshots tree, clone dialog,
// and the main window's details dock following the current row. With VIRTDECK_SHOT_DIR set, each
// view is saved there as a PNG for a human to look at.
#include "classroomwall.h"
#include "clonedialog.h"
#include "consolepane.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domainoverviewwidget.h"
#include "domains/domaintablemodel.h"
#include "domains/libvirt/snapshotservice.h"
#include "domains/libvirt/xmldefinitionservice.h"
#include "hosts/hosttablemodel.h"
#include "mainwindow.h"
#include "newvmwizard.h"
#include "snapshotsdialog.h"
#include "workspace/workspace.h"
#include "xmleditordialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/details-node.xml"_s;
const QString kWeb = u"11111111-2222-3333-4444-000000000001"_s;
const QString kDb = u"11111111-2222-3333-4444-000000000002"_s;

void shot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("VIRTDECK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // pending layout requests
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

struct Host {
    ConnectionManager cm;
    QString id;
    Host() {
        ConnectionConfig c = ConnectionConfig::fromUri(kNode);
        c.name = u"details-test"_s;
        id = cm.addConnection(c, true);
        (void)QTest::qWaitFor([&] { return cm.state(id) == ConnectionState::Connected; }, 10000);
    }
    ~Host() { cm.shutdown(); }
};
} // namespace

class TestDomainViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void overviewShowsAndEdits();
    void overviewEmptyAndShutOff();
    void overviewLogsSnapshotOperations();
    void overviewLogsFailedConsole();
    void xmlEditorAsksBeforeDiscarding();
    void overviewScreenshotNeitherQueuesNorRetries();
    void classroomWallSkipsFailedScreens();
    void classroomWallTileOpensTheEmbeddedConsole();
    void mainWindowConsoleTabAndWindow();
    void xmlEditorDiffAndValidation();
    void snapshotsTree();
    void cloneDialog();
    void mainWindowDockFollowsCurrentRow();
    void newVmWizardOnHostWithoutCapabilities();
};

void TestDomainViews::overviewShowsAndEdits() {
    Host h;
    DomainOverviewWidget w(&h.cm);
    w.resize(720, 760);
    w.show();
    QSignalSpy shown(&w, &DomainOverviewWidget::detailsShown);
    QSignalSpy screen(&w, &DomainOverviewWidget::screenshotShown);
    w.setDomain(h.id, kWeb);
    QVERIFY(shown.wait(10000));
    QCOMPARE(w.details().name, u"web"_s);
    QCOMPARE(w.vcpuEdit()->value(), 4);
    QCOMPARE(w.memoryEdit()->value(), 1024);
    QCOMPARE(w.titleEdit()->text(), u"Web front"_s);
    auto *nics = w.findChild<QTreeWidget *>(u"nicList"_s);
    QCOMPARE(nics->topLevelItemCount(), 2);
    QVERIFY(nics->topLevelItem(0)->text(3).startsWith(u"192.168."_s));
    QCOMPARE(w.findChild<QTreeWidget *>(u"diskList"_s)->topLevelItemCount(), 1);
    QVERIFY(screen.size() > 0 || screen.wait(10000)); // the test driver's screen picture
    QVERIFY(!w.thumbnail()->pixmap().isNull());
    shot(&w, u"overview"_s);

    // Edit: fewer vCPUs apply now; the outcome says so.
    QSignalSpy edited(w.service(), &DomainService::editFinished);
    w.vcpuEdit()->setValue(2);
    w.titleEdit()->setText(u"Shop"_s);
    Q_EMIT w.titleEdit()->textEdited(u"Shop"_s);
    w.applySettings();
    QVERIFY(edited.wait(10000));
    QVERIFY2(w.outcomeLabel()->text().contains(u"Applied now"_s),
             qPrintable(w.outcomeLabel()->text()));
    QTRY_COMPARE(w.details().vcpus, 2);
    QCOMPARE(w.details().title, u"Shop"_s);

    // The vCPU field refuses more than the VM's maximum (4) and says what the maximum is.
    w.vcpuEdit()->selectAll();
    QTest::keyClicks(w.vcpuEdit(), u"8"_s);
    QVERIFY2(w.vcpuEdit()->value() <= 4, qPrintable(w.vcpuEdit()->text()));
    w.vcpuEdit()->setValue(8);
    QCOMPARE(w.vcpuEdit()->value(), 4);
    QVERIFY(!w.vcpuEdit()->text().contains(u"maximum"_s));
    QVERIFY2(w.vcpuLimitLabel()->text().contains(u"4"_s), qPrintable(w.vcpuLimitLabel()->text()));
    QVERIFY(w.vcpuLimitLabel()->isVisibleTo(&w));
    w.revertSettings();

    // More memory than the running VM's maximum: the definition changes for the next boot, and
    // the field shows that value, marked, after the refresh (not the live 1024 MiB).
    QVERIFY(!w.memoryNextBootMark()->isVisibleTo(&w));
    w.memoryEdit()->setValue(1536);
    w.applySettings();
    QVERIFY(edited.wait(10000));
    QVERIFY2(w.outcomeLabel()->text().contains(u"next boot"_s),
             qPrintable(w.outcomeLabel()->text()));
    QVERIFY(shown.wait(10000)); // the refresh after the edit
    QCOMPARE(w.details().memoryBytes >> 20, quint64(1024));
    QCOMPARE(w.memoryEdit()->value(), 1536);
    QVERIFY(w.memoryNextBootMark()->isVisibleTo(&w));
    QVERIFY(!w.vcpuNextBootMark()->isVisibleTo(&w));
    shot(&w, u"overview-next-boot"_s);
}

// Create, revert and delete each leave their own words in the activity log.
void TestDomainViews::overviewLogsSnapshotOperations() {
    Host h;
    DomainOverviewWidget w(&h.cm);
    w.show();
    QSignalSpy shown(&w, &DomainOverviewWidget::detailsShown);
    w.setDomain(h.id, kDb);
    QVERIFY(shown.wait(10000));
    QSignalSpy activity(&w, &DomainOverviewWidget::activity);
    w.showSnapshots();
    auto *dlg = w.findChild<SnapshotsDialog *>();
    QVERIFY(dlg);
    dlg->service()->create(u"s1"_s, {}, false);
    QTRY_COMPARE_WITH_TIMEOUT(activity.size(), 1, 10000);
    dlg->service()->revert(u"s1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(activity.size(), 2, 10000);
    dlg->service()->remove(u"s1"_s, false);
    QTRY_COMPARE_WITH_TIMEOUT(activity.size(), 3, 10000);
    QStringList texts;
    for (const auto &a : activity) {
        QVERIFY2(a.at(0).toBool(), qPrintable(a.at(3).toString()));
        texts << a.at(2).toString();
    }
    QCOMPARE(texts, (QStringList{u"Snapshot s1 of db created"_s, u"db reverted to snapshot s1"_s,
                                 u"Snapshot s1 of db deleted"_s}));
    dlg->close();
}

// A viewer that exits with an error at once is logged as a failure with its message.
void TestDomainViews::overviewLogsFailedConsole() {
    QTemporaryDir bin;
    QFile viewer(bin.filePath(u"virt-viewer"_s));
    QVERIFY(viewer.open(QIODevice::WriteOnly));
    viewer.write("#!/bin/sh\necho \'Permission denied (publickey,password).\' >&2\nexit 1\n");
    viewer.close();
    viewer.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.path().toLocal8Bit() + ':' + path);
    auto restore = qScopeGuard([&] { qputenv("PATH", path); });

    Host h;
    DomainOverviewWidget w(&h.cm);
    w.show();
    QSignalSpy shown(&w, &DomainOverviewWidget::detailsShown);
    w.setDomain(h.id, kWeb);
    QVERIFY(shown.wait(10000));
    QSignalSpy activity(&w, &DomainOverviewWidget::activity);
    w.openConsole();
    QTRY_COMPARE_WITH_TIMEOUT(activity.size(), 1, 10000);
    QVERIFY2(!activity.at(0).at(0).toBool(), qPrintable(activity.at(0).at(2).toString()));
    QVERIFY(!activity.at(0).at(2).toString().contains(u"opened"_s));
    QVERIFY(activity.at(0).at(3).toString().contains(u"Permission denied"_s));
}

void TestDomainViews::overviewEmptyAndShutOff() {
    Host h;
    DomainOverviewWidget w(&h.cm);
    w.resize(720, 600);
    w.show();
    shot(&w, u"overview-empty"_s);
    QSignalSpy shown(&w, &DomainOverviewWidget::detailsShown);
    w.setDomain(h.id, kDb);
    QVERIFY(shown.wait(10000));
    QCOMPARE(w.thumbnail()->text(), u"Not running"_s);
    QCOMPARE(w.vcpuEdit()->value(), 1);
    // db is a replica: where from, how old its data is and its size.
    auto *replica = w.findChild<QLabel *>(u"replica"_s);
    QVERIFY(replica->isVisibleTo(&w));
    QVERIFY2(replica->text().startsWith(u"from h1, data of "_s), qPrintable(replica->text()));
    QVERIFY2(replica->text().contains(u" old), 768"_s), qPrintable(replica->text()));
    QVERIFY2(replica->text().contains(u"day"_s), qPrintable(replica->text())); // 2026-01-05
    QVERIFY(replica->text().endsWith(u"ready to fail over to"_s));
    shot(&w, u"overview-shutoff"_s);
    w.setDomain(h.id, kWeb);
    QVERIFY(shown.wait(10000));
    QVERIFY(!replica->isVisibleTo(&w)); // web is none
    w.setDomain({}, {});
    QCOMPARE(w.uuid(), QString());
}

// Issue 19.2: a VM whose screenshot hangs gets no second request queued behind the first, and a
// failed screenshot is not retried by itself: the pane shows the error and a Retry button.
void TestDomainViews::overviewScreenshotNeitherQueuesNorRetries() {
    Host h;
    DomainOverviewWidget w(&h.cm);
    w.resize(720, 760);
    w.show();
    QSignalSpy shown(&w, &DomainOverviewWidget::detailsShown);
    w.setDomain(h.id, kWeb);
    QVERIFY(shown.wait(10000));
    QTRY_VERIFY(!w.thumbnail()->pixmap().isNull());
    QSignalSpy answers(w.service(), &DomainService::screenshotReady);

    // The VM's lane is busy, as with a QEMU that does not answer: three ticks, one request.
    QSemaphore gate;
    h.cm.connection(h.id)->post(nullptr, Lane::domain(kWeb), u"block"_s,
                                [&](_virConnect *) { gate.acquire(); });
    for (int i = 0; i < 3; ++i)
        w.refreshScreen();
    QTest::qWait(100);
    QCOMPARE(answers.size(), 0);
    gate.release();
    QTRY_COMPARE(answers.size(), 1);
    QTest::qWait(300);
    QCOMPARE(answers.size(), 1);

    // A failure (as libvirt reports a held state-change lock) stops the refresh.
    Q_EMIT w.service()->screenshotReady(
        kWeb, {}, {}, u"Timed out during operation: cannot acquire state change lock"_s);
    QVERIFY(w.retryScreenButton()->isVisible());
    QVERIFY2(w.thumbnail()->text().contains(u"state change lock"_s),
             qPrintable(w.thumbnail()->text()));
    answers.clear();
    for (int i = 0; i < 3; ++i)
        w.refreshScreen();
    QTest::qWait(300);
    QCOMPARE(answers.size(), 0);
    shot(&w, u"overview-screen-failed"_s);

    // Retry asks once more, and the picture comes back.
    w.retryScreenButton()->click();
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(!w.retryScreenButton()->isVisible());
    QTRY_VERIFY(!w.thumbnail()->pixmap().isNull());
}

// Issue 19.2: the classroom wall asks a VM whose screenshot failed nothing more until the user
// refreshes or the VM's state changes.
void TestDomainViews::classroomWallSkipsFailedScreens() {
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.name = u"details-test"_s;
    c.transient = true;
    auto *cm = workspace.connections();
    const QString id = cm->addConnection(c, true);
    QTRY_COMPARE(cm->state(id), ConnectionState::Connected);
    // A lab whose one student's VM is the node's "web" (the wall follows labs, not VM lists).
    Lab lab;
    lab.name = u"wall"_s;
    lab.pattern = u"{student}"_s;
    lab.roles = {{u"vm"_s, u"template"_s}};
    lab.students = {{u"web"_s, u"Web"_s, {}, {}}};
    lab.hosts = {kNode};
    lab.assignments = {{u"web"_s, kNode}};
    ClassroomWall wall(&workspace, lab);
    wall.setAttribute(Qt::WA_DeleteOnClose, false);
    wall.setIntervalMs(50);
    wall.show();
    QTRY_COMPARE(wall.shownCount(), 1);
    auto *service = wall.findChild<DomainService *>();
    QVERIFY(service);
    QSignalSpy answers(service, &DomainService::screenshotReady);
    QTRY_VERIFY(answers.size() >= 2); // asked again every 50 ms

    Q_EMIT service->screenshotReady(kWeb, {}, {}, u"cannot acquire state change lock"_s);
    QTest::qWait(100); // a request still in flight answers
    answers.clear();
    QTest::qWait(400);
    QCOMPARE(answers.size(), 0);

    wall.refreshAll(); // the Refresh button
    QTRY_VERIFY(answers.size() >= 2);

    Q_EMIT service->screenshotReady(kWeb, {}, {}, u"cannot acquire state change lock"_s);
    QTest::qWait(100);
    answers.clear();
    QTest::qWait(200);
    QCOMPARE(answers.size(), 0);
    cm->runAction({{id, kWeb}}, DomainAction::Pause); // a state change: asked again
    QTRY_VERIFY(answers.size() >= 1);
    cm->shutdown();
}

// Issue 21: a double-click on a student's tile opens that student's console inside Virtdeck (a
// ConsoleWindow on the embedded session), not an external viewer. The test driver has no VNC
// server, so the window says what libvirt answered.
void TestDomainViews::classroomWallTileOpensTheEmbeddedConsole() {
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.name = u"details-test"_s;
    c.transient = true;
    auto *cm = workspace.connections();
    const QString id = cm->addConnection(c, true);
    QTRY_COMPARE(cm->state(id), ConnectionState::Connected);
    Lab lab;
    lab.name = u"wall"_s;
    lab.pattern = u"{student}"_s;
    lab.roles = {{u"vm"_s, u"template"_s}};
    lab.students = {{u"web"_s, u"Web"_s, {}, {}}};
    lab.hosts = {kNode};
    lab.assignments = {{u"web"_s, kNode}};
    ClassroomWall wall(&workspace, lab);
    wall.setAttribute(Qt::WA_DeleteOnClose, false);
    wall.show();
    QTRY_COMPARE(wall.shownCount(), 1);
    auto *list = wall.findChild<QListWidget *>();
    QVERIFY(list && list->count() == 1);
    const QPoint tile = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tile);
    QVERIFY(list->item(0)->isSelected());
    // A change in the domain table (stats do it every few seconds on a real host) leaves the
    // tiles where they are: the selection stays, so a double-click is not lost.
    QAbstractItemModel *domains = workspace.domains();
    Q_EMIT domains->dataChanged(domains->index(0, 0), domains->index(0, 0));
    QTest::qWait(50);
    QVERIFY(list->item(0)->isSelected());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, tile);
    ConsoleWindow *console = nullptr;
    QTRY_VERIFY((console = wall.findChild<ConsoleWindow *>()));
    QVERIFY(console->isVisible());
    QVERIFY(console->windowTitle().contains(u"Web"_s));
    QVERIFY(console->view()->session());
    QTRY_COMPARE(console->view()->session()->state(), ConsoleSession::State::Disconnected);
    QVERIFY(!console->view()->isShowingFrame());
    QVERIFY(!console->view()->stateText().isEmpty());
    cm->shutdown();
}

// Issue 21: the Console tab beside the details follows the current VM and connects only while
// it is shown; Open Console opens a window of its own.
void TestDomainViews::mainWindowConsoleTabAndWindow() {
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.name = u"details-test"_s;
    c.transient = true;
    workspace.connections()->addConnection(c, true);
    MainWindow window(&workspace);
    window.resize(1400, 800);
    window.show();
    QTRY_COMPARE(workspace.domains()->rowCount(), 2);
    auto *tabs = window.findChild<QTabWidget *>(u"detailsTabs"_s);
    QVERIFY(tabs);
    ConsolePane *pane = window.consolePane();
    QTableView *view = window.domainView();
    view->setCurrentIndex(view->model()->index(0, 0)); // db, shut off
    QVERIFY(!pane->view()->session());                 // a hidden tab holds no session
    tabs->setCurrentWidget(pane);
    QVERIFY(pane->view()->session());
    QTRY_COMPARE(pane->view()->stateText(), u"The VM is not running."_s);
    shot(&window, u"console-tab-vm-off"_s);
    view->setCurrentIndex(view->model()->index(1, 0)); // web: the test driver opens no display
    QTRY_VERIFY(pane->view()->stateText() != u"The VM is not running."_s &&
                pane->view()->session()->state() == ConsoleSession::State::Disconnected);
    tabs->setCurrentIndex(0);
    QVERIFY(!pane->view()->session());

    window.openConsoleAction()->trigger();
    ConsoleWindow *console = window.findChild<ConsoleWindow *>();
    QVERIFY(console);
    QVERIFY(console->windowTitle().startsWith(u"web"_s));
    window.openConsoleAction()->trigger(); // several at once
    QCOMPARE(window.findChildren<ConsoleWindow *>().size(), 2);
    workspace.connections()->shutdown();
}

void TestDomainViews::xmlEditorDiffAndValidation() {
    Host h;
    XmlEditorDialog dlg(&h.cm, h.id, XmlObjectKind::Domain, kDb, u"db"_s);
    dlg.show();
    QSignalSpy loaded(dlg.service(), &XmlDefinitionService::loaded);
    QSignalSpy applied(dlg.service(), &XmlDefinitionService::applied);
    QVERIFY(loaded.wait(10000));
    QVERIFY(dlg.editor()->toPlainText().contains(u"<name>db</name>"_s));
    QVERIFY(!dlg.reviewChanges()); // nothing changed
    shot(&dlg, u"xml-editor"_s);

    QString text = dlg.editor()->toPlainText();
    text.replace(u"<devices>"_s, u"<devices>\n    <frobnicator/>"_s);
    dlg.editor()->setPlainText(text);
    QVERIFY(dlg.reviewChanges());
    const QString diff = dlg.findChild<QPlainTextEdit *>(u"xmlDiff"_s)->toPlainText();
    QVERIFY2(diff.contains(u"+    <frobnicator/>"_s), qPrintable(diff));
    QVERIFY(diff.startsWith(u"@@"_s));
    shot(&dlg, u"xml-diff"_s);
    dlg.applyChanges();
    QVERIFY(applied.wait(10000));
    QVERIFY(!applied.at(0).at(0).toBool());
    QVERIFY2(dlg.message().contains(u"did not accept"_s), qPrintable(dlg.message()));
    QCOMPARE(dlg.editor()->toPlainText(), text); // the user's text is kept
    shot(&dlg, u"xml-error"_s);

    text.replace(u"\n    <frobnicator/>"_s, QString());
    text.replace(u"<on_crash>destroy</on_crash>"_s, u"<on_crash>restart</on_crash>"_s);
    dlg.editor()->setPlainText(text);
    QVERIFY(dlg.reviewChanges());
    dlg.applyChanges();
    QVERIFY(applied.wait(10000));
    QVERIFY(applied.at(1).at(0).toBool());
    QVERIFY(dlg.original().contains(u"<on_crash>restart</on_crash>"_s));
    QCOMPARE(dlg.message(), u"Definition stored."_s);
}

// Closing with unsaved edits asks; Cancel keeps the dialog, Discard closes it.
void TestDomainViews::xmlEditorAsksBeforeDiscarding() {
    Host h;
    XmlEditorDialog dlg(&h.cm, h.id, XmlObjectKind::Domain, kDb, u"db"_s);
    dlg.show();
    QSignalSpy loaded(dlg.service(), &XmlDefinitionService::loaded);
    QVERIFY(loaded.wait(10000));
    dlg.editor()->appendPlainText(u"<!-- edited -->"_s);
    QVERIFY(dlg.hasUnsavedEdits());

    auto answer = [](QMessageBox::StandardButton button, bool *asked) {
        QTimer::singleShot(0, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            *asked = box && box->objectName() == u"unsavedEdits"_s;
            if (box)
                box->button(button)->click();
        });
    };
    bool asked = false;
    answer(QMessageBox::Cancel, &asked);
    dlg.close();
    QVERIFY(asked);
    QVERIFY(dlg.isVisible());
    QVERIFY(dlg.editor()->toPlainText().contains(u"edited"_s));

    asked = false;
    answer(QMessageBox::Discard, &asked);
    dlg.reject(); // Esc and the Close button
    QVERIFY(asked);
    QVERIFY(!dlg.isVisible());
}

void TestDomainViews::snapshotsTree() {
    Host h;
    SnapshotService maker(&h.cm, h.id, kDb);
    QSignalSpy made(&maker, &SnapshotService::finished);
    maker.create(u"installed"_s, u"clean install"_s, false);
    maker.create(u"configured"_s, u"web stack set up"_s, false);
    QTRY_COMPARE(made.size(), 2);

    SnapshotsDialog dlg(&h.cm, h.id, kDb, u"db"_s, DomainState::Shutoff);
    dlg.show();
    QSignalSpy listed(dlg.service(), &SnapshotService::listed);
    QVERIFY(listed.wait(10000));
    QTreeWidget *tree = dlg.tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), u"installed"_s);
    QCOMPARE(root->childCount(), 1);
    QCOMPARE(root->child(0)->text(0), u"configured (current)"_s);
    QCOMPARE(root->text(4), u"clean install"_s);
    QVERIFY(dlg.revertQuestion(u"installed"_s).contains(u"lost"_s));
    QVERIFY(dlg.deleteQuestion(u"installed"_s, 1).contains(u"1 later snapshot"_s));
    root->setSelected(true);
    shot(&dlg, u"snapshots"_s);
}

void TestDomainViews::cloneDialog() {
    CloneDialog dlg(u"db"_s, 1);
    dlg.show();
    QCOMPARE(dlg.cloneName(), u"db-clone"_s);
    QCOMPARE(dlg.mode(), CloneMode::Full);
    shot(&dlg, u"clone"_s);
}

void TestDomainViews::mainWindowDockFollowsCurrentRow() {
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.name = u"details-test"_s;
    c.transient = true;
    const QString id = workspace.connections()->addConnection(c, true);
    MainWindow window(&workspace);
    window.resize(1400, 800);
    window.show();
    QTRY_COMPARE(workspace.domains()->rowCount(), 2);
    QSignalSpy shown(window.overviewWidget(), &DomainOverviewWidget::detailsShown);
    QTableView *view = window.domainView();
    view->setCurrentIndex(view->model()->index(1, 0)); // sorted by name: db, web
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.overviewWidget()->connectionId(), id);
    QCOMPARE(window.overviewWidget()->uuid(), kWeb);
    QTest::qWait(300);
    shot(&window, u"main-window-details"_s);
    workspace.connections()->shutdown();
}

void TestDomainViews::newVmWizardOnHostWithoutCapabilities() {
    // The test driver has no domain capabilities: the wizard says so and cannot go on.
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.name = u"details-test"_s;
    const QString id = workspace.connections()->addConnection(c, true);
    QTRY_COMPARE(workspace.hosts()->rowCount(), 1);
    QTRY_COMPARE(workspace.hosts()->rowAt(0).state, ConnectionState::Connected);
    NewVmWizard wizard(workspace.connections(), workspace.hosts());
    wizard.show();
    QCOMPARE(wizard.connectionId(), id);
    QTRY_VERIFY(wizard.choicesLoaded());
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(wizard.currentPage()->findChildren<QLabel *>().size() > 0);
    bool said = false;
    for (auto *l : wizard.currentPage()->findChildren<QLabel *>())
        said |= l->text().contains(u"cannot create VMs"_s);
    QVERIFY(said);
    shot(&wizard, u"new-vm-no-caps"_s);
    workspace.connections()->shutdown();
}

QTEST_MAIN(TestDomainViews)
#include "tst_domainviews.moc"
