#include "labspane.h"

#include "classroomwall.h"
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "labcapacitydialog.h"
#include "labdialog.h"
#include "labs/labexecutor.h"
#include "labs/labjobs.h"
#include "labs/labreport.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labsettingsform.h"
#include "scheduler/jobtablemodel.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
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
#include <QTableWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
enum Column { StudentCol, NameCol, RoleCol, VmCol, HostCol, StateCol, NoteCol, ColumnCount };

// Loads lab `name` into `lab`, applies `change` (its error stops there) and saves the lab.
// Empty when it was saved; otherwise why not. Runs on a worker.
QString changeStoredLab(const QString &name, Lab *lab,
                        const std::function<QString(Lab *)> &change) {
    LabStore store;
    QString error;
    if (!store.open(LabsPane::databasePath(), &error))
        return error;
    if (!store.load(name, lab))
        return store.lastError().isEmpty() ? LabsPane::tr("the lab %1 is gone").arg(name)
                                           : store.lastError();
    if (error = change(lab); !error.isEmpty())
        return error;
    return store.save(*lab) ? QString() : store.lastError();
}
} // namespace

LabsPane::LabsPane(Workspace *workspace, Scheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scheduler(scheduler) {
    auto *bar = new QHBoxLayout;
    m_labs = new QComboBox(this);
    m_labs->setMinimumWidth(160);
    m_labs->setPlaceholderText(tr("No labs yet"));
    bar->addWidget(new QLabel(tr("&Lab:"), this));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_labs);
    bar->addWidget(m_labs);
    auto *create = new QToolButton(this);
    create->setText(tr("&New Lab…"));
    connect(create, &QToolButton::clicked, this, &LabsPane::newLab);
    bar->addWidget(create);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    connect(refresh, &QToolButton::clicked, this, [this] { refreshStatus(); });
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
    bar->addSpacing(12);
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
    more->setText(tr("&More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Check &Capacity…"), this, [this] { checkCapacity(); });
    menu->addAction(tr("Lab &Settings…"), this, [this] { editSettings(); });
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
    bar->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Student"), tr("Name"), tr("Role"), tr("VM"), tr("Host"),
                                        tr("State"), tr("Last result")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_labs, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_loaded.size())
            showLab(m_loaded.at(i));
    });
    connect(m_scheduler, &Scheduler::jobFinished, this, [this](const Job &j) {
        if (j.kind.startsWith(u"lab-"_s) && j.vm == m_lab.name)
            reload(m_lab.name); // assignments may have changed; the status follows
    });
    showLab({});
    reload();
}

QString LabsPane::databasePath() {
    return LabStore::defaultPath();
}

void LabsPane::reload(const QString &select) {
    QPointer<LabsPane> self(this);
    QThreadPool::globalInstance()->start([self, select] {
        QList<Lab> labs;
        LabStore store;
        if (store.open(databasePath()))
            for (const QString &n : store.labNames()) {
                Lab l;
                if (store.load(n, &l))
                    labs << l;
            }
        QMetaObject::invokeMethod(
            qApp,
            [self, labs, select] {
                if (!self)
                    return;
                const QString keep = select.isEmpty() ? self->m_lab.name : select;
                self->m_loaded = labs;
                QSignalBlocker block(self->m_labs);
                self->m_labs->clear();
                int index = labs.isEmpty() ? -1 : 0;
                for (int i = 0; i < labs.size(); ++i) {
                    self->m_labs->addItem(labs.at(i).name);
                    if (labs.at(i).name == keep)
                        index = i;
                }
                self->m_labs->setCurrentIndex(index);
                self->showLab(index >= 0 ? labs.at(index) : Lab{});
            },
            Qt::QueuedConnection);
    });
}

void LabsPane::newLab() {
    LabDialog dlg(m_workspace, databasePath(), this);
    if (dlg.exec() == QDialog::Accepted)
        reload(dlg.labName());
}

void LabsPane::showLab(const Lab &lab) {
    m_lab = lab;
    for (auto *b : std::as_const(m_opButtons))
        b->setEnabled(!lab.name.isEmpty());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (lab.name.isEmpty()) {
        m_summary->setText(tr("No lab chosen. A lab turns a template VM and a class roster into "
                              "one linked-clone VM per student: create one with New Lab…"));
        return;
    }
    QStringList roles;
    for (const auto &r : lab.roles)
        roles << r.name + u" ← "_s + r.templateVm +
                     (r.templateVersion > 1 ? tr(" (version %1)").arg(r.templateVersion)
                                            : QString());
    QString summary = tr("%n student(s); ", nullptr, int(lab.students.size())) +
                      tr("%1; hosts: %2; names: %3")
                          .arg(roles.join(u", "_s), lab.hosts.join(u", "_s), lab.pattern);
    const LabSettings settings = LabSettings::fromJson(lab.settingsJson);
    QStringList extras;
    switch (settings.networkMode) {
    case LabNetworkMode::Template:
        break;
    case LabNetworkMode::Shared:
        extras << tr("shared network %1").arg(settings.sharedNetwork);
        break;
    case LabNetworkMode::Student:
        extras << tr("a network per student");
        break;
    case LabNetworkMode::Group:
        extras << tr("a network per group");
        break;
    }
    if (!settings.dataDisks.isEmpty())
        extras << tr("data disks %1").arg(settings.dataDisks.join(u", "_s));
    if (settings.staggerBatch > 0)
        extras << tr("starts %1 per host every %2 s")
                      .arg(settings.staggerBatch)
                      .arg(settings.staggerPauseSeconds);
    if (settings.idleMinutes > 0)
        extras << tr("idle VMs stop after %n min", nullptr, settings.idleMinutes);
    if (!settings.endDate.isEmpty() && !settings.expired(QDate::currentDate()))
        extras << tr("ends %1").arg(QLocale().toString(
            QDate::fromString(settings.endDate, Qt::ISODate), QLocale::ShortFormat));
    if (!extras.isEmpty())
        summary += u"; "_s + extras.join(u"; "_s);
    if (settings.expired(QDate::currentDate()))
        summary = u"<b>"_s +
                  tr("This lab ended on %1: delete its VMs when its work is saved.")
                      .arg(QLocale().toString(QDate::fromString(settings.endDate, Qt::ISODate),
                                              QLocale::ShortFormat))
                      .toHtmlEscaped() +
                  u"</b><br>"_s + summary.toHtmlEscaped();
    m_summary->setText(summary);
    for (const auto &s : lab.students)
        for (const auto &r : lab.roles) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells = {s.id,
                                       s.name,
                                       r.name,
                                       lab.vmName(s.id, r.name),
                                       lab.hostOf(s.id),
                                       lab.hostOf(s.id).isEmpty() ? tr("not provisioned")
                                                                  : QString(),
                                       QString()};
            for (int c = 0; c < ColumnCount; ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentCol, Qt::AscendingOrder);
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
                for (int row = 0; row < m_table->rowCount(); ++row) {
                    if (m_table->item(row, VmCol)->text() != o.task.vmName)
                        continue;
                    m_table->item(row, HostCol)->setText(host);
                    m_table->item(row, StateCol)
                        ->setText(o.exists ? domainStateText(o.state) : tr("missing"));
                    if (!o.ok)
                        m_table->item(row, NoteCol)->setText(o.message);
                }
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
    const QString text =
        html ? labReportHtml(m_lab, rows, QDateTime::currentDateTime().toString(Qt::ISODate))
             : labReportCsv(rows);
    QPointer<LabsPane> self(this);
    QThreadPool::globalInstance()->start([self, path, text] {
        QFile f(path);
        const bool ok = f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                        f.write(text.toUtf8()) >= 0 && f.flush();
        const QString error = f.errorString();
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, path, error] {
                if (!self)
                    return;
                if (ok)
                    self->m_summary->setText(tr("Report saved to %1.").arg(path));
                else
                    QMessageBox::warning(self, tr("Export Lab Report"),
                                         tr("Cannot write %1: %2").arg(path, error));
            },
            Qt::QueuedConnection);
    });
}

QWidget *LabsPane::openWall() {
    if (m_lab.name.isEmpty())
        return nullptr;
    QHash<QString, QString> idOf; // URI -> connection id
    for (const auto &c : m_workspace->connections()->configs())
        idOf.insert(c.uri(), c.id);
    QList<ClassroomWall::Tile> tiles;
    for (const auto &o : std::as_const(m_status)) {
        const QString id = idOf.value(m_statusHost.value(o.task.vmName));
        if (o.exists && domainStateIsActive(o.state) && !id.isEmpty() && !o.uuid.isEmpty())
            tiles.append({id, o.uuid, o.task.student + u" · "_s + o.task.vmName});
    }
    std::sort(tiles.begin(), tiles.end(),
              [](const auto &a, const auto &b) { return a.caption < b.caption; });
    auto *w =
        new ClassroomWall(m_workspace, tr("Classroom Wall — %1").arg(m_lab.name), tiles, this);
    w->show();
    return w;
}

QStringList LabsPane::selectedStudents() const {
    QStringList out;
    for (const auto &idx : m_table->selectionModel()->selectedRows(StudentCol))
        out << idx.data().toString();
    out.removeDuplicates();
    return out;
}

void LabsPane::runOperation(LabOperation op) {
    if (m_lab.name.isEmpty())
        return;
    const QStringList students = selectedStudents();
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
        bool ok = false;
        snapshot = QInputDialog::getText(this, labOperationText(op), tr("Snapshot name:"),
                                         QLineEdit::Normal, u"exam"_s, &ok)
                       .trimmed();
        if (!ok || snapshot.isEmpty())
            return;
    }
    const bool destructive = op == LabOperation::Reset || op == LabOperation::Delete ||
                             op == LabOperation::Revert || op == LabOperation::ForceOff ||
                             op == LabOperation::ExamStart;
    if (destructive) {
        const QString what =
            op == LabOperation::Reset
                ? tr("Reset %1 to the template? Their changes are thrown away.").arg(who)
            : op == LabOperation::Delete
                ? tr("Delete the VMs and disks of %1? This cannot be undone.").arg(who)
            : op == LabOperation::Revert
                ? tr("Revert %1 to snapshot \"%2\"? Later changes are lost.").arg(who, snapshot)
            : op == LabOperation::ExamStart
                ? tr("Start the exam for %1: snapshot every VM and cut its network?").arg(who)
                : tr("Force off %1? Unsaved work in the guests is lost.").arg(who);
        if (QMessageBox::warning(this, labOperationText(op), what,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    if (!snapshot.isEmpty())
        params.insert(u"snapshot"_s, snapshot);
    submit(op, students, params);
    m_summary->setText(tr("%1 submitted for %2; the Jobs view shows its progress.")
                           .arg(labOperationText(op), who));
}

void LabsPane::submit(LabOperation op, const QStringList &students, const QVariantMap &params) {
    Job job;
    job.kind = labJobKind(op);
    job.uri = m_lab.hosts.value(0);
    job.vm = m_lab.name;
    job.group = m_lab.name;
    job.hostDown = HostDownPolicy::Fail;
    job.state = JobState::Queued;
    job.params = params;
    job.params.insert(u"students"_s, students.join(u','));
    m_scheduler->submit({job});
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
    const QString lab = m_lab.name, roleName = role->currentData().toString(),
                  templateVm = vm->currentText().trimmed(), text = note->text();
    QPointer<LabsPane> self(this);
    QThreadPool::globalInstance()->start([self, lab, roleName, templateVm, text] {
        Lab l;
        const QString error = changeStoredLab(lab, &l, [&](Lab *stored) {
            return publishTemplateVersion(stored, roleName, templateVm, text,
                                          QDateTime::currentMSecsSinceEpoch());
        });
        QMetaObject::invokeMethod(qApp, [self, lab, error, l] {
            if (!self)
                return;
            if (!error.isEmpty()) {
                QMessageBox::warning(self, tr("Publish Template Version"), error);
                return;
            }
            self->m_lab = l;
            self->submit(LabOperation::Update, {}, {});
            self->reload(lab);
            self->m_summary->setText(tr("Version published; moving the students without "
                                        "changes (the Jobs view shows who moved)."));
        });
    });
}

LabCapacityDialog *LabsPane::checkCapacity() {
    if (m_lab.name.isEmpty())
        return nullptr;
    QList<Job> jobs;
    const JobTableModel *model = m_scheduler->jobs();
    for (int r = 0; r < model->rowCount(); ++r)
        jobs << model->jobAt(r);
    auto *dlg = new LabCapacityDialog(m_workspace, m_lab, m_loaded, jobs,
                                      m_scheduler->settings().placement, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
    dlg->check();
    return dlg;
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
    QPointer<LabsPane> self(this);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [self, dialog, form, problem, buttons] {
        if (!self)
            return;
        const LabSettings settings = form->settings();
        if (const QString why = labNetworkPlan(self->m_lab, settings).problem; !why.isEmpty()) {
            problem->setText(why);
            problem->setVisible(true);
            return;
        }
        buttons->setEnabled(false);
        const QString name = self->m_lab.name;
        QPointer<QDialog> d(dialog);
        QThreadPool::globalInstance()->start([self, d, name, settings, problem, buttons] {
            Lab lab;
            const QString error = changeStoredLab(name, &lab, [&](Lab *stored) {
                stored->settingsJson = settings.toJson();
                return QString();
            });
            QMetaObject::invokeMethod(qApp, [self, d, name, error, problem, buttons] {
                if (!d || !self)
                    return;
                if (!error.isEmpty()) {
                    problem->setText(tr("Cannot save the lab: %1").arg(error));
                    problem->setVisible(true);
                    buttons->setEnabled(true);
                    return;
                }
                d->accept();
                self->reload(name);
            });
        });
    });
    dialog->open();
    return dialog;
}

} // namespace virtdeck
