// SPDX-License-Identifier: GPL-3.0-or-later
// The list of hosts and the alert rules a team shares on its PostgreSQL database: two windows'
// workspaces on one database see each other's changes (host added, host put in maintenance, host
// removed, alert rules edited) within a second; each computer keeps its own key files; the first
// window to join seeds the team's lists; the command line reads the team's hosts; a read-only role
// gets a window that changes none of them; a database that does not answer leaves the window's
// own lists alone and says so. Needs the throwaway server tests/run.sh starts
// (VIRTDECK_TEST_POSTGRES).
#include "core/connectionmanager.h"
#include "core/storedatabase.h"
#include "mainwindow.h"
#include "stats/alertengine.h"
#include "testdatabase.h"
#include "workspace/teamsettings.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

ConnectionConfig host(const QString &id, const QString &address, const QString &keyFile = {}) {
    ConnectionConfig c;
    c.id = id;
    c.kind = ConnectionConfig::Kind::RemoteSsh;
    c.user = u"root"_s;
    c.host = address;
    c.keyFile = keyFile;
    c.autoconnect = false; // nothing to reach: the list is what is under test
    return c;
}

// How many hosts the team's database lists; -1 when it cannot be read.
qsizetype teamHostCount(const QString &location) {
    QList<ConnectionConfig> team;
    QString error;
    return loadTeamHosts(location, {}, &team, &error) ? team.size() : -1;
}

QStringList hostsOf(Workspace &w) {
    QStringList out;
    for (const ConnectionConfig &c : w.connections()->configs())
        out << c.host + (c.maintenance ? u" (maintenance)"_s : QString());
    out.sort();
    return out;
}

} // namespace

class TestTeamSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostsJsonKeepsTheSharedFieldsOnly() {
        ConnectionConfig a = host(u"a"_s, u"h1.example"_s, u"/home/anna/.ssh/id_ed25519"_s);
        a.port = 2222;
        a.maintenance = true;
        a.readOnly = true;
        a.name = u"Lab rack 1"_s;
        ConnectionConfig t = host(u"t"_s, u"demo"_s);
        t.transient = true;
        const QList<ConnectionConfig> back = teamHostsFromJson(teamHostsJson({a, t}));
        QCOMPARE(back.size(), 1);
        ConnectionConfig expected = a;
        expected.keyFile.clear(); // a path on Anna's computer is not the team's
        QCOMPARE(back.first(), expected);
        QCOMPARE(withLocalKeyFiles(back, {a}).first(), a);
        QVERIFY(teamHostsFromJson(u"not json"_s).isEmpty());
        QVERIFY(teamHostsFromJson(u"[{\"id\":\"x\",\"kind\":\"from-the-future\"}]"_s).isEmpty());

        QList<AlertRule> rules = defaultAlertRules();
        rules.first().threshold = 42;
        rules.removeLast();
        QCOMPARE(alertRulesFromJson(alertRulesJson(rules)), rules);
    }

    void twoWindowsShareHostsAndAlertRules() {
        test::TestDatabase db(test::TestDatabase::Backend::Postgres);
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));

        // Anna's window joins first: the team gets her list. Ben's had a host of its own.
        Workspace anna, ben;
        anna.connections()->addConnection(host(u"h1"_s, u"h1.example"_s, u"/anna/key"_s), false);
        ben.connections()->addConnection(host(u"b0"_s, u"bens-own.example"_s), false);
        QSignalSpy annaRead(&anna, &Workspace::teamProblem);
        anna.shareWithTeam(db.location(), true);
        QTRY_VERIFY_WITH_TIMEOUT(anna.team() != nullptr, 1000);
        QSignalSpy benHosts(ben.connections(), &ConnectionManager::connectionAdded);
        // Until Anna's seed is written Ben could seed his own; wait for hers to be there.
        QTRY_COMPARE_WITH_TIMEOUT(teamHostCount(db.location()), 1, 5000);
        ben.shareWithTeam(db.location(), true);
        QTRY_COMPARE_WITH_TIMEOUT(hostsOf(ben), QStringList{u"h1.example"_s}, 5000);
        QCOMPARE(ben.connections()->config(u"h1"_s).keyFile, QString()); // Anna's key stays hers

        // Ben gives h1 his key file and puts it in maintenance; Anna sees the maintenance, and
        // keeps her key file.
        ConnectionConfig h1 = ben.connections()->config(u"h1"_s);
        h1.keyFile = u"/ben/key"_s;
        h1.maintenance = true;
        ben.connections()->updateConnection(h1);
        ben.saveConnections();
        QTRY_COMPARE_WITH_TIMEOUT(hostsOf(anna), QStringList{u"h1.example (maintenance)"_s}, 1000);
        QCOMPARE(anna.connections()->config(u"h1"_s).keyFile, u"/anna/key"_s);

        // Anna adds a host and removes h1: Ben's list follows within a second.
        anna.connections()->addConnection(host(u"h2"_s, u"h2.example"_s), false);
        anna.connections()->removeConnection(u"h1"_s);
        anna.saveConnections();
        QTRY_COMPARE_WITH_TIMEOUT(hostsOf(ben), QStringList{u"h2.example"_s}, 1000);

        // Alert rules: Ben edits them, Anna's engine evaluates his from then on.
        QList<AlertRule> rules = defaultAlertRules();
        rules.first().threshold = 55;
        ben.setAlertRules(rules);
        QTRY_COMPARE_WITH_TIMEOUT(anna.alerts()->rules(), rules, 1000);

        // The command line (a headless runner) reads the team's list, with its own key files.
        QList<ConnectionConfig> team;
        QString error;
        QVERIFY2(loadTeamHosts(db.location(), {host(u"h2"_s, u"old"_s, u"/runner/key"_s)}, &team,
                               &error),
                 qPrintable(error));
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.first().host, u"h2.example"_s);
        QCOMPARE(team.first().keyFile, u"/runner/key"_s);
        QCOMPARE(annaRead.count(), 0);
    }

    // A role that may only read: the window shows the team's hosts and rules, greys out what
    // would change them, and publishes nothing; the database refuses a write all the same.
    void aReadOnlyRoleChangesNoHost() {
        test::TestDatabase db(test::TestDatabase::Backend::Postgres);
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QList<AlertRule> teamRules;
        {
            Workspace owner;
            teamRules = owner.alerts()->rules();
            owner.connections()->addConnection(host(u"h1"_s, u"h1.example"_s), false);
            owner.shareWithTeam(db.location(), true);
            QTRY_COMPARE_WITH_TIMEOUT(teamHostCount(db.location()), 1, 5000);
        }
        const QString reader = db.readOnlyLocation();
        QVERIFY2(!reader.isEmpty(), qPrintable(db.error()));

        Workspace w;
        MainWindow window(&w);
        const auto action = [&window](const QString &text) {
            for (QAction *a : window.findChildren<QAction *>())
                if (a->text() == text)
                    return a;
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(action(u"&Add Connection…"_s)->isEnabled());
        QSignalSpy problems(&w, &Workspace::teamProblem);
        w.shareWithTeam(reader, true);
        QTRY_COMPARE_WITH_TIMEOUT(hostsOf(w), QStringList{u"h1.example"_s}, 5000);
        QVERIFY(w.teamIsReadOnly());
        QVERIFY(!action(u"&Add Connection…"_s)->isEnabled());
        QVERIFY(!action(u"&Remove Connection"_s)->isEnabled());
        QVERIFY(!action(u"Alert &Rules…"_s)->isEnabled());

        // Were a change made all the same, it stays in this window and the team's list holds.
        w.connections()->addConnection(host(u"h9"_s, u"mine.example"_s), false);
        w.saveConnections();
        QList<AlertRule> rules = defaultAlertRules();
        rules.first().threshold = 12;
        w.setAlertRules(rules);
        TeamStore store;
        QString error, json;
        bool found = false;
        QVERIFY2(store.open(reader, &error), qPrintable(error));
        QVERIFY(!store.canWrite());
        QVERIFY(!store.write(TeamStore::kHosts, u"[]"_s, &error));
        QVERIFY(store.read(TeamStore::kHosts, &json, &found, &error));
        QCOMPARE(teamHostsFromJson(json).size(), 1);
        QVERIFY(store.read(TeamStore::kAlertRules, &json, &found, &error));
        QCOMPARE(alertRulesFromJson(json), teamRules);
        QVERIFY(teamRules != rules);
        QCOMPARE(problems.count(), 0);
    }

    // A database that does not answer: the window keeps its own lists and says why.
    void anUnreachableDatabaseKeepsTheLocalLists() {
        Workspace w;
        w.connections()->addConnection(host(u"h1"_s, u"h1.example"_s), false);
        QSignalSpy problems(&w, &Workspace::teamProblem);
        w.shareWithTeam(u"postgresql://nobody@/nowhere?host=/nonexistent-socket-dir"_s, true);
        QTRY_VERIFY_WITH_TIMEOUT(problems.count() >= 1, 15000);
        QVERIFY2(problems.first().first().toString().contains(u"could not be read"_s),
                 qPrintable(problems.first().first().toString()));
        QCOMPARE(hostsOf(w), QStringList{u"h1.example"_s});
    }
};

QTEST_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
