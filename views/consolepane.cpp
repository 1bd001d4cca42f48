// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepane.h"

#include "console/consolesessions.h"
#include "consoleview.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace virtdeck {

ConsolePane::ConsolePane(ConnectionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_view(new ConsoleView(this)) {
    setObjectName(u"consolePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setSession(nullptr, tr("Select a VM to see its screen."));
}

void ConsolePane::setDomain(const QString &connectionId, const QString &uuid) {
    m_connectionId = connectionId;
    m_uuid = uuid;
    sync();
}

void ConsolePane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    sync();
}

void ConsolePane::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    if (m_view->isFullScreenConsole())
        return; // the view went fullscreen: it is still on screen
    sync();
}

void ConsolePane::sync() {
    const bool wanted = isVisible() && !m_uuid.isEmpty();
    const QString key = wanted ? m_connectionId + u'/' + m_uuid : QString();
    if (key == m_openFor)
        return;
    m_openFor = key;
    if (wanted)
        m_view->setSession(createConsoleSession(m_manager, m_connectionId, m_uuid));
    else
        m_view->setSession(nullptr, tr("Select a VM to see its screen."));
}

} // namespace virtdeck
