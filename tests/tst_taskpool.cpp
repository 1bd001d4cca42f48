// SPDX-License-Identifier: GPL-3.0-or-later
// The task pool that owns every background thread outside the connection threads: tasks run,
// a cancel reaches them, and the pool's end cancels and joins what still runs.
#include "core/taskpool.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace virtdeck;

class TestTaskPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsTasksOffTheCallingThread() {
        TaskPool pool(4);
        std::atomic<int> ran{0};
        std::atomic<bool> offThread{true};
        QThread *caller = QThread::currentThread();
        for (int i = 0; i < 20; ++i)
            pool.start([&](const CancelToken &) {
                if (QThread::currentThread() == caller)
                    offThread = false;
                ++ran;
            });
        QVERIFY(pool.waitForDone(10000));
        QCOMPARE(ran.load(), 20);
        QVERIFY(offThread);
        QCOMPARE(pool.activeCount(), 0);
    }

    void aTokenStopsItsTaskAlone() {
        TaskPool pool(2);
        QSemaphore started;
        std::atomic<bool> firstStopped{false}, secondStopped{false};
        auto first = pool.start([&](const CancelToken &t) {
            started.release();
            while (!t.isCancelled())
                QThread::msleep(5);
            firstStopped = true;
        });
        auto second = pool.start([&](const CancelToken &t) {
            started.release();
            for (int i = 0; i < 100 && !t.isCancelled(); ++i)
                QThread::msleep(5);
            secondStopped = t.isCancelled();
        });
        QVERIFY(started.tryAcquire(2, 5000));
        QCOMPARE(pool.activeCount(), 2);
        first->cancel();
        QVERIFY(pool.waitForDone(10000));
        QVERIFY(firstStopped);
        QVERIFY(!secondStopped); // ran to its own end
    }

    void theEndCancelsAndWaits() {
        std::atomic<bool> finished{false};
        QSemaphore started;
        QElapsedTimer t;
        {
            TaskPool pool(2);
            pool.start([&](const CancelToken &token) {
                started.release();
                while (!token.isCancelled())
                    QThread::msleep(5);
                QThread::msleep(200); // cleanup after the cancel: the owner must wait for it
                finished = true;
            });
            QVERIFY(started.tryAcquire(1, 5000));
            t.start();
        } // the owner goes away here
        QVERIFY(finished);
        QVERIFY(t.elapsed() >= 200);
        QVERIFY(t.elapsed() < 5000);
    }

    void aClosedPoolStartsNothing() {
        TaskPool pool(1);
        pool.close();
        std::atomic<bool> ran{false};
        auto token = pool.start([&](const CancelToken &) { ran = true; });
        QVERIFY(token->isCancelled());
        QVERIFY(pool.waitForDone(1000));
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestTaskPool)
#include "tst_taskpool.moc"
