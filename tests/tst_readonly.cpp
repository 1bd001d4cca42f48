// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only connections (VIR_CONNECT_RO) on libvirt's test driver: libvirt refuses every write
// made through the model path with a clear message, reads keep working, and the window offers
// no write action for a VM on such a host.
#include "connectiondialog.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domainoverviewwidget.h"
#include "domains/domaintablemodel.h"
#include "domains/libvirt/domainservice.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/details-node.xml"_s;
const QString kWeb = u"11111111-2222-3333-4444-000000000001"_s; // running
const QString kDb = u"11111111-2222-3333-4444-000000000002"_s;  // shut off

ConnectionConfig nodeConfig(bool readOnly) {
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.readOnly = readOnly;
    return c;
}

ActionResult act(ConnectionManager &cm, const QString &id, const QString &uuid, DomainAction a) {
    QSignalSpy spy(&cm, &ConnectionManager::actionFinished);
    cm.runAction({{id, uuid}}, a);
    if (!QTest::qWaitFor([&] { return spy.size() >= 1; }, 10000))
        return {};
    return spy.at(0).at(0).value<ActionResult>();
}
} // namespace

class TestReadOnly : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(u"virtdeck-test"_s); }

    void settingsAndDialogKeepTheFlag() {
        QSettings s(QDir::temp().filePath(u"virtdeck-readonly-test.conf"_s), QSettings::IniFormat);
        s.clear();
        ConnectionConfig a = nodeConfig(true);
        ConnectionConfig b = nodeConfig(false);
        saveConnectionConfigs(s, {a, b});
        const auto loaded = loadConnectionConfigs(s);
        QCOMPARE(loaded.size(), 2);
        QVERIFY(loaded.at(0).readOnly);
        QVERIFY(!loaded.at(1).readOnly);
        QFile::remove(s.fileName());

        ConnectionDialog dlg;
        dlg.setConfig(a);
        auto *box = dlg.findChild<QCheckBox *>(u"readOnly"_s);
        QVERIFY(box);
        QVERIFY(box->isChecked());
        box->setChecked(false);
        QVERIFY(!dlg.config().readOnly);
        box->setChecked(true);
        QVERIFY(dlg.config().readOnly);
    }

    void libvirtRefusesWritesThroughTheModelPath_data() {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-only") << true;
        QTest::newRow("read-write") << false; // the control: the same calls succeed
    }
    void libvirtRefusesWritesThroughTheModelPath() {
        QFETCH(bool, readOnly);
        ConnectionManager cm;
        QSignalSpy listed(&cm, &ConnectionManager::domainsListed);
        const QString id = cm.addConnection(nodeConfig(readOnly), true);
        QTRY_COMPARE_WITH_TIMEOUT(cm.state(id), ConnectionState::Connected, 10000);
        QVERIFY(cm.connection(id)->isReadOnly() == readOnly);
        // Reading works either way.
        QTRY_VERIFY(listed.size() >= 1);
        QCOMPARE(listed.last().at(1).value<QList<DomainInfo>>().size(), 2);

        const ActionResult off = act(cm, id, kWeb, DomainAction::ForceOff);
        QCOMPARE(off.uuid, kWeb);
        QCOMPARE(off.ok, !readOnly);
        if (readOnly)
            QVERIFY2(off.message.contains(u"read only"_s) || off.message.contains(u"read-only"_s),
                     qPrintable(off.message));
        const ActionResult start = act(cm, id, kDb, DomainAction::Start);
        QCOMPARE(start.ok, !readOnly);

        DomainService service(&cm, id);
        QSignalSpy details(&service, &DomainService::detailsReady);
        service.fetchDetails(kWeb);
        QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, 10000);
        const auto d = details.at(0).at(0).value<DomainDetails>();
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.name, u"web"_s);

        QSignalSpy edited(&service, &DomainService::editFinished);
        DomainEdit e;
        e.title = u"changed"_s;
        service.applyEdit(kWeb, e);
        QTRY_COMPARE_WITH_TIMEOUT(edited.size(), 1, 10000);
        const auto r = edited.at(0).at(0).value<DomainEditResult>();
        QCOMPARE(r.ok(), !readOnly);
        // The connection stays up after refused writes.
        QCOMPARE(cm.state(id), ConnectionState::Connected);
        cm.shutdown();
    }

    void windowOffersNoWrites() {
        Workspace workspace;
        MainWindow w(&workspace);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString id = workspace.connections()->addConnection(nodeConfig(true), true);
        QTableView *view = w.domainView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);

        auto selectVm = [&](const QString &name) {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, DomainTableModel::Name).data().toString() == name) {
                    view->selectRow(r);
                    return true;
                }
            return false;
        };
        const QList<DomainAction> writes = {DomainAction::Start,  DomainAction::Shutdown,
                                            DomainAction::Reboot, DomainAction::ForceOff,
                                            DomainAction::Pause,  DomainAction::Resume,
                                            DomainAction::Delete};
        for (const QString &name : {u"db"_s, u"web"_s}) {
            QVERIFY(selectVm(name));
            for (DomainAction a : writes)
                QVERIFY2(!w.action(a)->isEnabled(), qPrintable(domainActionText(a)));
        }
        // The details pane shows the VM but its settings cannot be edited.
        auto *overview = w.findChild<DomainOverviewWidget *>();
        QVERIFY(overview);
        QTRY_COMPARE_WITH_TIMEOUT(overview->details().name, u"web"_s, 10000);
        QVERIFY(overview->vcpuEdit()->isReadOnly());
        QVERIFY(overview->memoryEdit()->isReadOnly());
        QVERIFY(!overview->autostartEdit()->isEnabled());

        // The same host made writable offers the actions again (so the check above can fail).
        ConnectionConfig c = workspace.connections()->config(id);
        c.readOnly = false;
        workspace.connections()->updateConnection(c);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connections()->state(id), ConnectionState::Connected,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
        QVERIFY(selectVm(u"db"_s));
        QTRY_VERIFY(w.action(DomainAction::Start)->isEnabled());
        QVERIFY(w.action(DomainAction::Delete)->isEnabled());
    }
};

QTEST_MAIN(TestReadOnly)
#include "tst_readonly.moc"
