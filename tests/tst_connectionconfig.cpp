// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectionconfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestConnectionConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uri_data();
    void uri();
    void validate_data();
    void validate();
    void settingsRoundTrip();
};

void TestConnectionConfig::uri_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("expected");
    using K = ConnectionConfig::Kind;
    QTest::newRow("system") << int(K::QemuSystem) << QString() << QString() << 0 << QString()
                            << u"qemu:///system"_s;
    QTest::newRow("session") << int(K::QemuSession) << QString() << QString() << 0 << QString()
                             << u"qemu:///session"_s;
    QTest::newRow("ssh plain") << int(K::RemoteSsh) << u"root"_s << u"hv1.example"_s << 0
                               << QString() << u"qemu+ssh://root@hv1.example/system"_s;
    QTest::newRow("ssh port key")
        << int(K::RemoteSsh) << u"ops"_s << u"10.1.2.3"_s << 2222 << u"/home/me/.ssh/id lab"_s
        << u"qemu+ssh://ops@10.1.2.3:2222/system?keyfile=%2Fhome%2Fme%2F.ssh%2Fid%20lab"_s;
    QTest::newRow("ssh no user") << int(K::RemoteSsh) << QString() << u"hv2"_s << 0 << QString()
                                 << u"qemu+ssh://hv2/system"_s;
}

void TestConnectionConfig::uri() {
    QFETCH(int, kind);
    ConnectionConfig c;
    c.kind = ConnectionConfig::Kind(kind);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, keyFile);
    c.user = user;
    c.host = host;
    c.port = port;
    c.keyFile = keyFile;
    QTEST(c.uri(), "expected");
}

void TestConnectionConfig::validate_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("customUri");
    QTest::addColumn<bool>("valid");
    using K = ConnectionConfig::Kind;
    QTest::newRow("ssh without host") << int(K::RemoteSsh) << QString() << QString() << false;
    QTest::newRow("ssh host with space") << int(K::RemoteSsh) << u"a b"_s << QString() << false;
    QTest::newRow("ssh ok") << int(K::RemoteSsh) << u"hv"_s << QString() << true;
    QTest::newRow("custom empty") << int(K::Custom) << QString() << QString() << false;
    QTest::newRow("custom no scheme") << int(K::Custom) << QString() << u"just-text"_s << false;
    QTest::newRow("custom ok") << int(K::Custom) << QString() << u"test:///default"_s << true;
    QTest::newRow("system") << int(K::QemuSystem) << QString() << QString() << true;
}

void TestConnectionConfig::validate() {
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(QString, customUri);
    QFETCH(bool, valid);
    ConnectionConfig c;
    c.kind = ConnectionConfig::Kind(kind);
    c.host = host;
    c.customUri = customUri;
    QCOMPARE(c.validate().isEmpty(), valid);
}

void TestConnectionConfig::settingsRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"s.ini"_s);
    ConnectionConfig a = ConnectionConfig::fromUri(u"qemu:///system"_s);
    ConnectionConfig b;
    b.id = u"b"_s;
    b.kind = ConnectionConfig::Kind::RemoteSsh;
    b.name = u"Lab host"_s;
    b.user = u"root"_s;
    b.host = u"lab1"_s;
    b.port = 2200;
    b.keyFile = u"/k"_s;
    b.autoconnect = false;
    b.maintenance = true;
    ConnectionConfig t = ConnectionConfig::fromUri(u"test:///default"_s);
    t.transient = true;
    {
        QSettings s(file, QSettings::IniFormat);
        saveConnectionConfigs(s, {a, b, t});
    }
    QSettings s(file, QSettings::IniFormat);
    const auto loaded = loadConnectionConfigs(s);
    QCOMPARE(loaded.size(), 2); // the transient one is never written
    QCOMPARE(loaded.at(0), a);
    QCOMPARE(loaded.at(1), b);
    QVERIFY(loaded.at(1).maintenance && !loaded.at(0).maintenance);
    QCOMPARE(loaded.at(1).displayName(), u"Lab host"_s);
}

QTEST_GUILESS_MAIN(TestConnectionConfig)
#include "tst_connectionconfig.moc"
