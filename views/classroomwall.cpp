// SPDX-License-Identifier: GPL-3.0-or-later
#include "classroomwall.h"

#include "console/viewercommand.h"
#include "consolewindow.h"
#include "core/connectionmanager.h"
#include "core/domaininfo.h"
#include "domains/domaintablemodel.h"
#include "domains/libvirt/domainservice.h"
#include "exambadge.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const QSize kThumb(240, 180);
constexpr int kConnectionRole = Qt::UserRole;
constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kStudentRole = Qt::UserRole + 2;

QPixmap placeholder(const QString &text) {
    QPixmap p(kThumb);
    p.fill(QColor(40, 40, 40));
    QPainter painter(&p);
    painter.setPen(QColor(200, 200, 200));
    painter.drawText(p.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return p;
}
} // namespace

ClassroomWall::ClassroomWall(Workspace *workspace, const Lab &lab, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
    , m_exam(new ExamBadge(this))
    , m_timer(new QTimer(this))
    , m_rebuild(new QTimer(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kThumb);
    m_list->setGridSize(kThumb + QSize(24, 56)); // room for the two caption lines
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSpacing(6);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openConsole(item->data(kConnectionRole).toString(), item->data(kUuidRole).toString(),
                    item->text().section(u'\n', 0, 0));
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QListWidgetItem *item = m_list->itemAt(pos)) {
            std::unique_ptr<QMenu> menu(menuFor(item->data(kStudentRole).toString()));
            if (menu)
                menu->exec(m_list->viewport()->mapToGlobal(pos));
        }
    });
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setToolTip(tr("Ask every VM for its screen again, those that failed too"));
    connect(refreshButton, &QPushButton::clicked, this, &ClassroomWall::refreshAll);
    // The domain table follows the hosts (VMs started, stopped, defined, deleted): so do the
    // tiles, once per burst of changes.
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, &ClassroomWall::rebuild);
    const DomainTableModel *domains = workspace->domains();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(domains, signal, m_rebuild, qOverload<>(&QTimer::start));
    connect(domains, &QAbstractItemModel::dataChanged, m_rebuild, qOverload<>(&QTimer::start));
    connect(domains, &QAbstractItemModel::modelReset, m_rebuild, qOverload<>(&QTimer::start));
    // A VM that changed state (restarted, resumed) may answer again.
    connect(workspace->connections(), &ConnectionManager::domainChanged, this,
            [this](const DomainInfo &info) { m_failed.remove(info.uuid); });
    // The exam's banner across the wall, above everything: read from the back of the room.
    m_exam->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_exam);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    m_timer->setInterval(4000);
    connect(m_timer, &QTimer::timeout, this, &ClassroomWall::refresh);
    m_timer->start();
    resize(1040, 680);
    setLab(lab);
    QTimer::singleShot(0, this, &ClassroomWall::refresh);
}

void ClassroomWall::setLab(const Lab &lab) {
    m_lab = lab;
    setWindowTitle(tr("Classroom Wall — %1").arg(lab.name));
    m_exam->setExam(lab.exam);
    rebuild();
}

void ClassroomWall::setIntervalMs(int ms) {
    m_timer->setInterval(ms);
}

QList<ClassroomWall::Tile> ClassroomWall::currentTiles() const {
    QHash<QString, QString> idOf; // URI -> connection id
    for (const auto &c : m_workspace->connections()->configs())
        idOf.insert(c.uri(), c.id);
    QHash<QString, int> rowOf; // "connection id/VM name" -> row of the domain table
    const DomainTableModel *domains = m_workspace->domains();
    for (int r = 0; r < domains->rowCount(); ++r)
        rowOf.insert(domains->domainAt(r).connectionId + u'/' + domains->domainAt(r).name, r);
    QList<Tile> out;
    for (const LabStudent &s : std::as_const(m_lab.students)) {
        const QString id = idOf.value(m_lab.hostOf(s.id));
        for (const LabRole &role : std::as_const(m_lab.roles)) {
            const int row = rowOf.value(id + u'/' + m_lab.vmName(s, role.name), -1);
            if (id.isEmpty() || row < 0)
                continue; // not provisioned, or deleted on its host
            const DomainInfo &d = domains->domainAt(row);
            QString who = s.name.isEmpty() ? s.id : s.id + u" · "_s + s.name;
            if (m_lab.roles.size() > 1)
                who += u" · "_s + role.name;
            const QString state = domainStateText(d.state);
            const QString detail =
                s.group.isEmpty() ? state : tr("group %1 · %2").arg(s.group, state);
            out.append(
                {id, d.uuid, s.id, who + u'\n' + detail, state, domainStateIsActive(d.state)});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Tile &a, const Tile &b) { return a.caption < b.caption; });
    return out;
}

void ClassroomWall::rebuild() {
    const QList<Tile> tiles = currentTiles();
    QSet<QString> keep;
    for (int i = 0; i < tiles.size(); ++i) {
        const Tile &t = tiles.at(i);
        keep.insert(t.uuid);
        QListWidgetItem *item = m_items.value(t.uuid);
        const bool fresh = !item;
        if (fresh) {
            item = new QListWidgetItem;
            m_items.insert(t.uuid, item);
            m_list->insertItem(i, item);
        } else if (m_list->row(item) != i) {
            // Moved only when its place changed: taking a tile out and back (on every change
            // of the domain table, stats included) dropped the selection and a double-click
            // that came between its press and its second click.
            m_list->takeItem(m_list->row(item));
            m_list->insertItem(i, item);
        }
        item->setText(t.caption);
        item->setToolTip(t.caption);
        item->setData(kConnectionRole, t.connectionId);
        item->setData(kUuidRole, t.uuid);
        item->setData(kStudentRole, t.studentId);
        if (!fresh && t.running == m_running.contains(t.uuid))
            continue;
        // A stopped VM shows its state, never the last picture it had.
        m_failed.remove(t.uuid);
        m_shown.remove(t.uuid);
        if (t.running)
            m_running.insert(t.uuid);
        else
            m_running.remove(t.uuid);
        item->setIcon(QIcon(placeholder(t.running ? tr("Waiting for the screen…") : t.stateText)));
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        m_running.remove(it.key());
        m_shown.remove(it.key());
        m_failed.remove(it.key());
        it = m_items.erase(it);
    }
    m_note->setText(tiles.isEmpty()
                        ? tr("No VM of lab %1 exists on its hosts.").arg(m_lab.name)
                        : tr("Running: %1 of %2 VMs. Right-click a tile for Start, Reset and "
                             "Console; double-click opens the console.")
                              .arg(m_running.size())
                              .arg(tiles.size()));
}

QStringList ClassroomWall::captions() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QMenu *ClassroomWall::menuFor(const QString &studentId) {
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < m_list->count() && !item; ++i)
        if (m_list->item(i)->data(kStudentRole).toString() == studentId)
            item = m_list->item(i);
    if (!item)
        return nullptr;
    const QString connectionId = item->data(kConnectionRole).toString();
    const QString uuid = item->data(kUuidRole).toString();
    const bool running = m_running.contains(uuid);
    auto *menu = new QMenu(this);
    QAction *start = menu->addAction(tr("&Start"), this,
                                     [this, studentId] { Q_EMIT startRequested(studentId); });
    start->setObjectName(u"wallStart"_s);
    start->setEnabled(!running);
    QAction *reset = menu->addAction(tr("&Reset to Template…"), this,
                                     [this, studentId] { Q_EMIT resetRequested(studentId); });
    reset->setObjectName(u"wallReset"_s);
    const QString title = item->text().section(u'\n', 0, 0);
    QAction *console = menu->addAction(tr("&Console"), this, [this, connectionId, uuid, title] {
        openConsole(connectionId, uuid, title);
    });
    console->setObjectName(u"wallConsole"_s);
    console->setEnabled(running);
    QAction *viewer = menu->addAction(tr("Open in &virt-viewer"), this, [this, connectionId, uuid] {
        openInViewer(connectionId, uuid);
    });
    viewer->setObjectName(u"wallViewer"_s);
    viewer->setEnabled(running);
    return menu;
}

DomainService *ClassroomWall::serviceFor(const QString &connectionId) {
    if (auto *s = m_services.value(connectionId))
        return s;
    auto *s = new DomainService(m_workspace->connections(), connectionId, this);
    connect(
        s, &DomainService::screenshotReady, this,
        [this](const QString &uuid, const QByteArray &data, const QString &, const QString &error) {
            m_pending.remove(uuid);
            QListWidgetItem *item = m_items.value(uuid);
            if (!item || !m_running.contains(uuid))
                return; // gone, or stopped meanwhile: its tile says so
            QImage image;
            if (error.isEmpty() && image.loadFromData(data)) {
                item->setIcon(QIcon(QPixmap::fromImage(
                    image.scaled(kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
                m_shown.insert(uuid);
                ++m_pictures;
            } else {
                item->setIcon(QIcon(placeholder(error.isEmpty() ? tr("No picture") : error)));
                if (!error.isEmpty())
                    m_failed.insert(uuid);
            }
        });
    m_services.insert(connectionId, s);
    return s;
}

void ClassroomWall::refresh() {
    // Only visible work: a hidden wall asks for nothing; a slow host never gets a second request.
    if (!isVisible())
        return;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (!m_running.contains(it.key()) || m_pending.contains(it.key()) ||
            m_failed.contains(it.key()))
            continue;
        m_pending.insert(it.key());
        serviceFor(it.value()->data(kConnectionRole).toString())->takeScreenshot(it.key());
    }
}

void ClassroomWall::refreshAll() {
    m_failed.clear();
    refresh();
}

// The student's screen in a console window of its own, inside Virtdeck.
void ClassroomWall::openConsole(const QString &id, const QString &uuid, const QString &title) {
    if (m_workspace->connections()->contains(id))
        ConsoleWindow::open(m_workspace->connections(), id, uuid, title, this);
}

void ClassroomWall::openInViewer(const QString &id, const QString &uuid) {
    auto *cm = m_workspace->connections();
    if (!cm->contains(id))
        return;
    const ViewerCommand cmd = viewerCommand(cm->config(id).uri(), uuid);
    if (cmd.program.isEmpty()) {
        QMessageBox::warning(this, tr("Console"), cmd.error);
        return;
    }
    if (!QProcess::startDetached(cmd.program, cmd.arguments))
        QMessageBox::warning(this, tr("Console"), tr("Cannot start %1.").arg(cmd.program));
}

} // namespace virtdeck
