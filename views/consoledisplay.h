// SPDX-License-Identifier: GPL-3.0-or-later
// Paints a console session's frame (fit to the widget keeping its aspect, or 1:1) and hands it
// the keyboard and an absolute pointer. A click grabs the keyboard; Ctrl+Alt releases it.
// Lives on the GUI thread; the session it shows belongs to the ConsoleView.
#pragma once

#include <QPointer>
#include <QWidget>

namespace virtdeck {

class ConsoleSession;

class ConsoleDisplay : public QWidget {
    Q_OBJECT
public:
    explicit ConsoleDisplay(QWidget *parent = nullptr);

    void setSession(ConsoleSession *session);
    void setScaled(bool scaled);
    bool isScaled() const { return m_scaled; }
    bool isGrabbed() const { return m_grabbed; }
    void setGrabbed(bool grabbed);
    // Where the frame is painted, in widget coordinates.
    QRect targetRect() const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void grabChanged(bool grabbed);
    void pointerMoved(const QPoint &widgetPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    void onDamaged(const QRect &rect);
    void onResized(const QSize &size);
    void sendKey(QKeyEvent *event, bool down);
    void sendPointer(const QPointF &pos, int buttons);
    static int buttonMask(Qt::MouseButtons buttons);

    QPointer<ConsoleSession> m_session;
    QSize m_frameSize;
    bool m_scaled = true;
    bool m_grabbed = false;
    int m_buttons = 0;
};

} // namespace virtdeck
