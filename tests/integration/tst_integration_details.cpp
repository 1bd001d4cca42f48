// SPDX-License-Identifier: GPL-3.0-or-later
// The VM details services against a real libvirtd with QEMU (TCG): snapshots (internal with and
// without memory, external disk-only), live and next-boot edits, the screen through a virStream,
// uptime, and full/linked clones that really boot. Every VM and volume is named vdet-PID-… and
// removed at the end.
//
// Environment: VIRTDECK_QEMU_URI (qemu:///system); the test skips without it.
#include "core/connectionmanager.h"
#include "domains/libvirt/domainservice.h"
#include "domains/libvirt/newvmservice.h"
#include "domains/libvirt/snapshotservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kImages = u"/var/lib/libvirt/images"_s;

bool sh(const QString &script, QByteArray *out = nullptr) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, {u"-c"_s, script});
    const bool finished =
        QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000);
    const QByteArray text = p.readAll();
    if (out)
        *out = text;
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        qWarning().noquote() << "command failed:" << script << "\n" << text;
    return ok;
}

template <typename Spy> bool waitFor(Spy &spy, int count, int ms = 60000) {
    return QTest::qWaitFor([&] { return spy.size() >= count; }, ms);
}
} // namespace

class TestIntegrationDetails : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void snapshotsCreateRevertDelete();
    void editsScreenAndUptime();
    void clonesBootWithNewIdentity();
    void newVmFromCapabilitiesStarts_data();
    void newVmFromCapabilitiesStarts();

private:
    // Defines a tiny VM named `name` with a fresh 64 MiB qcow2 disk; returns its UUID.
    QString defineTiny(const QString &name);
    DomainDetails fetch(DomainService &s, const QString &uuid);
    bool start(const QString &name);

    QString m_uri;
    QString m_prefix;
    ConnectionManager *m_cm = nullptr;
    QString m_id;
};

void TestIntegrationDetails::initTestCase() {
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against (tests/run.sh "
              "starts one as root)");
    m_prefix = u"vdet-%1-"_s.arg(QCoreApplication::applicationPid());
    m_cm = new ConnectionManager(this);
    m_id = m_cm->addConnection(ConnectionConfig::fromUri(m_uri), true);
    QVERIFY2(
        QTest::qWaitFor([&] { return m_cm->state(m_id) == ConnectionState::Connected; }, 60000),
        qPrintable(m_cm->lastMessage(m_id)));
}

void TestIntegrationDetails::cleanupTestCase() {
    if (m_uri.isEmpty())
        return;
    // Everything this run made, whatever state a failed test left it in.
    sh(u"for d in $(virsh -q -c '%1' list --all --name | grep '^%2'); do "
       "virsh -q -c '%1' destroy \"$d\" >/dev/null 2>&1; "
       "virsh -q -c '%1' undefine \"$d\" --snapshots-metadata >/dev/null 2>&1; done; "
       "rm -f %3/%2*; virsh -q -c '%1' pool-refresh default >/dev/null 2>&1; true"_s.arg(
           m_uri, m_prefix, kImages));
    if (m_cm)
        m_cm->shutdown();
}

QString TestIntegrationDetails::defineTiny(const QString &name) {
    const QString disk = kImages + u'/' + name + u".qcow2"_s;
    if (!sh(u"qemu-img create -q -f qcow2 '%1' 64M && virsh -q -c '%2' pool-refresh default"_s.arg(
            disk, m_uri)))
        return {};
    QFile tpl(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    if (!tpl.open(QIODevice::ReadOnly))
        return {};
    // A user-mode NIC (no host network needed) so clones can be checked for new MACs.
    const QString xml =
        QString::fromUtf8(tpl.readAll())
            .replace(u"@NAME@"_s, name)
            .replace(u"@DISK@"_s, disk)
            .replace(u"<memballoon"_s,
                     u"<interface type='user'><mac address='52:54:00:de:7a:01'/>"
                     "<model type='e1000'/><rom enabled='no'/></interface>\n    <memballoon"_s);
    QFile out(QDir::temp().filePath(name + u".xml"_s));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(xml.toUtf8());
    out.close();
    QByteArray text;
    if (!sh(u"virsh -q -c '%1' define '%2' >/dev/null && virsh -q -c '%1' domuuid '%3'"_s.arg(
                m_uri, out.fileName(), name),
            &text))
        return {};
    out.remove();
    return QString::fromLatin1(text).trimmed();
}

DomainDetails TestIntegrationDetails::fetch(DomainService &s, const QString &uuid) {
    QSignalSpy spy(&s, &DomainService::detailsReady);
    s.fetchDetails(uuid);
    return waitFor(spy, 1) ? spy.at(0).at(0).value<DomainDetails>() : DomainDetails{};
}

bool TestIntegrationDetails::start(const QString &name) {
    return sh(u"virsh -q -c '%1' start '%2' >/dev/null"_s.arg(m_uri, name));
}

void TestIntegrationDetails::snapshotsCreateRevertDelete() {
    const QString name = m_prefix + u"snap"_s;
    const QString uuid = defineTiny(name);
    QVERIFY(!uuid.isEmpty());
    SnapshotService s(m_cm, m_id, uuid);
    DomainService d(m_cm, m_id);
    QSignalSpy done(&s, &SnapshotService::finished);
    QSignalSpy listed(&s, &SnapshotService::listed);
    auto lastOk = [&] {
        return done.last().at(2).toBool() ? QString() : done.last().at(3).toString();
    };

    // Shut off: an internal snapshot of the disk.
    s.create(u"off"_s, u"before first boot"_s, false);
    QVERIFY(waitFor(done, 1));
    QVERIFY2(lastOk().isEmpty(), qPrintable(lastOk()));

    // Running: internal with memory (QEMU savevm), as a child of the first.
    QVERIFY(start(name));
    s.create(u"running"_s, {}, false);
    QVERIFY(waitFor(done, 2, 120000));
    QVERIFY2(lastOk().isEmpty(), qPrintable(lastOk()));
    s.list();
    QVERIFY(waitFor(listed, 1));
    auto snaps = listed.last().at(0).value<QList<SnapshotInfo>>();
    QCOMPARE(snaps.size(), 2);
    QCOMPARE(snaps[0].name, u"off"_s);
    QCOMPARE(snaps[0].state, u"shutoff"_s);
    QCOMPARE(snaps[1].parent, u"off"_s);
    QCOMPARE(snaps[1].state, u"running"_s);
    QVERIFY(snaps[1].hasMemory);
    QVERIFY(snaps[1].current);

    // Reverting the running VM to the shut-off snapshot stops it: the revert really happened.
    s.revert(u"off"_s);
    QVERIFY(waitFor(done, 3, 120000));
    QVERIFY2(lastOk().isEmpty(), qPrintable(lastOk()));
    QCOMPARE(fetch(d, uuid).state, DomainState::Shutoff);
    // And back to the running one: running again, from saved memory.
    s.revert(u"running"_s);
    QVERIFY(waitFor(done, 4, 120000));
    QVERIFY2(lastOk().isEmpty(), qPrintable(lastOk()));
    QCOMPARE(fetch(d, uuid).state, DomainState::Running);

    s.remove(u"off"_s, true);
    QVERIFY(waitFor(done, 5, 120000));
    QVERIFY2(lastOk().isEmpty(), qPrintable(lastOk()));
    s.list();
    QVERIFY(waitFor(listed, 2));
    QCOMPARE(listed.last().at(0).value<QList<SnapshotInfo>>().size(), 0);

    // External, disks only, while running: the VM continues on a new overlay file.
    const QString before = fetch(d, uuid).disks.value(0).sourcePath;
    s.create(u"ext"_s, u"overlay"_s, true);
    QVERIFY(waitFor(done, 6, 120000));
    QVERIFY2(lastOk().isEmpty(), qPrintable(lastOk()));
    const DomainDetails after = fetch(d, uuid);
    QCOMPARE(after.state, DomainState::Running);
    QVERIFY(after.disks.value(0).sourcePath != before);
    QVERIFY(after.disks.value(0).sourcePath.startsWith(kImages + u'/' + name));
    s.list();
    QVERIFY(waitFor(listed, 3));
    snaps = listed.last().at(0).value<QList<SnapshotInfo>>();
    QCOMPARE(snaps.size(), 1);
    QVERIFY(snaps[0].external);
    QCOMPARE(snaps[0].state, u"disk-snapshot"_s);
}

void TestIntegrationDetails::editsScreenAndUptime() {
    const QString name = m_prefix + u"edit"_s;
    const QString uuid = defineTiny(name);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(start(name));
    DomainService d(m_cm, m_id);
    const DomainDetails details = fetch(d, uuid);
    QCOMPARE(details.state, DomainState::Running);
    QVERIFY2(details.uptimeSeconds >= 0 && details.uptimeSeconds < 600,
             qPrintable(QString::number(details.uptimeSeconds)));
    QCOMPARE(details.nics.size(), 1);

    QSignalSpy shots(&d, &DomainService::screenshotReady);
    d.takeScreenshot(uuid);
    QVERIFY(waitFor(shots, 1));
    QVERIFY2(shots.at(0).at(3).toString().isEmpty(), qPrintable(shots.at(0).at(3).toString()));
    const QByteArray picture = shots.at(0).at(1).toByteArray();
    // PPM from older QEMU, PNG where QEMU's screendump knows the format.
    QVERIFY2(picture.startsWith("P6") || picture.startsWith("\x89PNG"),
             qPrintable(shots.at(0).at(2).toString()));
    QVERIFY(picture.size() > 100);

    QSignalSpy edits(&d, &DomainService::editFinished);
    DomainEdit e;
    e.vcpus = 2; // above the definition's maximum of 1: the next boot
    e.description = u"edited live"_s;
    d.applyEdit(uuid, e);
    QVERIFY(waitFor(edits, 1));
    const auto r = edits.at(0).at(0).value<DomainEditResult>();
    for (const auto &o : r.outcomes) {
        if (o.field == u"vcpus"_s)
            QCOMPARE(o.applied, DomainEditOutcome::Applied::NextBoot);
        else
            QCOMPARE(o.applied, DomainEditOutcome::Applied::Now);
    }
    const DomainDetails now = fetch(d, uuid);
    QCOMPARE(now.vcpus, 1);
    QCOMPARE(now.description, u"edited live"_s);
    QByteArray text;
    QVERIFY(sh(u"virsh -q -c '%1' vcpucount '%2' --config --current"_s.arg(m_uri, name), &text));
    QCOMPARE(text.trimmed(), QByteArray("2"));
}

void TestIntegrationDetails::clonesBootWithNewIdentity() {
    const QString name = m_prefix + u"orig"_s;
    const QString uuid = defineTiny(name);
    QVERIFY(!uuid.isEmpty());
    DomainService d(m_cm, m_id);
    QSignalSpy cloned(&d, &DomainService::cloneFinished);
    d.cloneDomain(uuid, m_prefix + u"full"_s, CloneMode::Full);
    QVERIFY(waitFor(cloned, 1, 120000));
    const auto full = cloned.at(0).at(0).value<ActionResult>();
    QVERIFY2(full.ok, qPrintable(full.message));
    d.cloneDomain(uuid, m_prefix + u"linked"_s, CloneMode::Linked);
    QVERIFY(waitFor(cloned, 2, 120000));
    const auto linked = cloned.at(1).at(0).value<ActionResult>();
    QVERIFY2(linked.ok, qPrintable(linked.message));

    const DomainDetails o = fetch(d, uuid), f = fetch(d, full.uuid), l = fetch(d, linked.uuid);
    QCOMPARE(QSet<QString>({o.uuid, f.uuid, l.uuid}).size(), 3);
    QCOMPARE(QSet<QString>({o.nics.value(0).mac, f.nics.value(0).mac, l.nics.value(0).mac}).size(),
             3);
    QCOMPARE(f.disks.value(0).sourcePath, kImages + u'/' + m_prefix + u"full-vda.qcow2"_s);
    QByteArray info;
    QVERIFY(sh(u"qemu-img info -U '%1'"_s.arg(l.disks.value(0).sourcePath), &info));
    const QByteArray backing = "backing file: " + (kImages + u'/' + name + u".qcow2"_s).toUtf8();
    QVERIFY2(info.contains(backing), info.constData());
    QVERIFY(sh(u"qemu-img info -U '%1'"_s.arg(f.disks.value(0).sourcePath), &info));
    QVERIFY(!info.contains("backing file"));
    // Both clones boot next to each other. (Not next to the original: QEMU locks the linked
    // clone's backing file against writers, as it must.)
    QVERIFY(start(m_prefix + u"full"_s));
    QVERIFY(start(m_prefix + u"linked"_s));
    QCOMPARE(fetch(d, linked.uuid).state, DomainState::Running);
}

void TestIntegrationDetails::newVmFromCapabilitiesStarts_data() {
    QTest::addColumn<int>("source");
    QTest::newRow("iso") << int(NewVmSpec::Source::InstallFromIso);
    QTest::newRow("import") << int(NewVmSpec::Source::ImportDisk);
    QTest::newRow("template") << int(NewVmSpec::Source::Template);
}

void TestIntegrationDetails::newVmFromCapabilitiesStarts() {
    QFETCH(int, source);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    // An "ISO" (any raw file boots nowhere, but the VM runs) and a disk image to import/use.
    const QString iso = kImages + u'/' + m_prefix + u"media.iso"_s;
    const QString image = kImages + u'/' + m_prefix + u"image-"_s + tag + u".qcow2"_s;
    QVERIFY(sh(
        u"[ -e '%1' ] || qemu-img create -q -f raw '%1' 1M; qemu-img create -q -f qcow2 "
        "'%2' 32M && virsh -q -c '%3' pool-refresh default >/dev/null"_s.arg(iso, image, m_uri)));
    NewVmService svc(m_cm, m_id);
    QSignalSpy choices(&svc, &NewVmService::choicesReady);
    svc.loadChoices();
    QVERIFY(waitFor(choices, 1));
    const auto c = choices.at(0).at(0).value<NewVmChoices>();
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY(!c.caps.machine.isEmpty());
    QVERIFY(c.pools.contains(u"default"_s));
    bool sawIso = false;
    for (const auto &img : c.images)
        sawIso |= img.path == iso && img.isIso();
    QVERIFY(sawIso);

    NewVmSpec spec;
    spec.source = NewVmSpec::Source(source);
    spec.name = m_prefix + u"new-"_s + tag;
    spec.memoryBytes = quint64(64) << 20;
    spec.diskBytes = quint64(64) << 20;
    spec.pool = u"default"_s;
    spec.isoPath = iso;
    spec.imagePath = image;
    spec.imageFormat = u"qcow2"_s;
    spec.osId = u"http://debian.org/debian/12"_s;
    spec.virtType = u"qemu"_s; // TCG: /dev/kvm may exist here without working
    QSignalSpy created(&svc, &NewVmService::created);
    svc.create(spec);
    QVERIFY(waitFor(created, 1, 120000));
    const auto r = created.at(0).at(0).value<ActionResult>();
    QVERIFY2(r.ok && r.message.isEmpty(),
             qPrintable(r.message + u"\n"_s + created.at(0).at(1).toString()));
    DomainService d(m_cm, m_id);
    const DomainDetails det = fetch(d, r.uuid);
    QCOMPARE(det.state, DomainState::Running);
    QCOMPARE(det.osName, u"Debian 12"_s);
    if (spec.source == NewVmSpec::Source::ImportDisk)
        QCOMPARE(det.disks.value(0).sourcePath, image);
    else
        QCOMPARE(det.disks.value(0).sourcePath, kImages + u'/' + spec.name + u".qcow2"_s);
    if (spec.source == NewVmSpec::Source::Template) {
        QByteArray info;
        QVERIFY(sh(u"qemu-img info -U '%1'"_s.arg(det.disks.value(0).sourcePath), &info));
        QVERIFY2(info.contains(image.toUtf8()), info.constData());
    }
    QCOMPARE(det.disks.size(), spec.source == NewVmSpec::Source::InstallFromIso ? 2 : 1);
}

QTEST_GUILESS_MAIN(TestIntegrationDetails)
#include "tst_integration_details.moc"
