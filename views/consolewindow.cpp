// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolewindow.h"

#include "console/consolesessions.h"
#include "consoleview.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace virtdeck {

ConsoleWindow::ConsoleWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new ConsoleView(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"consoleWindow"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(800, 520);
}

ConsoleWindow *ConsoleWindow::open(ConnectionManager *manager, const QString &connectionId,
                                   const QString &uuid, const QString &title, QWidget *parent) {
    auto *w = new ConsoleWindow(parent);
    w->setWindowTitle(tr("%1 — Console").arg(title.isEmpty() ? uuid : title));
    w->m_view->setSession(createConsoleSession(manager, connectionId, uuid));
    w->show();
    return w;
}

} // namespace virtdeck
