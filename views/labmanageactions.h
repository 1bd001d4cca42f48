// SPDX-License-Identifier: GPL-3.0-or-later
// The lab management verbs of `virtdeck lab` in the window (the Labs pane's Manage menu): delete a
// lab with its VMs or forget it, add students from a CSV roster, drop students with or without
// their VMs, add a role, choose the placement. The database work is LabService's (off the GUI
// thread); VMs are deleted by a lab-delete job, and the database follows once it is done. Each
// verb has an asking form (the menu's) and a plain one (what it runs, for scripts and tests).
// GUI thread.
#pragma once

#include "labs/lab.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace virtdeck {

class LabService;
class Scheduler;
struct Job;

class LabManageActions : public QObject {
    Q_OBJECT
public:
    // `dialogParent` owns this object and parents its questions; `selection` gives the ids of
    // the students selected in the pane.
    LabManageActions(LabService *service, Scheduler *scheduler, QWidget *dialogParent,
                     std::function<QStringList()> selection);

    void setLab(const Lab &lab) { m_lab = lab; }
    // Adds the verbs to `menu`, each asking what it needs first.
    void addTo(QMenu *menu);

    // What the verbs do, without asking.
    void deleteLab(bool withVms);
    void addStudents(const QString &rosterPath);
    void dropStudents(const QStringList &ids, bool withVms);
    void addRole(const QString &role, const QString &templateVm);
    void setPlacement(const QString &placement);

Q_SIGNALS:
    // The lab changed (or is gone): the pane reads the labs again, showing `select`.
    void changed(const QString &select);
    // What happened, for the pane's summary line.
    void message(const QString &text);
    // A verb failed: `error` is the whole reason (roster errors by line included).
    void failed(const QString &title, const QString &error);

private:
    void askDeleteLab();
    void askAddStudents();
    void askDropStudents();
    void askAddRole();
    void askPlacement();
    void deleteVmsThen(const QStringList &students, std::function<void()> then);
    void jobFinished(const Job &job);
    void track(quint64 request, const QString &title, const QString &done);

    LabService *m_service;
    Scheduler *m_scheduler;
    QWidget *m_parent;
    std::function<QStringList()> m_selection;
    Lab m_lab;
    // lab-delete jobs submitted here, by lab and students, and what follows when they are done.
    QHash<QString, std::function<void()>> m_afterDelete;
    struct Request {
        QString title;
        QString done;
    };
    QHash<quint64, Request> m_requests;
};

} // namespace virtdeck
