// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck volumes` and `virtdeck pools`, run as a user's script would run them.
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
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VIRTDECK_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestStorageCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void volumesJson();
    void volumesTable();
    void poolsJson();
    void badHostStillPrintsTheOthers();
};

void TestStorageCli::volumesJson() {
    const Run r = run(
        {u"volumes"_s, u"--connect"_s, kNode, u"--connect"_s, u"test:///default"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(arr.size(), 3); // test:///default's pool is empty
    QHash<QString, QJsonObject> byName;
    for (const auto &v : arr)
        byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
    const QJsonObject alpha = byName.value(u"alpha.qcow2"_s);
    QCOMPARE(alpha.value(u"pool"_s).toString(), u"testpool"_s);
    QCOMPARE(alpha.value(u"host"_s).toString(), kNode);
    QCOMPARE(alpha.value(u"format"_s).toString(), u"qcow2"_s);
    QCOMPARE(alpha.value(u"capacity"_s).toInteger(), 10737418240ll);
    QCOMPARE(alpha.value(u"allocation"_s).toInteger(), 1073741824ll);
    QVERIFY(alpha.value(u"backing"_s).isNull());
    QCOMPARE(alpha.value(u"used_by"_s).toArray(), QJsonArray({u"alpha"_s}));
    QCOMPARE(byName.value(u"gamma.img"_s).value(u"used_by"_s).toArray(), QJsonArray({u"gamma"_s}));
}

void TestStorageCli::volumesTable() {
    const Run r = run({u"volumes"_s, u"-c"_s, kNode});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith("POOL"));
    QVERIFY(lines.at(1).startsWith("testpool  alpha.qcow2"));
    QVERIFY(lines.at(1).contains(" 10737418240 "));
}

void TestStorageCli::poolsJson() {
    const Run r = run({u"pools"_s, u"--connect"_s, kNode, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(arr.size(), 1);
    const QJsonObject p = arr.at(0).toObject();
    QCOMPARE(p.value(u"name"_s).toString(), u"testpool"_s);
    QCOMPARE(p.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(p.value(u"type"_s).toString(), u"dir"_s);
    QCOMPARE(p.value(u"capacity"_s).toInteger(), 107374182400ll);
    QCOMPARE(p.value(u"volumes"_s).toInt(), 3);
    QCOMPARE(p.value(u"path"_s).toString(), u"/testpool"_s);
}

void TestStorageCli::badHostStillPrintsTheOthers() {
    const Run r =
        run({u"pools"_s, u"-c"_s, kNode, u"-c"_s, u"test:///nonexistent/node.xml"_s, u"--json"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("cannot connect to test:///nonexistent/node.xml"));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestStorageCli)
#include "tst_storagecli.moc"
