// SPDX-License-Identifier: GPL-3.0-or-later
#include "labmanageactions.h"

#include "labs/labjobs.h"
#include "labs/labservice.h"
#include "scheduler/job.h"
#include "scheduler/placement.h"
#include "scheduler/scheduler.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// The key of a lab-delete job submitted here: its lab and its students.
QString deleteKey(const QString &lab, const QString &students) {
    return lab + u'|' + students;
}
} // namespace

LabManageActions::LabManageActions(LabService *service, Scheduler *scheduler, QWidget *dialogParent,
                                   std::function<QStringList()> selection)
    : QObject(dialogParent)
    , m_service(service)
    , m_scheduler(scheduler)
    , m_parent(dialogParent)
    , m_selection(std::move(selection)) {
    connect(m_scheduler, &Scheduler::jobFinished, this, &LabManageActions::jobFinished);
    connect(m_service, &LabService::labChanged, this,
            [this](quint64 id, const Lab &lab, const QString &error) {
                const auto it = m_requests.constFind(id);
                if (it == m_requests.cend())
                    return;
                const Request r = *it;
                m_requests.erase(it);
                if (!error.isEmpty())
                    return Q_EMIT failed(r.title, error);
                Q_EMIT message(r.done);
                Q_EMIT changed(lab.name);
            });
    connect(m_service, &LabService::labRemoved, this,
            [this](const QString &name, const QString &error) {
                if (!error.isEmpty())
                    return Q_EMIT failed(tr("Delete Lab"), error);
                Q_EMIT message(tr("Lab %1 removed from the database.").arg(name));
                Q_EMIT changed({});
            });
}

void LabManageActions::addTo(QMenu *menu) {
    auto *manage = menu->addMenu(tr("&Manage"));
    manage->addAction(tr("&Add Students…"), this, &LabManageActions::askAddStudents);
    manage->addAction(tr("&Drop Students…"), this, &LabManageActions::askDropStudents);
    manage->addAction(tr("Add &Role…"), this, &LabManageActions::askAddRole);
    manage->addAction(tr("&Placement…"), this, &LabManageActions::askPlacement);
    manage->addSeparator();
    manage->addAction(tr("D&elete Lab…"), this, &LabManageActions::askDeleteLab);
}

void LabManageActions::track(quint64 request, const QString &title, const QString &done) {
    m_requests.insert(request, {title, done});
}

void LabManageActions::deleteVmsThen(const QStringList &students, std::function<void()> then) {
    const Job job = labJob(m_lab, LabOperation::Delete, students);
    m_afterDelete.insert(deleteKey(job.vm, students.join(u',')), std::move(then));
    m_scheduler->submit({job});
}

void LabManageActions::jobFinished(const Job &job) {
    if (job.kind != labJobKind(LabOperation::Delete))
        return;
    const auto then =
        m_afterDelete.take(deleteKey(job.vm, job.params.value(u"students"_s).toString()));
    if (!then)
        return;
    if (job.state == JobState::Done)
        then();
    else
        Q_EMIT failed(
            tr("Delete Lab VMs"),
            tr("The VMs were not all deleted, so the lab's records stay: %1").arg(job.result));
}

void LabManageActions::deleteLab(bool withVms) {
    if (m_lab.name.isEmpty())
        return;
    if (!withVms)
        return m_service->removeLab(m_lab.name);
    Q_EMIT message(
        tr("Deleting the VMs of lab %1; the Jobs view shows its progress.").arg(m_lab.name));
    deleteVmsThen({}, [this, name = m_lab.name] { m_service->removeLab(name); });
}

void LabManageActions::addStudents(const QString &rosterPath) {
    if (m_lab.name.isEmpty())
        return;
    track(m_service->addStudents(m_lab.name, rosterPath), tr("Add Students"),
          tr("Students of %1 added to lab %2.")
              .arg(QDir::toNativeSeparators(rosterPath), m_lab.name));
}

void LabManageActions::dropStudents(const QStringList &ids, bool withVms) {
    if (m_lab.name.isEmpty() || ids.isEmpty())
        return;
    const QString done =
        tr("%n student(s) dropped from lab %1.", nullptr, int(ids.size())).arg(m_lab.name);
    if (!withVms)
        return track(m_service->dropStudents(m_lab.name, ids, true), tr("Drop Students"), done);
    deleteVmsThen(ids, [this, ids, done, name = m_lab.name] {
        track(m_service->dropStudents(name, ids, false), tr("Drop Students"), done);
    });
}

void LabManageActions::addRole(const QString &role, const QString &templateVm) {
    if (m_lab.name.isEmpty())
        return;
    track(m_service->addRole(m_lab.name, role, templateVm), tr("Add Role"),
          tr("Role %1 added to lab %2: provision to make its VMs.").arg(role, m_lab.name));
}

void LabManageActions::setPlacement(const QString &placement) {
    if (m_lab.name.isEmpty())
        return;
    track(m_service->setPlacement(m_lab.name, placement), tr("Placement"),
          tr("Lab %1 places new students by %2.").arg(m_lab.name, placement));
}

void LabManageActions::askDeleteLab() {
    if (m_lab.name.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Lab"),
                    tr("Delete lab %1 with the VMs and disks of its %n student(s)? This cannot "
                       "be undone.\n\nOr forget the lab: its VMs stay as they are, no longer "
                       "managed as a lab.",
                       nullptr, int(m_lab.students.size()))
                        .arg(m_lab.name),
                    QMessageBox::Cancel, m_parent);
    auto *withVms = box.addButton(tr("Delete Lab and VMs"), QMessageBox::DestructiveRole);
    auto *forget = box.addButton(tr("Forget Lab, Keep VMs"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == withVms)
        deleteLab(true);
    else if (box.clickedButton() == forget)
        deleteLab(false);
}

void LabManageActions::askAddStudents() {
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Add Students from a Roster"),
                                                      QDir::homePath(), tr("CSV roster (*.csv)"));
    if (!path.isEmpty())
        addStudents(path);
}

void LabManageActions::askDropStudents() {
    if (m_lab.name.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(m_parent, tr("Drop Students"),
                                               tr("Students to drop (ids, separated by commas):"),
                                               QLineEdit::Normal, m_selection().join(u", "_s), &ok);
    QStringList ids;
    for (const QString &s : text.split(u','))
        if (!s.trimmed().isEmpty())
            ids << s.trimmed();
    if (!ok || ids.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Drop Students"),
                    tr("Drop %1 from lab %2?\n\nDelete their VMs and disks too, or keep the "
                       "VMs (no longer the lab's)?")
                        .arg(ids.join(u", "_s), m_lab.name),
                    QMessageBox::Cancel, m_parent);
    auto *withVms = box.addButton(tr("Drop and Delete VMs"), QMessageBox::DestructiveRole);
    auto *keep = box.addButton(tr("Drop, Keep VMs"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == withVms || box.clickedButton() == keep)
        dropStudents(ids, box.clickedButton() == withVms);
}

void LabManageActions::askAddRole() {
    if (m_lab.name.isEmpty())
        return;
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Add Role — %1").arg(m_lab.name));
    auto *form = new QFormLayout(&dialog);
    auto *role = new QLineEdit(&dialog);
    role->setPlaceholderText(tr("e.g. server"));
    auto *vm = new QLineEdit(&dialog);
    vm->setPlaceholderText(tr("The same name on every host of the lab"));
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("&Template VM:"), vm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        addRole(role->text().trimmed(), vm->text().trimmed());
}

void LabManageActions::askPlacement() {
    if (m_lab.name.isEmpty())
        return;
    const QStringList names{placementStrategyName(PlacementStrategy::FirstFit),
                            placementStrategyName(PlacementStrategy::BestFit),
                            placementStrategyName(PlacementStrategy::Spread)};
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_parent, tr("Placement — %1").arg(m_lab.name),
                              tr("Where new students' VMs go among the lab's hosts:"), names,
                              std::max<int>(0, int(names.indexOf(m_lab.placement))), false, &ok);
    if (ok)
        setPlacement(chosen);
}

} // namespace virtdeck
