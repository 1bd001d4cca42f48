// SPDX-License-Identifier: GPL-3.0-or-later
// The connection layer against libvirt's test driver: a real driver, no daemon.
#include "core/libvirt/connection.h"
#include "queuedspy.h"

#include <libvirt/libvirt.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;
const QString kGamma = u"6695eb01-f6a4-8304-79aa-97f2502e1941"_s;
const QString kAlpha = u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s;
const QString kEpsilon = u"6695eb01-f6a4-8304-79aa-97f2502e1943"_s;

// A Connection on its own thread, as the console runs it.
struct Harness {
    QThread thread;
    Connection *conn;
    explicit Harness(const QString &uri)
        : conn(new Connection(u"c1"_s, uri)) {
        conn->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, conn, &QObject::deleteLater);
        thread.start();
    }
    ~Harness() {
        thread.quit();
        thread.wait();
    }
};

bool waitForState(Connection *c, QueuedSpy &spy, ConnectionState want, int ms = 10000) {
    QDeadlineTimer deadline(ms);
    int seen = 0;
    while (!deadline.hasExpired()) {
        for (; seen < spy.size(); ++seen)
            if (spy.at(seen).at(1).value<ConnectionState>() == want)
                return true;
        spy.wait(100);
    }
    Q_UNUSED(c);
    return false;
}

ActionResult waitResult(QueuedSpy &spy, int index = 0) {
    while (spy.size() <= index)
        if (!spy.wait(10000))
            return {};
    return spy.at(index).at(0).value<ActionResult>();
}
} // namespace

class TestConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsDomainsAndHost();
    void badUriFailsWithLibvirtMessage();
    void lifecycleActionsFollowedByEvents();
    void failedActionCarriesMessageAndBatchGoesOn();
    void deleteWithStorage();
    void closeEmptiesTheList();
    void postRunsOnTheConnectionThread();
    void defineValidatesAndReportsLibvirtMessage();
    void acquireHandsAReferenceThatOutlivesClose();
    void closeDuringLoginPromptEndsAtOnce();
};

void TestConnection::listsDomainsAndHost() {
    Harness h(kNode);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    QueuedSpy listed(h.conn, &Connection::domainsListed);
    QueuedSpy host(h.conn, &Connection::hostInfoChanged);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));
    // The list and host info come before the Connected state.
    QCOMPARE(listed.size(), 1);
    QCOMPARE(host.size(), 1);
    const auto domains = listed.at(0).at(1).value<QList<DomainInfo>>();
    QCOMPARE(domains.size(), 5);
    QHash<QString, DomainInfo> byName;
    for (const auto &d : domains)
        byName.insert(d.name, d);
    QCOMPARE(byName[u"alpha"_s].state, DomainState::Running);
    QCOMPARE(byName[u"alpha"_s].title, u"Alpha web server"_s);
    QCOMPARE(byName[u"alpha"_s].vcpus, 2);
    QCOMPARE(byName[u"alpha"_s].memoryBytes, 1024ull * 1024 * 1024);
    QCOMPARE(byName[u"beta"_s].memoryBytes, 2048ull * 1024 * 1024);
    QCOMPARE(byName[u"beta"_s].maxMemoryBytes, 4096ull * 1024 * 1024);
    QCOMPARE(byName[u"gamma"_s].state, DomainState::Shutoff);
    QCOMPARE(byName[u"gamma"_s].id, -1);
    QCOMPARE(byName[u"delta"_s].state, DomainState::Paused);
    QCOMPARE(byName[u"alpha"_s].connectionId, u"c1"_s);

    const auto info = host.at(0).at(0).value<HostInfo>();
    QCOMPARE(info.cpus, 8);
    QCOMPARE(info.memoryBytes, 16ull * 1024 * 1024 * 1024);
    QCOMPARE(info.hypervisor, u"TEST"_s);
    QCOMPARE(info.domainsDefined, 5);
    QCOMPARE(info.domainsRunning, 3);
    QVERIFY(!info.libvirtVersion.isEmpty());
    QCOMPARE(h.conn->state(), ConnectionState::Connected);
}

void TestConnection::badUriFailsWithLibvirtMessage() {
    Harness h(u"test:///no/such/file.xml"_s);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Failed));
    const QString msg = state.last().at(2).toString();
    QVERIFY2(msg.contains(u"file.xml"_s), qPrintable(msg));

    Harness unknown(u"nosuchdriver:///x"_s);
    QueuedSpy state2(unknown.conn, &Connection::stateChanged);
    unknown.conn->open();
    QVERIFY(waitForState(unknown.conn, state2, ConnectionState::Failed));
    QVERIFY(!state2.last().at(2).toString().isEmpty());
}

void TestConnection::lifecycleActionsFollowedByEvents() {
    Harness h(kNode);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    QueuedSpy changed(h.conn, &Connection::domainChanged);
    QueuedSpy results(h.conn, &Connection::actionFinished);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));

    const struct {
        DomainAction action;
        DomainState expect;
    } steps[] = {
        {DomainAction::Start, DomainState::Running},
        {DomainAction::Pause, DomainState::Paused},
        {DomainAction::Resume, DomainState::Running},
        {DomainAction::Shutdown, DomainState::Shutoff}, // the test driver obeys at once
        {DomainAction::Start, DomainState::Running},
        {DomainAction::ForceOff, DomainState::Shutoff},
    };
    int i = 0;
    for (const auto &step : steps) {
        changed.clear();
        h.conn->runAction({kGamma}, step.action);
        const ActionResult r = waitResult(results, i++);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.name, u"gamma"_s);
        QCOMPARE(r.action, step.action);
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<DomainInfo>().state, step.expect);
    }
}

void TestConnection::failedActionCarriesMessageAndBatchGoesOn() {
    Harness h(kNode);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    QueuedSpy results(h.conn, &Connection::actionFinished);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));
    // alpha already runs: starting it fails with libvirt's message; gamma still starts.
    h.conn->runAction({kAlpha, u"00000000-0000-0000-0000-000000000000"_s, kGamma},
                      DomainAction::Start);
    const ActionResult a = waitResult(results, 0);
    const ActionResult missing = waitResult(results, 1);
    const ActionResult g = waitResult(results, 2);
    QVERIFY(!a.ok);
    QVERIFY2(a.message.contains(u"already running"_s), qPrintable(a.message));
    QVERIFY(!missing.ok);
    QVERIFY(!missing.message.isEmpty());
    QVERIFY2(g.ok, qPrintable(g.message));
}

void TestConnection::deleteWithStorage() {
    Harness h(kNode);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    QueuedSpy removed(h.conn, &Connection::domainRemoved);
    QueuedSpy results(h.conn, &Connection::actionFinished);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));

    // gamma's disk is pool volume testpool/gamma.img: found and deleted with it.
    h.conn->runAction({kGamma}, DomainAction::DeleteWithStorage);
    ActionResult r = waitResult(results, 0);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY2(r.message.contains(u"1 storage volume"_s), qPrintable(r.message));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toString(), kGamma);

    // epsilon's disk file is no volume: the VM goes, and the message says what was left.
    h.conn->runAction({kEpsilon}, DomainAction::DeleteWithStorage);
    r = waitResult(results, 1);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"missing.qcow2"_s), qPrintable(r.message));
    QTRY_COMPARE(removed.size(), 2);

    // A running VM is forced off and undefined; its cdrom (read-only) is never touched.
    h.conn->runAction({kAlpha}, DomainAction::Delete);
    r = waitResult(results, 2);
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE(removed.size(), 3);
}

void TestConnection::closeEmptiesTheList() {
    Harness h(kNode);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    QueuedSpy listed(h.conn, &Connection::domainsListed);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));
    state.clear();
    h.conn->close();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Disconnected));
    QCOMPARE(listed.last().at(1).value<QList<DomainInfo>>().size(), 0);
    // And it opens again.
    state.clear();
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));
    QCOMPARE(listed.last().at(1).value<QList<DomainInfo>>().size(), 5);
}

void TestConnection::postRunsOnTheConnectionThread() {
    Harness h(kNode);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    std::atomic<QThread *> ranOn{nullptr};
    std::atomic<bool> hadConnection{true};
    h.conn->post(nullptr, [&](_virConnect *c) {
        hadConnection = c != nullptr;
        ranOn = QThread::currentThread();
    });
    QTRY_VERIFY(ranOn.load() != nullptr);
    QCOMPARE(ranOn.load(), &h.thread);
    QVERIFY(!hadConnection); // not opened yet
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));
    std::atomic<bool> done{false};
    h.conn->post(nullptr, [&](_virConnect *c) {
        hadConnection = c != nullptr;
        done = true;
    });
    QTRY_VERIFY(done.load());
    QVERIFY(hadConnection);
    // A job whose context is gone is dropped.
    auto *context = new QObject;
    std::atomic<bool> ran{false};
    QMutex gate;
    gate.lock();
    h.conn->post(nullptr, [&](_virConnect *) { QMutexLocker l(&gate); });
    h.conn->post(context, [&](_virConnect *) { ran = true; });
    delete context;
    gate.unlock();
    std::atomic<bool> after{false};
    h.conn->post(nullptr, [&](_virConnect *) { after = true; });
    QTRY_VERIFY(after.load());
    QVERIFY(!ran);
}

void TestConnection::defineValidatesAndReportsLibvirtMessage() {
    Harness h(kNode);
    QueuedSpy state(h.conn, &Connection::stateChanged);
    QueuedSpy changed(h.conn, &Connection::domainChanged);
    QueuedSpy results(h.conn, &Connection::actionFinished);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));
    h.conn->defineDomain(u"<domain type='test'><name>zeta</name><memory>131072</memory>"
                         "<vcpu>1</vcpu><os><type>hvm</type></os></domain>"_s);
    ActionResult r = waitResult(results, 0);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.name, u"zeta"_s);
    QCOMPARE(r.action, DomainAction::Define);
    QTRY_VERIFY(!changed.isEmpty());
    const auto d = changed.last().at(0).value<DomainInfo>();
    QCOMPARE(d.uuid, r.uuid);
    QCOMPARE(d.state, DomainState::Shutoff);
    // Schema validation rejects an unknown element with libvirt's own words.
    h.conn->defineDomain(u"<domain type='test'><name>bad</name><memory>1</memory>"
                         "<bogus/><os><type>hvm</type></os></domain>"_s);
    r = waitResult(results, 1);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"bogus"_s) || r.message.contains(u"schema"_s, Qt::CaseInsensitive),
             qPrintable(r.message));
    // Malformed XML too.
    h.conn->defineDomain(u"<domain"_s);
    r = waitResult(results, 2);
    QVERIFY(!r.ok);
    QVERIFY(!r.message.isEmpty());
}

void TestConnection::acquireHandsAReferenceThatOutlivesClose() {
    Harness h(kNode);
    QVERIFY(!h.conn->acquire()); // not open: nothing to hand over
    QueuedSpy state(h.conn, &Connection::stateChanged);
    h.conn->open();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Connected));
    std::shared_ptr<_virConnect> ref = h.conn->acquire();
    QVERIFY(ref);
    // Used from this thread, not the connection's.
    QCOMPARE(virConnectNumOfDomains(ref.get()) + virConnectNumOfDefinedDomains(ref.get()), 5);
    state.clear();
    h.conn->close();
    QVERIFY(waitForState(h.conn, state, ConnectionState::Disconnected));
    QVERIFY(!h.conn->acquire());
    // The reference keeps libvirt's connection alive until it goes.
    QCOMPARE(virConnectIsAlive(ref.get()), 1);
    QCOMPARE(virConnectNumOfDefinedDomains(ref.get()) + virConnectNumOfDomains(ref.get()), 5);
}

// A close while the connection thread waits for a password must end the wait at once, every time:
// the wake-up may not be lost between the waiter's check and its wait.
void TestConnection::closeDuringLoginPromptEndsAtOnce() {
    const QString uri = u"test://" VIRTDECK_TEST_DATA "/auth-node.xml"_s;
    for (int i = 0; i < 25; ++i) {
        Harness h(uri);
        QueuedSpy state(h.conn, &Connection::stateChanged);
        std::atomic<bool> asked{false};
        QObject::connect(
            h.conn, &Connection::credentialsRequested, h.conn,
            [&asked](const CredentialRequest &) { asked = true; }, Qt::DirectConnection);
        h.conn->open();
        QTRY_VERIFY_WITH_TIMEOUT(asked.load(), 10000);
        QElapsedTimer t;
        t.start();
        h.conn->close();
        QVERIFY(waitForState(h.conn, state, ConnectionState::Failed, 3000) ||
                waitForState(h.conn, state, ConnectionState::Disconnected, 100));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
