// SPDX-License-Identifier: GPL-3.0-or-later
// The VM details services against libvirt's test driver (a real driver, no daemon): details,
// edits, screenshots, clones, XML definitions and snapshots, through the ConnectionManager.
#include "core/connectionmanager.h"
#include "domains/libvirt/domainservice.h"
#include "domains/libvirt/snapshotservice.h"
#include "domains/libvirt/xmldefinitionservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/details-node.xml"_s;
const QString kWeb = u"11111111-2222-3333-4444-000000000001"_s;
const QString kDb = u"11111111-2222-3333-4444-000000000002"_s;
const QString kNetwork = u"dd8fe884-6c02-601e-7551-cca97df1c5df"_s;

// Each test gets its own host: the test driver keeps state per connection URI only while open.
struct Host {
    ConnectionManager cm;
    QString id;
    Host() {
        id = cm.addConnection(ConnectionConfig::fromUri(kNode), true);
        (void)QTest::qWaitFor([&] { return cm.state(id) == ConnectionState::Connected; }, 10000);
    }
    ~Host() { cm.shutdown(); }
};

template <typename Spy> bool waitFor(Spy &spy, int count = 1) {
    return QTest::qWaitFor([&] { return spy.size() >= count; }, 10000);
}

DomainDetails fetch(DomainService &s, const QString &uuid) {
    QSignalSpy spy(&s, &DomainService::detailsReady);
    s.fetchDetails(uuid);
    return waitFor(spy) ? spy.at(0).at(0).value<DomainDetails>() : DomainDetails{};
}

DomainEditResult edit(DomainService &s, const QString &uuid, const DomainEdit &e) {
    QSignalSpy spy(&s, &DomainService::editFinished);
    s.applyEdit(uuid, e);
    return waitFor(spy) ? spy.at(0).at(0).value<DomainEditResult>() : DomainEditResult{};
}

DomainEditOutcome outcome(const DomainEditResult &r, const QString &field) {
    for (const auto &o : r.outcomes)
        if (o.field == field)
            return o;
    return {};
}
} // namespace

class TestDomainService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsDetails();
    void detailsOfANicOnANetworkWithoutAddresses();
    void notConnected();
    void editsLiveAndNextBoot();
    void editsShutOffVm();
    void screenshot();
    void cloneFullAndLinked();
    void cloneRefusesRunningVm();
    void xmlRoundTripAndValidation();
    void networkXml();
    void snapshotsOnTestDriver();
};

// The test driver dies answering virDomainInterfaceAddresses for a NIC on a network without <ip>
// (the demo hosts' gateways): the details come without addresses instead of ending the process.
void TestDomainService::detailsOfANicOnANetworkWithoutAddresses() {
    ConnectionManager cm;
    const QString id = cm.addConnection(
        ConnectionConfig::fromUri(u"test://" VIRTDECK_TEST_DATA "/noip-network-node.xml"_s), true);
    QVERIFY(QTest::qWaitFor([&] { return cm.state(id) == ConnectionState::Connected; }, 10000));
    DomainService s(&cm, id);
    const DomainDetails d = fetch(s, u"11111111-2222-3333-4444-0000000000aa"_s);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.state, DomainState::Running);
    QCOMPARE(d.nics.size(), 1);
    QVERIFY(d.nics[0].addresses.isEmpty());
    cm.shutdown();
}

void TestDomainService::readsDetails() {
    Host h;
    DomainService s(&h.cm, h.id);
    const DomainDetails d = fetch(s, kWeb);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.name, u"web"_s);
    QCOMPARE(d.connectionId, h.id);
    QCOMPARE(d.state, DomainState::Running);
    QCOMPARE(d.title, u"Web front"_s);
    QCOMPARE(d.description, u"Serves the <shop> site"_s);
    QCOMPARE(d.osName, u"Debian 12"_s);
    QCOMPARE(d.vcpus, 4);
    QCOMPARE(d.memoryBytes, quint64(1) << 30);
    QCOMPARE(d.disks.size(), 1);
    QCOMPARE(d.nics.size(), 2);
    // The test driver answers virDomainInterfaceAddresses for running VMs, matched by MAC.
    QCOMPARE(d.nics[0].addresses.size(), 1);
    QVERIFY(d.nics[0].addresses[0].startsWith(u"192.168."_s));
    QCOMPARE(d.nics[0].addressSource, u"lease"_s);
    QCOMPARE(d.uptimeSeconds, -1); // not a local QEMU host

    const DomainDetails off = fetch(s, kDb);
    QCOMPARE(off.state, DomainState::Shutoff);
    QCOMPARE(off.vcpus, 1);
    QCOMPARE(off.maxVcpus, 2);
    QVERIFY(off.nics.at(0).addresses.isEmpty());

    const DomainDetails missing = fetch(s, u"00000000-0000-0000-0000-00000000dead"_s);
    QVERIFY(!missing.error.isEmpty());
}

void TestDomainService::notConnected() {
    ConnectionManager cm;
    DomainService s(&cm, u"nope"_s);
    const DomainDetails d = fetch(s, kWeb);
    QCOMPARE(d.error, u"Not connected"_s);
}

void TestDomainService::editsLiveAndNextBoot() {
    Host h;
    DomainService s(&h.cm, h.id);
    DomainEdit e;
    e.vcpus = 2;
    e.title = u"Shop front"_s;
    e.description = u"New & improved"_s;
    e.autostart = true;
    DomainEditResult r = edit(s, kWeb, e);
    QCOMPARE(r.outcomes.size(), 4);
    QVERIFY(r.ok());
    QCOMPARE(outcome(r, u"vcpus"_s).applied, DomainEditOutcome::Applied::Now);
    QCOMPARE(outcome(r, u"title"_s).applied, DomainEditOutcome::Applied::Now);
    DomainDetails d = fetch(s, kWeb);
    QCOMPARE(d.vcpus, 2);
    QCOMPARE(d.title, u"Shop front"_s);
    QCOMPARE(d.description, u"New & improved"_s);
    QVERIFY(d.autostart);

    // Above the running VM's maximum: written to the definition, said to apply at next boot.
    DomainEdit more;
    more.vcpus = 6;
    r = edit(s, kWeb, more);
    const auto o = outcome(r, u"vcpus"_s);
    QCOMPARE(o.applied, DomainEditOutcome::Applied::NextBoot);
    QVERIFY(o.message.contains(u"next boot"_s));
    QCOMPARE(fetch(s, kWeb).vcpus, 2); // the running VM is unchanged

    // A value libvirt rejects comes back with libvirt's message.
    DomainEdit zero;
    zero.vcpus = 0;
    r = edit(s, kWeb, zero);
    QVERIFY(!r.ok());
    QVERIFY(!outcome(r, u"vcpus"_s).message.isEmpty());
}

void TestDomainService::editsShutOffVm() {
    Host h;
    DomainService s(&h.cm, h.id);
    DomainEdit e;
    e.vcpus = 2;
    e.memoryBytes = quint64(1536) << 20;
    e.title = QString(); // clears
    DomainEditResult r = edit(s, kDb, e);
    QVERIFY2(r.ok(), qPrintable(r.outcomes.isEmpty() ? QString() : r.outcomes.last().message));
    DomainDetails d = fetch(s, kDb);
    QCOMPARE(d.vcpus, 2);
    QCOMPARE(d.memoryBytes, quint64(1536) << 20);

    DomainEdit big;
    big.memoryBytes = quint64(4) << 30; // above the 2 GiB maximum: the maximum is raised
    r = edit(s, kDb, big);
    QCOMPARE(outcome(r, u"memory"_s).applied, DomainEditOutcome::Applied::Now);
    d = fetch(s, kDb);
    QCOMPARE(d.maxMemoryBytes, quint64(4) << 30);
}

void TestDomainService::screenshot() {
    Host h;
    DomainService s(&h.cm, h.id);
    QSignalSpy spy(&s, &DomainService::screenshotReady);
    s.takeScreenshot(kWeb);
    QVERIFY(waitFor(spy));
    const QString error = spy.at(0).at(3).toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(spy.at(0).at(0).toString(), kWeb);
    QVERIFY(!spy.at(0).at(2).toString().isEmpty()); // a MIME type
    QVERIFY(spy.at(0).at(1).toByteArray().size() > 16);

    s.takeScreenshot(u"00000000-0000-0000-0000-00000000dead"_s); // no such VM
    QVERIFY(waitFor(spy, 2));
    QVERIFY(!spy.at(1).at(3).toString().isEmpty());
}

void TestDomainService::cloneFullAndLinked() {
    Host h;
    DomainService s(&h.cm, h.id);
    QSignalSpy spy(&s, &DomainService::cloneFinished);
    s.cloneDomain(kDb, u"db-full"_s, CloneMode::Full);
    QVERIFY(waitFor(spy));
    auto r = spy.at(0).at(0).value<ActionResult>();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(!r.uuid.isEmpty() && r.uuid != kDb);
    const DomainDetails full = fetch(s, r.uuid);
    QCOMPARE(full.name, u"db-full"_s);
    QCOMPARE(full.disks.size(), 2);
    QCOMPARE(full.disks[0].sourcePath, u"/detailpool/db-full-vda.qcow2"_s);
    QCOMPARE(full.disks[1].sourcePath, u"/detailpool/install.iso"_s); // read-only: shared
    QCOMPARE(full.nics.size(), 1);
    QVERIFY(!full.nics[0].mac.isEmpty());
    QVERIFY(full.nics[0].mac != u"52:54:00:bb:00:01"_s);

    s.cloneDomain(kDb, u"db-linked"_s, CloneMode::Linked);
    QVERIFY(waitFor(spy, 2));
    r = spy.at(1).at(0).value<ActionResult>();
    QVERIFY2(r.ok, qPrintable(r.message));
    const DomainDetails linked = fetch(s, r.uuid);
    QCOMPARE(linked.disks[0].sourcePath, u"/detailpool/db-linked-vda.qcow2"_s);
    QVERIFY(linked.uuid != full.uuid);
    QVERIFY(linked.nics[0].mac != full.nics[0].mac);

    // The name is taken now: libvirt refuses, and the volume made for it is removed again.
    s.cloneDomain(kDb, u"db-full"_s, CloneMode::Full);
    QVERIFY(waitFor(spy, 3));
    r = spy.at(2).at(0).value<ActionResult>();
    QVERIFY(!r.ok);
    QVERIFY(!r.message.isEmpty());
}

void TestDomainService::cloneRefusesRunningVm() {
    Host h;
    DomainService s(&h.cm, h.id);
    QSignalSpy spy(&s, &DomainService::cloneFinished);
    s.cloneDomain(kWeb, u"web-2"_s, CloneMode::Full);
    QVERIFY(waitFor(spy));
    const auto r = spy.at(0).at(0).value<ActionResult>();
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(u"Shut the VM off"_s));
}

void TestDomainService::xmlRoundTripAndValidation() {
    Host h;
    XmlDefinitionService x(&h.cm, h.id, XmlObjectKind::Domain, kDb);
    QSignalSpy loaded(&x, &XmlDefinitionService::loaded);
    QSignalSpy applied(&x, &XmlDefinitionService::applied);
    x.load();
    QVERIFY(waitFor(loaded));
    const QString xml = loaded.at(0).at(0).toString();
    QVERIFY(loaded.at(0).at(1).toString().isEmpty());
    QVERIFY(xml.contains(u"<name>db</name>"_s));

    // Round trip: what libvirt hands out, it takes back unchanged.
    x.apply(xml);
    QVERIFY(waitFor(applied));
    QVERIFY2(applied.at(0).at(0).toBool(), qPrintable(applied.at(0).at(1).toString()));
    QCOMPARE(applied.at(0).at(2).toString(), kDb);
    QCOMPARE(applied.at(0).at(3).toString(), xml);

    // An edit is stored.
    QString edited = xml;
    edited.replace(u"<on_crash>destroy</on_crash>"_s, u"<on_crash>restart</on_crash>"_s);
    QVERIFY(edited != xml);
    x.apply(edited);
    QVERIFY(waitFor(applied, 2));
    QVERIFY(applied.at(1).at(0).toBool());
    QVERIFY(applied.at(1).at(3).toString().contains(u"<on_crash>restart</on_crash>"_s));

    // Schema validation: an unknown element is refused with libvirt's message.
    QString invalid = xml;
    invalid.replace(u"<devices>"_s, u"<devices><frobnicator/>"_s);
    x.apply(invalid);
    QVERIFY(waitFor(applied, 3));
    QVERIFY(!applied.at(2).at(0).toBool());
    const QString message = applied.at(2).at(1).toString();
    QVERIFY2(message.contains(u"frobnicator"_s) ||
                 message.contains(u"schema"_s, Qt::CaseInsensitive),
             qPrintable(message));

    // Malformed XML: the parser's message.
    x.apply(u"<domain type='test'><name>db</name>"_s);
    QVERIFY(waitFor(applied, 4));
    QVERIFY(!applied.at(3).at(0).toBool());
    QVERIFY(!applied.at(3).at(1).toString().isEmpty());

    // The definition is still the last good one.
    x.load();
    QVERIFY(waitFor(loaded, 2));
    QVERIFY(loaded.at(1).at(0).toString().contains(u"<on_crash>restart</on_crash>"_s));
}

void TestDomainService::networkXml() {
    Host h;
    XmlDefinitionService x(&h.cm, h.id, XmlObjectKind::Network, kNetwork);
    QSignalSpy loaded(&x, &XmlDefinitionService::loaded);
    QSignalSpy applied(&x, &XmlDefinitionService::applied);
    x.load();
    QVERIFY(waitFor(loaded));
    const QString xml = loaded.at(0).at(0).toString();
    QVERIFY2(xml.contains(u"<network"_s), qPrintable(loaded.at(0).at(1).toString()));
    x.apply(xml);
    QVERIFY(waitFor(applied));
    QVERIFY2(applied.at(0).at(0).toBool(), qPrintable(applied.at(0).at(1).toString()));
    QString bad = xml;
    bad.replace(u"<bridge"_s, u"<bridgeX"_s);
    x.apply(bad);
    QVERIFY(waitFor(applied, 2));
    QVERIFY(!applied.at(1).at(0).toBool());
}

void TestDomainService::snapshotsOnTestDriver() {
    Host h;
    SnapshotService s(&h.cm, h.id, kDb);
    QSignalSpy listed(&s, &SnapshotService::listed);
    QSignalSpy done(&s, &SnapshotService::finished);
    s.create(u"base"_s, u"fresh install"_s, false);
    QVERIFY(waitFor(done));
    QVERIFY2(done.at(0).at(2).toBool(), qPrintable(done.at(0).at(3).toString()));
    s.create(u"child"_s, {}, false);
    QVERIFY(waitFor(done, 2));
    QVERIFY(done.at(1).at(2).toBool());
    s.list();
    QVERIFY(waitFor(listed));
    auto snaps = listed.at(0).at(0).value<QList<SnapshotInfo>>();
    QCOMPARE(snaps.size(), 2);
    QCOMPARE(snaps[0].name, u"base"_s);
    QCOMPARE(snaps[0].description, u"fresh install"_s);
    QCOMPARE(snaps[1].parent, u"base"_s);
    QVERIFY(snaps[1].current);
    QVERIFY(snaps[0].created.isValid());

    s.revert(u"base"_s);
    QVERIFY(waitFor(done, 3));
    QVERIFY2(done.at(2).at(2).toBool(), qPrintable(done.at(2).at(3).toString()));
    s.remove(u"base"_s, true);
    QVERIFY(waitFor(done, 4));
    QVERIFY(done.at(3).at(2).toBool());
    s.list();
    QVERIFY(waitFor(listed, 2));
    QCOMPARE(listed.at(1).at(0).value<QList<SnapshotInfo>>().size(), 0);

    s.revert(u"gone"_s);
    QVERIFY(waitFor(done, 5));
    QVERIFY(!done.at(4).at(2).toBool());
    QVERIFY(!done.at(4).at(3).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDomainService)
#include "tst_domainservice.moc"
