// SPDX-License-Identifier: GPL-3.0-or-later
// The external console's display tunnel against a real sshd (VIRTDECK_SSH_URI, a qemu+ssh URI
// with keyfile= on loopback): a stand-in viewer opens an ssh to the URI's host, port and user
// exactly as virt-viewer's tunnel does (no key file of its own). Through ConsoleLauncher it
// authenticates with the connection's key; without the wrapper it gets "Permission denied".
// Touches nothing on the daemon.
// The serial console on the test guest (tests/guest/build-guest.sh), booted on the real libvirtd
// (VIRTDECK_QEMU_URI) and reached also over qemu+ssh (VIRTDECK_SSH_URI): the banner, a command
// typed into the shell, and a reconnect after destroy + start. The guest is destroyed and
// undefined at the end, also on failure (testguest::Guard).
#include "console/consolelauncher.h"
#include "console/libvirt/serialconsolesession.h"
#include "console/terminalscreen.h"
#include "console/viewercommand.h"
#include "serialconsolewindow.h"
#include "testguest.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestIntegrationConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tunnelAuthenticatesWithTheConnectionsKey();
    void serialConsoleBootsTypesAndReconnects();
};

namespace {

// The serial console window as the VM menu opens it; keeps every byte received.
struct SerialProbe {
    SerialConsoleSession *session;
    SerialConsoleWindow window;
    TerminalScreen *screen;
    QByteArray all;
    int connects = 0;

    SerialProbe(const QString &uri, const QString &name)
        : session(new SerialConsoleSession(SerialConsoleSession::openUri(uri), name))
        , window(session, name)
        , screen(window.screen()) {
        session->setRetryInterval(200);
        QObject::connect(session, &SerialConsoleSession::received, &window,
                         [this](const QByteArray &b) { all += b; });
        QObject::connect(session, &SerialConsoleSession::connected, &window,
                         [this] { ++connects; });
        window.resize(720, 420);
        window.show();
    }
    bool waitFor(const QByteArray &what, qsizetype from, int ms) {
        return QTest::qWaitFor([&] { return all.indexOf(what, from) >= 0; }, ms);
    }
    QString tail() const { return QString::fromUtf8(all.right(800)); }
};

// The answer to `echo $((6*7))` in what the shell printed after `from`.
bool typeAndSee42(SerialProbe &p) {
    const qsizetype from = p.all.size();
    p.screen->sendText(u"echo $((6*7))"_s);
    p.screen->sendKey(TerminalScreen::Key::Enter);
    return p.waitFor("\n42\r\n", from, 20000) || p.waitFor("\n42\n", from, 1);
}

} // namespace

void TestIntegrationConsole::serialConsoleBootsTypesAndReconnects() {
    const QString uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set (source tools/itest-env.sh)");
    testguest::Files files;
    TESTGUEST_REQUIRE(files);
    testguest::Options o;
    o.name = u"vd-itest-serial"_s;
    testguest::Guard guard(uri, o.name);
    const QString xml = testguest::domainXml(files, o, uri);

    // Opened before the VM exists: a clear state, and it opens once the VM runs.
    auto probe = std::make_unique<SerialProbe>(uri, o.name);
    SerialProbe &local = *probe;
    QVERIFY(QTest::qWaitFor(
        [&] { return local.session->state() == SerialConsoleSession::State::Failed; }, 10000));
    QString err;
    QVERIFY2(testguest::defineAndStart(uri, xml, &err), qPrintable(err));
    QVERIFY2(local.waitFor("VIRTDECK GUEST READY", 0, 60000), qPrintable(local.tail()));
    QVERIFY2(local.waitFor("guest# ", 0, 20000), qPrintable(local.tail()));
    QCOMPARE(local.session->state(), SerialConsoleSession::State::Connected);
    QVERIFY2(typeAndSee42(local), qPrintable(local.tail()));
    // What a real boot sends, for the widget's test and screenshot (tests/data/serial-boot.bin).
    if (const QString dump = qEnvironmentVariable("VIRTDECK_SERIAL_DUMP"); !dump.isEmpty()) {
        QFile f(dump);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(local.all) == local.all.size());
    }
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(local.window.grab().save(dir + u"/serial-console.png"_s));

    // Destroy + start: the session sees the VM off, then the new boot.
    QVERIFY2(testguest::destroy(uri, o.name, &err), qPrintable(err));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return local.session->state() == SerialConsoleSession::State::Off; }, 20000),
             qPrintable(local.session->message()));
    const qsizetype afterStop = local.all.size();
    QVERIFY2(testguest::start(uri, o.name, &err), qPrintable(err));
    QVERIFY2(local.waitFor("VIRTDECK GUEST READY", afterStop, 60000), qPrintable(local.tail()));
    QCOMPARE(local.connects, 2);

    // The same console over qemu+ssh (the same daemon, reached through sshd).
    const QString ssh = qEnvironmentVariable("VIRTDECK_SSH_URI");
    if (ssh.isEmpty())
        QSKIP("VIRTDECK_SSH_URI is not set: the qemu+ssh half did not run");
    QVERIFY2(local.waitFor("guest# ", afterStop, 20000), qPrintable(local.tail()));
    probe.reset(); // one console client at a time: the remote one would take it over
    SerialProbe remote(ssh, o.name);
    QVERIFY2(QTest::qWaitFor([&] { return remote.connects == 1; }, 20000),
             qPrintable(remote.session->message()));
    QVERIFY2(typeAndSee42(remote), qPrintable(remote.tail()));
}

void TestIntegrationConsole::tunnelAuthenticatesWithTheConnectionsKey() {
    const QString uri = qEnvironmentVariable("VIRTDECK_SSH_URI");
    if (uri.isEmpty())
        QSKIP("VIRTDECK_SSH_URI is not set (source tools/itest-env.sh)");
    const QUrl url(uri);
    QTemporaryDir dir;
    // What virt-viewer runs for its tunnel: ssh -p PORT -l USER HOST, found through PATH.
    // BatchMode: a refused key fails at once instead of asking for a password. A known-hosts
    // file of its own, accepting the new key: root's ~/.ssh/known_hosts may hold another key
    // for this port (an earlier throwaway sshd), and then ssh fails before authenticating.
    QFile viewer(dir.filePath(u"viewer"_s));
    QVERIFY(viewer.open(QIODevice::WriteOnly));
    viewer.write(u"#!/bin/sh\nexec ssh -o BatchMode=yes -o UserKnownHostsFile=%4 "
                 "-o StrictHostKeyChecking=accept-new -p %1 -l %2 %3 true\n"_s.arg(url.port(22))
                     .arg(url.userName(), url.host(), dir.filePath(u"known_hosts"_s))
                     .toUtf8());
    viewer.close();
    viewer.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    ViewerCommand cmd;
    cmd.program = viewer.fileName();
    cmd.sshOptions = sshOptionsForUri(uri);
    QVERIFY(!cmd.sshOptions.isEmpty());

    ConsoleLauncher launcher;
    launcher.setGracePeriod(20000); // decided by the stand-in's exit
    QSignalSpy opened(&launcher, &ConsoleLauncher::opened);
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    launcher.launch(cmd, u"vm"_s);
    QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 20000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));

    // The same without the connection's options: what the user met.
    cmd.sshOptions.clear();
    launcher.launch(cmd, u"vm"_s);
    QVERIFY(QTest::qWaitFor([&] { return opened.size() + failed.size() == 2; }, 20000));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(2).toString().contains(u"Permission denied"_s),
             qPrintable(failed.at(0).at(2).toString()));
}

QTEST_MAIN(TestIntegrationConsole)
#include "tst_integration_console.moc"
