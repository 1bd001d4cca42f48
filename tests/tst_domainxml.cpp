// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domainxml.h"

#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestDomainXml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void malformed();
    void ownedDisks_data();
    void ownedDisks();
};

void TestDomainXml::parse_data() {
    QTest::addColumn<QString>("xml");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstPath");
    QTest::addColumn<QString>("firstTarget");

    QTest::newRow("file disk")
        << u"<domain><devices><disk type='file' device='disk'><driver type='qcow2'/>"
           "<source file='/var/lib/a.qcow2'/><target dev='vda' bus='virtio'/></disk>"
           "</devices></domain>"_s
        << 1 << u"/var/lib/a.qcow2"_s << u"vda"_s;
    QTest::newRow("block and cdrom")
        << u"<domain><devices><disk type='block'><source dev='/dev/sdb'/><target dev='sdb'/>"
           "</disk><disk type='file' device='cdrom'><readonly/><target dev='sdc'/></disk>"
           "</devices></domain>"_s
        << 2 << u"/dev/sdb"_s << u"sdb"_s;
    QTest::newRow("no devices") << u"<domain><name>x</name></domain>"_s << 0 << QString()
                                << QString();
    // A <disk> outside <devices> (e.g. inside metadata) is not a device.
    QTest::newRow("disk in metadata")
        << u"<domain><metadata><disk><source file='/x'/></disk></metadata><devices/></domain>"_s
        << 0 << QString() << QString();
    QTest::newRow("entities and comments")
        << u"<domain><!-- <disk> --><devices><disk type='file'><source file='/a&amp;b.img'/>"
           "<target dev='vdb'/></disk></devices></domain>"_s
        << 1 << u"/a&b.img"_s << u"vdb"_s;
}

void TestDomainXml::parse() {
    QFETCH(QString, xml);
    QFETCH(int, count);
    QFETCH(QString, firstPath);
    QFETCH(QString, firstTarget);
    QString error;
    const auto disks = parseDomainDisks(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(disks.size(), count);
    if (count) {
        QCOMPARE(disks.first().sourcePath, firstPath);
        QCOMPARE(disks.first().target, firstTarget);
    }
}

void TestDomainXml::malformed() {
    QString error;
    const auto disks = parseDomainDisks(u"<domain><devices><disk></devices>"_s, &error);
    QVERIFY(disks.isEmpty());
    QVERIFY(error.contains(u"line"_s));
}

void TestDomainXml::ownedDisks_data() {
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QStringList>("owned");
    QTest::newRow("skips cdrom, readonly and shareable")
        << u"<domain><devices>"
           "<disk type='file' device='disk'><source file='/a'/><target dev='vda'/></disk>"
           "<disk type='file' device='cdrom'><source file='/iso'/><readonly/></disk>"
           "<disk type='file' device='disk'><source file='/ro'/><readonly/></disk>"
           "<disk type='file' device='disk'><source file='/shared'/><shareable/></disk>"
           "<disk type='network' device='disk'><source protocol='nbd'/></disk>"
           "<disk type='volume' device='disk'><source pool='p' volume='v'/></disk>"
           "</devices></domain>"_s
        << QStringList{u"/a"_s, u"p/v"_s};
}

void TestDomainXml::ownedDisks() {
    QFETCH(QString, xml);
    QFETCH(QStringList, owned);
    QStringList got;
    for (const auto &d : virtdeck::ownedDisks(parseDomainDisks(xml)))
        got << (d.sourcePath.isEmpty() ? d.sourcePool + u'/' + d.sourceVolume : d.sourcePath);
    QCOMPARE(got, owned);
}

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
