// SPDX-License-Identifier: GPL-3.0-or-later
#include "stateicondelegate.h"

#include "core/domaininfo.h"
#include "core/hostinfo.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QIcon>
#include <QToolTip>

namespace virtdeck {

namespace {
QIcon icon(const char *name) {
    return QIcon(QStringLiteral(":/virtdeck/icons/%1.svg").arg(QLatin1StringView(name)));
}
} // namespace

StateIconDelegate::StateIconDelegate(Kind kind, int stateRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
    , m_stateRole(stateRole) {}

void StateIconDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    static const QIcon running = icon("state-running"), paused = icon("state-paused"),
                       shutoff = icon("state-shutoff"), crashed = icon("state-crashed"),
                       other = icon("state-other");
    const int state = index.data(m_stateRole).toInt();
    if (m_kind == Kind::Domain) {
        switch (DomainState(state)) {
        case DomainState::Running:
        case DomainState::Blocked:
            option->icon = running;
            break;
        case DomainState::Paused:
        case DomainState::PMSuspended:
            option->icon = paused;
            break;
        case DomainState::Shutoff:
            option->icon = shutoff;
            break;
        case DomainState::Crashed:
            option->icon = crashed;
            break;
        default:
            option->icon = other;
        }
    } else {
        switch (ConnectionState(state)) {
        case ConnectionState::Connected:
            option->icon = running;
            break;
        case ConnectionState::Failed:
            option->icon = crashed;
            break;
        case ConnectionState::Disconnected:
            option->icon = shutoff;
            break;
        default:
            option->icon = other;
        }
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
}

bool StateIconDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (event->type() == QEvent::ToolTip && m_toolTipRole >= 0) {
        const QString text = index.data(m_toolTipRole).toString();
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace virtdeck
