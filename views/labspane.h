// SPDX-License-Identifier: GPL-3.0-or-later
// The Labs dock: the labs, one lab's students with their VMs, host and state, and the bulk
// operations, submitted as scheduler jobs (the Jobs view shows their per-VM progress). Shows
// LabListModel and LabStudentModel; the database and the report files are LabService's work (on
// the workspace's TaskPool). GUI thread.
#pragma once

#include "labs/lab.h"
#include "labs/labvmtask.h"

#include <QHash>
#include <QPointer>
#include <QVariantMap>

#include <QWidget>

class QComboBox;
class QDialog;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace virtdeck {

class ExamBadge;
class ClassroomWall;
class LabCapacityDialog;
class LabListModel;
class LabManageActions;
class LabService;
class LabStudentModel;
class LabTargetBar;
class Scheduler;
class Workspace;

class LabsPane : public QWidget {
    Q_OBJECT
public:
    LabsPane(Workspace *workspace, Scheduler *scheduler, QWidget *parent = nullptr);
    static QString databasePath();

    void reload(const QString &select = {});
    // Reads the state of the lab's VMs from their hosts (again, after a run in progress).
    void refreshStatus();
    void newLab();
    // Writes the students, VMs, hosts, states and addresses as CSV or HTML (by the file's suffix);
    // asks for the file when `path` is empty.
    void exportReport(const QString &path = {});
    // Opens the classroom wall: thumbnails of the lab's running VMs.
    QWidget *openWall();
    // Asks for a role's new template VM, records it as the next version (off the GUI thread) and
    // submits the update that moves the students without changes.
    void publishVersion();
    // Opens the capacity check for the lab (at the next full hour) and starts it.
    LabCapacityDialog *checkCapacity();
    // Opens the lab's settings (networks, data disks, batches, idle time, end date, collect
    // paths); OK validates them and saves the lab off the GUI thread.
    QDialog *editSettings();
    // Opens the lab's timetable: its recurring schedules, to add, edit and delete.
    QDialog *openTimetable();

private:
    QHBoxLayout *makeToolBar();
    void showLabs(const QList<Lab> &labs);
    void showLab(const Lab &lab);
    void reportWritten(const QString &path, bool ok, const QString &error);
    void versionPublished(const Lab &lab, const QString &error);
    // On `only` when given (a tile of the wall), else on the selected students or the whole lab.
    void runOperation(LabOperation op, const QStringList &only = {});
    // Provisioning looks first for template folders that are no storage pool of their host and
    // asks before defining one; then submits the job.
    void provision(const QStringList &students, const QString &who);
    void submit(LabOperation op, const QStringList &students, const QVariantMap &params);
    QStringList selectedStudents() const;
    // Asks before an operation that changes VMs, naming the students when few; false: cancelled.
    bool confirmOperation(LabOperation op, const QStringList &students, const QString &snapshot);
    // The students an operation acts on, for a confirmation: their ids when five or fewer.
    QString confirmTarget(const QStringList &students) const;
    // Asks for the exam's optional duration, submits Start exam (and, when timed, End exam at its
    // end) and records the exam as the lab's state.
    void startExam(const QStringList &students);
    // Clears the lab's exam state and cancels a timed exam's pending end (End exam for the lab).
    void examEnded();
    // Enables what the lab shown and the database role allow (a read-only role changes nothing).
    void applyAccess();

    Workspace *m_workspace;
    Scheduler *m_scheduler;
    LabService *m_service;
    LabManageActions *m_manage = nullptr;
    LabListModel *m_labList;
    LabStudentModel *m_students;
    QSortFilterProxyModel *m_sortedStudents;
    QComboBox *m_labs;
    QLabel *m_summary;
    QTableView *m_table;
    LabTargetBar *m_target;
    ExamBadge *m_examBadge;
    QPointer<ClassroomWall> m_wall; // follows the lab shown when it is the wall's
    QList<QToolButton *> m_opButtons;
    QToolButton *m_create = nullptr;
    QToolButton *m_timetable = nullptr;
    QToolButton *m_more = nullptr;
    QAction *m_capacity = nullptr; // the one entry of "More" that changes nothing
    QLabel *m_readOnlyNote = nullptr;
    QString m_select;             // the lab to show once the labs are loaded
    quint64 m_publishRequest = 0; // the version being published
    quint64 m_examRequest = 0;    // the exam state being stored
    bool m_examPending = false;   // until then the pane's exam state is the one to show
    QList<LabVmOutcome> m_status;
    QHash<QString, QString> m_statusHost; // VM name -> host URI
    Lab m_lab;
    bool m_statusRunning = false;
    bool m_statusAgain = false;
};

} // namespace virtdeck
