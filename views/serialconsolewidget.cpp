// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialconsolewidget.h"

#include "console/terminalscreen.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <optional>

using namespace Qt::StringLiterals;

namespace virtdeck {

namespace {

// The terminal's own colours: a console is light on dark whatever the desktop theme.
const QColor kDefaultFg(0xd0, 0xd0, 0xd0);
const QColor kDefaultBg(0x10, 0x10, 0x10);

std::optional<TerminalScreen::Key> keyOf(int qtKey) {
    using K = TerminalScreen::Key;
    switch (qtKey) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return K::Enter;
    case Qt::Key_Tab:
        return K::Tab;
    case Qt::Key_Backspace:
        return K::Backspace;
    case Qt::Key_Escape:
        return K::Escape;
    case Qt::Key_Up:
        return K::Up;
    case Qt::Key_Down:
        return K::Down;
    case Qt::Key_Left:
        return K::Left;
    case Qt::Key_Right:
        return K::Right;
    case Qt::Key_Home:
        return K::Home;
    case Qt::Key_End:
        return K::End;
    case Qt::Key_PageUp:
        return K::PageUp;
    case Qt::Key_PageDown:
        return K::PageDown;
    case Qt::Key_Insert:
        return K::Insert;
    case Qt::Key_Delete:
        return K::Delete;
    default:
        return std::nullopt;
    }
}

bool before(QPoint a, QPoint b) { // row-major order of (x = column, y = row)
    return a.y() < b.y() || (a.y() == b.y() && a.x() < b.x());
}

} // namespace

SerialConsoleWidget::SerialConsoleWidget(TerminalScreen *screen, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_screen(screen) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    setFont(font);
    const QFontMetrics fm(font);
    m_cell = QSize(qMax(1, fm.horizontalAdvance(u'M')), qMax(1, fm.height()));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there: a bar that came and went would resize the screen under the text.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setCursor(Qt::IBeamCursor);
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, kDefaultBg);
    viewport()->setPalette(pal);
    viewport()->setAutoFillBackground(true);
    connect(screen, &TerminalScreen::damaged, this, &SerialConsoleWidget::onDamage);
    connect(screen, &TerminalScreen::cursorMoved, viewport(), qOverload<>(&QWidget::update));
    updateScrollRange();
}

QSize SerialConsoleWidget::sizeHint() const {
    const int rows = m_screen ? m_screen->rows() : 25;
    const int cols = m_screen ? m_screen->cols() : 80;
    return {cols * m_cell.width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            rows * m_cell.height() + 2 * frameWidth()};
}

int SerialConsoleWidget::topRow() const {
    return verticalScrollBar()->value() - verticalScrollBar()->maximum();
}

void SerialConsoleWidget::updateScrollRange() {
    if (!m_screen)
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    const int offset = bar->maximum() - bar->value();
    bar->setRange(0, m_screen->scrollbackLines());
    bar->setPageStep(m_screen->rows());
    bar->setSingleStep(1);
    bar->setValue(atBottom ? bar->maximum() : bar->maximum() - offset);
}

void SerialConsoleWidget::onDamage(const QRect &area) {
    updateScrollRange();
    const int first = area.top() - topRow();
    viewport()->update(QRect(area.left() * m_cell.width(), first * m_cell.height(),
                             area.width() * m_cell.width(), area.height() * m_cell.height()));
    if (topRow() != 0)
        viewport()->update(); // scrolled back: the rows shift under the view
}

void SerialConsoleWidget::scrollContentsBy(int, int) {
    viewport()->update();
}

void SerialConsoleWidget::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    if (!m_screen)
        return;
    // The guest's serial line cannot learn the size: this only sets how much the screen keeps.
    m_screen->resize(viewport()->height() / m_cell.height(), viewport()->width() / m_cell.width());
    updateScrollRange();
}

void SerialConsoleWidget::paintRow(QPainter &p, int viewRow, int screenRow) {
    const int y = viewRow * m_cell.height();
    const QPoint s = before(m_selEnd, m_selStart) ? m_selEnd : m_selStart;
    const QPoint e = before(m_selEnd, m_selStart) ? m_selStart : m_selEnd;
    const bool haveSel = m_selStart.x() >= 0 && m_selStart != m_selEnd;
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    for (int c = 0; c < m_screen->cols(); ++c) {
        const TerminalCell cell = m_screen->cell(screenRow, c);
        if (cell.width == 0)
            continue;
        QColor fg = cell.defaultFg ? kDefaultFg : QColor::fromRgb(cell.fg);
        QColor bg = cell.defaultBg ? kDefaultBg : QColor::fromRgb(cell.bg);
        const QPoint at(c, screenRow);
        const bool selected = haveSel && !before(at, s) && before(at, e);
        if (cell.reverse != selected)
            std::swap(fg, bg);
        const QRect r(c * m_cell.width(), y, m_cell.width() * qMax(1, cell.width), m_cell.height());
        if (bg != kDefaultBg)
            p.fillRect(r, bg);
        if (cell.text.isEmpty() || cell.text == u" "_s)
            continue;
        QFont f = cell.bold ? bold : normal;
        f.setUnderline(cell.underline);
        f.setItalic(cell.italic);
        p.setFont(f);
        p.setPen(fg);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, cell.text);
    }
}

void SerialConsoleWidget::paintEvent(QPaintEvent *event) {
    if (!m_screen)
        return;
    QPainter p(viewport());
    const int top = topRow();
    const int firstView = qMax(0, event->rect().top() / m_cell.height());
    const int lastView = qMin(m_screen->rows() - 1, event->rect().bottom() / m_cell.height());
    for (int v = firstView; v <= lastView; ++v)
        paintRow(p, v, top + v);
    const QPoint cur = m_screen->cursor();
    const int curView = cur.y() - top;
    if (m_screen->cursorVisible() && curView >= 0 && curView < m_screen->rows()) {
        const QRect r(cur.x() * m_cell.width(), curView * m_cell.height(), m_cell.width(),
                      m_cell.height());
        if (hasFocus()) {
            p.fillRect(r, QColor(0xd0, 0xd0, 0xd0, 0xa0));
        } else {
            p.setPen(kDefaultFg); // a hollow block: keys go elsewhere
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
    }
}

bool SerialConsoleWidget::sendKey(QKeyEvent *event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (const auto k = keyOf(event->key())) {
        m_screen->sendKey(*k, mods);
        return true;
    }
    if (event->key() >= Qt::Key_F1 && event->key() <= Qt::Key_F12) {
        m_screen->sendKey(TerminalScreen::Key::F1, mods, event->key() - Qt::Key_F1 + 1);
        return true;
    }
    // Ctrl+letter: the letter with Ctrl (libvterm makes the control character), whatever
    // text the platform put in the event.
    if ((mods & Qt::ControlModifier) && event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z) {
        m_screen->sendText(QString(QChar(u'a' + (event->key() - Qt::Key_A))),
                           mods & ~Qt::ShiftModifier);
        return true;
    }
    const QString text = event->text();
    if (text.isEmpty() || !text.at(0).isPrint())
        return false;
    m_screen->sendText(text, mods & Qt::AltModifier);
    return true;
}

void SerialConsoleWidget::keyPressEvent(QKeyEvent *event) {
    if (!m_screen)
        return;
    const auto mods = event->modifiers();
    const bool ctrlShift = (mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier);
    if (ctrlShift && event->key() == Qt::Key_C)
        return copy();
    if ((ctrlShift && event->key() == Qt::Key_V) ||
        ((mods & Qt::ShiftModifier) && event->key() == Qt::Key_Insert))
        return paste();
    if ((mods & Qt::ShiftModifier) &&
        (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        verticalScrollBar()->triggerAction(event->key() == Qt::Key_PageUp
                                               ? QAbstractSlider::SliderPageStepSub
                                               : QAbstractSlider::SliderPageStepAdd);
        return;
    }
    if (!sendKey(event))
        return QAbstractScrollArea::keyPressEvent(event);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum()); // typing shows the prompt
}

bool SerialConsoleWidget::focusNextPrevChild(bool) {
    return false; // Tab belongs to the shell
}

QPoint SerialConsoleWidget::cellAt(const QPoint &pos) const {
    const int col =
        qBound(0, (pos.x() + m_cell.width() / 2) / m_cell.width(), m_screen ? m_screen->cols() : 0);
    return {col, topRow() + pos.y() / m_cell.height()};
}

void SerialConsoleWidget::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        m_selStart = m_selEnd = cellAt(event->position().toPoint());
        viewport()->update();
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void SerialConsoleWidget::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton) {
        m_selEnd = cellAt(event->position().toPoint());
        viewport()->update();
    }
}

void SerialConsoleWidget::mouseReleaseEvent(QMouseEvent *event) {
    event->accept(); // the selection stays as the press and moves made it
}

QString SerialConsoleWidget::selectedText() const {
    if (!m_screen || m_selStart.x() < 0 || m_selStart == m_selEnd)
        return {};
    const QPoint s = before(m_selEnd, m_selStart) ? m_selEnd : m_selStart;
    const QPoint e = before(m_selEnd, m_selStart) ? m_selStart : m_selEnd;
    QStringList lines;
    for (int row = s.y(); row <= e.y(); ++row) {
        QString line;
        const int from = row == s.y() ? s.x() : 0;
        const int to = row == e.y() ? e.x() : m_screen->cols();
        for (int c = from; c < to; ++c) {
            const TerminalCell cell = m_screen->cell(row, c);
            if (cell.width != 0)
                line += cell.text.isEmpty() ? u" "_s : cell.text;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        lines << line;
    }
    return lines.join(u'\n');
}

void SerialConsoleWidget::selectAll() {
    if (!m_screen)
        return;
    m_selStart = QPoint(0, -m_screen->scrollbackLines());
    m_selEnd = QPoint(m_screen->cols(), m_screen->rows() - 1);
    viewport()->update();
}

void SerialConsoleWidget::copy() {
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void SerialConsoleWidget::paste() {
    const QString text = QApplication::clipboard()->text();
    if (m_screen && !text.isEmpty())
        m_screen->paste(text);
}

void SerialConsoleWidget::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    menu.addAction(tr("&Copy"), QKeySequence(u"Ctrl+Shift+C"_s), this, &SerialConsoleWidget::copy)
        ->setEnabled(!selectedText().isEmpty());
    menu.addAction(tr("&Paste"), QKeySequence(u"Ctrl+Shift+V"_s), this,
                   &SerialConsoleWidget::paste);
    menu.addAction(tr("Select &All"), this, &SerialConsoleWidget::selectAll);
    menu.exec(event->globalPos());
}

} // namespace virtdeck
