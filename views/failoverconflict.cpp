// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverconflict.h"

#include "failover/failoverwatch.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct FailoverConflict {
    Q_DECLARE_TR_FUNCTIONS(FailoverConflict)
};

namespace {
void askWhichStays(QMainWindow *window, FailoverWatch *watch, const HaMark &mark,
                   const QString &text) {
    auto *box =
        new QMessageBox(QMessageBox::Warning, FailoverConflict::tr("%1 runs twice").arg(mark.name),
                        text, QMessageBox::NoButton, window);
    box->setObjectName(u"failoverConflict"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(FailoverConflict::tr(
        "The copy you keep runs on; the other is forced off and undefined. Its disks are kept."));
    QPushButton *keepNew =
        box->addButton(FailoverConflict::tr("Keep the copy on %1").arg(mark.failedOverTo),
                       QMessageBox::AcceptRole);
    QPushButton *keepOld = box->addButton(
        FailoverConflict::tr("Keep the copy on %1").arg(mark.home), QMessageBox::AcceptRole);
    box->addButton(FailoverConflict::tr("Decide Later"), QMessageBox::RejectRole);
    box->setDefaultButton(keepNew);
    QObject::connect(box, &QMessageBox::buttonClicked, watch,
                     [watch, mark, keepNew, keepOld](QAbstractButton *b) {
                         if (b == keepNew)
                             watch->settle(mark, mark.failedOverTo);
                         else if (b == keepOld)
                             watch->settle(mark, mark.home);
                     });
    box->open();
}
} // namespace

void showFailoverEvents(QMainWindow *window, FailoverWatch *watch) {
    QObject::connect(watch, &FailoverWatch::note, window, [window](const QString &text) {
        window->statusBar()->showMessage(text, 15000);
    });
    QObject::connect(watch, &FailoverWatch::conflict, window,
                     [window, watch](const HaMark &mark, const QString &text) {
                         askWhichStays(window, watch, mark, text);
                     });
    QObject::connect(
        watch, &FailoverWatch::settled, window, [window](bool ok, const QString &text) {
            if (ok) {
                window->statusBar()->showMessage(text, 15000);
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Warning, FailoverConflict::tr("Not settled"),
                                        text, QMessageBox::Ok, window);
            box->setObjectName(u"failoverNotSettled"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

} // namespace virtdeck
