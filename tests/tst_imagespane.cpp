// SPDX-License-Identifier: GPL-3.0-or-later
// The Images page on a test-driver host: rows, filters, actions enabled by the selection,
// template marking from the UI, and a picture of the page for review.
#include "core/connectionmanager.h"
#include "core/libvirt/handles.h"
#include "imagespane.h"
#include "mainwindow.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "storage/volumetablemodel.h"
#include "transferdialog.h"
#include "volumedialog.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;

const QString kShared = u"test:///default"_s; // one driver for every connection of the process

// Makes a volume through a connection of its own, as another client would.
bool createBehindTheBack(virConnectPtr conn, const char *name) {
    const lv::PoolPtr pool(virStoragePoolLookupByName(conn, "default-pool"));
    const QByteArray xml = "<volume><name>" + QByteArray(name) +
                           "</name><capacity>65536</capacity>"
                           "<target><format type='raw'/></target></volume>";
    return pool && lv::VolumePtr(virStorageVolCreateXML(pool.get(), xml.constData(), 0));
}

void deleteBehindTheBack(virConnectPtr conn, const char *name) {
    const lv::PoolPtr pool(virStoragePoolLookupByName(conn, "default-pool"));
    if (!pool)
        return;
    if (const lv::VolumePtr v{virStorageVolLookupByName(pool.get(), name)})
        virStorageVolDelete(v.get(), 0);
    virResetLastError();
}

// Whether the page's volume table lists `name` (on any pool).
bool lists(QAbstractItemModel *m, const QString &name) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, VolumeTableModel::Name).data().toString() == name)
            return true;
    return false;
}

QAction *actionNamed(QToolBar *bar, const QString &text) {
    for (QAction *a : bar->actions())
        if (a->text().remove(u'&') == text)
            return a;
    return nullptr;
}
} // namespace

class TestImagesPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsVolumesAndActsOnSelection();
    void dialogs();
    void followsChangesWithoutRefresh();
};

void TestImagesPane::showsVolumesAndActsOnSelection() {
    QSettings().remove(u"storage/templates"_s); // a clean slate even after a failed run
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1400, 800);
    QVERIFY(window.showPage(u"images"_s));
    QVERIFY(!window.showPage(u"nope"_s));
    QCOMPARE(window.pages()->currentWidget(), window.imagesPane()->parentWidget());
    window.show();
    auto *cm = workspace.connections();
    const QString id = cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    QTRY_COMPARE(cm->state(id), ConnectionState::Connected);
    QTRY_VERIFY(!workspace.storage()->isLoading());

    ImagesPane *pane = window.imagesPane();
    QTableView *view = pane->volumeView();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QCOMPARE(pane->poolView()->model()->rowCount(), 1);
    // Sorted by name; "used by" shows the VMs.
    QCOMPARE(view->model()->index(0, VolumeTableModel::Name).data().toString(), u"alpha.qcow2"_s);
    QCOMPARE(view->model()->index(0, VolumeTableModel::UsedBy).data().toString(), u"alpha"_s);

    QAction *download = actionNamed(pane->toolBar(), u"Download…"_s);
    QAction *del = actionNamed(pane->toolBar(), u"Delete…"_s);
    QAction *tmpl = actionNamed(pane->toolBar(), u"Template"_s);
    QVERIFY(download && del && tmpl);
    QVERIFY(!download->isEnabled());
    QVERIFY(!del->isEnabled());
    view->selectRow(0);
    QVERIFY(download->isEnabled());
    QVERIFY(del->isEnabled());
    QVERIFY(!tmpl->isChecked());
    // Two rows: delete yes, single-volume actions no.
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(del->isEnabled());
    QVERIFY(!download->isEnabled());

    view->selectRow(0);
    tmpl->trigger();
    const QString path = view->model()->index(0, 0).data(VolumeTableModel::PathRole).toString();
    QVERIFY(workspace.storage()->isTemplate(id, path));
    QCOMPARE(view->model()->index(0, VolumeTableModel::Template).data().toString(), u"Template"_s);
    QVERIFY(tmpl->isChecked());

    pane->setFilterText(u"gamma"_s); // a VM's name finds its disk
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"gamma.img"_s);
    pane->setFilterText({});

    const QString shot = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (!shot.isEmpty())
        QVERIFY(window.grab().save(shot + u"/images-page.png"_s));
    view->selectRow(0);
    QVERIFY(tmpl->isChecked());
    tmpl->trigger(); // leave no template behind in the settings
    QVERIFY(!workspace.storage()->isTemplate(id, path));
}

void TestImagesPane::dialogs() {
    Workspace workspace;
    auto *cm = workspace.connections();
    ConnectionConfig c = ConnectionConfig::fromUri(kNode);
    c.name = u"node"_s;
    const QString id = cm->addConnection(c, true);
    QTRY_COMPARE(cm->state(id), ConnectionState::Connected);
    QTRY_VERIFY(!workspace.storage()->isLoading());
    const QString shots = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");

    VolumeDialog dlg(VolumeDialog::Mode::Create, workspace.storage()->pools());
    dlg.show();
    QCOMPARE(dlg.connectionId(), id);
    QCOMPARE(dlg.pool(), u"testpool"_s);
    QCOMPARE(dlg.format(), u"qcow2"_s);
    QCOMPARE(dlg.capacityBytes(), quint64(20) << 30);
    auto *ok = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dlg.setName(u"a/b"_s);
    QVERIFY(!ok->isEnabled());
    dlg.setName(u"web.qcow2"_s);
    QVERIFY(ok->isEnabled());
    if (!shots.isEmpty())
        QVERIFY(dlg.grab().save(shots + u"/new-volume-dialog.png"_s));

    // The test driver cannot upload: the dialog stays and says why.
    QTemporaryDir tmp;
    QFile f(tmp.filePath(u"x.iso"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1 << 20, 'x'));
    f.close();
    VolumeTransfer *t = workspace.storage()->upload(id, u"testpool"_s, u"x.iso"_s, f.fileName());
    QVERIFY(t);
    TransferDialog td(t, u"node"_s);
    td.show();
    QSignalSpy finished(t, &VolumeTransfer::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(td.isVisible());
    bool saysFailed = false;
    for (const QLabel *l : td.findChildren<QLabel *>())
        saysFailed |= l->text().startsWith(u"Failed: "_s);
    QVERIFY(saysFailed);
    if (!shots.isEmpty())
        QVERIFY(td.grab().save(shots + u"/transfer-dialog-failed.png"_s));
    // Nothing of the failed upload is left in the pool.
    QTRY_VERIFY(!workspace.storage()->isLoading());
    QCOMPARE(workspace.storage()->volumes()->rowOf(id, u"testpool"_s, u"x.iso"_s), -1);
}

// Issue 19 item 3: the page follows the app's own changes (its services, a restore), libvirt's
// pool events, and F5 re-reads every pool; a volume made behind the app's back with no event
// shows after F5 only (libvirt says nothing about it).
void TestImagesPane::followsChangesWithoutRefresh() {
    const lv::ConnectPtr other(virConnectOpen(kShared.toUtf8().constData()));
    QVERIFY(other);
    struct Cleanup {
        virConnectPtr c;
        ~Cleanup() {
            for (const char *n : {"own.img", "evented.img", "quiet.img", "restored-vda.raw"})
                deleteBehindTheBack(c, n);
            if (const lv::DomainPtr d{virDomainLookupByName(c, "restored")})
                virDomainUndefine(d.get());
            virResetLastError();
        }
    } cleanup{other.get()};
    Workspace workspace;
    MainWindow window(&workspace);
    QVERIFY(window.showPage(u"images"_s));
    auto *cm = workspace.connections();
    const QString id = cm->addConnection(ConnectionConfig::fromUri(kShared), true);
    QTRY_COMPARE(cm->state(id), ConnectionState::Connected);
    QTRY_VERIFY(!workspace.storage()->isLoading());
    QAbstractItemModel *page = window.imagesPane()->volumeView()->model();
    QAbstractItemModelTester tester(page, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!lists(page, u"own.img"_s));

    // The app's own volume service.
    workspace.storage()->createVolume(id, u"default-pool"_s, u"own.img"_s, u"raw"_s, 65536);
    QTRY_VERIFY(lists(page, u"own.img"_s));
    workspace.storage()->deleteVolume(id, u"default-pool"_s, u"own.img"_s, false);
    QTRY_VERIFY(!lists(page, u"own.img"_s));

    // A VM made with a new disk on a connection of its own, as a new VM, a clone, a lab and a
    // restore do (the real restore: tst_integration_images; the test driver has no upload).
    QVERIFY(createBehindTheBack(other.get(), "restored-vda.raw"));
    const QByteArray xml = "<domain type='test'><name>restored</name><memory>65536</memory>"
                           "<os><type>hvm</type></os><devices><disk type='file' device='disk'>"
                           "<source file='/default-pool/restored-vda.raw'/><target dev='vda'/>"
                           "</disk></devices></domain>";
    QVERIFY(lv::DomainPtr(virDomainDefineXML(other.get(), xml.constData())));
    QTRY_VERIFY(lists(page, u"restored-vda.raw"_s));
    // …and the VM deleted with its disk.
    deleteBehindTheBack(other.get(), "restored-vda.raw");
    const lv::DomainPtr restored(virDomainLookupByName(other.get(), "restored"));
    QVERIFY(restored && virDomainUndefine(restored.get()) == 0);
    QTRY_VERIFY(!lists(page, u"restored-vda.raw"_s));

    // Another client refreshes the pool: libvirt's pool event brings its new volume.
    QVERIFY(createBehindTheBack(other.get(), "evented.img"));
    const lv::PoolPtr pool(virStoragePoolLookupByName(other.get(), "default-pool"));
    QVERIFY(pool && virStoragePoolRefresh(pool.get(), 0) == 0);
    QTRY_VERIFY(lists(page, u"evented.img"_s));

    // No event at all: F5 (the window's Refresh) finds it.
    QVERIFY(createBehindTheBack(other.get(), "quiet.img"));
    QAction *refresh = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
            refresh = a;
    QVERIFY(refresh);
    QTest::qWait(200);
    QVERIFY(!lists(page, u"quiet.img"_s));
    refresh->trigger();
    QTRY_VERIFY(lists(page, u"quiet.img"_s));
}

QTEST_MAIN(TestImagesPane)
#include "tst_imagespane.moc"
