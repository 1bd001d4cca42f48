// SPDX-License-Identifier: GPL-3.0-or-later
// VncSession against displays that misbehave, each a socket the test holds the other end of:
// one that never sends a byte (close() must not wait for it) and one that sends the greeting
// and then keeps silent (the session gives up after its read timeout, says why, and tries
// again). The protocol itself is tested against QEMU in tst_integration_vncconsole.
#include "console/vncsession.h"

#include <QSignalSpy>
#include <QTest>

#include <future>

#include <sys/socket.h>
#include <unistd.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

// A connector handing out one end of a new socket pair per call; the test keeps the others.
struct SilentDisplays {
    std::shared_ptr<std::vector<int>> peers = std::make_shared<std::vector<int>>();
    std::shared_ptr<std::mutex> mutex = std::make_shared<std::mutex>();
    QByteArray greeting; // what each peer sends at once; empty: nothing

    ConsoleConnector connector() const {
        return [peers = peers, mutex = mutex, greeting = greeting] {
            int pair[2];
            ConsoleEndpoint e;
            if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
                e.error = u"socketpair failed"_s;
                return e;
            }
            if (!greeting.isEmpty()) [[maybe_unused]]
                auto n = ::write(pair[1], greeting.constData(), greeting.size());
            std::lock_guard lock(*mutex);
            peers->push_back(pair[1]);
            e.fd = pair[0];
            return e;
        };
    }
    int count() const {
        std::lock_guard lock(*mutex);
        return int(peers->size());
    }
    ~SilentDisplays() {
        for (int fd : *peers)
            ::close(fd);
    }
};

} // namespace

class TestVncSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void closeDoesNotWaitForASilentDisplay();
    void silentDisplayTimesOutAndIsTriedAgain();
};

void TestVncSession::closeDoesNotWaitForASilentDisplay() {
    SilentDisplays displays;
    auto session = std::make_unique<VncSession>(displays.connector());
    session->open();
    QTRY_COMPARE(displays.count(), 1); // the session thread now reads the greeting, in vain
    QTest::qWait(200);
    auto closed = std::async(std::launch::async, [&] { session->close(); });
    // Without the shutdown the read blocks until the display speaks: forever here.
    const bool done = closed.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!done) { // let the thread go, so that the failure is reported rather than hanging
        std::lock_guard lock(*displays.mutex);
        for (int fd : *displays.peers)
            ::shutdown(fd, SHUT_RDWR);
    }
    closed.wait();
    QVERIFY2(done, "close() waited for a display that never answers");
    QCOMPARE(displays.count(), 1); // and it did not connect again on its way out
}

void TestVncSession::silentDisplayTimesOutAndIsTriedAgain() {
    SilentDisplays displays;
    displays.greeting = "RFB 003.008\n"; // then nothing: no security types follow
    VncSession session(displays.connector());
    session.setReadTimeout(1);
    QSignalSpy states(&session, &ConsoleSession::stateChanged);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConsoleSession::State::Disconnected, 10000);
    QVERIFY2(session.reason().contains(u"handshake"_s), qPrintable(session.reason()));
    QVERIFY(states.count() >= 2); // connecting, then disconnected with the reason
    QTRY_VERIFY_WITH_TIMEOUT(displays.count() >= 2, 10000); // and it tries again
    session.close();
}

QTEST_MAIN(TestVncSession)
#include "tst_vncsession.moc"
