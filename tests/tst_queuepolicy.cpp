// SPDX-License-Identifier: GPL-3.0-or-later
// Queue policies and limits as a pure function: table-driven cases.
#include "scheduler/queuepolicy.h"

#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<virtdeck::QueueCandidate>)
Q_DECLARE_METATYPE(QList<virtdeck::RunningSlot>)
Q_DECLARE_METATYPE(virtdeck::QueuePolicy)

namespace {
// id, enqueued, priority, expected, host, vm, group (empty group: the host is the key)
QueueCandidate job(qint64 id, const QString &host, const QString &vm, int priority = 0,
                   qint64 expected = 0, const QString &group = {}, qint64 enqueued = -1) {
    return {id,
            enqueued < 0 ? id : enqueued,
            priority,
            expected,
            host,
            host + u'/' + vm,
            group.isEmpty() ? host : group};
}
} // namespace

class TestQueuePolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void select_data();
    void select();
    void roundRobinContinuesAcrossCalls();
    void names();
};

void TestQueuePolicy::select_data() {
    QTest::addColumn<QueuePolicy>("policy");
    QTest::addColumn<int>("global");
    QTest::addColumn<int>("perHost");
    QTest::addColumn<QList<QueueCandidate>>("queued");
    QTest::addColumn<QList<RunningSlot>>("running");
    QTest::addColumn<QList<qint64>>("expected");

    const QString a = u"qemu+ssh://a/system"_s, b = u"qemu+ssh://b/system"_s,
                  c = u"qemu+ssh://c/system"_s;

    QTest::newRow("fcfs in arrival order")
        << QueuePolicy::Fcfs << 2 << 0
        << QList<QueueCandidate>{job(3, a, u"x"_s), job(1, a, u"y"_s), job(2, a, u"z"_s)}
        << QList<RunningSlot>{} << QList<qint64>{1, 2};
    QTest::newRow("fcfs ties broken by id")
        << QueuePolicy::Fcfs << 0 << 0
        << QList<QueueCandidate>{job(9, a, u"x"_s, 0, 0, {}, 5), job(4, a, u"y"_s, 0, 0, {}, 5)}
        << QList<RunningSlot>{} << QList<qint64>{4, 9};
    QTest::newRow("global limit counts running jobs")
        << QueuePolicy::Fcfs << 3 << 0
        << QList<QueueCandidate>{job(1, a, u"x"_s), job(2, b, u"y"_s)}
        << QList<RunningSlot>{{a, a + u"/r1"_s}, {b, b + u"/r2"_s}} << QList<qint64>{1};
    QTest::newRow("nothing fits: global full")
        << QueuePolicy::Fcfs << 1 << 0 << QList<QueueCandidate>{job(1, a, u"x"_s)}
        << QList<RunningSlot>{{b, b + u"/r"_s}} << QList<qint64>{};
    QTest::newRow("per-host limit skips to other host")
        << QueuePolicy::Fcfs << 10 << 1
        << QList<QueueCandidate>{job(1, a, u"x"_s), job(2, a, u"y"_s), job(3, b, u"z"_s)}
        << QList<RunningSlot>{} << QList<qint64>{1, 3};
    QTest::newRow("per-host limit with running")
        << QueuePolicy::Fcfs << 10 << 2
        << QList<QueueCandidate>{job(1, a, u"x"_s), job(2, a, u"y"_s)}
        << QList<RunningSlot>{{a, a + u"/r"_s}} << QList<qint64>{1};
    QTest::newRow("nothing fits: every host full")
        << QueuePolicy::Priority << 10 << 1
        << QList<QueueCandidate>{job(1, a, u"x"_s, 5), job(2, b, u"y"_s, 9)}
        << QList<RunningSlot>{{a, a + u"/r"_s}, {b, b + u"/s"_s}} << QList<qint64>{};
    QTest::newRow("same VM never twice")
        << QueuePolicy::Fcfs << 10 << 10
        << QList<QueueCandidate>{job(1, a, u"x"_s), job(2, a, u"x"_s), job(3, a, u"y"_s)}
        << QList<RunningSlot>{} << QList<qint64>{1, 3};
    QTest::newRow("VM busy with a running job")
        << QueuePolicy::Fcfs << 10 << 10
        << QList<QueueCandidate>{job(1, a, u"x"_s), job(2, a, u"y"_s)}
        << QList<RunningSlot>{{a, a + u"/x"_s}} << QList<qint64>{2};
    QTest::newRow("same name on two hosts is two VMs")
        << QueuePolicy::Fcfs << 10 << 10
        << QList<QueueCandidate>{job(1, a, u"x"_s), job(2, b, u"x"_s)} << QList<RunningSlot>{}
        << QList<qint64>{1, 2};
    QTest::newRow("priority high first then fcfs")
        << QueuePolicy::Priority << 3 << 0
        << QList<QueueCandidate>{job(1, a, u"p"_s, 0), job(2, a, u"q"_s, 5), job(3, a, u"r"_s, 5),
                                 job(4, a, u"s"_s, -1)}
        << QList<RunningSlot>{} << QList<qint64>{2, 3, 1};
    QTest::newRow("priority respects per-host limit")
        << QueuePolicy::Priority << 10 << 1
        << QList<QueueCandidate>{job(1, a, u"p"_s, 1), job(2, a, u"q"_s, 9), job(3, b, u"r"_s, 0)}
        << QList<RunningSlot>{} << QList<qint64>{2, 3};
    QTest::newRow("shortest expected first")
        << QueuePolicy::ShortestFirst << 2 << 0
        << QList<QueueCandidate>{job(1, a, u"p"_s, 0, 60000), job(2, a, u"q"_s, 0, 500),
                                 job(3, a, u"r"_s, 0, 5000)}
        << QList<RunningSlot>{} << QList<qint64>{2, 3};
    QTest::newRow("shortest ties by arrival")
        << QueuePolicy::ShortestFirst << 0 << 0
        << QList<QueueCandidate>{job(2, a, u"p"_s, 0, 100), job(1, a, u"q"_s, 0, 100)}
        << QList<RunningSlot>{} << QList<qint64>{1, 2};
    // A batch of 5 on host a arrived before 1 job on b and 1 on c: round-robin serves b and c
    // in the first round instead of letting a's batch take every slot.
    QTest::newRow("round-robin across hosts")
        << QueuePolicy::RoundRobin << 3 << 0
        << QList<QueueCandidate>{job(1, a, u"1"_s), job(2, a, u"2"_s), job(3, a, u"3"_s),
                                 job(4, a, u"4"_s), job(5, a, u"5"_s), job(6, b, u"6"_s),
                                 job(7, c, u"7"_s)}
        << QList<RunningSlot>{} << QList<qint64>{1, 6, 7};
    QTest::newRow("fcfs lets the batch take all")
        << QueuePolicy::Fcfs << 3 << 0
        << QList<QueueCandidate>{job(1, a, u"1"_s), job(2, a, u"2"_s), job(3, a, u"3"_s),
                                 job(4, a, u"4"_s), job(5, a, u"5"_s), job(6, b, u"6"_s),
                                 job(7, c, u"7"_s)}
        << QList<RunningSlot>{} << QList<qint64>{1, 2, 3};
    QTest::newRow("round-robin across labs on one host")
        << QueuePolicy::RoundRobin << 4 << 0
        << QList<QueueCandidate>{job(1, a, u"1"_s, 0, 0, u"lab-x"_s),
                                 job(2, a, u"2"_s, 0, 0, u"lab-x"_s),
                                 job(3, a, u"3"_s, 0, 0, u"lab-x"_s),
                                 job(4, a, u"4"_s, 0, 0, u"lab-y"_s),
                                 job(5, a, u"5"_s, 0, 0, u"lab-y"_s)}
        << QList<RunningSlot>{} << QList<qint64>{1, 4, 2, 5};
    QTest::newRow("round-robin skips a full host")
        << QueuePolicy::RoundRobin << 4 << 1
        << QList<QueueCandidate>{job(1, a, u"1"_s), job(2, a, u"2"_s), job(3, b, u"3"_s)}
        << QList<RunningSlot>{{a, a + u"/r"_s}} << QList<qint64>{3};
    QTest::newRow("empty queue") << QueuePolicy::RoundRobin << 4 << 1 << QList<QueueCandidate>{}
                                 << QList<RunningSlot>{} << QList<qint64>{};
}

void TestQueuePolicy::select() {
    QFETCH(QueuePolicy, policy);
    QFETCH(int, global);
    QFETCH(int, perHost);
    QFETCH(QList<QueueCandidate>, queued);
    QFETCH(QList<RunningSlot>, running);
    QFETCH(QList<qint64>, expected);
    QString cursor;
    QCOMPARE(selectJobsToRun(queued, running, policy, {global, perHost}, &cursor), expected);
}

void TestQueuePolicy::roundRobinContinuesAcrossCalls() {
    // One slot at a time: the turns go a, b, c, a, … rather than restarting at a.
    const QString a = u"a"_s, b = u"b"_s, c = u"c"_s;
    QList<QueueCandidate> queue;
    qint64 id = 1;
    for (const QString &h : {a, a, a, b, b, c}) {
        queue.append(job(id, h, QString::number(id)));
        ++id;
    }
    QString cursor;
    QStringList order;
    while (!queue.isEmpty()) {
        const auto chosen = selectJobsToRun(queue, {}, QueuePolicy::RoundRobin, {1, 0}, &cursor);
        QCOMPARE(chosen.size(), 1);
        for (int i = 0; i < queue.size(); ++i) {
            if (queue.at(i).id == chosen.first()) {
                order << queue.at(i).host;
                queue.removeAt(i);
                break;
            }
        }
    }
    QCOMPARE(order, (QStringList{a, b, c, a, b, a}));
}

void TestQueuePolicy::names() {
    for (auto p : {QueuePolicy::Fcfs, QueuePolicy::Priority, QueuePolicy::ShortestFirst,
                   QueuePolicy::RoundRobin}) {
        QueuePolicy back = QueuePolicy::Fcfs;
        QVERIFY(queuePolicyFromName(queuePolicyName(p), &back));
        QCOMPARE(back, p);
        QVERIFY(!queuePolicyText(p).isEmpty());
    }
    QueuePolicy out;
    QVERIFY(!queuePolicyFromName(u"lifo"_s, &out));
}

QTEST_GUILESS_MAIN(TestQueuePolicy)
#include "tst_queuepolicy.moc"
