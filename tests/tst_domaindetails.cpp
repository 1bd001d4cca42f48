// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parts of the VM details: XML-derived details, clone rewriting, snapshot XML, line diff,
// console command. No libvirt connection needed.
#include "console/viewercommand.h"
#include "core/linediff.h"
#include "domains/domainclone.h"
#include "domains/domaindetails.h"
#include "domains/newvmspec.h"
#include "domains/snapshotinfo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
QString readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The first <domain> of the details test host, as libvirt would hand it out.
QString webXml() {
    const QString node = readFile(QStringLiteral(VIRTDECK_TEST_DATA "/details-node.xml"));
    const int from = int(node.indexOf(u"<domain"_s));
    const int to = int(node.indexOf(u"</domain>"_s)) + 9;
    return node.mid(from, to - from);
}
} // namespace

class TestDomainDetails : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detailsFromXml();
    void osNames_data();
    void osNames();
    void cloneXmlDropsIdentity();
    void cloneXmlKeepsTheRest();
    void cloneXmlMalformed();
    void snapshotXml();
    void snapshotTreeOrder();
    void diff_data();
    void diff();
    void unifiedHunks();
    void longTextsDiffExactly();
    void viewerCommandFindsViewer();
    void domainCapabilities();
    void newVmXml_data();
    void newVmXml();
    void hostSuggestion();
};

void TestDomainDetails::detailsFromXml() {
    DomainDetails d;
    fillDetailsFromXml(d, webXml());
    QCOMPARE(d.maxVcpus, 4);
    QCOMPARE(d.arch, u"x86_64"_s);
    QCOMPARE(d.machine, u"pc"_s);
    QCOMPARE(d.osId, u"http://debian.org/debian/12"_s);
    QCOMPARE(d.osName, u"Debian 12"_s);
    QVERIFY(d.hasGraphics);
    QCOMPARE(d.disks.size(), 1);
    QCOMPARE(d.disks[0].sourcePath, u"/detailpool/web.qcow2"_s);
    QCOMPARE(d.disks[0].bus, u"virtio"_s);
    QCOMPARE(d.nics.size(), 2);
    QCOMPARE(d.nics[0].mac, u"52:54:00:aa:00:01"_s);
    QCOMPARE(d.nics[0].type, u"network"_s);
    QCOMPARE(d.nics[0].source, u"default"_s);
    QCOMPARE(d.nics[0].model, u"virtio"_s);
    QCOMPARE(d.nics[1].source, u"br0"_s);
    QCOMPARE(d.nics[1].model, u"e1000"_s);
    // An interface outside <devices> (none exists in libvirt, but a parser must not invent one).
    QCOMPARE(parseDomainNics(u"<domain><interface type='x'/></domain>"_s).size(), 0);
    QCOMPARE(parseLibosinfoId(u"<domain><metadata><os id='nope'/></metadata></domain>"_s),
             QString());
}

void TestDomainDetails::osNames_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("debian") << u"http://debian.org/debian/12"_s << u"Debian 12"_s;
    QTest::newRow("ubuntu") << u"http://ubuntu.com/ubuntu/22.04"_s << u"Ubuntu 22.04"_s;
    QTest::newRow("windows") << u"http://microsoft.com/win/11"_s << u"Windows 11"_s;
    QTest::newRow("unknown family") << u"http://example.org/plan9/4"_s << u"Plan9 4"_s;
    QTest::newRow("no version") << u"http://archlinux.org/archlinux/rolling"_s
                                << u"Arch Linux rolling"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not a url") << u"weird"_s << u"weird"_s;
}

void TestDomainDetails::osNames() {
    QFETCH(QString, id);
    QFETCH(QString, name);
    QCOMPARE(osNameFromLibosinfoId(id), name);
}

void TestDomainDetails::cloneXmlDropsIdentity() {
    QString error;
    const QString out =
        cloneDomainXml(webXml(), u"web-copy"_s,
                       {{u"/detailpool/web.qcow2"_s, u"/detailpool/w2.qcow2"_s}}, {}, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    QVERIFY(!out.contains(u"<uuid>"_s));
    QVERIFY(!out.contains(u"52:54:00:aa:00:01"_s));
    QVERIFY(!out.contains(u"<mac"_s));
    QVERIFY(out.contains(u"<name>web-copy</name>"_s));
    QVERIFY(!out.contains(u"<name>web</name>"_s));
    QVERIFY(out.contains(u"/detailpool/w2.qcow2"_s));
    QVERIFY(!out.contains(u"/detailpool/web.qcow2"_s));
    // The interfaces themselves stay; only their identity goes.
    QCOMPARE(parseDomainNics(out).size(), 2);
    QCOMPARE(parseDomainNics(out).at(0).mac, QString());
}

void TestDomainDetails::cloneXmlKeepsTheRest() {
    const QString xml =
        u"<domain type='kvm'><!-- keep me --><name>a</name><uuid>u</uuid>"
        "<os><type>hvm</type><nvram>/var/lib/libvirt/qemu/nvram/a_VARS.fd</nvram></os>"
        "<description>x &amp; y</description><devices>"
        "<disk type='volume' device='disk'><source pool='p' volume='a.qcow2'/>"
        "<target dev='vda'/></disk>"
        "<disk type='file' device='cdrom'><source file='/iso/x.iso'/><readonly/></disk>"
        "<interface type='network'><mac address='52:54:00:00:00:01'/><source network='n'/>"
        "<target dev='vnet3'/></interface></devices></domain>"_s;
    const QString out = cloneDomainXml(xml, u"b"_s, {}, {{u"p/a.qcow2"_s, u"b-vda.qcow2"_s}});
    QVERIFY(out.contains(u"<!-- keep me -->"_s));
    QVERIFY(out.contains(u"x &amp; y"_s));
    QVERIFY(out.contains(u"volume=\"b-vda.qcow2\""_s));
    QVERIFY(out.contains(u"pool=\"p\""_s));
    QVERIFY(out.contains(u"/iso/x.iso"_s)); // not in the map: shared, kept
    QVERIFY(!out.contains(u"nvram"_s));
    QVERIFY(!out.contains(u"vnet3"_s));
    QVERIFY(out.contains(u"<source network=\"n\"/>"_s));
    QVERIFY(!out.startsWith(u"<?xml"_s));
}

void TestDomainDetails::cloneXmlMalformed() {
    QString error;
    QCOMPARE(cloneDomainXml(u"<domain><name>a</domain>"_s, u"b"_s, {}, {}, &error), QString());
    QVERIFY(error.contains(u"line 1"_s));
}

void TestDomainDetails::snapshotXml() {
    const QString xml = u"<domainsnapshot><name>before-upgrade</name>"
                        "<description>apt &lt;full&gt; upgrade</description>"
                        "<state>running</state><parent><name>base</name></parent>"
                        "<creationTime>1700000000</creationTime><memory snapshot='internal'/>"
                        "<disks><disk name='vda' snapshot='internal'/></disks>"
                        "<domain type='qemu'><name>vm</name><description>not this</description>"
                        "</domain></domainsnapshot>"_s;
    SnapshotInfo info;
    QVERIFY(parseSnapshotXml(xml, &info));
    QCOMPARE(info.name, u"before-upgrade"_s);
    QCOMPARE(info.parent, u"base"_s);
    QCOMPARE(info.description, u"apt <full> upgrade"_s);
    QCOMPARE(info.state, u"running"_s);
    QCOMPARE(info.created.toSecsSinceEpoch(), 1700000000);
    QVERIFY(info.hasMemory);
    QVERIFY(!info.external);

    SnapshotInfo ext;
    QVERIFY(parseSnapshotXml(u"<domainsnapshot><name>e</name><state>disk-snapshot</state>"
                             "<memory snapshot='no'/><disks><disk name='vda' snapshot='external'>"
                             "<source file='/x.e'/></disk></disks></domainsnapshot>"_s,
                             &ext));
    QVERIFY(ext.external);
    QVERIFY(!ext.hasMemory);
    QVERIFY(ext.parent.isEmpty());
    SnapshotInfo bad;
    QVERIFY(!parseSnapshotXml(u"<domainsnapshot><name>x</name>"_s, &bad));
}

void TestDomainDetails::snapshotTreeOrder() {
    QList<SnapshotInfo> in;
    auto snap = [](const QString &n, const QString &p) {
        SnapshotInfo s;
        s.name = n;
        s.parent = p;
        return s;
    };
    in << snap(u"c"_s, u"b"_s) << snap(u"b"_s, u"a"_s) << snap(u"a"_s, {}) << snap(u"d"_s, u"a"_s)
       << snap(u"orphan"_s, u"gone"_s);
    const auto out = sortedParentsFirst(in);
    QCOMPARE(out.size(), 5);
    QStringList seen;
    for (const auto &s : out) {
        if (s.name != u"orphan"_s && !s.parent.isEmpty())
            QVERIFY2(seen.contains(s.parent), qPrintable(s.name));
        seen << s.name;
    }
}

void TestDomainDetails::diff_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("ops"); // one letter per line: = - +
    QTest::newRow("equal") << u"x\ny\n"_s << u"x\ny\n"_s << u"=="_s;
    QTest::newRow("change middle") << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << u"=-+="_s;
    QTest::newRow("insert") << u"a\nc"_s << u"a\nb\nc"_s << u"=+="_s;
    QTest::newRow("delete") << u"a\nb\nc"_s << u"a\nc"_s << u"=-="_s;
    QTest::newRow("from empty") << QString() << u"a\nb"_s << u"++"_s;
    QTest::newRow("to empty") << u"a\n"_s << QString() << u"-"_s;
    QTest::newRow("crlf is not a change") << u"a\r\nb\r\n"_s << u"a\nb\n"_s << u"=="_s;
    QTest::newRow("moved line") << u"a\nb\nc\nd"_s << u"b\nc\na\nd"_s << u"-==+="_s;
    QTest::newRow("two changes") << u"a\nb\nc\nd\ne"_s << u"a\nB\nc\nD\ne"_s << u"=-+=-+="_s;
    QTest::newRow("all different") << u"a\nb"_s << u"c\nd\ne"_s << u"--+++"_s;
}

void TestDomainDetails::diff() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, ops);
    const auto d = diffLines(a, b);
    QString got;
    QString rebuiltOld, rebuiltNew;
    for (const auto &l : d) {
        got += l.op == DiffLine::Op::Same ? u'=' : l.op == DiffLine::Op::Added ? u'+' : u'-';
        if (l.op != DiffLine::Op::Added)
            rebuiltOld += l.text + u'\n';
        if (l.op != DiffLine::Op::Removed)
            rebuiltNew += l.text + u'\n';
    }
    QCOMPARE(got, ops);
    // Both sides can be rebuilt from the diff.
    auto norm = [](QString s) {
        s.remove(u'\r');
        if (!s.isEmpty() && !s.endsWith(u'\n'))
            s += u'\n';
        return s;
    };
    QCOMPARE(rebuiltOld, norm(a));
    QCOMPARE(rebuiltNew, norm(b));
}

void TestDomainDetails::unifiedHunks() {
    QStringList a;
    for (int i = 1; i <= 40; ++i)
        a << u"line %1"_s.arg(i);
    QStringList b = a;
    b[4] = u"five"_s;        // line 5
    b[30] = u"thirty-one"_s; // line 31, far away: a second hunk
    const QString u = unifiedDiff(diffLines(a.join(u'\n'), b.join(u'\n')), 2);
    QCOMPARE(u.count(u"@@ -"_s), 2);
    QVERIFY(u.startsWith(u"@@ -3,5 +3,5 @@\n line 3\n line 4\n-line 5\n+five\n"_s));
    QVERIFY(u.contains(u"@@ -29,5 +29,5 @@\n"_s));
    QVERIFY(!u.contains(u"line 10\n"_s));
    QCOMPARE(unifiedDiff(diffLines(u"same"_s, u"same"_s)), QString());
}

void TestDomainDetails::longTextsDiffExactly() {
    // 12,000 lines with edits far apart: still the minimal diff, not one big replacement.
    QStringList a;
    for (int i = 0; i < 12000; ++i)
        a << u"line %1"_s.arg(i);
    QStringList b = a;
    b[10] = u"ten"_s;
    b[11990] = u"almost last"_s;
    b.insert(6000, u"inserted"_s);
    const auto d = diffLines(a.join(u'\n'), b.join(u'\n'));
    int removed = 0, added = 0;
    for (const auto &l : d) {
        removed += l.op == DiffLine::Op::Removed;
        added += l.op == DiffLine::Op::Added;
    }
    QCOMPARE(removed, 2);
    QCOMPARE(added, 3);
}

void TestDomainDetails::viewerCommandFindsViewer() {
    QTemporaryDir dir;
    const auto missing = viewerCommand(u"qemu+ssh://root@h/system"_s, u"uuid-1"_s, {dir.path()});
    QVERIFY(missing.program.isEmpty());
    QVERIFY(missing.error.contains(u"virt-viewer"_s));
    QFile fake(dir.filePath(u"virt-viewer"_s));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\n");
    fake.close();
    fake.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    const auto found = viewerCommand(u"qemu+ssh://root@h/system"_s, u"uuid-1"_s, {dir.path()});
    QCOMPARE(found.program, dir.filePath(u"virt-viewer"_s));
    QVERIFY(found.error.isEmpty());
    const int c = int(found.arguments.indexOf(u"--connect"_s));
    QVERIFY(c >= 0);
    QCOMPARE(found.arguments.at(c + 1), u"qemu+ssh://root@h/system"_s);
    QCOMPARE(found.arguments.last(), u"uuid-1"_s);
}

void TestDomainDetails::domainCapabilities() {
    DomainCapabilities caps;
    QVERIFY(parseDomainCapabilities(
        readFile(QStringLiteral(VIRTDECK_TEST_DATA "/domcaps-qemu-tcg.xml")), &caps));
    QCOMPARE(caps.emulator, u"/usr/bin/qemu-system-x86_64"_s);
    QCOMPARE(caps.domainType, u"qemu"_s);
    QCOMPARE(caps.machine, u"pc-i440fx-7.2"_s);
    QCOMPARE(caps.arch, u"x86_64"_s);
    QCOMPARE(caps.maxVcpus, 255);
    QVERIFY(caps.diskBuses.contains(u"virtio"_s));
    QVERIFY(caps.diskBuses.contains(u"sata"_s));
    QVERIFY(!caps.diskBuses.contains(u"vga"_s)); // another enum's values stay out
    QVERIFY(caps.graphicsTypes.contains(u"vnc"_s));
    QVERIFY(caps.videoModels.contains(u"virtio"_s));
    QVERIFY(!caps.hostPassthrough); // TCG
    DomainCapabilities none;
    QVERIFY(!parseDomainCapabilities(u"<capabilities/>"_s, &none));
}

void TestDomainDetails::newVmXml_data() {
    QTest::addColumn<int>("source");
    QTest::newRow("iso") << int(NewVmSpec::Source::InstallFromIso);
    QTest::newRow("import") << int(NewVmSpec::Source::ImportDisk);
    QTest::newRow("template") << int(NewVmSpec::Source::Template);
}

void TestDomainDetails::newVmXml() {
    QFETCH(int, source);
    DomainCapabilities caps;
    QVERIFY(parseDomainCapabilities(
        readFile(QStringLiteral(VIRTDECK_TEST_DATA "/domcaps-qemu-tcg.xml")), &caps));
    NewVmSpec spec;
    spec.source = NewVmSpec::Source(source);
    spec.name = u"new <vm>"_s;
    spec.vcpus = 2;
    spec.memoryBytes = quint64(512) << 20;
    spec.isoPath = u"/isos/debian.iso"_s;
    spec.network = u"default"_s;
    spec.osId = u"http://debian.org/debian/12"_s;
    const QString xml = buildNewDomainXml(caps, spec, u"/img/new.qcow2"_s, u"qcow2"_s);
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QVERIFY(xml.startsWith(u"<domain type='qemu'>"_s));
    QVERIFY(xml.contains(u"<name>new &lt;vm&gt;</name>"_s));
    QVERIFY(xml.contains(u"machine='pc-i440fx-7.2'"_s));
    QVERIFY(xml.contains(u"<emulator>/usr/bin/qemu-system-x86_64</emulator>"_s));
    QVERIFY(xml.contains(u"<memory unit='KiB'>524288</memory>"_s));
    QVERIFY(xml.contains(u"<vcpu placement='static'>2</vcpu>"_s));
    QVERIFY(!xml.contains(u"host-passthrough"_s));
    DomainDetails d;
    fillDetailsFromXml(d, xml);
    QCOMPARE(d.osName, u"Debian 12"_s);
    QCOMPARE(d.disks.first().sourcePath, u"/img/new.qcow2"_s);
    QCOMPARE(d.disks.first().bus, u"virtio"_s);
    QCOMPARE(d.nics.size(), 1);
    QCOMPARE(d.nics.first().source, u"default"_s);
    QVERIFY(d.hasGraphics);
    const bool iso = spec.source == NewVmSpec::Source::InstallFromIso;
    QCOMPARE(d.disks.size(), iso ? 2 : 1);
    QCOMPARE(xml.contains(u"<boot dev='cdrom'/>"_s), iso);
    if (iso) {
        QCOMPARE(d.disks[1].device, u"cdrom"_s);
        QCOMPARE(d.disks[1].bus, u"ide"_s); // the pc machine has no SATA controller
        QVERIFY(d.disks[1].readOnly);
    }
    // KVM hosts get the host CPU.
    caps.hostPassthrough = true;
    caps.domainType = u"kvm"_s;
    QVERIFY(buildNewDomainXml(caps, spec, u"/x"_s, u"raw"_s).contains(u"host-passthrough"_s));
}

void TestDomainDetails::hostSuggestion() {
    HostInfo a, b, c;
    a.connectionId = u"a"_s;
    a.freeMemoryBytes = quint64(2) << 30;
    b.connectionId = u"b"_s;
    b.freeMemoryBytes = quint64(8) << 30;
    c.connectionId = u"c"_s;
    c.freeMemoryBytes = quint64(4) << 30;
    QCOMPARE(suggestHost({a, b, c}, quint64(1) << 30), u"b"_s);
    QCOMPARE(suggestHost({a, c}, quint64(3) << 30), u"c"_s);
    QCOMPARE(suggestHost({a, c}, quint64(16) << 30), QString());
    QCOMPARE(suggestHost({}, 0), QString());
}

QTEST_GUILESS_MAIN(TestDomainDetails)
#include "tst_domaindetails.moc"
