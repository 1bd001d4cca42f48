// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen smoke test of the window on the demo hosts, driven as a user would.
#include "connectiondialog.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/preferences.h"
#include "credentialdialog.h"
#include "domains/domaintablemodel.h"
#include "labs/labstore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "scheduler/jobstore.h"
#include "serialconsolewindow.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(u"virtdeck-test"_s); }
    void opensOnDemoHostsPopulated();
    void filterAndActOnSelection();
    void dialogsRender();
    void bareHostGetsTheDefaultPoolOffered();
    void statusBarShowsCallsWaitingOnAVm();
    void serialConsoleFromTheVmMenu();
};

void TestMainWindow::opensOnDemoHostsPopulated() {
    Workspace workspace;
    MainWindow w(&workspace);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!workspace.openDemoHosts().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(w.domainView()->model()->rowCount() >= 20, 10000);
    QTRY_COMPARE(w.hostView()->model()->rowCount(), 3);
    // Every host reports connected in the table.
    for (int r = 0; r < 3; ++r)
        QTRY_COMPARE(w.hostView()->model()->index(r, 1).data().toString(), u"Connected"_s);
    // Nothing selected: lifecycle actions are disabled.
    QVERIFY(!w.action(DomainAction::Start)->isEnabled());
    QTRY_COMPARE(w.activityLog()->topLevelItemCount(), 3);
}

void TestMainWindow::filterAndActOnSelection() {
    Workspace workspace;
    MainWindow w(&workspace);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    workspace.openDemoHosts();
    QTableView *view = w.domainView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 20, 10000);

    auto *filter = w.findChild<QLineEdit *>(u"vmFilter"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"linux101-dave"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    QCOMPARE(view->model()->index(0, DomainTableModel::State).data().toString(), u"Shut off"_s);
    QVERIFY(w.action(DomainAction::Start)->isEnabled());
    QVERIFY(!w.action(DomainAction::Pause)->isEnabled());

    w.action(DomainAction::Start)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, DomainTableModel::State).data().toString(),
                              u"Running"_s, 10000);
    // The selection follows the state: now it can be paused, not started.
    QTRY_VERIFY(w.action(DomainAction::Pause)->isEnabled());
    QVERIFY(!w.action(DomainAction::Start)->isEnabled());
    w.action(DomainAction::Pause)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, DomainTableModel::State).data().toString(),
                              u"Paused"_s, 10000);
    // Each outcome lands in the activity log.
    QTRY_VERIFY(w.activityLog()->topLevelItemCount() >= 5);
}

void TestMainWindow::dialogsRender() {
    // The connection dialog shows the fields of the chosen kind and refuses what cannot open.
    ConnectionDialog dlg;
    ConnectionConfig c;
    c.kind = ConnectionConfig::Kind::RemoteSsh;
    c.user = u"root"_s;
    c.host = u"hv1.example.org"_s;
    c.port = 2222;
    dlg.setConfig(c);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QCOMPARE(dlg.config().uri(), u"qemu+ssh://root@hv1.example.org:2222/system"_s);
    const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dlg.grab().save(dir + u"/connection-dialog.png"_s);
    c.host.clear();
    dlg.setConfig(c);
    dlg.accept();
    QVERIFY(dlg.isVisible()); // refused: no host
    QCOMPARE(dlg.result(), 0);
    auto *error = dlg.findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error && error->isVisible());
    if (!dir.isEmpty())
        dlg.grab().save(dir + u"/connection-dialog-error.png"_s);

    CredentialRequest req;
    req.uri = u"qemu+libssh://admin@hv2/system"_s;
    req.prompts = {{CredentialPrompt::Kind::Username, u"Username:"_s, {}, u"admin"_s},
                   {CredentialPrompt::Kind::Password, u"Password for admin@hv2:"_s, {}, {}}};
    CredentialDialog cred(req);
    cred.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cred));
    auto fields = cred.findChildren<QLineEdit *>();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(1)->echoMode(), QLineEdit::Password);
    QTest::keyClicks(fields.at(1), u"s3cret"_s);
    QCOMPARE(cred.answers(), (QStringList{u"admin"_s, u"s3cret"_s}));
    if (!dir.isEmpty())
        cred.grab().save(dir + u"/credential-dialog.png"_s);

    Workspace workspace;
    PreferencesDialog prefs(workspace.preferences(), workspace.connections());
    prefs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&prefs));
    if (!dir.isEmpty())
        prefs.grab().save(dir + u"/preferences-dialog.png"_s);
    auto *interval = prefs.findChild<QSpinBox *>();
    QVERIFY(interval);
    interval->setValue(5);
    // The team's database: kept as typed, and what every store is opened on from now.
    auto *shared = prefs.findChild<QLineEdit *>(u"sharedDatabase"_s);
    QVERIFY(shared);
    QVERIFY(shared->text().isEmpty());
    shared->setText(u" postgresql://anna@db.school.example/virtdeck "_s);
    prefs.accept();
    QCOMPARE(workspace.preferences()->values().statsIntervalSeconds, 5);
    QCOMPARE(workspace.preferences()->values().sharedDatabase,
             u"postgresql://anna@db.school.example/virtdeck"_s);
    QCOMPARE(JobStore::defaultPath(), u"postgresql://anna@db.school.example/virtdeck"_s);
    QCOMPARE(LabStore::defaultPath(), u"postgresql://anna@db.school.example/virtdeck"_s);
    Preferences::Values back = workspace.preferences()->values();
    back.sharedDatabase.clear();
    workspace.preferences()->setValues(back);
    QVERIFY(JobStore::defaultPath().endsWith(u"/virtdeck/scheduler.sqlite"_s));
}

// A host with no storage pool: the window asks once, and "Create Pool" makes the usual one.
// Issue 19.2: a call that waits on one VM for more than 2 s is named in the status bar, with its
// host and how long it has waited; it goes when the call ends.
void TestMainWindow::statusBarShowsCallsWaitingOnAVm() {
    Workspace workspace;
    auto *cm = workspace.connections();
    ConnectionConfig config =
        ConnectionConfig::fromUri(u"test://" VIRTDECK_TEST_DATA "/details-node.xml"_s);
    config.name = u"lab-host"_s;
    config.transient = true;
    const QString id = cm->addConnection(config, true);
    QTRY_COMPARE(cm->state(id), ConnectionState::Connected);
    MainWindow w(&workspace);
    w.show();
    auto *label = w.findChild<QLabel *>(u"waitingStatus"_s);
    QVERIFY(label);
    QVERIFY(label->isHidden());
    QSemaphore gate;
    cm->connection(id)->post(nullptr, Lane::domain(u"11111111-2222-3333-4444-000000000001"_s),
                             u"screenshot"_s, [&](_virConnect *) { gate.acquire(); });
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 5000);
    QVERIFY2(label->text().startsWith(u"Waiting for libvirt on lab-host: screenshot of web ("_s),
             qPrintable(label->text()));
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(label->isHidden(), 3000);
    cm->shutdown();
}

void TestMainWindow::bareHostGetsTheDefaultPoolOffered() {
    Workspace workspace;
    MainWindow w(&workspace);
    w.show();
    auto *cm = workspace.connections();
    const QString uri = u"test://"_s + QStringLiteral(VIRTDECK_TEST_DATA) + u"/bare-node.xml"_s;
    const QString id = cm->addConnection(ConnectionConfig::fromUri(uri), true);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(u"defaultPoolOffer"_s)));
    QVERIFY2(box->text().contains(u"/var/lib/libvirt/images"_s), qPrintable(box->text()));
    auto *pools = workspace.storage()->pools();
    QCOMPARE(pools->rowCount(), 0);
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    QTRY_COMPARE(pools->rowCount(), 1);
    QCOMPARE(pools->index(0, 0).data().toString(), u"default"_s);
    // Asked once: listing the pools again (now one, or none after a removal) asks nothing new.
    workspace.storage()->refresh();
    QTest::qWait(200);
    QVERIFY(!w.findChild<QMessageBox *>(u"defaultPoolOffer"_s));
    cm->removeConnection(id);
}

// The VM menu's "Serial Console" opens a window of its own on that VM, which says why a VM
// that is off shows no console yet.
void TestMainWindow::serialConsoleFromTheVmMenu() {
    Workspace workspace;
    MainWindow w(&workspace);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    workspace.openDemoHosts();
    QTableView *view = w.domainView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 20, 10000);
    auto *filter = w.findChild<QLineEdit *>(u"vmFilter"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"linux101-dave"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    bool triggered = false;
    QTimer::singleShot(0, &w, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QAction *a : menu ? menu->actions() : QList<QAction *>())
            if (a->text() == u"&Serial Console"_s) {
                triggered = true;
                a->trigger();
            }
        if (menu)
            menu->close();
    });
    const QRect row = view->visualRect(view->model()->index(0, 0));
    Q_EMIT view->customContextMenuRequested(row.center());
    QVERIFY(triggered);
    SerialConsoleWindow *console = nullptr;
    QTRY_VERIFY((console = [] {
        for (QWidget *t : QApplication::topLevelWidgets())
            if (auto *c = qobject_cast<SerialConsoleWindow *>(t); c && c->isVisible())
                return c;
        return static_cast<SerialConsoleWindow *>(nullptr);
    }()));
    QVERIFY2(console->windowTitle().contains(u"linux101-dave"_s),
             qPrintable(console->windowTitle()));
    // linux101-dave is shut off in the demo.
    QTRY_VERIFY_WITH_TIMEOUT(console->statusText().contains(u"The VM is off"_s), 10000);
    console->close(); // deletes itself, and ends its session's thread
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
