// The console's models fed by real test-driver connections through the ConnectionManager.
#include "connectionmanager.h"
#include "console.h"
#include "domaintablemodel.h"
#include "hosttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;

bool waitConnected(ConnectionManager *cm, const QString &id) {
    return QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Connected; }, 10000);
}
} // namespace

class TestConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoHostsFeedOneTable();
    void actionsAcrossHostsAndRowUpdates();
    void removingAConnectionDropsItsRows();
    void demoHostsArePopulated();
    void fallbackOpensDemoWhenNothingAnswers();
    void noFallbackWhenAHostAnswers();
    void settingsPersistence();
};

void TestConsole::twoHostsFeedOneTable() {
    Console console;
    QAbstractItemModelTester t1(console.domains(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(console.hosts(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *cm = console.connections();
    ConnectionConfig a = ConnectionConfig::fromUri(kNode);
    a.name = u"node"_s;
    const QString ida = cm->addConnection(a, true);
    const QString idb = cm->addConnection(ConnectionConfig::fromUri(u"test:///default"_s), true);
    QVERIFY(waitConnected(cm, ida));
    QVERIFY(waitConnected(cm, idb));
    QTRY_COMPARE(console.domains()->rowCount(), 6);
    QCOMPARE(console.hosts()->rowCount(), 2);
    const int row = console.hosts()->rowOf(ida);
    QTRY_COMPARE(console.hosts()->rowAt(row).info.domainsDefined, 5);
    QCOMPARE(console.hosts()->index(row, HostTableModel::Name).data().toString(), u"node"_s);
    const int alpha = console.domains()->rowOf(ida, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s);
    QVERIFY(alpha >= 0);
    QCOMPARE(console.domains()->index(alpha, DomainTableModel::Host).data().toString(), u"node"_s);
}

void TestConsole::actionsAcrossHostsAndRowUpdates() {
    Console console;
    QAbstractItemModelTester tester(console.domains(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *cm = console.connections();
    const QString ida = cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    const QString idb = cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    QVERIFY(waitConnected(cm, ida));
    QVERIFY(waitConnected(cm, idb));
    QTRY_COMPARE(console.domains()->rowCount(), 10);
    QSignalSpy reset(console.domains(), &QAbstractItemModel::modelReset);
    QSignalSpy results(cm, &ConnectionManager::actionFinished);
    const QString gamma = u"6695eb01-f6a4-8304-79aa-97f2502e1941"_s;
    const QString beta = u"6695eb01-f6a4-8304-79aa-97f2502e1940"_s;
    // One batch spanning two hosts: gamma starts on both, beta (running) fails to start.
    cm->runAction({{ida, gamma}, {idb, gamma}, {ida, beta}}, DomainAction::Start);
    QTRY_COMPARE(results.size(), 3);
    int ok = 0;
    for (const auto &args : results)
        ok += args.at(0).value<ActionResult>().ok;
    QCOMPARE(ok, 2);
    for (const QString &id : {ida, idb}) {
        const int row = console.domains()->rowOf(id, gamma);
        QTRY_COMPARE(console.domains()->domainAt(row).state, DomainState::Running);
    }
    QCOMPARE(reset.size(), 0);
    QCOMPARE(console.domains()->rowCount(), 10);
}

void TestConsole::removingAConnectionDropsItsRows() {
    Console console;
    QAbstractItemModelTester tester(console.domains(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *cm = console.connections();
    const QString ida = cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    const QString idb = cm->addConnection(ConnectionConfig::fromUri(u"test:///default"_s), true);
    QVERIFY(waitConnected(cm, ida));
    QVERIFY(waitConnected(cm, idb));
    QTRY_COMPARE(console.domains()->rowCount(), 6);
    cm->closeConnection(ida);
    QTRY_COMPARE(console.domains()->rowCount(), 1);
    QCOMPARE(cm->state(ida), ConnectionState::Disconnected);
    cm->openConnection(ida);
    QTRY_COMPARE(console.domains()->rowCount(), 6);
    cm->removeConnection(ida);
    QCOMPARE(console.domains()->rowCount(), 1);
    QCOMPARE(console.hosts()->rowCount(), 1);
}

void TestConsole::demoHostsArePopulated() {
    Console console;
    QString error;
    const QStringList ids = console.openDemoHosts(&error);
    QVERIFY2(ids.size() >= 3, qPrintable(error));
    for (const QString &id : ids)
        QVERIFY(waitConnected(console.connections(), id));
    QTRY_VERIFY(console.domains()->rowCount() >= 20);
    QSet<DomainState> states;
    for (int r = 0; r < console.domains()->rowCount(); ++r)
        states.insert(console.domains()->domainAt(r).state);
    QVERIFY(states.contains(DomainState::Running));
    QVERIFY(states.contains(DomainState::Paused));
    QVERIFY(states.contains(DomainState::Shutoff));
    for (const auto &c : console.connections()->configs())
        QVERIFY(c.transient);
}

void TestConsole::fallbackOpensDemoWhenNothingAnswers() {
    Console console;
    QSignalSpy demo(&console, &Console::demoOpened);
    auto *cm = console.connections();
    const QString bad =
        cm->addConnection(ConnectionConfig::fromUri(u"test:///no/such.xml"_s), true);
    console.fallBackToDemoUnlessConnected({bad});
    QVERIFY(demo.wait(10000));
    QTRY_VERIFY(console.domains()->rowCount() >= 20);
    QCOMPARE(cm->state(bad), ConnectionState::Failed);
}

void TestConsole::noFallbackWhenAHostAnswers() {
    Console console;
    QSignalSpy demo(&console, &Console::demoOpened);
    auto *cm = console.connections();
    const QString bad =
        cm->addConnection(ConnectionConfig::fromUri(u"test:///no/such.xml"_s), true);
    const QString good = cm->addConnection(ConnectionConfig::fromUri(kNode), true);
    console.fallBackToDemoUnlessConnected({bad, good});
    QVERIFY(waitConnected(cm, good));
    QTRY_COMPARE(cm->state(bad), ConnectionState::Failed);
    QTest::qWait(100);
    QCOMPARE(demo.size(), 0);
    QCOMPARE(cm->configs().size(), 2);
}

void TestConsole::settingsPersistence() {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"c.ini"_s);
    {
        Console console;
        auto *cm = console.connections();
        ConnectionConfig c = ConnectionConfig::fromUri(kNode);
        c.autoconnect = false;
        cm->addConnection(c, false);
        ConnectionConfig t = ConnectionConfig::fromUri(u"test:///default"_s);
        t.transient = true;
        cm->addConnection(t, false);
        QSettings s(file, QSettings::IniFormat);
        cm->save(s);
    }
    Console console;
    QSettings s(file, QSettings::IniFormat);
    console.connections()->load(s);
    QCOMPARE(console.connections()->configs().size(), 1);
    QCOMPARE(console.connections()->configs().first().uri(), kNode);
    // autoconnect off: loaded but not opened
    QTest::qWait(50);
    QCOMPARE(console.connections()->state(console.connections()->configs().first().id),
             ConnectionState::Disconnected);
}

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
