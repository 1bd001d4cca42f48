// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck lab …` end to end on test-driver hosts: a bad roster is refused with its lines and
// exit code 2; create, provision (twice: nothing new), status --json, start, delete --forget.
// Several processes on one database lose no change; a damaged database is refused; numbers from
// outside are range-checked; an over-committed host gets its students and a warning; a template
// folder that is no storage pool becomes one.
#include "labs/lab.h"
#include "labs/labstore.h"
#include "labs/rosterparser.h"
#include "scheduler/job.h"
#include "scheduler/jobstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestLabCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badRoster();
    void createProvisionStatusDelete();
    void settingsAddressesCapacity();
    void versionsIdleExpiry();
    void createTakesLab();
    void concurrentRosterAdds();
    void damagedDatabaseRefused();
    void numbersOutOfRange();
    void overcommitWarns();
    void templateFolderBecomesPool();
    void capacityApply();

private:
    struct Result {
        int code = -1;
        QString out, err;
    };
    Result run(const QStringList &args, const QString &database = {});
    QProcess *start(const QStringList &args, const QString &database = {});
    // A test-driver host from tests/data/`node`, copied into the test's folder.
    QString host(const QString &node);
    // A roster of `n` students "<prefix>001"… written into the test's folder.
    QString roster(const QString &prefix, int n);
    QTemporaryDir m_dir;
    QString m_host;
};

QProcess *TestLabCli::start(const QStringList &args, const QString &database) {
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.insert(u"VIRTDECK_LAB_DB"_s,
               database.isEmpty() ? m_dir.filePath(u"labs.sqlite"_s) : database);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(VIRTDECK_BINARY), QStringList{u"lab"_s} + args);
    return p;
}

TestLabCli::Result TestLabCli::run(const QStringList &args, const QString &database) {
    std::unique_ptr<QProcess> p(start(args, database));
    p->waitForFinished(60000);
    return {p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
            QString::fromUtf8(p->readAllStandardError())};
}

QString TestLabCli::host(const QString &node) {
    const QString path = m_dir.filePath(node);
    if (!QFile::exists(path))
        QFile::copy(u"" VIRTDECK_TEST_DATA "/"_s + node, path);
    return u"test://"_s + path;
}

QString TestLabCli::roster(const QString &prefix, int n) {
    const QString path = m_dir.filePath(prefix + u".csv"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("id,name,group\n");
    for (int i = 1; i <= n; ++i)
        f.write(
            u"%1%2,Student %2 of %1,G\n"_s.arg(prefix, QString::number(i).rightJustified(3, u'0'))
                .toUtf8());
    return path;
}

void TestLabCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"h.xml"_s)));
    m_host = u"test://"_s + m_dir.filePath(u"h.xml"_s);
}

void TestLabCli::badRoster() {
    const Result r =
        run({u"create"_s, u"--name"_s, u"bad"_s, u"--template"_s, u"lab-template"_s, u"--roster"_s,
             u"" VIRTDECK_TEST_DATA "/rosters/duplicates.csv"_s, u"--connect"_s, m_host});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"line 3:"_s) && r.err.contains(u"line 5:"_s), qPrintable(r.err));
    QVERIFY(!run({u"list"_s}).out.contains(u"bad"_s));
    QCOMPARE(run({u"provision"_s}).code, 2); // no --lab
    QCOMPARE(run({u"explode"_s, u"--lab"_s, u"x"_s}).code, 2);
}

void TestLabCli::createProvisionStatusDelete() {
    Result r = run({u"create"_s, u"--name"_s, u"cli1"_s, u"--role"_s, u"client=lab-template"_s,
                    u"--role"_s, u"server=lab-server"_s, u"--roster"_s,
                    u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s, u"--connect"_s, m_host});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0)[u"students"_s].toInt(), 3);
    // The test driver forgets its state between processes: each run starts from the node file,
    // so every provision creates all six VMs again; within one run they are made once.
    r = run({u"provision"_s, u"--lab"_s, u"cli1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"6 VM(s) ok, 0 failed"_s));
    r = run({u"status"_s, u"--lab"_s, u"cli1"_s, u"--json"_s, u"--students"_s, u"s02"_s});
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0)[u"vm"_s].toString(), u"cli1-s02-client"_s);
    QCOMPARE(rows.at(0)[u"host"_s].toString(), m_host); // the placement was saved
    r = run({u"report"_s, u"--lab"_s, u"cli1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(u"student_id,name,email,group,role,vm,host,state,addresses,mac,"
                             "network,fixed_address,console\n"_s));
    QVERIFY2(r.out.contains(u"s02,\"Turing, Alan\",alan@example.org,B,client,cli1-s02-client,"_s),
             qPrintable(r.out));
    const QString html = m_dir.filePath(u"r.html"_s);
    QCOMPARE(
        run({u"report"_s, u"--lab"_s, u"cli1"_s, u"--format"_s, u"html"_s, u"-o"_s, html}).code, 0);
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("<td>Turing, Alan</td>"));
    QCOMPARE(run({u"report"_s, u"--lab"_s, u"cli1"_s, u"--format"_s, u"pdf"_s}).code, 2);
    r = run({u"start"_s, u"--lab"_s, u"cli1"_s, u"--students"_s, u"nobody"_s});
    QCOMPARE(r.code, 2);
    r = run({u"start"_s, u"--lab"_s, u"cli1"_s});
    QCOMPARE(r.code, 1); // a fresh test-driver process has no lab VMs: every start fails
    // Roster changes: adding updates known ids; dropping waits until the VMs are deleted.
    r = run({u"roster"_s, u"--lab"_s, u"cli1"_s, u"--add"_s,
             u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s});
    QVERIFY2(r.code == 0 && r.out.contains(u"0 added"_s), qPrintable(r.out + r.err));
    r = run({u"roster"_s, u"--lab"_s, u"cli1"_s, u"--drop"_s, u"s01"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"delete them first"_s));
    QCOMPARE(run({u"delete"_s, u"--lab"_s, u"cli1"_s, u"--students"_s, u"s01"_s}).code, 0);
    r = run({u"roster"_s, u"--lab"_s, u"cli1"_s, u"--drop"_s, u"s01"_s});
    QVERIFY2(r.code == 0 && r.out.contains(u"2 student(s) now"_s), qPrintable(r.out + r.err));
    r = run({u"roster"_s, u"--lab"_s, u"cli1"_s, u"--add"_s,
             u"" VIRTDECK_TEST_DATA "/rosters/latin1.csv"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"line 3:"_s));
    r = run({u"delete"_s, u"--lab"_s, u"cli1"_s, u"--forget"_s});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(!run({u"list"_s}).out.contains(u"cli1"_s));
}

void TestLabCli::settingsAddressesCapacity() {
    const QString roster = u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s;
    // Bad settings are refused before anything is saved.
    Result r = run({u"create"_s, u"--name"_s, u"net1"_s, u"--template"_s, u"lab-template"_s,
                    u"--roster"_s, roster, u"--connect"_s, m_host, u"--network"_s, u"mesh"_s});
    QCOMPARE(r.code, 2);
    r = run({u"create"_s, u"--name"_s, u"net1"_s, u"--template"_s, u"lab-template"_s, u"--roster"_s,
             roster, u"--connect"_s, m_host, u"--stagger"_s, u"two"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--stagger"_s));
    QVERIFY(!run({u"list"_s}).out.contains(u"net1"_s));
    r = run({u"create"_s, u"--name"_s, u"net1"_s, u"--template"_s, u"lab-template"_s, u"--roster"_s,
             roster, u"--connect"_s, m_host, u"--network"_s, u"student"_s, u"--data-disk"_s,
             u"vdb"_s, u"--stagger"_s, u"2:5"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"settings"_s, u"--lab"_s, u"net1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s[u"network"_s][u"mode"_s].toString(), u"student"_s);
    QCOMPARE(s[u"dataDisks"_s].toArray().at(0).toString(), u"vdb"_s);
    QCOMPARE(s[u"stagger"_s][u"batch"_s].toInt(), 2);
    QCOMPARE(s[u"stagger"_s][u"pauseSeconds"_s].toInt(), 5);
    QCOMPARE(run({u"settings"_s, u"--lab"_s, u"net1"_s, u"--network"_s, u"shared"_s}).code, 2);

    // The address list: one isolated subnet per student, a derived MAC each, stable.
    r = run({u"addresses"_s, u"--lab"_s, u"net1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(2).startsWith(u"s02,vm,net1-s02-vm,52:54:00:"_s), qPrintable(r.out));
    QVERIFY2(lines.at(2).endsWith(u",vdlab-net1-s-s02,10.213.1.10"_s), qPrintable(r.out));
    QCOMPARE(run({u"addresses"_s, u"--lab"_s, u"net1"_s}).out, r.out);
    // The report lists what exists, never the plan: no VM yet, so no MAC, network or address.
    r = run({u"report"_s, u"--lab"_s, u"net1"_s});
    QVERIFY2(r.out.contains(u"net1-s02-vm,,Not provisioned yet.,,,,,"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(lines.at(2).section(u',', 3, 3)), qPrintable(r.out));

    // Capacity: three 64 MiB students fit the 8 GiB test host; placing them is the only move.
    r = run({u"capacity"_s, u"--lab"_s, u"net1"_s, u"--json"_s});
    const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!c.isEmpty(), qPrintable(r.out + r.err));
    QCOMPARE(c[u"hosts"_s].toArray().size(), 1);
    QCOMPARE(c[u"hosts"_s].toArray().at(0)[u"room"_s].toInt() > 3, true);
    QCOMPARE(c[u"moves"_s].toArray().size(), 3); // not provisioned yet: each gets a place
    QCOMPARE(c[u"fits"_s].toBool(), false);
    QCOMPARE(r.code, 1);
    r = run({u"capacity"_s, u"--lab"_s, u"net1"_s});
    QVERIFY2(r.out.contains(u"Place s01 on "_s), qPrintable(r.out));
    QCOMPARE(run({u"capacity"_s, u"--lab"_s, u"net1"_s, u"--at"_s, u"25:99"_s}).code, 2);
}

void TestLabCli::versionsIdleExpiry() {
    const QString roster = u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s;
    Result r = run({u"create"_s, u"--name"_s, u"ver1"_s, u"--template"_s, u"lab-template"_s,
                    u"--roster"_s, roster, u"--connect"_s, m_host, u"--idle-minutes"_s, u"45"_s,
                    u"--end-date"_s, u"2020-06-30"_s, u"--collect-path"_s, u"/home/student"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Bad values are refused and change nothing.
    QCOMPARE(run({u"settings"_s, u"--lab"_s, u"ver1"_s, u"--end-date"_s, u"soon"_s}).code, 2);
    QCOMPARE(run({u"settings"_s, u"--lab"_s, u"ver1"_s, u"--collect-path"_s, u"x"_s}).code, 2);
    r = run({u"settings"_s, u"--lab"_s, u"ver1"_s});
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s[u"idleMinutes"_s].toInt(), 45);
    QCOMPARE(s[u"endDate"_s].toString(), u"2020-06-30"_s);
    QCOMPARE(s[u"collectPaths"_s].toArray().at(0).toString(), u"/home/student"_s);
    // Past its end date: flagged.
    r = run({u"list"_s});
    QVERIFY2(r.out.contains(u"ENDED 2020-06-30"_s), qPrintable(r.out));
    r = run({u"list"_s, u"--json"_s});
    bool flagged = false;
    for (const auto &l : QJsonDocument::fromJson(r.out.toUtf8()).array())
        flagged = flagged || (l[u"name"_s] == u"ver1"_s && l[u"expired"_s].toBool());
    QVERIFY2(flagged, qPrintable(r.out));

    // Publishing: the template in use is refused; a new one becomes version 2 and the update
    // runs (nothing provisioned yet: each VM will be made on it).
    r = run({u"publish"_s, u"--lab"_s, u"ver1"_s, u"--template"_s, u"lab-template"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"already"_s), qPrintable(r.err));
    r = run({u"publish"_s, u"--lab"_s, u"ver1"_s, u"--template"_s, u"lab-template-2"_s, u"--note"_s,
             u"more tools"_s});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"made on version 2"_s), qPrintable(r.out));
    r = run({u"versions"_s, u"--lab"_s, u"ver1"_s, u"--json"_s});
    const QJsonArray v = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(v.size(), 2);
    QCOMPARE(v.at(0)[u"template"_s].toString(), u"lab-template"_s);
    QCOMPARE(v.at(1)[u"template"_s].toString(), u"lab-template-2"_s);
    QCOMPARE(v.at(1)[u"note"_s].toString(), u"more tools"_s);
    QVERIFY(v.at(1)[u"current"_s].toBool() && !v.at(0)[u"current"_s].toBool());
    QVERIFY(run({u"list"_s}).out.contains(u"vm=lab-template-2 v2"_s));
    // Collecting without a folder is a usage error.
    QCOMPARE(run({u"collect"_s, u"--lab"_s, u"ver1"_s}).code, 2);
}

// `create` takes --lab like every other verb; --name stays as its older spelling.
void TestLabCli::createTakesLab() {
    const QString roster = u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s;
    Result r = run({u"create"_s, u"--lab"_s, u"bylab"_s, u"--template"_s, u"lab-template"_s,
                    u"--roster"_s, roster, u"--connect"_s, m_host});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"create"_s, u"--name"_s, u"byname"_s, u"--template"_s, u"lab-template"_s,
             u"--roster"_s, roster, u"--connect"_s, m_host});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"create"_s, u"--lab"_s, u"one"_s, u"--name"_s, u"other"_s, u"--template"_s,
             u"lab-template"_s, u"--roster"_s, roster, u"--connect"_s, m_host});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--lab and --name"_s), qPrintable(r.err));
    r = run({u"list"_s, u"--json"_s});
    QStringList names;
    for (const auto &l : QJsonDocument::fromJson(r.out.toUtf8()).array())
        names << l[u"name"_s].toString();
    QVERIFY2(names.contains(u"bylab"_s) && names.contains(u"byname"_s), qPrintable(r.out));
    QVERIFY(!names.contains(u"one"_s) && !names.contains(u"other"_s));
    QCOMPARE(run({u"settings"_s, u"--lab"_s, u"bylab"_s}).code, 0);
}

// Eight processes add a student each to one lab at once: each change is its own transaction on
// the lab as stored, so none undoes another.
void TestLabCli::concurrentRosterAdds() {
    const QString db = m_dir.filePath(u"concurrent.sqlite"_s);
    Result r =
        run({u"create"_s, u"--lab"_s, u"busy"_s, u"--template"_s, u"lab-template"_s, u"--roster"_s,
             u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s, u"--connect"_s, m_host},
            db);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int i = 0; i < 8; ++i)
        procs.emplace_back(start(
            {u"roster"_s, u"--lab"_s, u"busy"_s, u"--add"_s, roster(u"p%1x"_s.arg(i), 1)}, db));
    for (auto &p : procs) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    r = run({u"list"_s, u"--json"_s}, db);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0)[u"students"_s].toInt(), 11);
    r = run({u"addresses"_s, u"--lab"_s, u"busy"_s}, db);
    for (int i = 0; i < 8; ++i)
        QVERIFY2(r.out.contains(u"p%1x001,"_s.arg(i)), qPrintable(r.out));
}

// A page in the middle of the file overwritten: the database is refused with what to do, and
// no lab is listed with its students missing.
void TestLabCli::damagedDatabaseRefused() {
    const QString db = m_dir.filePath(u"damaged.sqlite"_s);
    Result r = run({u"create"_s, u"--lab"_s, u"big"_s, u"--template"_s, u"lab-template"_s,
                    u"--roster"_s, roster(u"d"_s, 600), u"--connect"_s, m_host},
                   db);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"list"_s}, db);
    QVERIFY2(r.code == 0 && r.out.contains(u"600"_s), qPrintable(r.out + r.err));
    // The last connection closed: the WAL is in the file.
    QVERIFY(QFileInfo(db + u"-wal"_s).size() == 0);
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY2(pages >= 8, qPrintable(QString::number(f.size())));
    QVERIFY(f.seek(pages / 2 * 4096));
    QCOMPARE(f.write(QByteArray(4096, '\x5a')), 4096);
    f.close();
    r = run({u"list"_s}, db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"damaged"_s) && r.err.contains(db), qPrintable(r.err));
    QVERIFY2(!r.out.contains(u"big"_s), qPrintable(r.out));
    r = run({u"list"_s, u"--json"_s}, db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.out));
    r = run({u"roster"_s, u"--lab"_s, u"big"_s, u"--add"_s, roster(u"e"_s, 1)}, db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
}

// Numbers from outside are checked, and the message names the option.
void TestLabCli::numbersOutOfRange() {
    const QString roster = u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s;
    const QStringList create{u"create"_s,     u"--lab"_s,        u"nums"_s,
                             u"--template"_s, u"lab-template"_s, u"--roster"_s,
                             roster,          u"--connect"_s,    m_host};
    const QList<std::pair<QStringList, QString>> bad = {
        {create + QStringList{u"--idle-minutes"_s, u"99999"_s}, u"--idle-minutes"_s},
        {create + QStringList{u"--idle-minutes"_s, u"-1"_s}, u"--idle-minutes"_s},
        {create + QStringList{u"--stagger"_s, u"9999:5"_s}, u"--stagger"_s},
        {create + QStringList{u"--stagger"_s, u"2:99999999999"_s}, u"--stagger"_s},
        {create + QStringList{u"--parallel"_s, u"0"_s}, u"--parallel"_s},
        {{u"provision"_s, u"--lab"_s, u"nums"_s, u"--parallel"_s, u"1000"_s}, u"--parallel"_s},
        {{u"provision"_s, u"--lab"_s, u"nums"_s, u"--timeout"_s, u"abc"_s}, u"--timeout"_s},
        {{u"status"_s, u"--lab"_s, u"nums"_s, u"--timeout"_s, u"0"_s}, u"--timeout"_s},
    };
    for (const auto &[args, option] : bad) {
        const Result r = run(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ')));
        QVERIFY2(r.err.contains(option), qPrintable(r.err));
    }
    QVERIFY(!run({u"list"_s}).out.contains(u"nums"_s));
}

// Ten one-vCPU students on a one-core host (4 vCPUs allowed): all placed, with a warning that
// gives the numbers; --strict-capacity keeps the old refusal.
void TestLabCli::overcommitWarns() {
    const QString small = host(u"labs-small-node.xml"_s);
    const QString ten = roster(u"oc"_s, 10);
    Result r = run({u"create"_s, u"--lab"_s, u"over"_s, u"--template"_s, u"lab-template"_s,
                    u"--roster"_s, ten, u"--connect"_s, small});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"provision"_s, u"--lab"_s, u"over"_s});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"10 VM(s) ok, 0 failed"_s), qPrintable(r.out + r.err));
    // The two templates run on the test host: 10 + 2 vCPUs of 1 core × 4.
    QVERIFY2(r.err.contains(small + u" holds 10 student"_s) &&
                 r.err.contains(u"running all at once needs 12 vCPUs of 4 allowed"_s),
             qPrintable(r.err));
    r = run({u"status"_s, u"--lab"_s, u"over"_s, u"--json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 10);
    for (const auto &row : rows)
        QCOMPARE(row[u"host"_s].toString(), small); // every placement was saved

    r = run({u"create"_s, u"--lab"_s, u"strict"_s, u"--template"_s, u"lab-template"_s,
             u"--roster"_s, ten, u"--connect"_s, small});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"provision"_s, u"--lab"_s, u"strict"_s, u"--strict-capacity"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"2 VM(s) ok, 8 failed"_s),
             qPrintable(r.out + r.err)); // 4 - 2 templates
    QVERIFY2(r.out.contains(u"No host has room"_s), qPrintable(r.out));
}

// The template's disk is in /labpool, which no storage pool covers: provisioning defines a
// directory pool there and says so, and the host gets its students. (The test driver does not
// look into folders, so its new pool lists no volume and the VMs themselves fail here;
// tst_integration_labs makes them on a real host.)
void TestLabCli::templateFolderBecomesPool() {
    const QString bare = host(u"labs-nopool-node.xml"_s);
    Result r =
        run({u"create"_s, u"--lab"_s, u"nopool"_s, u"--template"_s, u"lab-template"_s,
             u"--roster"_s, u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s, u"--connect"_s, bare});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"provision"_s, u"--lab"_s, u"nopool"_s});
    QVERIFY2(r.err.contains(bare + u": defined the storage pool virtdeck-labpool on /labpool"_s),
             qPrintable(r.out + r.err));
    QVERIFY2(!r.err.contains(u"no new student is placed there"_s), qPrintable(r.err));
    r = run({u"status"_s, u"--lab"_s, u"nopool"_s, u"--json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    for (const auto &row : rows)
        QCOMPARE(row[u"host"_s].toString(), bare); // placed on the host whose folder became a pool
}

// `capacity --apply`: host A (one core, room for two students) holds three students with VMs
// (shut off), B none, and s04 is new. Without --yes and no terminal nothing happens; with it the
// plan is printed, the student that moves gets a "lab-migrate" job in the scheduler's database
// (an offline one) and s04 its host at once. A lab that does not fit even after the moves queues
// nothing and exits 1.
void TestLabCli::capacityApply() {
    QFile small(u"" VIRTDECK_TEST_DATA "/labs-small-node.xml"_s);
    QVERIFY(small.open(QIODevice::ReadOnly));
    QString xml = QString::fromUtf8(small.readAll());
    const QString b = host(u"labs-small-node.xml"_s);
    QString vms;
    for (const QString &id : {u"s01"_s, u"s02"_s, u"s03"_s})
        vms += u"<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
               "<name>apmove-%1-vm</name><memory>65536</memory><vcpu>1</vcpu>"
               "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
               "<test:runstate>5</test:runstate></domain>\n"_s.arg(id);
    xml.replace(u"<pool"_s, vms + u"<pool"_s);
    QFile nodeA(m_dir.filePath(u"apply-a.xml"_s));
    QVERIFY(nodeA.open(QIODevice::WriteOnly) && nodeA.write(xml.toUtf8()) > 0);
    nodeA.close();
    const QString a = u"test://"_s + nodeA.fileName();
    Lab lab;
    lab.name = u"apmove"_s;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.students = parseRosterFile(u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s).students;
    lab.hosts = {a, b};
    for (const auto &s : std::as_const(lab.students))
        lab.assignments.append({s.id, a});
    lab.students.append({u"s04"_s, u"Late Comer"_s, {}, u"A"_s});
    Lab full = lab; // the same students on A alone: one of them fits nowhere
    full.name = u"apfull"_s;
    full.hosts = {a};
    full.assignments.clear();
    {
        LabStore store;
        QVERIFY(store.open(m_dir.filePath(u"labs.sqlite"_s)));
        QVERIFY(store.create(lab) && store.create(full));
    }
    const QString jobsDb = m_dir.filePath(u"apply-jobs.sqlite"_s);
    const auto queued = [&jobsDb] {
        JobStore jobs;
        return jobs.open(jobsDb) ? jobs.loadJobs(0) : QList<Job>{};
    };
    const QStringList apply = {u"capacity"_s, u"--lab"_s,           u"apmove"_s,
                               u"--apply"_s,  u"--jobs-database"_s, jobsDb};
    Result r = run(apply);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Nothing queued (add --yes"_s), qPrintable(r.out + r.err));
    QVERIFY(queued().isEmpty());

    r = run(apply + QStringList{u"--yes"_s});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const QList<Job> jobs = queued();
    QCOMPARE(jobs.size(), 1);
    const Job &job = jobs.first();
    QCOMPARE(job.kind, u"lab-migrate"_s);
    QCOMPARE(job.uri, a);
    QCOMPARE(job.params.value(u"destination"_s).toString(), b);
    const QString moved = job.params.value(u"student"_s).toString();
    QCOMPARE(job.vm, u"apmove-%1-vm"_s.arg(moved));
    QVERIFY2(r.out.contains(
                 u"Migrate %1 (student %2) from %3 to %4, offline"_s.arg(job.vm, moved, a, b)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Place student s04 on "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Queued job %1"_s.arg(job.id)), qPrintable(r.out));
    LabStore store;
    QVERIFY(store.open(m_dir.filePath(u"labs.sqlite"_s)));
    Lab stored;
    QVERIFY(store.load(u"apmove"_s, &stored));
    QVERIFY(lab.hosts.contains(stored.hostOf(u"s04"_s)));
    QCOMPARE(stored.hostOf(moved), a); // until its job has moved the VM

    r = run({u"capacity"_s, u"--lab"_s, u"apfull"_s, u"--apply"_s, u"--yes"_s, u"--jobs-database"_s,
             jobsDb});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Nothing queued: no host has room for"_s), qPrintable(r.err));
    QCOMPARE(queued().size(), 1);
    QVERIFY(store.load(u"apfull"_s, &stored));
    QVERIFY(stored.assignments.isEmpty());
}

QTEST_GUILESS_MAIN(TestLabCli)
#include "tst_labcli.moc"
