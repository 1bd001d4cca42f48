// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded VNC console against the real libvirtd (VIRTDECK_QEMU_URI) and over qemu+ssh
// (VIRTDECK_SSH_URI), through the ConsoleView a user sees: a diskless VM sits in SeaBIOS, whose
// VGA text must show in the session's frame (pixels, not just "connected"); Escape typed into
// the view opens SeaBIOS's boot menu (the frame changes: the key reached the guest); destroy
// shows the "not running" page, start and the view reconnects by itself. Every VM is destroyed
// and undefined by a guard, also on failure. With VIRTDECK_SHOT_DIR set the views are saved as
// PNGs (the console, the fullscreen toolbar, the VM-off page). A known-hosts file holding
// another key for the host (an earlier sshd on that port) must not cut the tunnel of a
// no_verify URI: ssh then refuses forwardings, though libvirt's own connection works.
#include "console/keysym.h"
#include "console/libvirt/graphicsconnector.h"
#include "console/vncsession.h"
#include "consoledisplay.h"
#include "consoleview.h"
#include "core/libvirt/handles.h"
#include "framepixels.h"
#include "quietplatform.h"
#include "testguest.h"

#include <QDir>
#include <QFile>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUrl>
#include <QUuid>

#include <libvirt/libvirt.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

QString vmXml(const QString &name) {
    // A long boot-menu timeout: SeaBIOS waits for Escape on a screen that does not change.
    return uR"(<domain type='qemu'><name>%1</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='pc'>hvm</type><bootmenu enable='yes' timeout='30000'/></os>
<devices><graphics type='vnc' autoport='yes' listen='127.0.0.1'/>
<video><model type='vga'/></video></devices></domain>)"_s.arg(name);
}

void shot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("VIRTDECK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace

class TestIntegrationVncConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { quietplatform::dropOffscreenNoise(); }
    void local() { run(qEnvironmentVariable("VIRTDECK_QEMU_URI"), u"VIRTDECK_QEMU_URI"_s); }
    void overSsh() { run(qEnvironmentVariable("VIRTDECK_SSH_URI"), u"VIRTDECK_SSH_URI"_s); }
    void overSshWithStaleHostKey();

private:
    enum class Depth { Picture, Everything };
    void run(const QString &uri, const QString &variable, Depth depth = Depth::Everything);
};

void TestIntegrationVncConsole::overSshWithStaleHostKey() {
    const QString uri = qEnvironmentVariable("VIRTDECK_SSH_URI");
    if (uri.isEmpty() || !uri.contains(u"no_verify=1"_s))
        QSKIP("VIRTDECK_SSH_URI (with no_verify=1) is not set (source tools/itest-env.sh)");
    QTemporaryDir dir;
    QFile known(dir.filePath(u"known_hosts"_s));
    QVERIFY(known.open(QIODevice::WriteOnly));
    const QUrl url(uri);
    // Some other host's ed25519 key, filed under this host and port.
    known.write(u"[%1]:%2 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJz6CEXZpEoXMMrNuPlrgHIKIR0y"
                "PSvpqr3qoz3mRv21\n"_s.arg(url.host())
                    .arg(url.port(22))
                    .toUtf8());
    known.close();
    run(uri + u"&known_hosts="_s + known.fileName(), u"VIRTDECK_SSH_URI"_s, Depth::Picture);
}

void TestIntegrationVncConsole::run(const QString &uri, const QString &variable, Depth depth) {
    const QString local = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (uri.isEmpty() || local.isEmpty())
        QSKIP(qPrintable(variable + u" is not set (source tools/itest-env.sh)"_s));
    // The VM is defined through the local daemon; the session reaches it through `uri`.
    lv::ConnectPtr admin(virConnectOpen(local.toUtf8().constData()));
    QVERIFY(admin);
    std::shared_ptr<_virConnect> conn(virConnectOpen(uri.toUtf8().constData()),
                                      lv::ConnectDeleter{});
    QVERIFY2(conn, qPrintable(lv::lastError()));
    const QString name = u"vd-vnc-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    testguest::Guard guard(local, name); // destroys and undefines it whatever happens
    lv::DomainPtr dom(virDomainDefineXML(admin.get(), vmXml(name).toUtf8().constData()));
    QVERIFY2(dom, qPrintable(lv::lastError()));
    QCOMPARE(virDomainCreate(dom.get()), 0);

    ConsoleView view;
    view.resize(760, 480);
    view.show();
    view.setSession(new VncSession(GraphicsConnector::make(conn, uri, name)));
    ConsoleSession *session = view.session();
    // What a failure says: the session's state and reason, and what its frame holds.
    const auto why = [session] {
        return framepixels::describe(session);
    };
    // SeaBIOS's text ("Press ESC for boot menu") shows.
    QTRY_VERIFY2_WITH_TIMEOUT(framepixels::lit(session->frame()) > 200, why(), 20000);
    QVERIFY(view.isShowingFrame());
    if (depth == Depth::Picture)
        return;
    QTest::qWait(1500); // let the text settle
    const QImage before = session->frame();
    QTest::mouseClick(view.display(), Qt::LeftButton); // grabs the keyboard
    QVERIFY(view.display()->isGrabbed());
    QTest::keyClick(view.display(), Qt::Key_Escape);
    QTRY_VERIFY2_WITH_TIMEOUT(framepixels::differing(before, session->frame()) > 200, why(), 10000);
    shot(&view, u"console-seabios-"_s + variable.section(u'_', 1, 1).toLower());

    if (variable == "VIRTDECK_QEMU_URI"_L1) {
        view.setFullScreenConsole(true);
        const QPointF top(view.display()->width() / 2, 1);
        QMouseEvent move(QEvent::MouseMove, top, view.display()->mapToGlobal(top), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.display(), &move);
        QTRY_COMPARE(view.toolBar()->y(), 0); // slid in at the top edge
        shot(&view, u"console-fullscreen-toolbar"_s);
        view.setFullScreenConsole(false);
    }

    // Destroy + start: the view says the VM is off, then comes back by itself, with text.
    QCOMPARE(virDomainDestroy(dom.get()), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isShowingFrame(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(view.stateText(), u"The VM is not running."_s, 5000);
    shot(&view, u"console-vm-off"_s);
    QCOMPARE(virDomainCreate(dom.get()), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(view.isShowingFrame(), why(), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(framepixels::lit(session->frame()) > 200, why(), 20000);
    view.setSession(nullptr);
}

QTEST_MAIN(TestIntegrationVncConsole)
#include "tst_integration_vncconsole.moc"
