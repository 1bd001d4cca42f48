// SPDX-License-Identifier: GPL-3.0-or-later
// The window-less subcommands, run as a user's script would run them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run run(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // subcommands must need no display
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VIRTDECK_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version();
    void listJson();
    void listTable();
    void hostsJson();
    void badUriFailsClearly();
    void noConnectionGiven();
    void unknownCommandPrintsUsage();
    void timeoutOutOfRangeIsRefused_data();
    void timeoutOutOfRangeIsRefused();
    void commandsFollowTheLocale();
};

void TestCli::version() {
    const Run r = run({u"--version"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith("virtdeck "));
    QVERIFY(r.out.contains("libvirt 9.") || r.out.contains("libvirt 1"));
}

void TestCli::listJson() {
    const Run r =
        run({u"list"_s, u"--connect"_s, kNode, u"--connect"_s, u"test:///default"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(arr.size(), 6);
    QHash<QString, QJsonObject> byName;
    for (const auto &v : arr)
        byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
    const QJsonObject beta = byName.value(u"beta"_s);
    QCOMPARE(beta.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(beta.value(u"vcpus"_s).toInt(), 4);
    QCOMPARE(beta.value(u"memory"_s).toInteger(), 2147483648LL);
    QCOMPARE(beta.value(u"host"_s).toString(), kNode);
    QCOMPARE(beta.value(u"uuid"_s).toString(), u"6695eb01-f6a4-8304-79aa-97f2502e1940"_s);
    QCOMPARE(byName.value(u"gamma"_s).value(u"state"_s).toString(), u"shutoff"_s);
    QCOMPARE(byName.value(u"delta"_s).value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(byName.value(u"test"_s).value(u"host"_s).toString(), u"test:///default"_s);
}

void TestCli::listTable() {
    const Run r = run({u"list"_s, u"--connect"_s, kNode});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6); // header + 5
    QVERIFY(lines.first().startsWith("NAME"));
    QVERIFY(lines.at(1).startsWith("alpha "));
}

void TestCli::hostsJson() {
    const Run r = run({u"hosts"_s, u"--connect"_s, kNode, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(arr.size(), 1);
    const QJsonObject h = arr.first().toObject();
    QCOMPARE(h.value(u"uri"_s).toString(), kNode);
    QCOMPARE(h.value(u"state"_s).toString(), u"connected"_s);
    QCOMPARE(h.value(u"cpus"_s).toInt(), 8);
    QCOMPARE(h.value(u"vms_defined"_s).toInt(), 5);
    QCOMPARE(h.value(u"vms_running"_s).toInt(), 3);
}

void TestCli::badUriFailsClearly() {
    const Run r = run({u"list"_s, u"--connect"_s, u"test:///does/not/exist.xml"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("cannot connect to test:///does/not/exist.xml"), r.err.constData());
    QVERIFY(r.err.contains("exist.xml")); // libvirt's own reason follows
}

void TestCli::noConnectionGiven() {
    // The test's XDG_CONFIG_HOME is empty: no saved connections either.
    const Run r = run({u"hosts"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--connect"), r.err.constData());
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("list"));
}

// An unknown word is a mistyped command, not a request for the window.
void TestCli::unknownCommandPrintsUsage() {
    const Run r = run({u"frobnicate"_s});
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(r.code, 2);
    QVERIFY2(err.contains(u"frobnicate"_s), qPrintable(err));
    QVERIFY2(err.contains(u"list"_s) && err.contains(u"--connect"_s), qPrintable(err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::timeoutOutOfRangeIsRefused_data() {
    QTest::addColumn<QString>("value");
    for (const char *v : {"-5", "0", "3601", "99999999999", "abc", ""})
        QTest::newRow(v) << QString::fromLatin1(v);
}

// Was silently replaced by 60 s; a number from outside is checked against its range.
void TestCli::timeoutOutOfRangeIsRefused() {
    QFETCH(QString, value);
    const Run r = run({u"list"_s, u"--connect"_s, u"test:///default"_s, u"--timeout"_s, value});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"1 to 3600"_s), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// As virsh does, the command line speaks the language of LANGUAGE / LANG.
void TestCli::commandsFollowTheLocale() {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"de"_s);
    env.remove(u"LC_ALL"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VIRTDECK_BINARY), {u"frobnicate"_s});
    QVERIFY(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(u"Unbekannter Befehl"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
