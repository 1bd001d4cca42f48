// SPDX-License-Identifier: GPL-3.0-or-later
// The external console's display tunnel against a real sshd (VIRTDECK_SSH_URI, a qemu+ssh URI
// with keyfile= on loopback): a stand-in viewer opens an ssh to the URI's host, port and user
// exactly as virt-viewer's tunnel does (no key file of its own). Through ConsoleLauncher it
// authenticates with the connection's key; without the wrapper it gets "Permission denied".
// Touches nothing on the daemon.
#include "console/consolelauncher.h"
#include "console/viewercommand.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestIntegrationConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tunnelAuthenticatesWithTheConnectionsKey();
};

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

QTEST_GUILESS_MAIN(TestIntegrationConsole)
#include "tst_integration_console.moc"
