// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom wall: a live thumbnail of every running VM of a lab, refreshed every few seconds
// (virDomainScreenshot in each VM's lane, one request per VM in flight at most; a VM whose last
// screenshot failed is skipped until the user refreshes or its state changes).
// Double-click one to open its console. GUI thread.
#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace virtdeck {

class Workspace;
class DomainService;

class ClassroomWall : public QWidget {
    Q_OBJECT
public:
    struct Tile {
        QString connectionId;
        QString uuid;
        QString caption; // "s01 · net101-s01-client"
    };

    ClassroomWall(Workspace *workspace, const QString &title, const QList<Tile> &tiles,
                  QWidget *parent = nullptr);
    void setIntervalMs(int ms);
    // Thumbnails received so far (for tests).
    int shownCount() const { return int(m_shown.size()); }
    // Asks every VM again, those whose last screenshot failed included (the Refresh button).
    void refreshAll();

private:
    void refresh();
    void openConsole(QListWidgetItem *item);
    DomainService *serviceFor(const QString &connectionId);

    Workspace *m_workspace;
    QListWidget *m_list;
    QLabel *m_note;
    QTimer *m_timer;
    QHash<QString, DomainService *> m_services; // connection id -> service
    QHash<QString, QListWidgetItem *> m_items;  // uuid -> tile
    QSet<QString> m_pending;
    QSet<QString> m_failed; // not asked again by the timer: a VM that fails may be stuck
    QSet<QString> m_shown;
};

} // namespace virtdeck
