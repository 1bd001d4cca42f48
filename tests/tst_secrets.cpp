// SPDX-License-Identifier: GPL-3.0-or-later
// No secrets in logs: a password answered through the credential callback, or typed into a
// URI, never reaches qDebug/qWarning output (every logging category enabled) or the activity
// text the console builds from URIs.
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/redacteduri.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/auth-node.xml"_s;
const QString kPassword = u"Tr0ub4dor-s3cret"_s;

QMutex logMutex;
QStringList logged;
void capture(QtMsgType, const QMessageLogContext &ctx, const QString &msg) {
    QMutexLocker lock(&logMutex);
    logged << QString::fromLatin1(ctx.category ? ctx.category : "") + u' ' + msg;
}
bool loggedContains(const QString &needle) {
    QMutexLocker lock(&logMutex);
    for (const QString &l : std::as_const(logged))
        if (l.contains(needle))
            return true;
    return false;
}
} // namespace

class TestSecrets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(u"*.debug=true\n*.info=true"_s);
        qInstallMessageHandler(capture);
        // libvirt's own log goes to stderr, not through Qt; keep it quiet but complete.
        qputenv("LIBVIRT_DEBUG", "");
    }
    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void redaction_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password") << u"qemu+ssh://alice:hunter2@lab-a/system"_s
                                  << u"qemu+ssh://alice:***@lab-a/system"_s;
        QTest::newRow("plain") << u"qemu+ssh://root@127.0.0.1:2299/system?keyfile=/k"_s
                               << u"qemu+ssh://root@127.0.0.1:2299/system?keyfile=/k"_s;
        QTest::newRow("query secret")
            << u"esx://h/?no_verify=1&password=hunter2"_s << u"esx://h/?no_verify=1&password=***"_s;
        QTest::newRow("local") << u"qemu:///system"_s << u"qemu:///system"_s;
    }
    void redaction() {
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        QCOMPARE(redactedUri(uri), expected);
        QVERIFY(!redactedUri(uri).contains(u"hunter2"_s));
    }

    // Host-key verification stays on: the console never adds no_verify (only tests pass it).
    void remoteUrisKeepHostKeyChecking() {
        ConnectionConfig c;
        c.kind = ConnectionConfig::Kind::RemoteSsh;
        c.user = u"root"_s;
        c.host = u"lab-a"_s;
        c.port = 2222;
        c.keyFile = u"/home/alice/.ssh/id_ed25519"_s;
        QVERIFY(c.uri().startsWith(u"qemu+ssh://root@lab-a:2222/system"_s));
        QVERIFY(!c.uri().contains(u"no_verify"_s));
        QVERIFY(!ConnectionConfig::fromUri(u"qemu+ssh://root@lab-b/system"_s)
                     .uri()
                     .contains(u"no_verify"_s));
    }

    void credentialAnswersStayOutOfLogs_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right password") << kPassword << true;
        QTest::newRow("wrong password") << u"Wr0ng-s3cret-guess"_s << false;
    }
    void credentialAnswersStayOutOfLogs() {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        ConnectionManager cm;
        int asked = 0;
        connect(
            &cm, &ConnectionManager::credentialsRequested, this, [&](const CredentialRequest &req) {
                ++asked;
                QStringList answers;
                for (const auto &p : req.prompts)
                    answers << (p.kind == CredentialPrompt::Kind::Username ? u"alice"_s : password);
                cm.provideCredentials(req.connectionId, req.id, true, answers);
            });
        const QString id = cm.addConnection(ConnectionConfig::fromUri(kNode), true);
        const ConnectionState want =
            accepted ? ConnectionState::Connected : ConnectionState::Failed;
        QTRY_COMPARE_WITH_TIMEOUT(cm.state(id), want, 10000);
        QVERIFY(asked >= 1); // the credential path really ran
        if (!accepted)
            QVERIFY(!cm.lastMessage(id).contains(password));
        cm.shutdown();
        QVERIFY(!loggedContains(password));
        QVERIFY(!loggedContains(kPassword));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
