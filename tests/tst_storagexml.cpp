// SPDX-License-Identifier: GPL-3.0-or-later
// Storage pool/volume XML readers and writers: pure functions with fixture rows.
#include "storage/storagexml.h"

#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestStorageXml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void volume_data();
    void volume();
    void pool();
    void malformed();
    void newVolumeRoundTrip_data();
    void newVolumeRoundTrip();
    void escapesNames();
    void names_data();
    void names();
};

void TestStorageXml::volume_data() {
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("backing");
    QTest::addColumn<quint64>("capacity");
    QTest::addColumn<quint64>("allocation");
    QTest::newRow("overlay") << uR"(<volume type='file'><name>b.qcow2</name>
  <capacity unit='bytes'>1073741824</capacity><allocation unit='bytes'>196608</allocation>
  <target><path>/p/b.qcow2</path><format type='qcow2'/></target>
  <backingStore><path>/p/a.qcow2</path><format type='qcow2'/></backingStore></volume>)"_s
                             << u"qcow2"_s << u"/p/b.qcow2"_s << u"/p/a.qcow2"_s
                             << (quint64(1) << 30) << quint64(196608);
    QTest::newRow("units") << uR"(<volume><name>x</name><capacity unit='GiB'>4</capacity>
  <allocation unit='MiB'>142</allocation><target><path>/x</path><format type='raw'/></target>
  </volume>)"_s << u"raw"_s << u"/x"_s
                           << QString() << (quint64(4) << 30) << (quint64(142) << 20);
    QTest::newRow("no format") << uR"(<volume type='block'><name>sda</name>
  <capacity>512</capacity><target><path>/dev/sda</path></target></volume>)"_s
                               << QString() << u"/dev/sda"_s << QString() << quint64(512)
                               << quint64(0);
}

void TestStorageXml::volume() {
    QFETCH(QString, xml);
    QString error;
    const VolumeXml v = parseVolumeXml(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTEST(v.format, "format");
    QTEST(v.path, "path");
    QTEST(v.backingPath, "backing");
    QTEST(v.capacityBytes, "capacity");
    QTEST(v.allocationBytes, "allocation");
}

void TestStorageXml::pool() {
    const PoolXml p = parsePoolXml(uR"(<pool type='dir'><name>default</name>
  <source/><target><path>/var/lib/libvirt/images</path><permissions><mode>0711</mode>
  </permissions></target></pool>)"_s);
    QCOMPARE(p.type, u"dir"_s);
    QCOMPARE(p.targetPath, u"/var/lib/libvirt/images"_s);
}

void TestStorageXml::malformed() {
    QString error;
    QCOMPARE(parseVolumeXml(u"<volume><name>x</nam></volume>"_s, &error).path, QString());
    QVERIFY(error.contains(u"line 1"_s));
    error.clear();
    QCOMPARE(parsePoolXml(u"<volume/>"_s, &error).type, QString());
    QVERIFY(!error.isEmpty());
}

void TestStorageXml::newVolumeRoundTrip_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<quint64>("capacity");
    QTest::addColumn<QString>("backing");
    QTest::addColumn<QString>("backingFormat");
    QTest::newRow("qcow2") << u"qcow2"_s << (quint64(10) << 30) << QString() << QString();
    QTest::newRow("raw odd size") << u"raw"_s << quint64(1234567) << QString() << QString();
    QTest::newRow("overlay") << u"qcow2"_s << (quint64(1) << 30) << u"/p/base.img"_s << u"raw"_s;
}

void TestStorageXml::newVolumeRoundTrip() {
    QFETCH(QString, format);
    QFETCH(quint64, capacity);
    QFETCH(QString, backing);
    QFETCH(QString, backingFormat);
    const VolumeXml v =
        parseVolumeXml(newVolumeXml(u"n"_s, format, capacity, backing, backingFormat));
    QCOMPARE(v.format, format);
    QCOMPARE(v.capacityBytes, capacity);
    QCOMPARE(v.allocationBytes, quint64(0));
    QCOMPARE(v.backingPath, backing);
    QCOMPARE(v.backingFormat, backingFormat);
}

void TestStorageXml::escapesNames() {
    const QString xml = newVolumeXml(u"a<b>&'\".img"_s, u"raw"_s, 1);
    QVERIFY(xml.contains(u"<name>a&lt;b"_s));
    QVERIFY(xml.contains(u"&amp;"_s));
    QString error;
    parseVolumeXml(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsePoolXml(dirPoolXml(u"p&q"_s, u"/srv/p&q"_s)).targetPath, u"/srv/p&q"_s);
}

void TestStorageXml::names_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << u"disk.qcow2"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"  "_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("dotdot") << u".."_s << false;
}

void TestStorageXml::names() {
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(volumeNameProblem(name).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestStorageXml)
#include "tst_storagexml.moc"
