// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom wall: a tile for every VM of a lab that exists on its host, following the lab
// live — the workspace's domain table says which VMs exist and their state (started, stopped,
// deleted on the host), setLab() which students the lab has. A running VM's tile is a live
// thumbnail refreshed every few seconds (virDomainScreenshot in each VM's lane, one request per
// VM in flight at most; a VM whose last screenshot failed is skipped until the user refreshes or
// its state changes); a stopped VM's tile says so. Each tile is captioned with the student, the
// group and the state; a right-click offers Start, Reset, Console (embedded, a ConsoleWindow)
// and Open in virt-viewer for that student, a double-click the embedded console. The exam badge
// shows while the lab's exam runs. GUI thread.
#pragma once

#include "labs/lab.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QTimer;

namespace virtdeck {

class DomainService;
class ExamBadge;
class Workspace;

class ClassroomWall : public QWidget {
    Q_OBJECT
public:
    ClassroomWall(Workspace *workspace, const Lab &lab, QWidget *parent = nullptr);
    // The lab as stored now (students added or dropped, the exam started or ended).
    void setLab(const Lab &lab);
    QString labName() const { return m_lab.name; }
    void setIntervalMs(int ms);
    // Thumbnails received so far (for tests).
    int shownCount() const { return int(m_shown.size()); }
    // Pictures received and drawn since the wall opened (for tests and the bench).
    int picturesReceived() const { return m_pictures; }
    // Tiles as shown: captions in order (for tests).
    QStringList captions() const;
    // Asks every VM again, those whose last screenshot failed included (the Refresh button).
    void refreshAll();
    // The right-click menu of the tile of `studentId` (null when it has none); the caller owns it.
    QMenu *menuFor(const QString &studentId);

Q_SIGNALS:
    // Start / Reset for one student (the Labs pane asks and submits the lab job).
    void startRequested(const QString &studentId);
    void resetRequested(const QString &studentId);

private:
    // One VM of the lab that exists on its host.
    struct Tile {
        QString connectionId;
        QString uuid;
        QString studentId;
        QString caption;
        QString stateText;
        bool running = false;
    };
    QList<Tile> currentTiles() const;
    // Makes the tiles match the lab and the domain table: adds, updates and drops by UUID.
    void rebuild();
    void refresh();
    void openConsole(const QString &connectionId, const QString &uuid, const QString &title);
    void openInViewer(const QString &connectionId, const QString &uuid);
    DomainService *serviceFor(const QString &connectionId);

    Workspace *m_workspace;
    Lab m_lab;
    QListWidget *m_list;
    QLabel *m_note;
    ExamBadge *m_exam;
    QTimer *m_timer;
    QTimer *m_rebuild;                          // coalesces the domain table's changes
    QHash<QString, DomainService *> m_services; // connection id -> service
    QHash<QString, QListWidgetItem *> m_items;  // uuid -> tile
    QSet<QString> m_running;                    // uuids of running VMs
    QSet<QString> m_pending;
    QSet<QString> m_failed; // not asked again by the timer: a VM that fails may be stuck
    QSet<QString> m_shown;
    int m_pictures = 0;
};

} // namespace virtdeck
