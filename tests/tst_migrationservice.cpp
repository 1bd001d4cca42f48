// SPDX-License-Identifier: GPL-3.0-or-later
// The migration service's checks and failures on the libvirt test driver (which cannot migrate):
// same connection, host not connected, name taken on the destination, storage copy of a shut-off
// VM, and libvirt's own refusal reported with the VM left where it was. Real migrations are in
// tests/integration/tst_integration_migrate.cpp.
#include "core/connectionmanager.h"
#include "core/taskpool.h"
#include "hosts/hosttablemodel.h"
#include "jobkindsetup.h"
#include "migration/libvirt/migrationservice.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;
// node.xml: alpha and beta run, gamma is shut off; test:///default's "test" has alpha's UUID.
} // namespace

class TestMigrationService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesSameConnection();
    void refusesDisconnectedHost();
    void refusesNameTakenOnDestination();
    void refusesStorageCopyOffline();
    void reportsLibvirtRefusal();
    void migrateJobsThroughScheduler();

private:
    QPair<MigrationService::Outcome, QString> run(const MigrationRequest &r);
    QString uuidOf(const QString &id, const QString &name);

    ConnectionManager *m_cm = nullptr;
    QString m_node, m_nodeToo, m_default, m_closed;
    QList<DomainInfo> m_domains;
};

void TestMigrationService::initTestCase() {
    registerJobKinds();
    m_cm = new ConnectionManager(this);
    connect(m_cm, &ConnectionManager::domainsListed, this,
            [this](const QString &, const QList<DomainInfo> &list) { m_domains += list; });
    m_node = m_cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    m_nodeToo = m_cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    m_default = m_cm->addConnection(ConnectionConfig::fromUri(u"test:///default"_s), true);
    m_closed = m_cm->addConnection(ConnectionConfig::fromUri(u"test:///default"_s), false);
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QString &id : {m_node, m_nodeToo, m_default})
                if (m_cm->state(id) != ConnectionState::Connected)
                    return false;
            return !uuidOf(m_node, u"gamma"_s).isEmpty() && !uuidOf(m_default, u"test"_s).isEmpty();
        },
        20000));
}

void TestMigrationService::cleanupTestCase() {
    m_cm->shutdown();
}

QString TestMigrationService::uuidOf(const QString &id, const QString &name) {
    for (const DomainInfo &d : std::as_const(m_domains))
        if (d.connectionId == id && d.name == name)
            return d.uuid;
    return {};
}

QPair<MigrationService::Outcome, QString> TestMigrationService::run(const MigrationRequest &r) {
    TaskPool tasks(2);
    MigrationService svc(m_cm, &tasks);
    QSignalSpy spy(&svc, &MigrationService::finished);
    svc.start(r);
    if (!spy.wait(20000))
        return {MigrationService::Outcome::Failed, u"timeout"_s};
    if (svc.isRunning())
        return {MigrationService::Outcome::Failed, u"still running after finished()"_s};
    return {spy.at(0).at(0).value<MigrationService::Outcome>(), spy.at(0).at(1).toString()};
}

void TestMigrationService::refusesSameConnection() {
    const auto [outcome, message] = run({m_node, uuidOf(m_node, u"alpha"_s), m_node});
    QCOMPARE(outcome, MigrationService::Outcome::Failed);
    QVERIFY2(message.contains(u"already is on"_s), qPrintable(message));
}

void TestMigrationService::refusesDisconnectedHost() {
    const auto [outcome, message] = run({m_node, uuidOf(m_node, u"alpha"_s), m_closed});
    QCOMPARE(outcome, MigrationService::Outcome::Failed);
    QVERIFY2(message.contains(u"not connected"_s), qPrintable(message));
    const auto [o2, m2] = run({m_node, uuidOf(m_node, u"alpha"_s), u"no-such-id"_s});
    QCOMPARE(o2, MigrationService::Outcome::Failed);
    QVERIFY2(m2.contains(u"connected destination"_s), qPrintable(m2));
}

void TestMigrationService::refusesNameTakenOnDestination() {
    // A second connection to the same node file: alpha exists there too.
    const auto [outcome, message] = run({m_node, uuidOf(m_node, u"alpha"_s), m_nodeToo});
    QCOMPARE(outcome, MigrationService::Outcome::Failed);
    QVERIFY2(message.contains(u"A VM named \"alpha\" already exists"_s), qPrintable(message));
    // Under a new name the UUID still clashes.
    MigrationRequest r{m_node, uuidOf(m_node, u"alpha"_s), m_nodeToo, u"alpha-moved"_s};
    const auto [o2, m2] = run(r);
    QCOMPARE(o2, MigrationService::Outcome::Failed);
    QVERIFY2(m2.contains(u"UUID is already used"_s), qPrintable(m2));
}

void TestMigrationService::refusesStorageCopyOffline() {
    MigrationRequest r{m_node, uuidOf(m_node, u"gamma"_s), m_default};
    r.copyStorage = true;
    const auto [outcome, message] = run(r);
    QCOMPARE(outcome, MigrationService::Outcome::Failed);
    QVERIFY2(message.contains(u"needs a running VM"_s), qPrintable(message));
}

void TestMigrationService::reportsLibvirtRefusal() {
    // The test driver has no migration: libvirt's message comes back, and the VM stays.
    const auto [outcome, message] = run({m_node, uuidOf(m_node, u"beta"_s), m_default});
    QCOMPARE(outcome, MigrationService::Outcome::Failed);
    QVERIFY2(message.startsWith(u"Migration to"_s), qPrintable(message));
    QVERIFY2(message.contains(u"stays on"_s), qPrintable(message));
}

void TestMigrationService::migrateJobsThroughScheduler() {
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler(&workspace, dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    auto *cm = workspace.connections();
    const QString node = cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int row = workspace.hosts()->rowOf(node);
            return row >= 0 && workspace.hosts()->rowAt(row).hasInfo;
        },
        10000));
    QSignalSpy started(&scheduler, &Scheduler::started);
    scheduler.start({});
    QVERIFY(started.wait(5000));
    QVERIFY(QTest::qWaitFor([&] { return scheduler.isRunner(); }, 5000));
    auto finalJob = [&](const QString &vm) {
        Job out;
        QTest::qWaitFor(
            [&] {
                for (int r = 0; r < scheduler.jobs()->rowCount(); ++r) {
                    const Job &j = scheduler.jobs()->jobAt(r);
                    if (j.vm == vm && jobStateIsFinal(j.state)) {
                        out = j;
                        return true;
                    }
                }
                return false;
            },
            20000);
        return out;
    };
    // "auto" with no other host: the placement's refusal.
    Job a;
    a.kind = u"migrate"_s;
    a.uri = kNode;
    a.vm = u"delta"_s;
    a.params.insert(u"destination"_s, u"auto"_s);
    scheduler.submit({a});
    const Job ja = finalJob(u"delta"_s);
    QCOMPARE(ja.state, JobState::Failed);
    QVERIFY2(ja.result.contains(u"no other host"_s), qPrintable(ja.result));
    // A destination URI with no connection yet: the job opens one and runs the migration,
    // which the test driver refuses in libvirt's words.
    Job b = a;
    b.vm = u"beta"_s;
    b.params.insert(u"destination"_s, u"test:///default"_s);
    scheduler.submit({b});
    const Job jb = finalJob(u"beta"_s);
    QCOMPARE(jb.state, JobState::Failed);
    QVERIFY2(jb.result.startsWith(u"Migration to"_s), qPrintable(jb.result));
    QVERIFY2(jb.log.contains(u"Opening a connection to test:///default"_s), qPrintable(jb.log));
    scheduler.stop();
}

QTEST_GUILESS_MAIN(TestMigrationService)
#include "tst_migrationservice.moc"
