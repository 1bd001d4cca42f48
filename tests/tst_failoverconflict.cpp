// SPDX-License-Identifier: GPL-3.0-or-later
// What the window shows of the failover watch: a note in the status bar, and for a VM that runs
// twice a dialog that names both hosts and asks which copy stays. Choosing one asks the watch to
// settle it; with the hosts not connected the watch refuses, and the window says why. Offscreen;
// VIRTDECK_SCREENSHOT_DIR saves a picture of the dialog.
#include "failover/failoverwatch.h"
#include "failoverconflict.h"
#include "jobkindsetup.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestFailoverConflict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerJobKinds(); }
    void conflictAsksWhichCopyStays();
};

void TestFailoverConflict::conflictAsksWhichCopyStays() {
    QTemporaryDir dir;
    Workspace workspace;
    Scheduler scheduler(&workspace, dir.filePath(u"scheduler.sqlite"_s), u"test"_s);
    FailoverWatch watch(&scheduler, &workspace, dir.filePath(u"scheduler.sqlite"_s));
    QMainWindow window;
    window.resize(900, 600);
    window.show();
    showFailoverEvents(&window, &watch);

    Q_EMIT watch.note(u"hv1 does not answer"_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"hv1 does not answer"_s);

    HaMark mark;
    mark.uuid = u"0a2c4b6e-1111-2222-3333-444455556666"_s;
    mark.name = u"db1"_s;
    mark.home = u"qemu+ssh://root@hv1/system"_s;
    mark.failedOverTo = u"qemu+ssh://root@hv2/system"_s;
    Q_EMIT watch.conflict(mark, u"db1 runs again on hv1 and on hv2."_s);
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (box = window.findChild<QMessageBox *>(u"failoverConflict"_s)); }, 5000));
    QVERIFY(box->text().contains(u"runs again"_s));
    QAbstractButton *keepNew = nullptr, *keepOld = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().contains(mark.failedOverTo))
            keepNew = b;
        if (b->text().contains(mark.home))
            keepOld = b;
    }
    QVERIFY(keepNew && keepOld && keepNew != keepOld);
    QCOMPARE(static_cast<QAbstractButton *>(box->defaultButton()), keepNew);
    if (const QString shots = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !shots.isEmpty())
        box->grab().save(shots + u"/failover-conflict.png"_s);

    // Neither host is connected here: the watch refuses and the window says so.
    keepNew->click();
    QMessageBox *refusal = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (refusal = window.findChild<QMessageBox *>(u"failoverNotSettled"_s)); },
        5000));
    QVERIFY2(refusal->text().contains(u"must both be connected"_s), qPrintable(refusal->text()));
    refusal->close();
}

QTEST_MAIN(TestFailoverConflict)
#include "tst_failoverconflict.moc"
