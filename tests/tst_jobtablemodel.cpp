// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs model and its filter: rows keyed by id, in-place updates, bounded history, raw sort
// values, all under QAbstractItemModelTester.
#include "scheduler/jobfilterproxy.h"
#include "scheduler/jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
Job job(qint64 id, JobState state, const QString &vm = u"alpha"_s) {
    Job j;
    j.id = id;
    j.kind = u"start"_s;
    j.uri = u"test:///default"_s;
    j.vm = vm;
    j.state = state;
    j.createdAt = 1000 * id;
    return j;
}
} // namespace

class TestJobTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadUpdateInsert();
    void historyIsBounded();
    void displayAndSortValues();
    void filterByStateAndText();
};

void TestJobTableModel::loadUpdateInsert() {
    JobTableModel m;
    QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setJobs({job(2, JobState::Queued), job(1, JobState::Done)});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.jobAt(0).id, 1); // by id
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    Job running = job(2, JobState::Running);
    running.progress = 40;
    m.updateJob(running);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QVERIFY(inserted.isEmpty());
    QCOMPARE(m.index(1, JobTableModel::Progress).data().toString(), u"40 %"_s);
    m.updateJob(job(7, JobState::Waiting));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m.rowOf(7), 2);
    QCOMPARE(m.index(2, JobTableModel::State).data().toString(), u"Waiting"_s);
}

void TestJobTableModel::historyIsBounded() {
    JobTableModel m;
    QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setHistoryLimit(3);
    m.setJobs({job(1, JobState::Done), job(2, JobState::Queued), job(3, JobState::Failed),
               job(4, JobState::Done)});
    QCOMPARE(m.rowCount(), 4);
    m.updateJob(job(5, JobState::Cancelled)); // 4 finished now: the oldest goes
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.rowOf(1), -1);
    QCOMPARE(m.rowOf(2), 0);             // unfinished rows are never dropped
    m.updateJob(job(2, JobState::Done)); // now the oldest finished row itself
    QCOMPARE(m.rowOf(2), -1);
    QCOMPARE(m.rowOf(3), 0);
    QCOMPARE(m.rowCount(), 3);
    for (int r = 0; r < m.rowCount(); ++r)
        QCOMPARE(m.rowOf(m.jobAt(r).id), r);
}

void TestJobTableModel::displayAndSortValues() {
    JobTableModel m;
    QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Job j = job(1, JobState::Done);
    j.startedAt = 10000;
    j.finishedAt = 10000 + 83000;
    j.result = u"first line\nsecond"_s;
    Job w = job(2, JobState::Waiting);
    w.afterJob = 1;
    m.setJobs({j, w});
    QCOMPARE(m.index(0, JobTableModel::Duration).data().toString(), u"1:23"_s);
    QCOMPARE(m.index(0, JobTableModel::Duration).data(JobTableModel::SortRole).toLongLong(), 83000);
    QCOMPARE(m.index(0, JobTableModel::Result).data().toString(), u"first line"_s);
    QCOMPARE(m.index(0, JobTableModel::Action).data().toString(), u"Start"_s);
    QCOMPARE(m.index(1, JobTableModel::Due).data().toString(), u"after #1"_s);
    QCOMPARE(m.index(1, JobTableModel::Duration).data().toString(), QString());
    QCOMPARE(m.index(1, 0).data(JobTableModel::JobRole).value<Job>(), w);
}

void TestJobTableModel::filterByStateAndText() {
    JobTableModel m;
    JobFilterProxy p;
    p.setSourceModel(&m);
    QAbstractItemModelTester t(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setJobs({job(1, JobState::Done, u"web"_s), job(2, JobState::Failed, u"db"_s),
               job(3, JobState::Queued, u"web-2"_s)});
    p.setStates({JobState::Failed, JobState::Interrupted});
    QCOMPARE(p.rowCount(), 1);
    p.setStates({});
    p.setText(u"WEB"_s);
    QCOMPARE(p.rowCount(), 2);
    p.setText(u"start"_s); // the action's text matches too
    QCOMPARE(p.rowCount(), 3);
    p.setText(u"nothing"_s);
    QCOMPARE(p.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
