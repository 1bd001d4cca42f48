// SPDX-License-Identifier: GPL-3.0-or-later
// The external console: the virt-viewer command for an ssh host carries the connection's key
// file and host-key settings to the display tunnel, and the launcher reports a viewer that
// exits with an error at once as a failure with its own words, not as an opened console. The
// embedded console's pure parts: the live graphics element, the ssh tunnel's arguments, the
// transport of a URI, Qt keys as X keysyms.
#include "console/consolelauncher.h"
#include "console/graphicsinfo.h"
#include "console/keysym.h"
#include "console/libvirt/graphicsconnector.h"
#include "console/sshtunnel.h"
#include "console/viewercommand.h"
#include "console/vncsession.h"
#include "core/connectionconfig.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <unistd.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
// A fake viewer: a shell script in `dir` named virt-viewer with `body`.
QString fakeViewer(const QTemporaryDir &dir, const QByteArray &body) {
    const QString path = dir.filePath(u"virt-viewer"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body + '\n');
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    return path;
}

// A VNC display listening on the host's loopback at `port`.
GraphicsInfo vncOnLoopback(int port) {
    GraphicsInfo g;
    g.type = u"vnc"_s;
    g.listen = u"127.0.0.1"_s;
    g.port = port;
    return g;
}
} // namespace

class TestConsoleLauncher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sshHostCarriesKeyFile();
    void graphicsFromLiveXml_data();
    void graphicsFromLiveXml();
    void tunnelArguments();
    void tunnelSaysWhySshFailed();
    void transports();
    void keysyms_data();
    void keysyms();
    void scancodes_data();
    void scancodes();
    void physicalKeys_data();
    void physicalKeys();
    void localHostNeedsNoSshOptions();
    void wrapperRunsSshWithOptions();
    void viewerThatExitsWithErrorFails();
    void viewerThatKeepsRunningOpens();
    void missingViewerFails();
    void tunnelGetsTheWrapper();
};

void TestConsoleLauncher::graphicsFromLiveXml_data() {
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("password");
    QTest::newRow("loopback") << u"<domain><devices><graphics type='vnc' port='5901' "
                                 "autoport='yes' listen='127.0.0.1' passwd='s3cret'><listen "
                                 "type='address' address='127.0.0.1'/></graphics></devices>"
                                 "</domain>"_s
                              << u"vnc"_s << u"127.0.0.1"_s << 5901 << QString() << u"s3cret"_s;
    QTest::newRow("wildcard") << u"<domain><devices><graphics type='vnc' port='5902' "
                                 "listen='0.0.0.0'/></devices></domain>"_s
                              << u"vnc"_s << u"127.0.0.1"_s << 5902 << QString() << QString();
    QTest::newRow("socket") << u"<domain><devices><graphics type='vnc'><listen type='socket' "
                               "socket='/run/vnc.sock'/></graphics></devices></domain>"_s
                            << u"vnc"_s << u"127.0.0.1"_s << -1 << u"/run/vnc.sock"_s << QString();
    QTest::newRow("spice autoport") << u"<domain><devices><graphics type='spice' port='-1' "
                                       "autoport='yes'/></devices></domain>"_s
                                    << u"spice"_s << u"127.0.0.1"_s << -1 << QString() << QString();
    QTest::newRow("none") << u"<domain><devices><video/></devices></domain>"_s << QString()
                          << u"127.0.0.1"_s << -1 << QString() << QString();
}

void TestConsoleLauncher::graphicsFromLiveXml() {
    QFETCH(QString, xml);
    const GraphicsInfo g = parseGraphics(xml);
    QTEST(g.type, "type");
    QTEST(g.tunnelHost(), "host");
    QTEST(g.port, "port");
    QTEST(g.socket, "socket");
    QTEST(g.password, "password");
}

// The display tunnel uses the connection's user, port and key, and reaches the display from
// the host's side (-W to its loopback, or nc -U to its socket).
void TestConsoleLauncher::tunnelArguments() {
    const QString uri = u"qemu+ssh://alice@host.example:2222/system?keyfile=/k/id&no_verify=1"_s;
    GraphicsInfo g = vncOnLoopback(5905);
    const QStringList a = SshTunnel::arguments(uri, g);
    QVERIFY(a.join(u' ').contains(u"-p 2222"_s));
    QVERIFY(a.join(u' ').contains(u"-l alice"_s));
    QVERIFY(a.contains(u"/k/id"_s));
    QVERIFY(a.join(u' ').endsWith(u"-W 127.0.0.1:5905 host.example"_s));
    g.socket = u"/run/libvirt/qemu/vnc.sock"_s;
    QVERIFY(SshTunnel::arguments(uri, g).join(u' ').endsWith(
        u"host.example nc -U /run/libvirt/qemu/vnc.sock"_s));
}

// ssh that cannot reach the host ends the stream; the tunnel keeps ssh's own words, and a VNC
// session on it shows them instead of "closed the connection". Real ssh, to a closed port.
void TestConsoleLauncher::tunnelSaysWhySshFailed() {
    const QString uri = u"qemu+ssh://root@127.0.0.1:1/system?no_verify=1"_s;
    const GraphicsInfo g = vncOnLoopback(5900);
    QString error;
    auto tunnel = SshTunnel::open(uri, g, &error);
    QVERIFY2(tunnel, qPrintable(error));
    const int fd = tunnel->takeFd();
    pollfd p{fd, POLLIN, 0};
    QCOMPARE(::poll(&p, 1, 15000), 1);
    char byte;
    QCOMPARE(::read(fd, &byte, 1), 0); // ssh gave up: end of stream
    ::close(fd);
    QTRY_VERIFY2(tunnel->lastError().contains(u"refused"_s), qPrintable(tunnel->lastError()));
    QVERIFY(SshTunnel::explain(u"closed"_s, tunnel.get())
                .startsWith(u"The ssh tunnel to the display failed: "_s));
    QCOMPARE(SshTunnel::explain(u"closed"_s, nullptr), u"closed"_s);

    VncSession session([&] {
        ConsoleEndpoint e;
        e.tunnel = SshTunnel::open(uri, g, &e.error);
        if (e.tunnel)
            e.fd = e.tunnel->takeFd();
        return e;
    });
    session.setReconnect(false);
    QSignalSpy states(&session, &ConsoleSession::stateChanged);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConsoleSession::State::Disconnected, 15000);
    const QString reason = states.last().at(1).toString();
    QVERIFY2(reason.contains(u"ssh"_s) && reason.contains(u"refused"_s), qPrintable(reason));
    session.close();
}

void TestConsoleLauncher::transports() {
    using T = GraphicsConnector::Transport;
    QCOMPARE(GraphicsConnector::transportOf(u"qemu:///system"_s), T::Local);
    QCOMPARE(GraphicsConnector::transportOf(u"qemu+unix:///session"_s), T::Local);
    QCOMPARE(GraphicsConnector::transportOf(u"qemu+ssh://root@h/system"_s), T::Ssh);
    QCOMPARE(GraphicsConnector::transportOf(u"qemu+tls://h/system"_s), T::Unsupported);
}

void TestConsoleLauncher::keysyms_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<uint>("keysym");
    QTest::newRow("a") << int(Qt::Key_A) << u"a"_s << 0x61u;
    QTest::newRow("A") << int(Qt::Key_A) << u"A"_s << 0x41u;
    QTest::newRow("ctrl+c") << int(Qt::Key_C) << u"\x03"_s << 0x63u;
    QTest::newRow("enter") << int(Qt::Key_Return) << u"\r"_s << 0xff0du;
    QTest::newRow("escape") << int(Qt::Key_Escape) << u"\x1b"_s << 0xff1bu;
    QTest::newRow("F12") << int(Qt::Key_F12) << QString() << 0xffc9u;
    QTest::newRow("slash") << int(Qt::Key_Slash) << u"/"_s << 0x2fu;
    QTest::newRow("space") << int(Qt::Key_Space) << u" "_s << 0x20u;
}

void TestConsoleLauncher::keysyms() {
    QFETCH(int, key);
    QFETCH(QString, text);
    QFETCH(uint, keysym);
    QCOMPARE(uint(keysymForQtKey(key, text)), keysym);
}

// SPICE's keys: PC scan codes of a US layout, extended ones as 0x100 + code.
void TestConsoleLauncher::scancodes_data() {
    QTest::addColumn<uint>("keysym");
    QTest::addColumn<uint>("scancode");
    QTest::addColumn<bool>("shift");
    QTest::newRow("a") << 0x61u << 0x1eu << false;
    QTest::newRow("A") << 0x41u << 0x1eu << true;
    QTest::newRow("$") << 0x24u << 0x05u << true;
    QTest::newRow("4") << 0x34u << 0x05u << false;
    QTest::newRow("(") << 0x28u << 0x0au << true;
    QTest::newRow(">") << 0x3eu << 0x34u << true;
    QTest::newRow("/") << 0x2fu << 0x35u << false;
    QTest::newRow("space") << 0x20u << 0x39u << false;
    QTest::newRow("enter") << 0xff0du << 0x1cu << false;
    QTest::newRow("F1") << 0xffbeu << 0x3bu << false;
    QTest::newRow("F10") << 0xffc7u << 0x44u << false;
    QTest::newRow("F11") << 0xffc8u << 0x57u << false;
    QTest::newRow("F12") << 0xffc9u << 0x58u << false;
    QTest::newRow("delete") << 0xffffu << 0x153u << false;
    QTest::newRow("up") << 0xff52u << 0x148u << false;
    QTest::newRow("ctrl") << 0xffe3u << 0x1du << false;
    QTest::newRow("alt") << 0xffe9u << 0x38u << false;
    QTest::newRow("euro: none") << 0x20acu << 0u << false;
}

void TestConsoleLauncher::scancodes() {
    QFETCH(uint, keysym);
    QFETCH(uint, scancode);
    QFETCH(bool, shift);
    const XtKey key = xtKeyForKeysym(keysym);
    QCOMPARE(uint(key.scancode), scancode);
    QCOMPARE(key.shift, shift);
}

// A key's place as the desktop reports it (evdev + 8) as an XT code, and as QEMU's VNC raw key
// number (an extended key as 0x80 + code).
void TestConsoleLauncher::physicalKeys_data() {
    QTest::addColumn<uint>("native");
    QTest::addColumn<uint>("scancode");
    QTest::addColumn<uint>("qemu");
    QTest::newRow("none") << 0u << 0u << 0u;
    QTest::newRow("below the evdev range") << 8u << 0u << 0u;
    QTest::newRow("Escape") << 9u << 0x01u << 0x01u;
    QTest::newRow("the key US calls Z, German Y") << 52u << 0x2cu << 0x2cu;
    QTest::newRow("the key left of Z on ISO boards") << 94u << 0x56u << 0x56u;
    QTest::newRow("F12") << 96u << 0x58u << 0x58u;
    QTest::newRow("unused 84") << 92u << 0u << 0u;
    QTest::newRow("keypad Enter") << 104u << 0x11cu << 0x9cu;
    QTest::newRow("AltGr") << 108u << 0x138u << 0xb8u;
    QTest::newRow("Up") << 111u << 0x148u << 0xc8u;
    QTest::newRow("Delete") << 119u << 0x153u << 0xd3u;
    QTest::newRow("left Super") << 133u << 0x15bu << 0xdbu;
    QTest::newRow("Pause has no single code") << 127u << 0u << 0u;
    QTest::newRow("beyond the table") << 300u << 0u << 0u;
}

void TestConsoleLauncher::physicalKeys() {
    QFETCH(uint, native);
    QFETCH(uint, scancode);
    QFETCH(uint, qemu);
    QCOMPARE(uint(xtScancodeForNativeKey(native)), scancode);
    QCOMPARE(uint(qemuKeyNumber(scancode)), qemu);
}

void TestConsoleLauncher::sshHostCarriesKeyFile() {
    ConnectionConfig c;
    c.kind = ConnectionConfig::Kind::RemoteSsh;
    c.user = u"ops"_s;
    c.host = u"10.1.2.3"_s;
    c.port = 2222;
    c.keyFile = u"/home/me/.ssh/id lab"_s;
    QTemporaryDir dir;
    fakeViewer(dir, "exit 0");
    const auto cmd = viewerCommand(c.uri(), u"uuid-1"_s, {dir.path()});
    QVERIFY(cmd.error.isEmpty());
    const int i = int(cmd.sshOptions.indexOf(u"-i"_s));
    QVERIFY2(i >= 0, qPrintable(cmd.sshOptions.join(u' ')));
    QCOMPARE(cmd.sshOptions.at(i + 1), u"/home/me/.ssh/id lab"_s);
    QVERIFY(cmd.sshOptions.contains(u"IdentitiesOnly=yes"_s));
    QVERIFY(!cmd.sshOptions.contains(u"StrictHostKeyChecking=no"_s)); // never by default

    const auto opts = sshOptionsForUri(
        u"qemu+ssh://root@127.0.0.1:2299/system?keyfile=/k/id&no_verify=1&known_hosts=/k/kh"_s);
    // no_verify: no known-hosts file at all, so a stale key there cannot refuse the tunnel.
    QCOMPARE(opts,
             (QStringList{u"-i"_s, u"/k/id"_s, u"-o"_s, u"IdentitiesOnly=yes"_s, u"-o"_s,
                          u"StrictHostKeyChecking=no"_s, u"-o"_s, u"UserKnownHostsFile=/dev/null"_s,
                          u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s}));
    QCOMPARE(sshOptionsForUri(u"qemu+ssh://h/system?known_hosts=/k/kh"_s),
             (QStringList{u"-o"_s, u"UserKnownHostsFile=/k/kh"_s}));
}

void TestConsoleLauncher::localHostNeedsNoSshOptions() {
    QVERIFY(sshOptionsForUri(u"qemu:///system"_s).isEmpty());
    QVERIFY(sshOptionsForUri(u"qemu+ssh://root@h/system"_s).isEmpty());
    QVERIFY(sshOptionsForUri(u"qemu+tls://h/system?keyfile=/k"_s).isEmpty());
}

void TestConsoleLauncher::wrapperRunsSshWithOptions() {
    QTemporaryDir dir;
    const QString script = dir.filePath(u"ssh"_s);
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ConsoleLauncher::sshWrapperScript(u"/bin/echo"_s, {u"-i"_s, u"/k/it's key"_s}));
    f.close();
    QProcess p;
    p.start(u"/bin/sh"_s, {script, u"-p"_s, u"22"_s, u"host"_s});
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.readAllStandardOutput(), QByteArray("-i /k/it's key -p 22 host\n"));
}

void TestConsoleLauncher::viewerThatExitsWithErrorFails() {
    QTemporaryDir dir;
    ViewerCommand cmd;
    cmd.program = fakeViewer(dir, "echo 'root@h: Permission denied (publickey,password).' >&2\n"
                                  "exit 1");
    ConsoleLauncher launcher;
    launcher.setGracePeriod(5000);
    QSignalSpy opened(&launcher, &ConsoleLauncher::opened);
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    launcher.launch(cmd, u"web"_s, u"conn-1"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).toString(), u"web"_s);
    QCOMPARE(failed.at(0).at(1).toString(), u"conn-1"_s);
    QVERIFY2(failed.at(0).at(2).toString().contains(u"Permission denied"_s),
             qPrintable(failed.at(0).at(2).toString()));
    QTest::qWait(100);
    QCOMPARE(opened.size(), 0);
}

void TestConsoleLauncher::viewerThatKeepsRunningOpens() {
    QTemporaryDir dir;
    ViewerCommand cmd;
    cmd.program = fakeViewer(dir, "sleep 3");
    ConsoleLauncher launcher;
    launcher.setGracePeriod(200);
    QSignalSpy opened(&launcher, &ConsoleLauncher::opened);
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    launcher.launch(cmd, u"web"_s);
    QVERIFY(opened.wait(5000));
    QCOMPARE(failed.size(), 0);
}

void TestConsoleLauncher::missingViewerFails() {
    ViewerCommand cmd;
    cmd.program = u"/nonexistent/virt-viewer"_s;
    ConsoleLauncher launcher;
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    launcher.launch(cmd, u"web"_s);
    QVERIFY(failed.size() == 1 || failed.wait(5000));
}

// The viewer's own `ssh` (found through PATH) is the wrapper that adds the key file.
void TestConsoleLauncher::tunnelGetsTheWrapper() {
    QTemporaryDir dir;
    ViewerCommand cmd;
    cmd.program = fakeViewer(dir, "cat \"$(command -v ssh)\" >&2\nexit 1");
    cmd.sshOptions = sshOptionsForUri(u"qemu+ssh://root@h:2299/system?keyfile=/k/id_ed25519"_s);
    ConsoleLauncher launcher;
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    launcher.launch(cmd, u"web"_s);
    QVERIFY(failed.wait(5000));
    const QString script = failed.at(0).at(2).toString();
    QVERIFY2(script.contains(u"'-i' '/k/id_ed25519'"_s), qPrintable(script));
    QVERIFY2(script.contains(u"ssh'"_s), qPrintable(script)); // runs the real ssh
}

QTEST_GUILESS_MAIN(TestConsoleLauncher)
#include "tst_consolelauncher.moc"
