// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck db migrate --to postgresql://…` on a real PostgreSQL database: a computer's SQLite
// state (jobs with their history, a schedule, a high-availability mark, two labs with roles,
// students, assignments, template versions and a running exam) arrives whole; new jobs then get
// ids after the copied ones; a second migrate into the same database is refused and changes
// nothing. Also on the shared database: the labs' notifications reach a listener, and another
// window's lab service, within a second; a read-only role's window changes nothing. Needs the
// throwaway server tests/run.sh starts (VIRTDECK_TEST_POSTGRES).
#include "core/databaselistener.h"
#include "core/storedatabase.h"
#include "core/taskpool.h"
#include "failover/hastore.h"
#include "labs/labservice.h"
#include "labs/labstore.h"
#include "scheduler/jobstore.h"
#include "scheduler/schedulerengine.h"
#include "testdatabase.h"
#include "workspace/teamsettings.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out, err;
};

// `configHome`: the XDG_CONFIG_HOME of the process (its settings), when given.
Run migrate(const QStringList &args, const QString &configHome = {}) {
    QProcess p;
    if (!configHome.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, configHome);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(VIRTDECK_BINARY), QStringList{u"db"_s, u"migrate"_s} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Lab sampleLab(const QString &name, int students) {
    Lab lab;
    lab.name = name;
    lab.roles = {{u"client"_s, u"tmpl-client"_s, 2}, {u"server"_s, u"tmpl-server"_s, 1}};
    for (int i = 0; i < students; ++i)
        lab.students.append({u"s%1"_s.arg(i), u"Student Nümber %1"_s.arg(i),
                             u"s%1@school.example"_s.arg(i), i % 2 ? u"B"_s : u"A"_s});
    lab.hosts = {u"qemu:///system"_s, u"qemu+ssh://root@h2/system"_s};
    lab.versions = {{u"client"_s, 1, u"tmpl-client-v1"_s, 1700000000000, u"first"_s},
                    {u"client"_s, 2, u"tmpl-client"_s, 1700000500000, u"with the new kernel"_s}};
    lab.settingsJson = uR"({"network":"isolated"})"_s;
    lab.createdAt = 1700000000000;
    lab.exam = {1700001000000, 1700004600000};
    return lab;
}

QList<Job> sampleJobs() {
    QList<Job> out;
    for (int i = 0; i < 30; ++i) {
        Job j;
        j.kind = i % 3 ? u"start"_s : u"backup"_s;
        j.uri = u"qemu:///system"_s;
        j.vm = u"vm%1"_s.arg(i);
        j.params = {{u"repo"_s, u"/srv/backups"_s}};
        j.state = i < 25 ? JobState::Done : JobState::Waiting;
        j.createdAt = 1700000000000 + i;
        j.startedAt = i < 25 ? j.createdAt + 5 : 0;
        j.finishedAt = i < 25 ? j.createdAt + 900 : 0;
        j.attempts = i < 25 ? 1 : 0;
        j.result = i < 25 ? u"Started: done."_s : QString();
        j.log = u"2026-12-07T10:00:00  Queued.\n"_s;
        out.append(j);
    }
    return out;
}
} // namespace

class TestDbMigrate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sqliteStateArrivesWhole();
    void labChangeReachesListener();
    void readOnlyRoleChangesNothing();
    void twoWindowsSeeEachOthersNewLab();
};

void TestDbMigrate::sqliteStateArrivesWhole() {
    test::TestDatabase target(test::TestDatabase::Backend::Postgres);
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    QTemporaryDir dir;
    const QString schedulerFile = dir.filePath(u"scheduler.sqlite"_s);
    const QString labsFile = dir.filePath(u"labs.sqlite"_s);
    QList<Job> jobs = sampleJobs();
    Schedule schedule;
    {
        JobStore store;
        QVERIFY(store.open(schedulerFile));
        QVERIFY(store.insertJobs(jobs));
        schedule.name = u"nightly"_s;
        schedule.kind = u"backup"_s;
        schedule.uri = u"qemu:///system"_s;
        schedule.vms = {u"db"_s, u"web"_s};
        schedule.recurrence = u"daily 22:00"_s;
        schedule.createdAt = 1700000000000;
        QVERIFY(store.insertSchedule(schedule));
        HaStore ha;
        QVERIFY(ha.open(schedulerFile));
        HaMark m;
        m.uuid = u"u1"_s;
        m.name = u"db"_s;
        m.home = u"qemu:///system"_s;
        m.prefer = {u"qemu+ssh://root@h2/system"_s};
        m.definition = u"<domain/>"_s;
        m.sharedDisks = true;
        QVERIFY(ha.mark(m));
        LabStore labs;
        QVERIFY(labs.open(labsFile));
        for (const Lab &lab : {sampleLab(u"net101"_s, 30), sampleLab(u"sec202"_s, 5)})
            QVERIFY2(labs.create(lab), qPrintable(labs.lastError()));
        QVERIFY(labs.setAssignment(u"net101"_s, u"s3"_s, u"qemu+ssh://root@h2/system"_s));
    }
    // This user's hosts and alert rules, in the settings the command reads.
    QTemporaryDir config;
    ConnectionConfig host = ConnectionConfig::fromUri(u"qemu+ssh://root@h2/system"_s);
    host.keyFile = u"/home/anna/.ssh/id_ed25519"_s;
    host.maintenance = true;
    QList<AlertRule> rules = defaultAlertRules();
    rules.first().threshold = 61;
    {
        QSettings s(config.filePath(u"virtdeck/virtdeck.conf"_s), QSettings::IniFormat);
        saveConnectionConfigs(s, {host});
        saveAlertRules(s, rules);
    }
    const Run run = migrate(
        {u"--to"_s, target.location(), u"--scheduler"_s, schedulerFile, u"--labs"_s, labsFile},
        config.path());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"30 jobs, 1 schedules, 1 ha_vms"_s), qPrintable(run.out));
    QList<ConnectionConfig> teamHosts;
    QString teamError;
    QVERIFY2(loadTeamHosts(target.location(), {}, &teamHosts, &teamError), qPrintable(teamError));
    host.keyFile.clear(); // a path on this computer is not the team's
    QCOMPARE(teamHosts, QList<ConnectionConfig>{host});
    {
        TeamStore team;
        QString json;
        bool found = false;
        QVERIFY(team.open(target.location(), &teamError));
        QVERIFY(team.read(TeamStore::kAlertRules, &json, &found, &teamError) && found);
        QCOMPARE(alertRulesFromJson(json), rules);
    }

    JobStore from, to;
    QVERIFY(from.open(schedulerFile));
    QVERIFY2(to.open(target.location()), qPrintable(to.lastError()));
    QCOMPARE(to.loadJobs(), from.loadJobs());
    QCOMPARE(to.loadSchedules(), from.loadSchedules());
    HaStore haFrom, haTo;
    QVERIFY(haFrom.open(schedulerFile));
    QVERIFY(haTo.open(target.location()));
    QCOMPARE(haTo.marks().size(), 1);
    QCOMPARE(haTo.marks().first().definition, haFrom.marks().first().definition);
    QCOMPARE(haTo.marks().first().prefer, haFrom.marks().first().prefer);
    LabStore labsFrom, labsTo;
    QVERIFY(labsFrom.open(labsFile));
    QVERIFY(labsTo.open(target.location()));
    QCOMPARE(labsTo.labNames(), (QStringList{u"net101"_s, u"sec202"_s}));
    for (const QString &name : labsFrom.labNames()) {
        Lab a, b;
        QVERIFY(labsFrom.load(name, &a));
        QVERIFY(labsTo.load(name, &b));
        QCOMPARE(b, a);
    }
    // A job added there now continues the numbering.
    QList<Job> more{jobs.first()};
    QVERIFY2(to.insertJobs(more), qPrintable(to.lastError()));
    QCOMPARE(more.first().id, jobs.last().id + 1);

    // Again: refused, nothing doubled.
    const Run again = migrate({u"--to"_s, target.location(), u"--scheduler"_s, schedulerFile,
                               u"--labs"_s, u"/nonexistent/labs.sqlite"_s});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(u"holds 31 row(s) already"_s), qPrintable(again.err));
    QCOMPARE(to.loadJobs().size(), 31);
}

// Another process creates a lab: a window's listener hears of it within a second.
void TestDbMigrate::labChangeReachesListener() {
    test::TestDatabase db(test::TestDatabase::Backend::Postgres);
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    LabStore writer;
    QVERIFY(writer.open(db.location()));
    DatabaseListener listener(db.location(), LabStore::changeChannel());
    QSignalSpy connected(&listener, &DatabaseListener::connectionChanged);
    QSignalSpy changed(&listener, &DatabaseListener::changed);
    listener.start();
    QVERIFY(connected.wait(10000));
    QCOMPARE(connected.first().first().toBool(), true);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(writer.create(sampleLab(u"net101"_s, 3)));
    QVERIFY(changed.wait(1000));
    qInfo("a new lab reached the listener after %lld ms", clock.elapsed());
}

// A role with SELECT only: its window shows the jobs, says it is read-only, and the database
// refuses whatever it would write.
void TestDbMigrate::readOnlyRoleChangesNothing() {
    test::TestDatabase db(test::TestDatabase::Backend::Postgres);
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    JobStore owner;
    QVERIFY(owner.open(db.location()));
    QList<Job> jobs = sampleJobs();
    QVERIFY(owner.insertJobs(jobs));
    QVERIFY(owner.canWrite());
    LabStore ownerLabs;
    QVERIFY(ownerLabs.open(db.location()));
    QVERIFY(ownerLabs.create(sampleLab(u"net101"_s, 3)));
    QVERIFY(ownerLabs.canWrite());
    TeamStore ownerTeam;
    QString teamError;
    QVERIFY2(ownerTeam.open(db.location(), &teamError), qPrintable(teamError));
    QVERIFY(ownerTeam.write(TeamStore::kHosts, u"[]"_s, &teamError));
    const QUrl readerUrl(db.readOnlyLocation());
    QVERIFY2(!readerUrl.isEmpty(), qPrintable(db.error()));

    ManualClock clock(QDateTime::currentDateTime());
    SchedulerEngine window(readerUrl.toString(), &clock, u"window"_s);
    SchedulerSettings st;
    st.pollMs = 0;
    window.setSettings(st);
    QSignalSpy readOnly(&window, &SchedulerEngine::readOnlyChanged);
    QSignalSpy loaded(&window, &SchedulerEngine::jobsLoaded);
    QVERIFY(window.start());
    QCOMPARE(readOnly.size(), 1);
    QCOMPARE(readOnly.first().first().toBool(), true);
    QCOMPARE(loaded.first().first().value<QList<Job>>().size(), jobs.size());
    window.process(); // a read-only window runs nothing, even with queued jobs waiting
    QCOMPARE(window.runningCount(), 0);
    QSignalSpy errors(&window, &SchedulerEngine::errorOccurred);
    QVERIFY(window.submit({jobs.at(1)}).isEmpty()); // a start
    QVERIFY2(!errors.isEmpty() && errors.first().first().toString().contains(u"permission"_s),
             qPrintable(errors.value(0).value(0).toString()));
    JobStore reader;
    QVERIFY(reader.open(readerUrl.toString()));
    QVERIFY(!reader.canWrite());
    QVERIFY(!reader.requestCancel(jobs.last().id, clock.nowMs()));
    QCOMPARE(owner.job(jobs.last().id)->state, JobState::Waiting);
    QCOMPARE(owner.loadJobs().size(), jobs.size());

    // The labs: shown, and the pane told to grey out what changes them; the database refuses.
    TaskPool tasks(1);
    LabService labs(&tasks, readerUrl.toString());
    QSignalSpy labsReadOnly(&labs, &LabService::readOnlyChanged);
    QSignalSpy labsLoaded(&labs, &LabService::labsLoaded);
    labs.loadLabs();
    QVERIFY(labsLoaded.wait(10000));
    QCOMPARE(labsLoaded.first().first().value<QList<Lab>>().size(), 1);
    QCOMPARE(labsReadOnly.size(), 1);
    QVERIFY(labs.isReadOnly());
    LabStore readerLabs;
    QVERIFY2(readerLabs.open(readerUrl.toString()), qPrintable(readerLabs.lastError()));
    QVERIFY(!readerLabs.canWrite());
    QVERIFY(!readerLabs.create(sampleLab(u"sec202"_s, 1)));
    QCOMPARE(ownerLabs.labNames(), QStringList{u"net101"_s});
    // The team's hosts: readable, not writable.
    TeamStore readerTeam;
    QString value;
    bool found = false;
    QVERIFY2(readerTeam.open(readerUrl.toString(), &teamError), qPrintable(teamError));
    QVERIFY(readerTeam.read(TeamStore::kHosts, &value, &found, &teamError) && found);
    QVERIFY(!readerTeam.write(TeamStore::kHosts, u"[{}]"_s, &teamError));
    QVERIFY(ownerTeam.read(TeamStore::kHosts, &value, &found, &teamError));
    QCOMPARE(value, u"[]"_s);
}

// Two windows' lab services on one shared database: a lab created through one is announced to
// the other, which then reads it, within a second.
void TestDbMigrate::twoWindowsSeeEachOthersNewLab() {
    test::TestDatabase db(test::TestDatabase::Backend::Postgres);
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    TaskPool tasks(2);
    LabService first(&tasks, db.location()), second(&tasks, db.location());
    QSignalSpy loaded(&second, &LabService::labsLoaded);
    second.loadLabs(); // creates the schema
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.takeFirst().first().value<QList<Lab>>().isEmpty());
    QSignalSpy changed(&second, &LabService::databaseChanged);
    second.watchDatabase();
    QTest::qWait(500); // the listener connects
    QSignalSpy created(&first, &LabService::labCreated);
    QElapsedTimer clock;
    clock.start();
    Lab lab;
    lab.name = u"net101"_s;
    lab.roles = {{u"vm"_s, u"tmpl"_s, 1}};
    first.createLab(lab, QStringLiteral(VIRTDECK_TEST_DATA "/rosters/good.csv"));
    QVERIFY(created.wait(10000));
    QVERIFY(changed.wait(1000));
    second.loadLabs();
    QVERIFY(loaded.wait(5000));
    const QList<Lab> labs = loaded.takeFirst().first().value<QList<Lab>>();
    QCOMPARE(labs.size(), 1);
    QCOMPARE(labs.first().name, u"net101"_s);
    QVERIFY(!labs.first().students.isEmpty());
    qInfo("the other window had the new lab %lld ms after it was asked for", clock.elapsed());
}

QTEST_GUILESS_MAIN(TestDbMigrate)
#include "tst_dbmigrate.moc"
