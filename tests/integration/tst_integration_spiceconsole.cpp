// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded console on the booted test guest (tests/guest/build-guest.sh), through the
// ConsoleView a user sees and the session the app makes (createDisplaySession: the protocol
// follows the VM's display type): SPICE on the real libvirtd (VIRTDECK_QEMU_URI) and over
// qemu+ssh (VIRTDECK_SSH_URI), and VNC on the same Linux guest. Each run
//  - waits for the guest's shell on the serial console;
//  - sees the kernel's text in the frame (pixels, not just "connected"); over SPICE a command
//    typed before the picture came must still reach the guest;
//  - types `echo vd$((6*7))ok >/dev/ttyS0` into the VGA console and reads "vd42ok" on the serial
//    console: the keys reached the guest's shell, Shift-ed symbols included;
//  - types a line as a desktop with a German layout reports it (the key US calls Z says "y"):
//    the key's place reaches the guest, whose US layout prints "vdzyok", not "vdyzok"; then
//    right Ctrl + Alt gives the keyboard back and leaves no Ctrl held in the guest;
//  - destroys the VM (the view says it is off) and starts it: the view reconnects by itself.
// And from the classroom wall, as an instructor reaches a student's screen: a lab whose student
// VM is a running SPICE VM (with a display password) on the real libvirtd; a double-click on its
// tile opens a console window that shows the VM's text and sends it keys.
// Every VM is destroyed and undefined by a guard, also on failure. With VIRTDECK_SHOT_DIR set
// the views are saved as PNGs (after the typing; the wall and its console window).
#include "classroomwall.h"
#include "console/consolesessions.h"
#include "console/keysym.h"
#include "console/libvirt/serialconsolesession.h"
#include "console/spicesession.h"
#include "console/vncsession.h"
#include "consoledisplay.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "core/connectionconfig.h"
#include "core/connectionmanager.h"
#include "core/libvirt/handles.h"
#include "framepixels.h"
#include "labs/lab.h"
#include "quietplatform.h"
#include "testguest.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QListWidget>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

// A key event as X11 and Wayland report it: its native scan code is the evdev code + 8.
void sendNative(QWidget *to, QEvent::Type type, int key, Qt::KeyboardModifiers mods, quint32 evdev,
                const QString &text = {}) {
    QKeyEvent event(type, key, mods, evdev + 8, 0, 0, text);
    QCoreApplication::sendEvent(to, &event);
}

// Types `usText` key by key at the keys' places on a US board, while the events' keys and
// texts are what a German (QWERTZ) layout makes of them: Y and Z trade places.
void typeByPlace(QWidget *to, const QString &usText) {
    const quint32 shift = xtKeyForKeysym(keysym::ShiftL).scancode;
    for (const QChar ch : usText) {
        const bool enter = ch == u'\r';
        const XtKey place = xtKeyForKeysym(enter ? keysym::Return : ch.unicode());
        QVERIFY2(place.scancode, qPrintable(QString(ch)));
        const QChar says = ch == u'z' ? u'y' : ch == u'y' ? u'z' : ch;
        const int key = enter             ? int(Qt::Key_Return)
                        : says.isLetter() ? Qt::Key_A + (says.toUpper().unicode() - u'A')
                                          : says.unicode();
        const Qt::KeyboardModifiers mods = place.shift ? Qt::ShiftModifier : Qt::NoModifier;
        // Evdev codes up to 88 are the XT codes.
        if (place.shift)
            sendNative(to, QEvent::KeyPress, Qt::Key_Shift, mods, shift);
        sendNative(to, QEvent::KeyPress, key, mods, place.scancode, says);
        sendNative(to, QEvent::KeyRelease, key, mods, place.scancode, says);
        if (place.shift)
            sendNative(to, QEvent::KeyRelease, Qt::Key_Shift, {}, shift);
    }
}

} // namespace

class TestIntegrationSpiceConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { quietplatform::dropOffscreenNoise(); }
    void spiceLocal() { run(testguest::Graphics::Spice, u"VIRTDECK_QEMU_URI"_s); }
    void spiceOverSsh() { run(testguest::Graphics::Spice, u"VIRTDECK_SSH_URI"_s); }
    void vncLocal() { run(testguest::Graphics::Vnc, u"VIRTDECK_QEMU_URI"_s); }
    void wallTileOpensTheConsole();

private:
    void run(testguest::Graphics graphics, const QString &variable);
};

void TestIntegrationSpiceConsole::run(testguest::Graphics graphics, const QString &variable) {
    const QString local = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    const QString uri = qEnvironmentVariable(qPrintable(variable));
    if (uri.isEmpty() || local.isEmpty())
        QSKIP(qPrintable(variable + u" is not set (source tools/itest-env.sh)"_s));
    testguest::Files files;
    TESTGUEST_REQUIRE(files);
    const bool spice = graphics == testguest::Graphics::Spice;
    testguest::Options o;
    o.name = (spice ? u"vd-spice-"_s : u"vd-vnclinux-"_s) +
             QUuid::createUuid().toString(QUuid::Id128).left(8);
    o.graphics = graphics;
    o.network = false;
    testguest::Guard guard(local, o.name); // destroys and undefines it whatever happens
    QString err;
    QVERIFY2(testguest::defineAndStart(local, testguest::domainXml(files, o, local), &err),
             qPrintable(err));

    // The serial console: where the guest's shell says it is up, and what the typing printed.
    QByteArray serial;
    SerialConsoleSession console(SerialConsoleSession::openUri(local), o.name);
    connect(&console, &SerialConsoleSession::received, this,
            [&serial](const QByteArray &b) { serial += b; });
    const auto serialTail = [&serial] {
        return serial.right(600);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(serial.contains("guest# "), serialTail(), 90000);

    // The view, as the Console tab makes it, reaching the VM through `uri`.
    std::shared_ptr<_virConnect> conn(virConnectOpen(uri.toUtf8().constData()),
                                      lv::ConnectDeleter{});
    QVERIFY2(conn, qPrintable(lv::lastError()));
    ConsoleView view;
    view.resize(760, 480);
    view.show();
    view.setSession(createDisplaySession(conn, uri, o.name));
    ConsoleSession *session = view.session();
    const auto why = [session] {
        return framepixels::describe(session);
    };
    // The protocol the session chose is the VM's. Keys typed into a SPICE session before its
    // inputs channel is up (before the picture, over ssh a tunnel per channel) wait for it.
    if (spice) {
        QTRY_VERIFY_WITH_TIMEOUT(session->findChild<SpiceSession *>(), 10000);
        for (const QChar ch : u"echo early$((2*3))x >/dev/ttyS0\r"_s) {
            const quint32 sym = ch == u'\r' ? keysym::Return : ch.unicode();
            session->sendKey(sym, true);
            session->sendKey(sym, false);
        }
    }
    QTRY_VERIFY2_WITH_TIMEOUT(framepixels::lit(session->frame()) > 200, why(), 30000);
    if (spice)
        QTRY_VERIFY2_WITH_TIMEOUT(serial.contains("early6x"), serialTail(), 20000);
    else
        QVERIFY(session->findChild<VncSession *>());

    // Typed into the VGA console; the shell's answer shows on the serial console.
    QTest::mouseClick(view.display(), Qt::LeftButton); // grabs the keyboard
    const qsizetype from = serial.size();
    const QImage before = session->frame();
    QTest::keyClick(view.display(), Qt::Key_Return); // a fresh prompt line
    QTest::keyClicks(view.display(), u"echo vd$((6*7))ok >/dev/ttyS0"_s);
    QTest::keyClick(view.display(), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.indexOf("vd42ok", from) >= 0, serialTail(), 20000);
    // Keys by their place: the guest's layout (US) decides, not the desktop's (German).
    const qsizetype placedFrom = serial.size();
    typeByPlace(view.display(), u"echo vdzyok >/dev/ttyS0\r"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.indexOf("vdzyok", placedFrom) >= 0, serialTail(), 20000);
    // Right Ctrl + Alt gives the keyboard back, and the keys' releases may go to another window:
    // the guest must not keep that Ctrl held, or the next line would reach its shell as
    // control characters.
    // (A modifier key's own event carries the modifiers held before it, as X11 reports them.)
    sendNative(view.display(), QEvent::KeyPress, Qt::Key_Control, {}, 97);
    sendNative(view.display(), QEvent::KeyPress, Qt::Key_Alt, Qt::ControlModifier, 56);
    QVERIFY(!view.display()->isGrabbed());
    QTest::mouseClick(view.display(), Qt::LeftButton);
    const qsizetype releasedFrom = serial.size();
    QTest::keyClicks(view.display(), u"echo vdfree >/dev/ttyS0"_s);
    QTest::keyClick(view.display(), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.indexOf("vdfree", releasedFrom) >= 0, serialTail(), 20000);
    // The typed line shows (QEMU refreshes an idle text screen every few seconds only).
    QElapsedTimer shown;
    shown.start();
    QTRY_VERIFY2_WITH_TIMEOUT(framepixels::differing(before, session->frame()) > 200, why(), 10000);
    qInfo("the typed line showed %lld ms after the guest ran it", shown.elapsed());
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(dir + u"/console-linux-"_s + (spice ? u"spice-"_s : u"vnc-"_s) +
                                 variable.section(u'_', 1, 1).toLower() + u".png"_s));
    }

    // Destroy + start: the view says the VM is off, then comes back by itself, with text.
    QVERIFY2(testguest::destroy(local, o.name, &err), qPrintable(err));
    QTRY_COMPARE_WITH_TIMEOUT(view.stateText(), u"The VM is not running."_s, 10000);
    QVERIFY(!view.isShowingFrame());
    QVERIFY2(testguest::start(local, o.name, &err), qPrintable(err));
    QTRY_VERIFY2_WITH_TIMEOUT(view.isShowingFrame(), why(), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(framepixels::lit(session->frame()) > 200, why(), 30000);
    view.setSession(nullptr);
}

namespace {

void shot(QWidget *w, const QString &name) {
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
    }
}

} // namespace

void TestIntegrationSpiceConsole::wallTileOpensTheConsole() {
    const QString uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set (source tools/itest-env.sh)");
    // A diskless VM waiting at SeaBIOS's boot prompt: text at once, no guest to boot. Its
    // display has a password, which the session takes from the definition.
    const QString name = u"vd-spicewall-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    testguest::Guard guard(uri, name);
    {
        lv::ConnectPtr admin(virConnectOpen(uri.toUtf8().constData()));
        QVERIFY(admin);
        const QString xml =
            uR"(<domain type='qemu'><name>%1</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='pc'>hvm</type><bootmenu enable='yes' timeout='65000'/></os>
<devices><graphics type='spice' autoport='yes' listen='127.0.0.1' passwd='vd-wall-secret'/>
<video><model type='vga'/></video></devices></domain>)"_s.arg(name);
        lv::DomainPtr dom(virDomainDefineXML(admin.get(), xml.toUtf8().constData()));
        QVERIFY2(dom, qPrintable(lv::lastError()));
        QCOMPARE(virDomainCreate(dom.get()), 0);
    }
    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    c.transient = true;
    ConnectionManager *cm = workspace.connections();
    const QString id = cm->addConnection(c, true);
    QTRY_COMPARE_WITH_TIMEOUT(cm->state(id), ConnectionState::Connected, 20000);
    Lab lab;
    lab.name = u"wall"_s;
    lab.pattern = u"{student}"_s;
    lab.roles = {{u"vm"_s, u"template"_s}};
    lab.students = {{name, u"Ada Student"_s, {}, {}}};
    lab.hosts = {uri};
    lab.assignments = {{name, uri}};
    ClassroomWall wall(&workspace, lab);
    wall.setAttribute(Qt::WA_DeleteOnClose, false);
    wall.resize(640, 420);
    wall.show();
    QTRY_COMPARE_WITH_TIMEOUT(wall.shownCount(), 1, 20000); // its live thumbnail
    shot(&wall, u"wall-real-guest"_s);
    auto *list = wall.findChild<QListWidget *>();
    QVERIFY(list && list->count() == 1);
    const QPoint tile = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tile);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, tile);
    ConsoleWindow *console = nullptr;
    QTRY_VERIFY((console = wall.findChild<ConsoleWindow *>()));
    QVERIFY(console->windowTitle().contains(u"Ada Student"_s));
    ConsoleSession *session = console->view()->session();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(framepixels::lit(session->frame()) > 200, 20000);
    QVERIFY(session->findChild<SpiceSession *>());
    // A key from the window reaches the VM: Escape opens SeaBIOS's boot menu.
    QTest::qWait(1500);
    const QImage before = session->frame();
    QTest::mouseClick(console->view()->display(), Qt::LeftButton); // grabs the keyboard
    QTest::keyClick(console->view()->display(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(framepixels::differing(before, session->frame()) > 200, 10000);
    shot(console, u"wall-console-spice"_s);
    console->close();
    cm->shutdown();
}

QTEST_MAIN(TestIntegrationSpiceConsole)
#include "tst_integration_spiceconsole.moc"
