// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's graphical console: the frame (fit to window or 1:1 with scroll bars), a toolbar with
// Send key (Ctrl+Alt+Del, Ctrl+Alt+F1…F12, PrintScreen), scaling, fullscreen (the toolbar then
// slides in at the top edge) and Reconnect, the way out of the keyboard grab, and a page that
// says why there is no picture (VM off, no graphics, connection failed). Talks to any
// ConsoleSession. Lives on the GUI thread; owns its session.
#pragma once

#include "console/consolesession.h"

#include <QWidget>

class QAction;
class QLabel;
class QPropertyAnimation;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace virtdeck {

class ConsoleDisplay;

class ConsoleView : public QWidget {
    Q_OBJECT
public:
    explicit ConsoleView(QWidget *parent = nullptr);
    ~ConsoleView() override;

    // Takes `session` (the previous one is closed and deleted) and opens it; null shows
    // `idleText` on the state page.
    void setSession(ConsoleSession *session, const QString &idleText = {});
    ConsoleSession *session() const { return m_session; }
    ConsoleDisplay *display() const { return m_display; }
    QToolBar *toolBar() const { return m_toolbar; }
    bool isShowingFrame() const;
    QString stateText() const;
    bool isFullScreenConsole() const { return m_fullScreen; }

    void setScaled(bool scaled);
    void setFullScreenConsole(bool on);
    // Presses `keysyms` in order and releases them in reverse.
    void sendKeys(const QList<quint32> &keysyms);
    void reconnect();

Q_SIGNALS:
    void fullScreenChanged(bool on);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createToolBar();
    QWidget *createStatePage();
    void updateState();
    void slideToolBar(bool in);
    void onPointerMoved(const QPoint &pos);

    ConsoleSession *m_session = nullptr;
    QString m_idleText;
    QToolBar *m_toolbar;
    QToolButton *m_sendKey = nullptr;
    QAction *m_scaleAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QLabel *m_grabLabel;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    ConsoleDisplay *m_display;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_reconnectButton = nullptr;
    QPropertyAnimation *m_slide = nullptr;
    bool m_fullScreen = false;
    bool m_toolbarIn = false;
};

} // namespace virtdeck
