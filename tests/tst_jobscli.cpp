// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck jobs list|add|cancel` as a script would use them: they write the scheduler database
// and return at once, with clear errors for bad input.
#include "core/connectionconfig.h"
#include "scheduler/jobstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
// A FIFO where a database file is expected (made once per test run).
QString fifoPath() {
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"jobs.sqlite"_s);
    if (!QFile::exists(path))
        ::mkfifo(QFile::encodeName(path).constData(), 0600);
    return path;
}

struct Run {
    int code = -1;
    QString out, err;
};
} // namespace

class TestJobsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addAtListAndCancel();
    void addRecurring();
    void badInput_data();
    void badInput();
    void fifoDatabaseIsRefused();
    void concurrentProcessesShareTheDatabase();
    void headlessRunnerKeepsMaintenance();

private:
    Run jobs(const QStringList &args);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestJobsCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"jobs.sqlite"_s);
}

Run TestJobsCli::jobs(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VIRTDECK_BINARY), QStringList{u"jobs"_s} + args.mid(0, 1) +
                                                 QStringList{u"--database"_s, m_db} + args.mid(1));
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestJobsCli::addAtListAndCancel() {
    Run r = jobs({u"add"_s, u"--connect"_s, u"test:///default"_s, u"--action"_s, u"start"_s,
                  u"--vm"_s, u"test"_s, u"--vm"_s, u"other"_s, u"--at"_s, u"2026-12-01T09:00"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Queued job 1"_s) && r.out.contains(u"Queued job 2"_s));
    QVERIFY(r.err.contains(u"no scheduler is running"_s));
    r = jobs({u"add"_s, u"--connect"_s, u"test:///default"_s, u"--action"_s, u"suspend"_s,
              u"--vm"_s, u"test"_s, u"--after"_s, u"1"_s, u"--priority"_s, u"5"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    JobStore store;
    QVERIFY(store.open(m_db));
    const auto j1 = store.job(1);
    QCOMPARE(j1->state, JobState::Waiting);
    QCOMPARE(j1->notBefore, QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch());
    const auto j3 = store.job(3);
    QCOMPARE(j3->kind, u"pause"_s);
    QCOMPARE(j3->afterJob, 1);
    QCOMPARE(j3->priority, 5);

    r = jobs({u"cancel"_s, u"2"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = jobs({u"cancel"_s, u"2"_s, u"42"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"already cancelled"_s));
    QVERIFY(r.err.contains(u"no job 42"_s));

    r = jobs({u"list"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(arr.size(), 3);
    QCOMPARE(arr[1].toObject().value(u"state"_s).toString(), u"cancelled"_s);
    QCOMPARE(arr[2].toObject().value(u"after"_s).toInteger(), 1);
    r = jobs({u"list"_s});
    QVERIFY(r.out.startsWith(u"ID"_s));
    QCOMPARE(r.out.trimmed().split(u'\n').size(), 4);
}

void TestJobsCli::addRecurring() {
    Run r = jobs({u"add"_s, u"--connect"_s, u"test:///default"_s, u"--action"_s,
                  u"snapshot-create"_s, u"--vm"_s, u"test"_s, u"--weekly"_s, u"fri,mon 07:30"_s,
                  u"--name"_s, u"weekly snap"_s, u"--no-catch-up"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Added schedule 1"_s));
    r = jobs({u"list"_s, u"--schedules"_s, u"--json"_s});
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(s.value(u"name"_s).toString(), u"weekly snap"_s);
    QCOMPARE(s.value(u"when"_s).toString(), u"weekly mon,fri 07:30"_s);
    QCOMPARE(s.value(u"catch_up"_s).toBool(), false);
    const QDateTime next =
        QDateTime::fromString(s.value(u"next"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(next > QDateTime::currentDateTime());
    QVERIFY(next.date().dayOfWeek() == 1 || next.date().dayOfWeek() == 5);
}

void TestJobsCli::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QStringList base = {u"add"_s, u"--connect"_s, u"test:///default"_s};
    QTest::newRow("no host") << QStringList{u"add"_s, u"--action"_s, u"start"_s, u"--vm"_s, u"x"_s}
                             << u"--connect"_s;
    QTest::newRow("unknown action")
        << base + QStringList{u"--action"_s, u"fly"_s, u"--vm"_s, u"x"_s} << u"fly"_s;
    QTest::newRow("no vm") << base + QStringList{u"--action"_s, u"start"_s} << u"--vm"_s;
    QTest::newRow("bad time") << base + QStringList{u"--action"_s, u"start"_s, u"--vm"_s,
                                                    u"x"_s,        u"--at"_s,  u"tomorrow"_s}
                              << u"tomorrow"_s;
    QTest::newRow("bad cron") << base + QStringList{u"--action"_s, u"start"_s,  u"--vm"_s,
                                                    u"x"_s,        u"--cron"_s, u"61 * * * *"_s}
                              << u"minute"_s;
    QTest::newRow("two recurrences")
        << base + QStringList{u"--action"_s, u"start"_s, u"--vm"_s,   u"x"_s,
                              u"--daily"_s,  u"09:00"_s, u"--cron"_s, u"0 9 * * *"_s}
        << u"one of"_s;
    QTest::newRow("after unknown job")
        << base + QStringList{u"--action"_s, u"start"_s, u"--vm"_s, u"x"_s, u"--after"_s, u"99"_s}
        << u"99"_s;
    QTest::newRow("bad param") << base + QStringList{u"--action"_s, u"shutdown"_s, u"--vm"_s,
                                                     u"x"_s,        u"--param"_s,  u"wait"_s}
                               << u"KEY=VALUE"_s;
    QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s} << u"usage"_s;
    // Numbers from outside are checked against their range, names against what the action reads.
    const QStringList shutdown =
        base + QStringList{u"--action"_s, u"shutdown"_s, u"--vm"_s, u"x"_s};
    QTest::newRow("negative wait")
        << shutdown + QStringList{u"--param"_s, u"wait=-1"_s} << u"0 to 86400"_s;
    QTest::newRow("wait not a number")
        << shutdown + QStringList{u"--param"_s, u"wait=abc"_s} << u"'abc'"_s;
    QTest::newRow("huge wait") << shutdown +
                                      QStringList{u"--param"_s, u"wait=99999999999999999999"_s}
                               << u"86400"_s;
    QTest::newRow("flag not a flag")
        << shutdown + QStringList{u"--param"_s, u"force=maybe"_s} << u"true or false"_s;
    QTest::newRow("misspelt param")
        << shutdown + QStringList{u"--param"_s, u"wiat=5"_s} << u"wait, force"_s;
    QTest::newRow("param of no action")
        << base + QStringList{u"--action"_s, u"start"_s, u"--vm"_s, u"x"_s, u"--param"_s, u"a=b"_s}
        << u"no parameters"_s;
    QTest::newRow("huge priority")
        << shutdown + QStringList{u"--priority"_s, u"99999999999"_s} << u"1000000"_s;
}

void TestJobsCli::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = jobs(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// Found by tests/fuzz/fuzz-argv.py: a FIFO given as the database blocked in open(2) for good.
void TestJobsCli::fifoDatabaseIsRefused() {
    const Run r = jobs({u"list"_s, u"--database"_s, fifoPath()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
}

// The window, a headless runner and scripts open one database at once. A fresh database each
// round, so that the processes race for its creation and the switch to WAL as well: none may
// fail on a lock that a peer holds only briefly.
void TestJobsCli::concurrentProcessesShareTheDatabase() {
    constexpr int kRounds = 20, kClients = 20;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    auto start = [&](const QStringList &args) {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(VIRTDECK_BINARY), args);
        return p;
    };
    for (int round = 0; round < kRounds; ++round) {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"jobs.sqlite"_s), labs = dir.filePath(u"labs.sqlite"_s);
        QProcess *runner = start({u"scheduler"_s, u"--headless"_s, u"--database"_s, db});
        QList<QProcess *> clients;
        for (int i = 0; i < kClients; ++i) {
            if (i % 3 == 0)
                clients << start({u"jobs"_s, u"add"_s, u"--database"_s, db, u"--connect"_s,
                                  u"test:///default"_s, u"--action"_s, u"start"_s, u"--vm"_s,
                                  u"test"_s, u"--at"_s, u"2099-01-01T00:00"_s});
            else if (i % 3 == 1)
                clients << start({u"jobs"_s, u"list"_s, u"--database"_s, db});
            else
                clients << start({u"lab"_s, u"list"_s, u"--database"_s, labs});
        }
        for (QProcess *p : std::as_const(clients)) {
            QVERIFY2(p->waitForFinished(60000), qPrintable(p->arguments().join(u' ')));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0 && !err.contains(u"locked"_s),
                     qPrintable(u"round %1: %2 -> %3: %4"_s.arg(round)
                                    .arg(p->arguments().join(u' '))
                                    .arg(p->exitCode())
                                    .arg(err)));
            delete p;
        }
        QVERIFY(runner->state() == QProcess::Running || runner->waitForStarted(10000));
        runner->terminate();
        QVERIFY(runner->waitForFinished(30000));
        const QString runnerErr = QString::fromUtf8(runner->readAllStandardError());
        QVERIFY2(!runnerErr.contains(u"locked"_s), qPrintable(runnerErr));
        delete runner;
        JobStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.loadJobs().size(), 7); // every add landed
    }
}

// A host the user put in maintenance in the window (saved with its connection) is one for the
// headless runner too: a queued start of a shut-off VM there is refused, and says why.
void TestJobsCli::headlessRunnerKeepsMaintenance() {
    const QString node = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;
    QTemporaryDir config;
    {
        QSettings s(config.filePath(u"virtdeck/virtdeck.conf"_s), QSettings::IniFormat);
        ConnectionConfig c = ConnectionConfig::fromUri(node);
        c.id = u"lab-host"_s;
        c.maintenance = true;
        saveConnectionConfigs(s, {c});
    }
    Run r =
        jobs({u"add"_s, u"--connect"_s, node, u"--action"_s, u"start"_s, u"--vm"_s, u"gamma"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QProcess runner;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    runner.setProcessEnvironment(env);
    runner.start(QStringLiteral(VIRTDECK_BINARY),
                 {u"scheduler"_s, u"--headless"_s, u"--database"_s, m_db});
    std::optional<Job> job;
    const bool done = QTest::qWaitFor(
        [&] {
            JobStore store;
            job = store.open(m_db) ? store.job(1) : std::nullopt;
            return job && jobStateIsFinal(job->state);
        },
        30000);
    runner.terminate();
    runner.waitForFinished(30000);
    QVERIFY2(done, qPrintable(QString::fromUtf8(runner.readAllStandardError())));
    QCOMPARE(job->state, JobState::Failed);
    QVERIFY2(job->result.contains(u"maintenance"_s), qPrintable(job->result));
}

QTEST_GUILESS_MAIN(TestJobsCli)
#include "tst_jobscli.moc"
