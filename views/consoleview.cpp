// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleview.h"

#include "console/keysym.h"
#include "consoledisplay.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace virtdeck {

ConsoleView::ConsoleView(QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new QToolBar(this))
    , m_grabLabel(new QLabel(tr("Press Ctrl+Alt to release the keyboard"), this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_display(new ConsoleDisplay(this)) {
    m_toolbar->setObjectName(u"consoleToolBar"_s);
    m_grabLabel->setObjectName(u"consoleGrabLabel"_s);
    m_grabLabel->setAlignment(Qt::AlignCenter);
    m_grabLabel->setStyleSheet(u"background: palette(highlight); color: palette(highlighted-text);"
                               " padding: 2px;"_s);
    m_grabLabel->hide();
    m_scroll->setWidget(m_display);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setStyleSheet(u"QScrollArea { background: black; }"_s);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(createStatePage());
    createToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_grabLabel);
    layout->addWidget(m_stack, 1);
    connect(m_display, &ConsoleDisplay::grabChanged, m_grabLabel, &QWidget::setVisible);
    connect(m_display, &ConsoleDisplay::pointerMoved, this, &ConsoleView::onPointerMoved);
    m_slide = new QPropertyAnimation(m_toolbar, "pos", this);
    m_slide->setDuration(150);
    updateState();
}

ConsoleView::~ConsoleView() {
    delete m_session; // joins its thread before the widgets go
}

void ConsoleView::createToolBar() {
    auto *sendKey = m_sendKey = new QToolButton(m_toolbar);
    sendKey->setText(tr("Send &Key"));
    sendKey->setObjectName(u"consoleSendKey"_s);
    sendKey->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(sendKey);
    menu->addAction(tr("Ctrl+Alt+Del"), this, [this] {
        sendKeys({keysym::ControlL, keysym::AltL, keysym::Delete});
    });
    menu->addSeparator();
    for (int i = 0; i < 12; ++i) {
        menu->addAction(tr("Ctrl+Alt+F%1").arg(i + 1), this, [this, i] {
            sendKeys({keysym::ControlL, keysym::AltL, keysym::F1 + quint32(i)});
        });
    }
    menu->addSeparator();
    menu->addAction(tr("PrintScreen"), this, [this] { sendKeys({keysym::Print}); });
    sendKey->setMenu(menu);
    m_toolbar->addWidget(sendKey);
    m_scaleAction = m_toolbar->addAction(tr("&Fit to Window"), this, &ConsoleView::setScaled);
    m_scaleAction->setCheckable(true);
    m_scaleAction->setChecked(true);
    m_scaleAction->setToolTip(tr("Scale the screen to the window; off shows it 1:1"));
    m_fullScreenAction =
        m_toolbar->addAction(tr("F&ullscreen"), this, &ConsoleView::setFullScreenConsole);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(Qt::Key_F11);
    m_fullScreenAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolbar->addAction(tr("&Reconnect"), this, &ConsoleView::reconnect);
}

QWidget *ConsoleView::createStatePage() {
    auto *page = new QWidget(this);
    m_stateLabel = new QLabel(page);
    m_stateLabel->setObjectName(u"consoleState"_s);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    QFont f = m_stateLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_stateLabel->setFont(f);
    m_reconnectButton = new QPushButton(tr("Reconnect"), page);
    m_reconnectButton->setObjectName(u"consoleReconnect"_s);
    connect(m_reconnectButton, &QPushButton::clicked, this, &ConsoleView::reconnect);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_reconnectButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void ConsoleView::setSession(ConsoleSession *session, const QString &idleText) {
    m_display->setGrabbed(false);
    m_display->setSession(nullptr);
    delete m_session;
    m_session = session;
    m_idleText = idleText;
    if (session) {
        session->setParent(this);
        connect(session, &ConsoleSession::stateChanged, this, &ConsoleView::updateState);
        m_display->setSession(session);
        session->open();
    }
    updateState();
}

bool ConsoleView::isShowingFrame() const {
    return m_stack->currentIndex() == 0;
}

QString ConsoleView::stateText() const {
    return m_stateLabel->text();
}

void ConsoleView::updateState() {
    using State = ConsoleSession::State;
    const State state = m_session ? m_session->state() : State::Idle;
    QString text;
    switch (state) {
    case State::Idle:
        text = m_session ? tr("Not connected.") : m_idleText;
        break;
    case State::Connecting:
        text = tr("Connecting to the display…");
        break;
    case State::Disconnected:
        text = m_session->reason().isEmpty() ? tr("Disconnected.") : m_session->reason();
        break;
    case State::Connected:
        break;
    }
    m_stateLabel->setText(text);
    m_reconnectButton->setVisible(m_session && state == State::Disconnected);
    m_stack->setCurrentIndex(state == State::Connected ? 0 : 1);
    m_sendKey->setEnabled(state == State::Connected);
    if (state != State::Connected)
        m_display->setGrabbed(false);
}

void ConsoleView::reconnect() {
    if (!m_session)
        return;
    m_session->close();
    m_session->open();
}

void ConsoleView::setScaled(bool scaled) {
    m_scaleAction->setChecked(scaled);
    m_scroll->setWidgetResizable(scaled);
    m_display->setScaled(scaled);
}

void ConsoleView::sendKeys(const QList<quint32> &keysyms) {
    if (!m_session)
        return;
    for (quint32 k : keysyms)
        m_session->sendKey(k, true);
    for (auto it = keysyms.rbegin(); it != keysyms.rend(); ++it)
        m_session->sendKey(*it, false);
}

// Fullscreen takes the view out of its parent's layout as a window of its own (a Console tab
// or a console window alike) and back; the toolbar then floats and slides in at the top edge.
void ConsoleView::setFullScreenConsole(bool on) {
    if (on == m_fullScreen)
        return;
    m_fullScreen = on;
    m_fullScreenAction->setChecked(on);
    auto *box = static_cast<QVBoxLayout *>(layout());
    if (on) {
        box->removeWidget(m_toolbar);
        setWindowFlag(Qt::Window, true);
        showFullScreen();
        m_toolbar->adjustSize();
        m_toolbar->setGeometry(0, -m_toolbar->height(), width(), m_toolbar->sizeHint().height());
        m_toolbar->setAutoFillBackground(true); // it floats over the screen
        m_toolbar->raise();
        m_toolbarIn = false;
    } else {
        m_slide->stop();
        setWindowFlag(Qt::Window, false);
        box->insertWidget(0, m_toolbar);
        show();
    }
    m_display->setFocus();
    Q_EMIT fullScreenChanged(on);
}

void ConsoleView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (m_fullScreen) // the floating toolbar spans the screen
        m_toolbar->resize(width(), m_toolbar->sizeHint().height());
}

void ConsoleView::slideToolBar(bool in) {
    if (in == m_toolbarIn)
        return;
    m_toolbarIn = in;
    m_toolbar->resize(width(), m_toolbar->sizeHint().height());
    m_toolbar->raise();
    m_slide->stop();
    m_slide->setStartValue(m_toolbar->pos());
    m_slide->setEndValue(QPoint(0, in ? 0 : -m_toolbar->height()));
    m_slide->start();
}

void ConsoleView::onPointerMoved(const QPoint &pos) {
    if (!m_fullScreen)
        return;
    // The display's top edge (the grab hint may sit above it) calls the toolbar in.
    if (pos.y() <= 2)
        slideToolBar(true);
    else if (m_display->mapTo(this, pos).y() > m_toolbar->height() + 16)
        slideToolBar(false);
}

} // namespace virtdeck
