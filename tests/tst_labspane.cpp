// The Labs pane and the New Lab dialog, offscreen: roster errors are listed by line and nothing is
// saved; a good roster saves the lab and the pane lists its students' VMs.
#include "classroomwall.h"
#include "console.h"
#include "labdialog.h"
#include "labs/labexecutor.h"
#include "labs/labstore.h"
#include "labspane.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestLabsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogRejectsBadRoster();
    void dialogSavesAndPaneLists();

private:
    QTemporaryDir m_dir;
};

void TestLabsPane::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("VIRTDECK_LAB_DB", m_dir.filePath(u"labs.sqlite"_s).toUtf8());
}

namespace {
void fill(LabDialog &dlg, const QString &name, const QString &roster,
          const QString &host = u"test:///default"_s) {
    auto edits = dlg.findChildren<QLineEdit *>();
    edits.at(0)->setText(name); // name, then the template's editor, roster, pattern
    dlg.findChild<QComboBox *>()->setCurrentText(u"lab-template"_s);
    for (auto *e : edits)
        if (e->placeholderText().contains(u"CSV"_s))
            e->setText(roster);
    auto *hosts = dlg.findChild<QListWidget *>();
    auto *item = new QListWidgetItem(host, hosts);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}
} // namespace

void TestLabsPane::dialogRejectsBadRoster() {
    Console console;
    LabDialog dlg(&console, LabStore::defaultPath());
    fill(dlg, u"badlab"_s, u"" VIRTDECK_TEST_DATA "/rosters/wrong-columns.csv"_s);
    dlg.show();
    dlg.accept();
    auto *errors = dlg.findChild<QPlainTextEdit *>();
    QTRY_VERIFY(errors->isVisible());
    QVERIFY2(errors->toPlainText().contains(u"line 3:"_s), qPrintable(errors->toPlainText()));
    QVERIFY(errors->toPlainText().contains(u"line 4:"_s));
    QCOMPARE(dlg.result(), int(QDialog::Rejected)); // still open
    dlg.grab().save(u"/tmp/virtdeck-labdialog.png"_s);
    LabStore store;
    QVERIFY(store.open(LabStore::defaultPath()));
    QVERIFY(!store.labNames().contains(u"badlab"_s));
}

void TestLabsPane::dialogSavesAndPaneLists() {
    Console console;
    QVERIFY(QFile::copy(u"" VIRTDECK_TEST_DATA "/labs-node.xml"_s, m_dir.filePath(u"h.xml"_s)));
    const QString host = u"test://"_s + m_dir.filePath(u"h.xml"_s);
    {
        LabDialog dlg(&console, LabStore::defaultPath());
        fill(dlg, u"goodlab"_s, u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s, host);
        dlg.show();
        dlg.accept();
        QTRY_COMPARE(dlg.result(), int(QDialog::Accepted));
    }
    Scheduler scheduler(&console, m_dir.filePath(u"jobs.sqlite"_s), u"test"_s);
    LabsPane pane(&console, &scheduler);
    pane.resize(1100, 320);
    pane.show();
    auto *table = pane.findChild<QTableWidget *>();
    QTRY_COMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), u"s01"_s);
    QCOMPARE(table->item(0, 3)->text(), u"goodlab-s01-vm"_s);
    QCOMPARE(pane.findChild<QComboBox *>()->currentText(), u"goodlab"_s);

    // Provision through the scheduler: a lab job; the table then shows host and state.
    scheduler.start(SchedulerSettings{});
    QToolButton *provision = nullptr;
    for (auto *b : pane.findChildren<QToolButton *>())
        if (b->text() == u"Provision"_s)
            provision = b;
    QVERIFY(provision);
    provision->click();
    QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 4)->text(), host, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(table->item(2, 5)->text(), u"Shut off"_s, 10000);
    pane.grab().save(u"/tmp/virtdeck-labspane.png"_s);
    // The report, as HTML by the file's suffix, written off the GUI thread.
    const QString html = m_dir.filePath(u"goodlab.html"_s);
    pane.exportReport(html);
    QTRY_VERIFY(QFileInfo(html).size() > 0);
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray page = f.readAll();
    QVERIFY(page.contains(
        QByteArray("<td>goodlab-s03-vm</td><td>" + host.toUtf8() + "</td><td>Shut off")));
    scheduler.stop();

    // Start them; the wall shows a live screen of each.
    LabExecutor start(&console);
    QSignalSpy started(&start, &LabExecutor::finished);
    Lab lab;
    {
        LabStore store;
        QVERIFY(store.open(LabStore::defaultPath()));
        QVERIFY(store.load(u"goodlab"_s, &lab));
    }
    start.run(lab, LabOperation::Start);
    QVERIFY(started.wait(20000));
    pane.refreshStatus();
    QTRY_COMPARE_WITH_TIMEOUT(table->item(2, 5)->text(), u"Running"_s, 10000);
    auto *wall = qobject_cast<ClassroomWall *>(pane.openWall());
    QVERIFY(wall);
    QTRY_COMPARE_WITH_TIMEOUT(wall->shownCount(), 3, 15000);
    wall->grab().save(u"/tmp/virtdeck-labwall.png"_s);
}

QTEST_MAIN(TestLabsPane)
#include "tst_labspane.moc"
