// SPDX-License-Identifier: GPL-3.0-or-later
// The labs database and the lab files, for the window: lists the labs, creates a lab from a
// roster file, saves a lab's settings and new template versions, writes reports. Lives on the GUI
// thread; the database and the files are read and written on the workspace's TaskPool (a
// LabStore of its own per task), and each result comes back through a signal below, on this
// thread. Results that arrive after the service is gone are dropped. It also watches the database
// file (and its -wal) so that a change made by another process (`virtdeck lab …`) is announced.
#pragma once

#include "core/replyguard.h"
#include "labs/lab.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QFileSystemWatcher;
class QTimer;

namespace virtdeck {

class DatabaseListener;

class TaskPool;
struct LabSettings;

class LabService : public QObject {
    Q_OBJECT
public:
    LabService(TaskPool *tasks, const QString &databasePath, QObject *parent = nullptr);
    ~LabService() override;
    QString databasePath() const { return m_databasePath; }
    // The database is shared and this role may read the labs but change nothing (as last read).
    bool isReadOnly() const { return m_readOnly; }

    // Reads every lab: labsLoaded(), or labsNotLoaded() when the database cannot be read.
    void loadLabs();
    // Reads the roster, checks the lab with its students (naming pattern, networks from its
    // settings) and saves it unless a lab has its name: labCreated() or labNotCreated().
    void createLab(const Lab &lab, const QString &rosterPath);
    // Reads the lab, applies the change and stores what changed, as one transaction that no
    // other writer (a provisioning job placing students) interleaves with; labChanged() answers
    // with the returned id.
    quint64 saveSettings(const QString &lab, const LabSettings &settings);
    // Records `templateVm` as the next version of `role` (publishTemplateVersion()).
    quint64 publishVersion(const QString &lab, const QString &role, const QString &templateVm,
                           const QString &note);
    // Stores the lab's exam state (an empty LabExam: none running); labChanged() answers.
    quint64 setExam(const QString &lab, const LabExam &exam);
    // Writes `text` to `path` whole or not at all (writeReportFile()): reportWritten().
    void writeReport(const QString &path, const QString &text);

    // The lab management verbs of `virtdeck lab` (app/labcli.cpp), each one transaction:
    // labChanged() answers with the returned id (labRemoved() for removeLab()).
    // Removes the lab from the database; its VMs are left as they are (`delete --forget` removes
    // them first through a lab-delete job).
    void removeLab(const QString &name);
    // Adds (or updates) the students of a CSV roster (`roster --add`); roster errors by line.
    quint64 addStudents(const QString &lab, const QString &rosterPath);
    // Drops students (`roster --drop`). `keepVms`: their VMs stay, no longer the lab's; otherwise
    // students that still have VMs are refused (delete them first).
    quint64 dropStudents(const QString &lab, const QStringList &ids, bool keepVms);
    // Adds a role (`create --role ROLE=VM`) with its template VM.
    quint64 addRole(const QString &lab, const QString &role, const QString &templateVm);
    // The placement choice (`create --placement`): a placementStrategyName().
    quint64 setPlacement(const QString &lab, const QString &placement);
    // Records each student's new host (the capacity plan's students without VMs yet).
    quint64 setAssignments(const QString &lab, const QList<LabAssignment> &assignments);

    // Announces databaseChanged() when the database file or its -wal changes (debounced; what
    // changed is compared off the GUI thread, so a mere read never counts as a change). On a
    // shared PostgreSQL database: when another process commits to the labs (LISTEN/NOTIFY); a
    // lost database is reported through labsNotLoaded() and watched until it answers again.
    void watchDatabase(int debounceMs = 300);

Q_SIGNALS:
    void labsLoaded(const QList<virtdeck::Lab> &labs);
    // Emitted before labsLoaded when the role's right to change the labs is found to differ.
    void readOnlyChanged(bool readOnly);
    // The database cannot be opened or read (a damaged file is refused, with what to do).
    void labsNotLoaded(const QString &error);
    void labCreated(const QString &name);
    // Why not: roster errors by line, a bad pattern or settings, a name in use, the database.
    void labNotCreated(const QString &name, const QString &problem);
    // `error` empty: saved, and `lab` is the lab as stored now.
    void labChanged(quint64 requestId, const virtdeck::Lab &lab, const QString &error);
    // `error`: why it was not written.
    void reportWritten(const QString &path, bool ok, const QString &error);
    // `error` empty: the lab is gone from the database.
    void labRemoved(const QString &name, const QString &error);
    // The database was written since it was last looked at (by this process or another).
    void databaseChanged();

private:
    quint64 changeLab(const QString &name, std::function<QString(Lab *)> change);
    void watchFiles(const QStringList &existing);
    void checkDatabase();

    QFileSystemWatcher *m_watcher = nullptr;
    DatabaseListener *m_listener = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_stamp; // sizes and times of the database and its -wal when last looked at

    TaskPool *m_tasks;
    QString m_databasePath;
    bool m_readOnly = false;
    ReplyGuard<LabService> m_guard;
    quint64 m_lastRequest = 0;
};

} // namespace virtdeck
