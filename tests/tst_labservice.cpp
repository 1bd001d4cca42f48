// SPDX-License-Identifier: GPL-3.0-or-later
// LabService on a TaskPool: it creates a lab from a roster (roster errors by line and a name in
// use refuse it, nothing saved), loads the labs, saves settings and publishes template versions
// answering each request by its id, and writes reports whole (a temp file renamed into place,
// readable by the user only). Every answer arrives on the service's thread.
#include "core/taskpool.h"
#include "labs/labservice.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
Lab newLab(const QString &name) {
    Lab lab;
    lab.name = name;
    lab.roles = {{u"vm"_s, u"lab-template"_s}};
    lab.hosts = {u"test:///default"_s};
    return lab;
}
} // namespace

class TestLabService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createAndLoad();
    void changesAnswerTheirRequest();
    void reportsAreWrittenWhole();
    void answersAfterTheServiceIsGoneAreDropped();
    void watchAnnouncesWritesNotReads();

private:
    QTemporaryDir m_dir;
    QString m_db;
    TaskPool m_pool{4};
};

void TestLabService::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"labs.sqlite"_s);
}

void TestLabService::createAndLoad() {
    LabService service(&m_pool, m_db);
    QCOMPARE(service.databasePath(), m_db);
    QSignalSpy created(&service, &LabService::labCreated);
    QSignalSpy refused(&service, &LabService::labNotCreated);
    service.createLab(newLab(u"bad"_s), u"" VIRTDECK_TEST_DATA "/rosters/wrong-columns.csv"_s);
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.at(0).at(0).toString(), u"bad"_s);
    QVERIFY2(refused.at(0).at(1).toString().contains(u"line 3:"_s),
             qPrintable(refused.at(0).at(1).toString()));

    Lab lab = newLab(u"sec1"_s);
    LabSettings settings;
    settings.idleMinutes = 20;
    lab.settingsJson = settings.toJson();
    service.createLab(lab, u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s);
    QVERIFY(created.wait(10000));
    QCOMPARE(created.at(0).at(0).toString(), u"sec1"_s);
    service.createLab(lab, u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s);
    QVERIFY(refused.wait(10000));
    QVERIFY(refused.at(1).at(1).toString().contains(u"exists already"_s));

    QSignalSpy loaded(&service, &LabService::labsLoaded);
    QThread *answeredOn = nullptr;
    connect(&service, &LabService::labsLoaded, this,
            [&answeredOn] { answeredOn = QThread::currentThread(); });
    service.loadLabs();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(answeredOn, QThread::currentThread());
    const auto labs = loaded.at(0).at(0).value<QList<Lab>>();
    QCOMPARE(labs.size(), 1); // the bad lab was never saved
    QCOMPARE(labs.first().name, u"sec1"_s);
    QCOMPARE(labs.first().students.size(), 3);
    QCOMPARE(LabSettings::fromJson(labs.first().settingsJson).idleMinutes, 20);
}

// Two changes in flight: each answer names its request; a refused change saves nothing.
void TestLabService::changesAnswerTheirRequest() {
    LabService service(&m_pool, m_db);
    QSignalSpy changed(&service, &LabService::labChanged);
    LabSettings settings;
    settings.staggerBatch = 4;
    const quint64 save = service.saveSettings(u"sec1"_s, settings);
    const quint64 publish =
        service.publishVersion(u"sec1"_s, u"vm"_s, u"lab-template-v2"_s, u"new kernel"_s);
    const quint64 gone = service.saveSettings(u"nolab"_s, settings);
    QVERIFY(save != publish && publish != gone);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 10000);
    QHash<quint64, std::pair<Lab, QString>> answers;
    for (const auto &args : std::as_const(changed))
        answers.insert(args.at(0).toULongLong(), {args.at(1).value<Lab>(), args.at(2).toString()});
    QCOMPARE(answers.value(save).second, QString());
    QCOMPARE(answers.value(publish).second, QString());
    QVERIFY(answers.value(gone).second.contains(u"nolab"_s));
    QCOMPARE(answers.value(publish).first.roles.first().templateVm, u"lab-template-v2"_s);
    const quint64 again =
        service.publishVersion(u"sec1"_s, u"vm"_s, u"lab-template-v2"_s, QString());
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.last().at(0).toULongLong(), again);
    QVERIFY(changed.last().at(2).toString().contains(u"already"_s));

    LabStore store;
    QVERIFY(store.open(m_db));
    Lab stored;
    QVERIFY(store.load(u"sec1"_s, &stored));
    QCOMPARE(LabSettings::fromJson(stored.settingsJson).staggerBatch, 4);
    QCOMPARE(stored.roles.first().templateVersion, 2);
}

void TestLabService::reportsAreWrittenWhole() {
    LabService service(&m_pool, m_db);
    QSignalSpy written(&service, &LabService::reportWritten);
    const QString path = m_dir.filePath(u"report.csv"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older, longer report that must not show through\n");
    old.close();
    service.writeReport(path, u"student_id,name\ns01,Ada\n"_s);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0).at(0).toString(), path);
    QVERIFY2(written.at(0).at(1).toBool(), qPrintable(written.at(0).at(2).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("student_id,name\ns01,Ada\n"));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(QDir(m_dir.path()).entryList({u"report.csv.*"_s}, QDir::Files), QStringList());

    service.writeReport(m_dir.filePath(u"no/such/folder/r.csv"_s), u"x"_s);
    QVERIFY(written.wait(10000));
    QVERIFY(!written.at(1).at(1).toBool());
    QVERIFY(!written.at(1).at(2).toString().isEmpty());
}

// The pane may close while its service's work runs: the work finishes, the answer goes nowhere.
void TestLabService::answersAfterTheServiceIsGoneAreDropped() {
    auto *service = new LabService(&m_pool, m_db);
    int answers = 0;
    connect(service, &LabService::labsLoaded, this, [&answers] { ++answers; });
    service->loadLabs();
    delete service;
    QVERIFY(m_pool.waitForDone(10000));
    QTest::qWait(50);
    QCOMPARE(answers, 0);
}

// A write by a second LabStore (another process's) is announced; the service's own reads are not
// (opening the database creates and removes an empty -wal: no change).
void TestLabService::watchAnnouncesWritesNotReads() {
    const QString db = m_dir.filePath(u"watched.sqlite"_s);
    {
        LabStore store;
        QVERIFY(store.open(db));
        QVERIFY(store.create(newLab(u"w1"_s)));
    }
    LabService service(&m_pool, db);
    QSignalSpy changed(&service, &LabService::databaseChanged);
    service.watchDatabase(50);
    QSignalSpy loaded(&service, &LabService::labsLoaded);
    for (int i = 0; i < 3; ++i) {
        service.loadLabs();
        QVERIFY(loaded.wait(10000));
    }
    QTest::qWait(600);
    QCOMPARE(changed.count(), 0);
    {
        LabStore other;
        QVERIFY(other.open(db));
        QCOMPARE(other.update(u"w1"_s,
                              [](Lab *lab) {
                                  addStudents(lab, {{u"s01"_s, u"Ada"_s, {}, {}}});
                                  return QString();
                              }),
                 LabStore::Change::Saved);
    }
    QVERIFY(changed.wait(5000));
}

QTEST_GUILESS_MAIN(TestLabService)
#include "tst_labservice.moc"
