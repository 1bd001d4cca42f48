// SPDX-License-Identifier: GPL-3.0-or-later
#include "labspane.h"

#include "classroomwall.h"
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "exambadge.h"
#include "examstartdialog.h"
#include "labcapacitydialog.h"
#include "labdialog.h"
#include "labmanageactions.h"
#include "labs/labexecutor.h"
#include "labs/labjobs.h"
#include "labs/lablistmodel.h"
#include "labs/laboutcomefeed.h"
#include "labs/labreport.h"
#include "labs/labservice.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/labstudentmodel.h"
#include "labsettingsform.h"
#include "labshutdowndialog.h"
#include "labtargetbar.h"
#include "labtimetabledialog.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// The lab's line above its students: roles, hosts, names and what its settings change.
QString labSummary(const Lab &lab) {
    QStringList roles;
    for (const auto &r : lab.roles)
        roles << r.name + u" ← "_s + r.templateVm +
                     (r.templateVersion > 1 ? LabsPane::tr(" (version %1)").arg(r.templateVersion)
                                            : QString());
    QString summary = LabsPane::tr("%n student(s); ", nullptr, int(lab.students.size())) +
                      LabsPane::tr("%1; hosts: %2; names: %3")
                          .arg(roles.join(u", "_s), lab.hosts.join(u", "_s), lab.pattern);
    const LabSettings settings = LabSettings::fromJson(lab.settingsJson);
    QStringList extras;
    switch (settings.networkMode) {
    case LabNetworkMode::Template:
        break;
    case LabNetworkMode::Shared:
        extras << LabsPane::tr("shared network %1").arg(settings.sharedNetwork);
        break;
    case LabNetworkMode::Student:
        extras << LabsPane::tr("a network per student");
        break;
    case LabNetworkMode::Group:
        extras << LabsPane::tr("a network per group");
        break;
    }
    if (!settings.dataDisks.isEmpty())
        extras << LabsPane::tr("data disks %1").arg(settings.dataDisks.join(u", "_s));
    if (settings.staggerBatch > 0)
        extras << LabsPane::tr("starts %1 per host every %2 s")
                      .arg(settings.staggerBatch)
                      .arg(settings.staggerPauseSeconds);
    if (settings.idleMinutes > 0)
        extras << LabsPane::tr("idle VMs stop after %n min", nullptr, settings.idleMinutes);
    const QString endDate =
        QLocale().toString(QDate::fromString(settings.endDate, Qt::ISODate), QLocale::ShortFormat);
    if (!settings.endDate.isEmpty() && !settings.expired(QDate::currentDate()))
        extras << LabsPane::tr("ends %1").arg(endDate);
    if (!extras.isEmpty())
        summary += u"; "_s + extras.join(u"; "_s);
    if (settings.expired(QDate::currentDate()))
        summary = u"<b>"_s +
                  LabsPane::tr("This lab ended on %1: delete its VMs when its work is saved.")
                      .arg(endDate)
                      .toHtmlEscaped() +
                  u"</b><br>"_s + summary.toHtmlEscaped();
    return summary;
}
} // namespace

namespace {
// Says where the report went, with a button that opens it in the desktop's viewer (not modal:
// the pane stays usable).
void offerToOpen(QWidget *parent, const QString &path) {
    auto *box =
        new QMessageBox(QMessageBox::Information, LabsPane::tr("Export Lab Report"),
                        LabsPane::tr("Report saved to %1.").arg(path), QMessageBox::Close, parent);
    box->setObjectName(u"reportSaved"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(LabsPane::tr("Open"), QMessageBox::AcceptRole);
    QObject::connect(open, &QPushButton::clicked, box,
                     [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    box->open();
}
} // namespace

LabsPane::LabsPane(Workspace *workspace, Scheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scheduler(scheduler)
    , m_service(new LabService(workspace->tasks(), LabStore::defaultPath(), this))
    , m_labList(new LabListModel(this))
    , m_students(new LabStudentModel(this))
    , m_sortedStudents(new QSortFilterProxyModel(this)) {
    m_sortedStudents->setSourceModel(m_students);
    m_sortedStudents->setSortRole(LabStudentModel::SortRole);
    QHBoxLayout *bar = makeToolBar();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setModel(m_sortedStudents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LabStudentModel::Student, Qt::AscendingOrder);
    m_target = new LabTargetBar(m_table, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    m_examBadge = new ExamBadge(this);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    m_readOnlyNote = new QLabel(tr("Read-only: your database role can change no lab here."), this);
    m_readOnlyNote->setVisible(false);
    targetRow->addWidget(m_readOnlyNote);
    targetRow->addWidget(m_examBadge);
    layout->addLayout(targetRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_labs, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_labList->rowCount())
            showLab(m_labList->labAt(i));
    });
    connect(m_scheduler, &Scheduler::jobFinished, this, [this](const Job &j) {
        if (!j.kind.startsWith(u"lab-"_s) || j.vm != m_lab.name)
            return;
        reload(m_lab.name); // assignments may have changed; the status follows
        // What provisioning warns of (hosts that cannot run every student at once) stays in
        // view, numbers included.
        if (j.kind == labJobKind(LabOperation::Provision))
            m_summary->setText(j.result);
    });
    // Each VM's result of a lab job of this process fills its student's "Last result".
    connect(LabOutcomeFeed::instance(), &LabOutcomeFeed::vmFinished, m_students,
            [this](LabOperation, const LabVmOutcome &o) { m_students->applyResult(o); });
    connect(m_service, &LabService::readOnlyChanged, this, &LabsPane::applyAccess);
    connect(m_service, &LabService::labsLoaded, this, &LabsPane::showLabs);
    // A damaged database is not shown as "no labs": it is named, with what to do.
    connect(m_service, &LabService::labsNotLoaded, this, [this](const QString &error) {
        showLabs({});
        m_summary->setText(tr("The labs cannot be read: %1").arg(error));
    });
    connect(m_service, &LabService::reportWritten, this, &LabsPane::reportWritten);
    // Another process (`virtdeck lab …`) or a job changed the database: show it as it is now.
    connect(m_service, &LabService::databaseChanged, this, [this] { reload(); });
    m_service->watchDatabase();
    connect(m_manage, &LabManageActions::changed, this, [this](const QString &l) { reload(l); });
    connect(m_manage, &LabManageActions::message, m_summary, &QLabel::setText);
    connect(m_manage, &LabManageActions::failed, this,
            [this](const QString &title, const QString &error) {
                // Not modal: a job's answer may come while another question is open.
                auto *box =
                    new QMessageBox(QMessageBox::Warning, title, error, QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    connect(m_service, &LabService::labChanged, this,
            [this](quint64 id, const Lab &lab, const QString &error) {
                if (id == m_publishRequest)
                    versionPublished(lab, error);
                if (id == m_examRequest) { // a reload meanwhile may have read the state before
                    m_examPending = false;
                    reload(lab.name);
                }
            });
    showLab({});
    reload();
}

QHBoxLayout *LabsPane::makeToolBar() {
    auto *row = new QHBoxLayout;
    // A tool bar, not a row of buttons: what does not fit (German texts, a narrow dock) moves
    // into its overflow menu instead of forcing the window wider than the screen.
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"labsToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(bar, 1);
    m_labs = new QComboBox(this);
    m_labs->setModel(m_labList);
    m_labs->setMinimumWidth(160);
    m_labs->setPlaceholderText(tr("No labs yet"));
    auto *labLabel = new QLabel(tr("&Lab:"), this);
    labLabel->setBuddy(m_labs);
    bar->addWidget(labLabel);
    bar->addWidget(m_labs);
    m_create = new QToolButton(this);
    m_create->setText(tr("&New Lab…"));
    connect(m_create, &QToolButton::clicked, this, &LabsPane::newLab);
    bar->addWidget(m_create);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    // The labs as the database holds them now (the CLI may have changed them), then their VMs.
    connect(refresh, &QToolButton::clicked, this, [this] { reload(); });
    bar->addWidget(refresh);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export…"));
    exportButton->setToolTip(tr("Save the students, their VMs, hosts, states and addresses as CSV "
                                "or HTML"));
    connect(exportButton, &QToolButton::clicked, this, [this] { exportReport(); });
    bar->addWidget(exportButton);
    auto *wall = new QToolButton(this);
    wall->setText(tr("&Wall…"));
    wall->setToolTip(tr("Live screens of the lab's running VMs"));
    connect(wall, &QToolButton::clicked, this, [this] { openWall(); });
    bar->addWidget(wall);
    m_timetable = new QToolButton(this);
    m_timetable->setText(tr("&Timetable…"));
    m_timetable->setToolTip(
        tr("The lab's recurring jobs: start, shut down, reset, snapshot, exam"));
    connect(m_timetable, &QToolButton::clicked, this, [this] { openTimetable(); });
    bar->addWidget(m_timetable);
    bar->addSeparator();
    for (LabOperation op : {LabOperation::Provision, LabOperation::Start, LabOperation::Shutdown,
                            LabOperation::ForceOff, LabOperation::Reset, LabOperation::Delete,
                            LabOperation::ExamStart, LabOperation::ExamEnd}) {
        auto *b = new QToolButton(this);
        b->setText(labOperationText(op));
        b->setToolTip(tr("%1 for the selected students, or the whole lab when none is selected")
                          .arg(labOperationText(op)));
        connect(b, &QToolButton::clicked, this, [this, op] { runOperation(op); });
        bar->addWidget(b);
        m_opButtons << b;
    }
    auto *more = new QToolButton(this);
    m_more = more;
    more->setText(tr("&More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    m_capacity = menu->addAction(tr("Check &Capacity…"), this, [this] { checkCapacity(); });
    menu->addAction(tr("Lab &Settings…"), this, [this] { editSettings(); });
    m_manage =
        new LabManageActions(m_service, m_scheduler, this, [this] { return selectedStudents(); });
    m_manage->addTo(menu);
    menu->addSeparator();
    auto addOp = [this, menu](LabOperation op) {
        const bool asks = op == LabOperation::Collect || op == LabOperation::Snapshot ||
                          op == LabOperation::Revert;
        menu->addAction(labOperationText(op) + (asks ? u"…"_s : QString()), this,
                        [this, op] { runOperation(op); });
    };
    addOp(LabOperation::Snapshot);
    addOp(LabOperation::Revert);
    menu->addSeparator();
    menu->addAction(tr("&Publish Template Version…"), this, [this] { publishVersion(); });
    for (LabOperation op :
         {LabOperation::Update, LabOperation::Check, LabOperation::IdleStop, LabOperation::Collect})
        addOp(op);
    more->setMenu(menu);
    bar->addWidget(more);
    m_opButtons << more;
    return row;
}

QString LabsPane::databasePath() {
    return LabStore::defaultPath();
}

void LabsPane::reload(const QString &select) {
    if (!select.isEmpty())
        m_select = select;
    m_service->loadLabs();
}

void LabsPane::showLabs(const QList<Lab> &labs) {
    const QString select = std::exchange(m_select, {});
    const QString keep = select.isEmpty() ? m_lab.name : select;
    QSignalBlocker block(m_labs);
    m_labList->setLabs(labs);
    const int row = m_labList->rowOf(keep);
    const int index = row >= 0 ? row : (labs.isEmpty() ? -1 : 0);
    m_labs->setCurrentIndex(index);
    showLab(index >= 0 ? m_labList->labAt(index) : Lab{});
}

void LabsPane::applyAccess() {
    const bool may = !m_service->isReadOnly(), has = !m_lab.name.isEmpty();
    for (auto *b : std::as_const(m_opButtons))
        b->setEnabled(has && (may || b == m_more));
    for (QAction *a : m_more->menu()->actions())
        a->setEnabled(may || a == m_capacity);
    m_create->setEnabled(may);
    m_timetable->setEnabled(may);
    m_readOnlyNote->setVisible(!may);
}

void LabsPane::newLab() {
    LabDialog dlg(m_workspace, databasePath(), this);
    if (dlg.exec() == QDialog::Accepted)
        reload(dlg.labName());
}

void LabsPane::showLab(const Lab &lab) {
    // A read from before the exam state being stored finished would flicker the badge.
    const LabExam exam = m_examPending && lab.name == m_lab.name ? m_lab.exam : lab.exam;
    m_lab = lab;
    m_manage->setLab(lab);
    m_lab.exam = exam;
    applyAccess();
    m_students->setLab(lab);
    m_target->setStudentCount(int(lab.students.size()));
    m_examBadge->setExam(m_lab.exam);
    if (m_wall && m_wall->labName() == lab.name)
        m_wall->setLab(m_lab);
    if (lab.name.isEmpty()) {
        m_summary->setText(tr("No lab chosen. A lab turns a template VM and a class roster into "
                              "one linked-clone VM per student: create one with New Lab…"));
        return;
    }
    m_summary->setText(labSummary(lab));
    m_table->sortByColumn(LabStudentModel::Student, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    refreshStatus();
}

void LabsPane::refreshStatus() {
    if (m_statusRunning) {
        m_statusAgain = true;
        return;
    }
    if (m_lab.name.isEmpty() || m_lab.assignments.isEmpty())
        return;
    m_statusRunning = true;
    m_status.clear();
    m_statusHost.clear();
    auto *ex = new LabExecutor(m_workspace, this);
    connect(ex, &LabExecutor::vmFinished, this,
            [this](const LabVmOutcome &o, const QString &host, int, int) {
                m_status << o;
                m_statusHost.insert(o.task.vmName, host);
                m_students->applyOutcome(o, host);
            });
    connect(ex, &LabExecutor::finished, this, [this, ex] {
        m_statusRunning = false;
        ex->deleteLater();
        if (std::exchange(m_statusAgain, false))
            refreshStatus();
    });
    ex->run(m_lab, LabOperation::Status);
}

void LabsPane::exportReport(const QString &chosen) {
    if (m_lab.name.isEmpty())
        return;
    const QString path =
        !chosen.isEmpty()
            ? chosen
            : QFileDialog::getSaveFileName(this, tr("Export Lab Report"), m_lab.name + u".csv"_s,
                                           tr("CSV (*.csv);;HTML page (*.html)"));
    if (path.isEmpty())
        return;
    const bool html = path.endsWith(u".html"_s, Qt::CaseInsensitive) ||
                      path.endsWith(u".htm"_s, Qt::CaseInsensitive);
    const auto rows = labReportRows(m_lab, m_status, m_statusHost);
    m_service->writeReport(
        path, html ? labReportHtml(m_lab, rows, QDateTime::currentDateTime().toString(Qt::ISODate))
                   : labReportCsv(rows));
}

void LabsPane::reportWritten(const QString &path, bool ok, const QString &error) {
    if (ok) {
        m_summary->setText(tr("Report saved to %1.").arg(path));
        offerToOpen(this, path);
    } else
        QMessageBox::warning(this, tr("Export Lab Report"),
                             tr("Cannot write %1: %2").arg(path, error));
}

QWidget *LabsPane::openWall() {
    if (m_lab.name.isEmpty())
        return nullptr;
    auto *w = new ClassroomWall(m_workspace, m_lab, this);
    // A tile's Start and Reset go through the pane: asked, then submitted as the lab's job.
    auto actOn = [this, w](LabOperation op, const QString &student) {
        if (w->labName() == m_lab.name)
            runOperation(op, {student});
    };
    connect(w, &ClassroomWall::startRequested, this,
            [actOn](const QString &s) { actOn(LabOperation::Start, s); });
    connect(w, &ClassroomWall::resetRequested, this,
            [actOn](const QString &s) { actOn(LabOperation::Reset, s); });
    m_wall = w;
    w->show();
    return w;
}

QStringList LabsPane::selectedStudents() const {
    return m_target->selectedStudents();
}

QString LabsPane::confirmTarget(const QStringList &students) const {
    QStringList ids = students;
    if (ids.isEmpty())
        for (const auto &s : std::as_const(m_lab.students))
            ids << s.id;
    ids.sort();
    if (students.isEmpty())
        return ids.size() <= 5
                   ? tr("all students of lab %1 (%2)").arg(m_lab.name, ids.join(u", "_s))
                   : tr("all %1 students of lab %2").arg(ids.size()).arg(m_lab.name);
    return ids.size() <= 5 ? ids.join(u", "_s)
                           : tr("%1 selected students of lab %2").arg(ids.size()).arg(m_lab.name);
}

bool LabsPane::confirmOperation(LabOperation op, const QStringList &students,
                                const QString &snapshot) {
    const QString who = confirmTarget(students);
    QString what;
    switch (op) {
    case LabOperation::Start:
        what = tr("Start the VMs of %1?").arg(who);
        break;
    case LabOperation::ForceOff:
        what = tr("Force off %1? Unsaved work in the guests is lost.").arg(who);
        break;
    case LabOperation::Reset:
        what = tr("Reset %1 to the template? Their changes are thrown away.").arg(who);
        break;
    case LabOperation::Delete:
        what = tr("Delete the VMs and disks of %1? This cannot be undone.").arg(who);
        break;
    case LabOperation::Revert:
        what = tr("Revert %1 to snapshot \"%2\"? Later changes are lost.").arg(who, snapshot);
        break;
    case LabOperation::ExamEnd:
        what = tr("End the exam for %1? Their VMs get their network back.").arg(who);
        break;
    default:
        return true; // changes no VM's state (or asks in a dialog of its own)
    }
    QMessageBox box(QMessageBox::Warning, labOperationText(op), what,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"labConfirm"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(labOperationText(op));
    return box.exec() == QMessageBox::Yes;
}

void LabsPane::runOperation(LabOperation op, const QStringList &only) {
    if (m_lab.name.isEmpty())
        return;
    const QStringList students = only.isEmpty() ? selectedStudents() : only;
    const QString who =
        students.isEmpty()
            ? tr("all %n student(s) of lab %1", nullptr, int(m_lab.students.size())).arg(m_lab.name)
            : tr("%n selected student(s) of lab %1", nullptr, int(students.size())).arg(m_lab.name);
    QVariantMap params;
    if (op == LabOperation::Collect) {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Collect Files Into"), QDir::homePath());
        if (folder.isEmpty())
            return;
        params.insert(u"folder"_s, folder);
        QStringList paths = LabSettings::fromJson(m_lab.settingsJson).collectPaths;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, labOperationText(op),
            tr("Paths inside each guest to copy (one per line). The VMs must be shut off."),
            paths.join(u'\n'), &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
        params.insert(u"paths"_s, text.trimmed());
    }
    QString snapshot;
    if (op == LabOperation::Snapshot || op == LabOperation::Revert) {
        // A dated name for a new snapshot; reverting needs one that exists, so none is guessed.
        const QString suggested =
            op == LabOperation::Snapshot
                ? u"snapshot-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)
                : QString();
        bool ok = false;
        snapshot = QInputDialog::getText(this, labOperationText(op), tr("Snapshot name:"),
                                         QLineEdit::Normal, suggested, &ok)
                       .trimmed();
        if (!ok || snapshot.isEmpty())
            return;
    }
    if (op == LabOperation::ExamStart)
        return startExam(students);
    if (op == LabOperation::Shutdown) {
        // The question names whom it acts on, how long the guests get, then force off or not.
        LabShutdownDialog ask(confirmTarget(students), this);
        if (ask.exec() != QDialog::Accepted)
            return;
        params.insert(ask.params());
    } else if (!confirmOperation(op, students, snapshot)) {
        return;
    }
    if (op == LabOperation::ExamEnd && students.isEmpty())
        examEnded();
    if (op == LabOperation::Provision)
        return provision(students, who);
    if (!snapshot.isEmpty())
        params.insert(u"snapshot"_s, snapshot);
    submit(op, students, params);
    m_summary->setText(tr("%1 submitted for %2; the Jobs view shows its progress.")
                           .arg(labOperationText(op), who));
}

void LabsPane::startExam(const QStringList &students) {
    ExamStartDialog dialog(confirmTarget(students), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const LabExam exam{now, dialog.minutes() > 0 ? now + dialog.minutes() * qint64(60000) : 0};
    submit(LabOperation::ExamStart, students, {});
    if (exam.endsAt > 0) {
        // A scheduler job, so that the exam ends on time with this window closed too.
        Job end = labJob(m_lab, LabOperation::ExamEnd, students, {{u"endsExam"_s, true}});
        end.notBefore = exam.endsAt;
        m_scheduler->submit({end});
    }
    m_lab.exam = exam;
    m_examBadge->setExam(exam);
    if (m_wall && m_wall->labName() == m_lab.name)
        m_wall->setLab(m_lab);
    m_examRequest = m_service->setExam(m_lab.name, exam);
    m_examPending = true;
    m_summary->setText(
        tr("%1 submitted for %2; the Jobs view shows its progress.")
            .arg(labOperationText(LabOperation::ExamStart), confirmTarget(students)));
}

void LabsPane::examEnded() {
    const JobTableModel *jobs = m_scheduler->jobs();
    for (int r = 0; r < jobs->rowCount(); ++r) {
        const Job &j = jobs->jobAt(r);
        if (j.kind == labJobKind(LabOperation::ExamEnd) && j.vm == m_lab.name && j.notBefore > 0 &&
            !jobStateIsFinal(j.state))
            m_scheduler->cancel(j.id);
    }
    m_lab.exam = {};
    m_examBadge->setExam({});
    if (m_wall && m_wall->labName() == m_lab.name)
        m_wall->setLab(m_lab);
    m_examRequest = m_service->setExam(m_lab.name, {});
    m_examPending = true;
}

void LabsPane::provision(const QStringList &students, const QString &who) {
    auto *check = new LabExecutor(m_workspace, this);
    connect(check, &LabExecutor::finished, check, &QObject::deleteLater);
    connect(check, &LabExecutor::poolGaps, this,
            [this, lab = m_lab.name, students, who](const QList<LabPoolGap> &gaps) {
                if (m_lab.name != lab)
                    return; // another lab is shown now
                QVariantMap params;
                if (!gaps.isEmpty()) {
                    QStringList lines;
                    for (const LabPoolGap &g : gaps)
                        lines << (g.pool.isEmpty()
                                      ? tr("%1: %2 (holds %3)").arg(g.host, g.directory, g.disk)
                                      : tr("%1: %2 (the storage pool %3 there is stopped)")
                                            .arg(g.host, g.directory, g.pool));
                    const auto answer = QMessageBox::question(
                        this, labOperationText(LabOperation::Provision),
                        tr("The template disks of lab %1 are in folders that are no running "
                           "storage pool of their host:\n\n%2\n\nDefine a directory pool on "
                           "each (started and autostarted) so that the students' disks can be "
                           "made there? Without one, those hosts get no new students.")
                            .arg(lab, lines.join(u'\n')),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
                    if (answer == QMessageBox::Cancel)
                        return;
                    params.insert(u"definePools"_s, answer == QMessageBox::Yes);
                }
                submit(LabOperation::Provision, students, params);
                m_summary->setText(tr("%1 submitted for %2; the Jobs view shows its progress.")
                                       .arg(labOperationText(LabOperation::Provision), who));
            });
    check->checkPools(m_lab);
    m_summary->setText(tr("Looking at the storage pools of lab %1's hosts…").arg(m_lab.name));
}

void LabsPane::submit(LabOperation op, const QStringList &students, const QVariantMap &params) {
    m_scheduler->submit({labJob(m_lab, op, students, params)});
}

void LabsPane::publishVersion() {
    if (m_lab.name.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Publish Template Version — %1").arg(m_lab.name));
    auto *form = new QFormLayout(&dialog);
    auto *role = new QComboBox(&dialog);
    for (const auto &r : std::as_const(m_lab.roles))
        role->addItem(
            tr("%1 (now version %2: %3)").arg(r.name).arg(r.templateVersion).arg(r.templateVm),
            r.name);
    auto *vm = new QComboBox(&dialog);
    vm->setEditable(true);
    QStringList names;
    for (int r = 0; r < m_workspace->domains()->rowCount(); ++r)
        names << m_workspace->domains()->domainAt(r).name;
    names.removeDuplicates();
    names.sort();
    vm->addItems(names);
    vm->setCurrentText(QString());
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("What changed (optional)"));
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("New &template VM:"), vm);
    form->addRow(tr("&Note:"), note);
    auto *help = new QLabel(
        tr("A version is never changed in place: clone the template, change the clone, shut it "
           "off and publish it here (the same name on every host of the lab). Students without "
           "changes move to it now; the others on their next reset."),
        &dialog);
    help->setWordWrap(true);
    form->addRow(help);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_publishRequest = m_service->publishVersion(m_lab.name, role->currentData().toString(),
                                                 vm->currentText().trimmed(), note->text());
}

void LabsPane::versionPublished(const Lab &lab, const QString &error) {
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Publish Template Version"), error);
        return;
    }
    m_lab = lab;
    submit(LabOperation::Update, {}, {});
    reload(lab.name);
    m_summary->setText(tr("Version published; moving the students without changes (the Jobs "
                          "view shows who moved)."));
}

LabCapacityDialog *LabsPane::checkCapacity() {
    if (m_lab.name.isEmpty())
        return nullptr;
    QList<Job> jobs;
    const JobTableModel *model = m_scheduler->jobs();
    for (int r = 0; r < model->rowCount(); ++r)
        jobs << model->jobAt(r);
    auto *dlg = new LabCapacityDialog(m_workspace, m_lab, m_labList->labs(), jobs,
                                      m_scheduler->settings().placement, this);
    dlg->setSchedules(m_scheduler->schedules());
    dlg->setApplyTo(m_scheduler, m_service);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
    dlg->check();
    return dlg;
}

QDialog *LabsPane::openTimetable() {
    if (m_lab.name.isEmpty())
        return nullptr;
    auto *dialog = new LabTimetableDialog(m_scheduler, m_lab, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QDialog *LabsPane::editSettings() {
    if (m_lab.name.isEmpty())
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Lab Settings — %1").arg(m_lab.name));
    auto *form = new LabSettingsForm(dialog);
    QString readError;
    form->setSettings(LabSettings::fromJson(m_lab.settingsJson, &readError));
    auto *note = new QLabel(tr("Networks, data disks and addresses of VMs already provisioned "
                               "change at their next reset."),
                            dialog);
    note->setWordWrap(true);
    auto *problem = new QLabel(readError, dialog);
    problem->setObjectName(u"labSettingsProblem"_s);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #c62828"_s);
    problem->setVisible(!readError.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(form);
    layout->addWidget(note);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->resize(560, dialog->sizeHint().height());
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto request = std::make_shared<quint64>(0);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, form, problem, buttons, request] {
        const LabSettings settings = form->settings();
        if (const QString why = labNetworkPlan(m_lab, settings).problem; !why.isEmpty()) {
            problem->setText(why);
            problem->setVisible(true);
            return;
        }
        buttons->setEnabled(false);
        *request = m_service->saveSettings(m_lab.name, settings);
    });
    connect(m_service, &LabService::labChanged, dialog,
            [this, dialog, problem, buttons, request](quint64 id, const Lab &lab,
                                                      const QString &error) {
                if (id != *request)
                    return;
                if (!error.isEmpty()) {
                    problem->setText(tr("Cannot save the lab: %1").arg(error));
                    problem->setVisible(true);
                    buttons->setEnabled(true);
                    return;
                }
                dialog->accept();
                reload(lab.name);
            });
    dialog->open();
    return dialog;
}

} // namespace virtdeck
