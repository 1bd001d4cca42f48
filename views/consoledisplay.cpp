// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoledisplay.h"

#include "console/consolesession.h"
#include "console/keysym.h"

#include <QKeyEvent>
#include <QPainter>

namespace virtdeck {

ConsoleDisplay::ConsoleDisplay(QWidget *parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor); // the guest draws its own pointer
}

void ConsoleDisplay::setSession(ConsoleSession *session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_frameSize = session ? session->frame().size() : QSize();
    if (session) {
        connect(session, &ConsoleSession::damaged, this, &ConsoleDisplay::onDamaged);
        connect(session, &ConsoleSession::frameResized, this, &ConsoleDisplay::onResized);
    }
    onResized(m_frameSize);
}

void ConsoleDisplay::setScaled(bool scaled) {
    m_scaled = scaled;
    onResized(m_frameSize);
}

void ConsoleDisplay::setGrabbed(bool grabbed) {
    if (grabbed == m_grabbed)
        return;
    m_grabbed = grabbed;
    if (grabbed) {
        setFocus(Qt::MouseFocusReason);
        grabKeyboard();
    } else {
        releaseKeyboard();
    }
    Q_EMIT grabChanged(grabbed);
}

QRect ConsoleDisplay::targetRect() const {
    if (m_frameSize.isEmpty())
        return {};
    if (!m_scaled)
        return {QPoint(0, 0), m_frameSize};
    const QSize fitted = m_frameSize.scaled(size(), Qt::KeepAspectRatio);
    return {QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted};
}

QSize ConsoleDisplay::sizeHint() const {
    return m_frameSize.isEmpty() ? QSize(640, 400) : m_frameSize;
}

void ConsoleDisplay::onResized(const QSize &size) {
    m_frameSize = size;
    // 1:1: the widget has the frame's size and the scroll area around it scrolls.
    if (!m_scaled && !size.isEmpty())
        setFixedSize(size);
    else {
        setMinimumSize(0, 0);
        setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
    updateGeometry();
    update();
}

void ConsoleDisplay::onDamaged(const QRect &rect) {
    const QRect target = targetRect();
    if (target.isEmpty() || m_frameSize.isEmpty())
        return;
    const qreal sx = qreal(target.width()) / m_frameSize.width();
    const qreal sy = qreal(target.height()) / m_frameSize.height();
    update(QRectF(target.left() + rect.left() * sx, target.top() + rect.top() * sy,
                  rect.width() * sx, rect.height() * sy)
               .toAlignedRect()
               .adjusted(-1, -1, 1, 1));
}

void ConsoleDisplay::paintEvent(QPaintEvent *event) {
    QPainter p(this);
    p.fillRect(event->rect(), Qt::black);
    if (!m_session)
        return;
    const QImage frame = m_session->frame(); // shared, not copied, while we paint
    if (frame.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_scaled);
    p.drawImage(targetRect(), frame);
}

void ConsoleDisplay::sendKey(QKeyEvent *event, bool down) {
    if (!m_session)
        return;
    // The key's place on the keyboard where the desktop says it, so the guest's layout
    // decides what it types (dead keys and AltGr symbols included); else its symbol.
    const quint32 sym = keysymForQtKey(event->key(), event->text());
    const quint32 xt = xtScancodeForNativeKey(event->nativeScanCode());
    if (sym || xt)
        m_session->sendKey(sym, down, xt);
}

void ConsoleDisplay::keyPressEvent(QKeyEvent *event) {
    const auto mods = event->modifiers();
    const bool ctrlAlt = (mods & Qt::ControlModifier) && (mods & Qt::AltModifier) &&
                         (event->key() == Qt::Key_Control || event->key() == Qt::Key_Alt);
    if (m_grabbed && ctrlAlt) {
        // The way out: release the guest's modifiers too, or they stay held there.
        // Both Ctrl and both Alt keys, as the user may hold either (releasing a key that is
        // not held does nothing).
        if (m_session) {
            for (const quint32 xt : {0x1d, 0x11d})
                m_session->sendKey(keysym::ControlL, false, xt);
            for (const quint32 xt : {0x38, 0x138})
                m_session->sendKey(keysym::AltL, false, xt);
        }
        setGrabbed(false);
        return;
    }
    sendKey(event, true);
}

void ConsoleDisplay::keyReleaseEvent(QKeyEvent *event) {
    sendKey(event, false);
}

int ConsoleDisplay::buttonMask(Qt::MouseButtons buttons) {
    return (buttons & Qt::LeftButton ? 1 : 0) | (buttons & Qt::MiddleButton ? 2 : 0) |
           (buttons & Qt::RightButton ? 4 : 0);
}

void ConsoleDisplay::sendPointer(const QPointF &pos, int buttons) {
    const QRect target = targetRect();
    if (!m_session || target.isEmpty())
        return;
    const int x = int((pos.x() - target.left()) * m_frameSize.width() / target.width());
    const int y = int((pos.y() - target.top()) * m_frameSize.height() / target.height());
    m_session->sendPointer(qBound(0, x, m_frameSize.width() - 1),
                           qBound(0, y, m_frameSize.height() - 1), buttons);
}

void ConsoleDisplay::mousePressEvent(QMouseEvent *event) {
    setGrabbed(true);
    m_buttons = buttonMask(event->buttons());
    sendPointer(event->position(), m_buttons);
}

void ConsoleDisplay::mouseReleaseEvent(QMouseEvent *event) {
    m_buttons = buttonMask(event->buttons());
    sendPointer(event->position(), m_buttons);
}

void ConsoleDisplay::mouseMoveEvent(QMouseEvent *event) {
    Q_EMIT pointerMoved(event->position().toPoint());
    m_buttons = buttonMask(event->buttons());
    sendPointer(event->position(), m_buttons);
}

void ConsoleDisplay::wheelEvent(QWheelEvent *event) {
    // VNC's wheel is a press and release of button 4 (up) or 5 (down).
    const int wheel = event->angleDelta().y() > 0 ? 8 : 16;
    sendPointer(event->position(), m_buttons | wheel);
    sendPointer(event->position(), m_buttons);
}

void ConsoleDisplay::focusOutEvent(QFocusEvent *event) {
    QWidget::focusOutEvent(event);
    setGrabbed(false);
}

bool ConsoleDisplay::focusNextPrevChild(bool) {
    return false; // Tab belongs to the guest
}

bool ConsoleDisplay::event(QEvent *event) {
    // While grabbed, the window's shortcuts (Ctrl+L, Ctrl+P…) go to the guest.
    if (event->type() == QEvent::ShortcutOverride && m_grabbed) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

} // namespace virtdeck
