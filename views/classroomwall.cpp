// SPDX-License-Identifier: GPL-3.0-or-later
#include "classroomwall.h"

#include "console/viewercommand.h"
#include "core/connectionmanager.h"
#include "domains/libvirt/domainservice.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const QSize kThumb(240, 180);

QPixmap placeholder(const QString &text) {
    QPixmap p(kThumb);
    p.fill(QColor(40, 40, 40));
    QPainter painter(&p);
    painter.setPen(QColor(200, 200, 200));
    painter.drawText(p.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return p;
}
} // namespace

ClassroomWall::ClassroomWall(Workspace *workspace, const QString &title, const QList<Tile> &tiles,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
    , m_timer(new QTimer(this)) {
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kThumb);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSpacing(6);
    m_list->setUniformItemSizes(true);
    m_note->setText(tiles.isEmpty() ? tr("No VM of this lab is running.")
                                    : tr("%n running VM(s). Double-click one to open its console.",
                                         nullptr, int(tiles.size())));
    for (const Tile &t : tiles) {
        auto *item = new QListWidgetItem(QIcon(placeholder(tr("Waiting for the screen…"))),
                                         t.caption, m_list);
        item->setData(Qt::UserRole, t.connectionId);
        item->setData(Qt::UserRole + 1, t.uuid);
        item->setToolTip(t.caption);
        m_items.insert(t.uuid, item);
    }
    connect(m_list, &QListWidget::itemActivated, this, &ClassroomWall::openConsole);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setToolTip(tr("Ask every VM for its screen again, those that failed too"));
    connect(refreshButton, &QPushButton::clicked, this, &ClassroomWall::refreshAll);
    // A VM that changed state (restarted, resumed) may answer again.
    connect(workspace->connections(), &ConnectionManager::domainChanged, this,
            [this](const DomainInfo &info) { m_failed.remove(info.uuid); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    m_timer->setInterval(4000);
    connect(m_timer, &QTimer::timeout, this, &ClassroomWall::refresh);
    m_timer->start();
    resize(1040, 680);
    QTimer::singleShot(0, this, &ClassroomWall::refresh);
}

void ClassroomWall::setIntervalMs(int ms) {
    m_timer->setInterval(ms);
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
            if (!item)
                return;
            QImage image;
            if (error.isEmpty() && image.loadFromData(data)) {
                item->setIcon(QIcon(QPixmap::fromImage(
                    image.scaled(kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
                m_shown.insert(uuid);
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
        if (m_pending.contains(it.key()) || m_failed.contains(it.key()))
            continue;
        m_pending.insert(it.key());
        serviceFor(it.value()->data(Qt::UserRole).toString())->takeScreenshot(it.key());
    }
}

void ClassroomWall::refreshAll() {
    m_failed.clear();
    refresh();
}

void ClassroomWall::openConsole(QListWidgetItem *item) {
    const QString id = item->data(Qt::UserRole).toString();
    auto *cm = m_workspace->connections();
    if (!cm->contains(id))
        return;
    const ViewerCommand cmd =
        viewerCommand(cm->config(id).uri(), item->data(Qt::UserRole + 1).toString());
    if (cmd.program.isEmpty()) {
        QMessageBox::warning(this, tr("Console"), cmd.error);
        return;
    }
    if (!QProcess::startDetached(cmd.program, cmd.arguments))
        QMessageBox::warning(this, tr("Console"), tr("Cannot start %1.").arg(cmd.program));
}

} // namespace virtdeck
