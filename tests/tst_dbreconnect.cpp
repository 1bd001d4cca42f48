// SPDX-License-Identifier: GPL-3.0-or-later
// A window on a shared PostgreSQL database whose server goes away and comes back: the scheduler
// engine and the labs' listener say the database is lost, connect again by themselves once the
// server answers, and then show what was written meanwhile. Runs its own throwaway server
// (tests/integration/services.sh start-postgres), since it stops it.
#include "core/databaselistener.h"
#include "labs/labstore.h"
#include "scheduler/jobstore.h"
#include "scheduler/schedulerengine.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
QString services(const QString &verb, const QString &dir) {
    QProcess p;
    p.start(u"bash"_s,
            {QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/integration/services.sh"), verb, dir});
    p.waitForFinished(60000);
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    return p.exitCode() == 0 ? lines.value(lines.size() - 1, u"ok"_s) : QString();
}

bool hasError(const QSignalSpy &spy, const QString &text) {
    for (const auto &args : spy)
        if (args.at(0).toString().contains(text))
            return true;
    return false;
}
} // namespace

class TestDbReconnect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lostDatabaseIsReportedAndRejoined();

private:
    QTemporaryDir m_dir;
    QString m_url;
};

void TestDbReconnect::initTestCase() {
    m_url = services(u"start-postgres"_s, m_dir.path());
    QVERIFY2(m_url.startsWith(u"postgresql://"_s), "start-postgres failed");
}

void TestDbReconnect::cleanupTestCase() {
    services(u"stop-postgres"_s, m_dir.path());
}

void TestDbReconnect::lostDatabaseIsReportedAndRejoined() {
    ManualClock clock(QDateTime::currentDateTime());
    SchedulerEngine window(m_url, &clock, u"window"_s);
    SchedulerSettings st;
    st.pollMs = 0; // the test drives process()
    window.setSettings(st);
    window.setRunsJobs(false);
    QVERIFY(window.start());
    QSignalSpy errors(&window, &SchedulerEngine::errorOccurred);
    DatabaseListener labs(m_url, LabStore::changeChannel());
    labs.setCheckIntervalMs(300);
    QSignalSpy connection(&labs, &DatabaseListener::connectionChanged);
    QSignalSpy changed(&labs, &DatabaseListener::changed);
    labs.start();
    QVERIFY(connection.wait(10000));
    QCOMPARE(connection.takeFirst().at(0).toBool(), true);

    QVERIFY(!services(u"stop-postgres"_s, m_dir.path()).isEmpty());
    window.process();
    QVERIFY2(hasError(errors, u"does not answer"_s),
             qPrintable(errors.value(0).value(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 5000);
    QCOMPARE(connection.takeFirst().at(0).toBool(), false);

    QVERIFY(!services(u"start-postgres"_s, m_dir.path()).isEmpty());
    // Written while the window was away.
    JobStore other;
    QVERIFY(other.open(m_url));
    Job j;
    j.kind = u"start"_s;
    j.uri = u"test:///default"_s;
    j.vm = u"test"_s;
    j.state = JobState::Waiting;
    QVERIFY(other.insertJob(j));
    LabStore labWriter;
    QVERIFY(labWriter.open(m_url));
    Lab lab;
    lab.name = u"net101"_s;
    lab.roles = {{u"vm"_s, u"tmpl"_s, 1}};
    QVERIFY2(labWriter.create(lab), qPrintable(labWriter.lastError()));

    QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 5000);
    QCOMPARE(connection.takeFirst().at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
    window.process(); // reconnects
    QVERIFY(hasError(errors, u"answers again"_s));
    window.process(); // reads what it missed
    bool seen = false;
    for (const Job &a : window.activeJobs())
        seen = seen || a.id == j.id;
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(TestDbReconnect)
#include "tst_dbreconnect.moc"
