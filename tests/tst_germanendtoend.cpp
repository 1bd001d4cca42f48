// SPDX-License-Identifier: GPL-3.0-or-later
// German end to end, as a user meets it: a lab's roster error and a backup's progress line from
// the command line under LANGUAGE=de, and a scheduler job's log line in a program that loaded
// the German translation the way the window does. Each check also says the English text is gone,
// so a string that slips past lupdate fails here even when the .ts file looks complete.
#include "core/connectionmanager.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;

struct Run {
    int code = -1;
    QString out, err;
};

Run german(const QStringList &args, const QString &dir) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"de"_s);
    env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    env.remove(u"LC_ALL"_s);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(VIRTDECK_BINARY), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TestGermanEndToEnd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labRosterErrorInGerman();
    void backupProgressLineInGerman();
    void schedulerJobLogInGerman();

private:
    QTemporaryDir m_dir;
};

void TestGermanEndToEnd::labRosterErrorInGerman() {
    QVERIFY(writeFile(m_dir.filePath(u"bad.csv"_s),
                      "id,name,email,group\ns1,Ada,ada@example.org,A\ns1,Bob,bob@example.org,A\n"));
    const Run r = german({u"lab"_s, u"create"_s, u"--lab"_s, u"x"_s, u"--template"_s, u"test"_s,
                          u"--roster"_s, u"bad.csv"_s, u"--connect"_s, u"test:///default"_s,
                          u"--database"_s, m_dir.filePath(u"labs.sqlite"_s)},
                         m_dir.path());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"Zeile 3"_s) && r.err.contains(u"nichts wurde importiert"_s),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"line"_s) && !r.err.contains(u"nothing"_s), qPrintable(r.err));
}

void TestGermanEndToEnd::backupProgressLineInGerman() {
    QVERIFY(writeFile(m_dir.filePath(u"disk.raw"_s), QByteArray(3 << 20, 'v')));
    const Run r = german({u"backup"_s, u"--image"_s, u"disk.raw"_s, u"--repo"_s, u"repo"_s},
                         m_dir.path());
    QCOMPARE(r.code, 0);
    const QString all = r.out + r.err;
    QVERIFY2(all.contains(u"disk.raw wird gelesen"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"Reading"_s), qPrintable(all));
    // A failure says why in German too.
    const Run failed = german(
        {u"backup"_s, u"--image"_s, u"missing.raw"_s, u"--repo"_s, u"repo"_s}, m_dir.path());
    QCOMPARE(failed.code, 1);
    QVERIFY2(failed.err.contains(u"fehlgeschlagen"_s), qPrintable(failed.err));
    QVERIFY2(!failed.err.contains(u"failed"_s), qPrintable(failed.err));
}

// The scheduler with the translation the window installs: a job that cannot find its VM writes
// its reason to the job log in German.
void TestGermanEndToEnd::schedulerJobLogInGerman() {
    QTranslator translator;
    QVERIFY(translator.load(QLocale(u"de"_s), u"virtdeck"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    {
        Workspace workspace;
        Scheduler scheduler(&workspace, m_dir.filePath(u"jobs.sqlite"_s), u"test"_s);
        const QString id =
            workspace.connections()->addConnection(ConnectionConfig::fromUri(kNode), true);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connections()->state(id), ConnectionState::Connected,
                                  10000);
        QSignalSpy started(&scheduler, &Scheduler::started);
        scheduler.start({});
        QVERIFY(started.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.isRunner(), 5000);
        Job j;
        j.kind = u"reboot"_s;
        j.uri = kNode;
        j.vm = u"no-such-vm"_s;
        scheduler.submit({j});
        auto *jobs = scheduler.jobs();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->rowCount() == 1 && jobStateIsFinal(jobs->jobAt(0).state),
                                 15000);
        const QString logLine = jobs->jobAt(0).result;
        QVERIFY2(logLine.contains(u"Es gibt keine VM no-such-vm"_s), qPrintable(logLine));
        QVERIFY2(!logLine.contains(u"There is no VM"_s), qPrintable(logLine));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestGermanEndToEnd)
#include "tst_germanendtoend.moc"
