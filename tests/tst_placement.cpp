// SPDX-License-Identifier: GPL-3.0-or-later
// Placement strategies and the start admission check as pure functions: table-driven cases,
// including those where nothing fits.
#include "scheduler/placement.h"

#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<virtdeck::HostCapacity>)
Q_DECLARE_METATYPE(virtdeck::PlacementStrategy)

namespace {
constexpr quint64 GiB = 1024ull * 1024 * 1024;
HostCapacity host(const QString &name, quint64 memGiB, quint64 usedGiB, int cpus, int usedVcpus,
                  bool connected = true) {
    return {name, connected, memGiB * GiB, usedGiB * GiB, cpus, usedVcpus};
}
} // namespace

class TestPlacement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void place_data();
    void place();
    void admit_data();
    void admit();
    void maintenanceRefusesStart();
};

void TestPlacement::place_data() {
    QTest::addColumn<PlacementStrategy>("strategy");
    QTest::addColumn<double>("memRatio");
    QTest::addColumn<double>("cpuRatio");
    QTest::addColumn<QList<HostCapacity>>("hosts");
    QTest::addColumn<quint64>("memGiB");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<int>("expected"); // host index, -1: nothing fits
    QTest::addColumn<QStringList>("reasonMentions");

    // a: 16 GiB with 12 used (4 free); b: 64 with 16 used (48 free); c: 32 with 26 used (6 free)
    const QList<HostCapacity> three = {host(u"a"_s, 16, 12, 8, 4), host(u"b"_s, 64, 16, 16, 8),
                                       host(u"c"_s, 32, 26, 8, 2)};
    QTest::newRow("first-fit takes first that fits")
        << PlacementStrategy::FirstFit << 1.0 << 4.0 << three << quint64(5) << 2 << 1
        << QStringList{};
    QTest::newRow("first-fit takes the very first")
        << PlacementStrategy::FirstFit << 1.0 << 4.0 << three << quint64(2) << 2 << 0
        << QStringList{};
    QTest::newRow("best-fit takes tightest") << PlacementStrategy::BestFit << 1.0 << 4.0 << three
                                             << quint64(5) << 2 << 2 << QStringList{};
    QTest::newRow("best-fit small VM into smallest hole")
        << PlacementStrategy::BestFit << 1.0 << 4.0 << three << quint64(1) << 1 << 0
        << QStringList{};
    QTest::newRow("spread takes emptiest") << PlacementStrategy::Spread << 1.0 << 4.0 << three
                                           << quint64(1) << 1 << 1 << QStringList{};
    QTest::newRow("spread by share, not bytes")
        << PlacementStrategy::Spread << 1.0 << 4.0
        << QList<HostCapacity>{host(u"big"_s, 128, 96, 32, 0), host(u"small"_s, 8, 0, 4, 0)}
        << quint64(1) << 1 << 1 << QStringList{};
    QTest::newRow("nothing fits: memory")
        << PlacementStrategy::Spread << 1.0 << 4.0 << three << quint64(64) << 1 << -1
        << QStringList{u"a has"_s, u"b has"_s, u"c has"_s};
    QTest::newRow("overcommit makes it fit") << PlacementStrategy::FirstFit << 1.5 << 4.0 << three
                                             << quint64(10) << 1 << 0 << QStringList{};
    QTest::newRow("nothing fits: vCPUs")
        << PlacementStrategy::FirstFit << 1.0 << 1.0
        << QList<HostCapacity>{host(u"a"_s, 64, 0, 4, 4), host(u"b"_s, 64, 0, 8, 6)} << quint64(1)
        << 4 << -1 << QStringList{u"vCPUs"_s};
    QTest::newRow("cpu overcommit makes it fit")
        << PlacementStrategy::FirstFit << 1.0 << 2.0
        << QList<HostCapacity>{host(u"a"_s, 64, 0, 4, 4)} << quint64(1) << 4 << 0 << QStringList{};
    QTest::newRow("nothing fits: all disconnected")
        << PlacementStrategy::Spread << 1.0 << 4.0
        << QList<HostCapacity>{host(u"a"_s, 64, 0, 8, 0, false)} << quint64(1) << 1 << -1
        << QStringList{u"a is not connected"_s};
    // Issue 19 item 4: a second connection to one host (its VMs listed under the first, so it
    // looks empty) is never "the other host with most free memory".
    HostCapacity local = host(u"local"_s, 16, 12, 8, 0);
    HostCapacity viaSsh = host(u"ssh"_s, 16, 0, 8, 0);
    local.hostUuid = viaSsh.hostUuid = u"1ff405d5-0b17-4cff-ad5f-e963e31bf728"_s;
    QTest::newRow("same host twice counts once")
        << PlacementStrategy::Spread << 1.0 << 4.0
        << QList<HostCapacity>{local, viaSsh, host(u"c"_s, 32, 26, 8, 2)} << quint64(1) << 1 << 0
        << QStringList{};
    QTest::newRow("disconnected host skipped")
        << PlacementStrategy::FirstFit << 1.0 << 4.0
        << QList<HostCapacity>{host(u"a"_s, 64, 0, 8, 0, false), host(u"b"_s, 8, 0, 2, 0)}
        << quint64(1) << 1 << 1 << QStringList{};
    HostCapacity resting = host(u"a"_s, 64, 0, 8, 0);
    resting.maintenance = true;
    QTest::newRow("maintenance host skipped")
        << PlacementStrategy::FirstFit << 1.0 << 4.0
        << QList<HostCapacity>{resting, host(u"b"_s, 8, 0, 2, 0)} << quint64(1) << 1 << 1
        << QStringList{};
    QTest::newRow("nothing fits: all in maintenance")
        << PlacementStrategy::Spread << 1.0 << 4.0 << QList<HostCapacity>{resting} << quint64(1)
        << 1 << -1 << QStringList{u"a is in maintenance"_s};
    QTest::newRow("nothing fits: no hosts")
        << PlacementStrategy::FirstFit << 1.0 << 4.0 << QList<HostCapacity>{} << quint64(1) << 1
        << -1 << QStringList{u"No host"_s};
    QTest::newRow("exact fit fits")
        << PlacementStrategy::BestFit << 1.0 << 1.0
        << QList<HostCapacity>{host(u"a"_s, 16, 12, 4, 2)} << quint64(4) << 2 << 0 << QStringList{};
    QTest::newRow("already overcommitted host refuses")
        << PlacementStrategy::FirstFit << 1.0 << 4.0
        << QList<HostCapacity>{host(u"a"_s, 16, 20, 4, 2)} << quint64(1) << 1 << -1
        << QStringList{u"a has"_s};
}

void TestPlacement::place() {
    QFETCH(PlacementStrategy, strategy);
    QFETCH(double, memRatio);
    QFETCH(double, cpuRatio);
    QFETCH(QList<HostCapacity>, hosts);
    QFETCH(quint64, memGiB);
    QFETCH(int, vcpus);
    QFETCH(int, expected);
    QFETCH(QStringList, reasonMentions);
    const PlacementResult r = placeVm(hosts, {memGiB * GiB, vcpus}, {strategy, memRatio, cpuRatio});
    QCOMPARE(r.host, expected);
    QCOMPARE(r.ok(), expected >= 0);
    if (expected < 0)
        QVERIFY(!r.reason.isEmpty());
    for (const QString &m : reasonMentions)
        QVERIFY2(r.reason.contains(m), qPrintable(r.reason));
}

void TestPlacement::admit_data() {
    QTest::addColumn<quint64>("usedMiB");
    QTest::addColumn<quint64>("vmMiB");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<bool>("admitted");
    QTest::newRow("room") << quint64(1024) << quint64(512) << 1.0 << true;
    QTest::newRow("exactly full") << quint64(1536) << quint64(512) << 1.0 << true;
    QTest::newRow("one MiB over") << quint64(1537) << quint64(512) << 1.0 << false;
    QTest::newRow("overcommit allows") << quint64(1800) << quint64(512) << 1.5 << true;
    QTest::newRow("too big for empty host") << quint64(0) << quint64(4096) << 1.0 << false;
}

void TestPlacement::admit() {
    QFETCH(quint64, usedMiB);
    QFETCH(quint64, vmMiB);
    QFETCH(double, ratio);
    QFETCH(bool, admitted);
    const HostCapacity h{u"lab-a"_s, true, 2048ull << 20, usedMiB << 20, 4, 0};
    const QString why = admitStart(h, {vmMiB << 20, 1}, {PlacementStrategy::Spread, ratio, 4.0});
    QCOMPARE(why.isEmpty(), admitted);
    if (!admitted)
        QVERIFY2(why.contains(u"lab-a"_s) && why.contains(u"memory"_s), qPrintable(why));
}

// A scheduled start on a host in maintenance is refused, whatever room it has.
void TestPlacement::maintenanceRefusesStart() {
    HostCapacity h{u"lab-a"_s, true, 64ull << 30, 0, 16, 0};
    QVERIFY(admitStart(h, {1ull << 30, 1}, {}).isEmpty());
    h.maintenance = true;
    const QString why = admitStart(h, {1ull << 30, 1}, {});
    QVERIFY2(why.contains(u"lab-a"_s) && why.contains(u"maintenance"_s), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
