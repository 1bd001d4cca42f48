// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 item 2 on the real libvirtd: one VM whose QEMU is stopped (SIGSTOP) while a
// screenshot of it waits for the monitor must not hold up a lifecycle action on another VM of the
// same host, nor a volume delete: both finish within a second of their normal time. The console
// also lists the stuck call as waiting. Everything made is destroyed and undefined at the end,
// also on failure (stuckvm::Scenario's destructor).
//
// Environment: VIRTDECK_QEMU_URI (qemu:///system, as root; the test skips without it).
#include "stuckvm.h"

#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestIntegrationLanes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stuckVmHoldsUpNothingElse();

private:
    QString m_uri;
};

void TestIntegrationLanes::initTestCase() {
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against");
}

void TestIntegrationLanes::stuckVmHoldsUpNothingElse() {
    stuckvm::Scenario host(m_uri);
    QVERIFY(host.setUp());

    // Normal times, nothing stuck.
    const qint64 pauseNormal = host.timeOtherAction(DomainAction::Pause);
    const qint64 resumeNormal = host.timeOtherAction(DomainAction::Resume);
    const qint64 deleteNormal = host.timeVolumeDelete();
    QVERIFY(pauseNormal >= 0 && resumeNormal >= 0 && deleteNormal >= 0);

    QVERIFY(host.stop());
    host.startScreenshot();
    QTest::qWait(300); // the screenshot call now waits for the stopped QEMU
    QCOMPARE(host.screenshotsAnswered(), 0);

    const qint64 pauseStuck = host.timeOtherAction(DomainAction::Pause, 10000);
    const qint64 resumeStuck = host.timeOtherAction(DomainAction::Resume, 10000);
    const qint64 deleteStuck = host.timeVolumeDelete(10000);
    qInfo("pause %lld -> %lld ms, resume %lld -> %lld ms, volume delete %lld -> %lld ms",
          pauseNormal, pauseStuck, resumeNormal, resumeStuck, deleteNormal, deleteStuck);
    QVERIFY2(pauseStuck >= 0 && pauseStuck < pauseNormal + 1000, "pause held up by the stuck VM");
    QVERIFY2(resumeStuck >= 0 && resumeStuck < resumeNormal + 1000,
             "resume held up by the stuck VM");
    QVERIFY2(deleteStuck >= 0 && deleteStuck < deleteNormal + 1000,
             "volume delete held up by the stuck VM");

    // The waiting call is visible, named after the VM, once it has waited a while.
    QTRY_VERIFY_WITH_TIMEOUT(!host.connection()->waitingCalls(2000).isEmpty(), 5000);
    const LaneExecutor::Call call = host.connection()->waitingCalls(2000).first();
    QCOMPARE(call.what, u"screenshot of "_s + host.stuckName());
    QCOMPARE(host.screenshotsAnswered(), 0);

    // Continued, the VM answers the screenshot that waited.
    host.resume();
    QTRY_COMPARE_WITH_TIMEOUT(host.screenshotsAnswered(), 1, 10000);
}

QTEST_GUILESS_MAIN(TestIntegrationLanes)
#include "tst_integration_lanes.moc"
