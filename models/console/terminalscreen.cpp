// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/terminalscreen.h"

#include <vterm.h>

namespace virtdeck {

namespace {

quint32 rgbOf(const VTermScreen *screen, VTermColor c) {
    vterm_screen_convert_color_to_rgb(screen, &c);
    return (quint32(c.rgb.red) << 16) | (quint32(c.rgb.green) << 8) | quint32(c.rgb.blue);
}

TerminalCell toCell(const VTermScreen *screen, const VTermScreenCell &c) {
    TerminalCell cell;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i]; ++i) {
        const char32_t ch = c.chars[i];
        cell.text += QString::fromUcs4(&ch, 1);
    }
    cell.defaultFg = VTERM_COLOR_IS_DEFAULT_FG(&c.fg);
    cell.defaultBg = VTERM_COLOR_IS_DEFAULT_BG(&c.bg);
    if (!cell.defaultFg)
        cell.fg = rgbOf(screen, c.fg);
    if (!cell.defaultBg)
        cell.bg = rgbOf(screen, c.bg);
    cell.bold = c.attrs.bold;
    cell.underline = c.attrs.underline != VTERM_UNDERLINE_OFF;
    cell.italic = c.attrs.italic;
    cell.reverse = c.attrs.reverse;
    cell.width = c.width;
    return cell;
}

VTermModifier modsOf(Qt::KeyboardModifiers m) {
    int v = VTERM_MOD_NONE;
    if (m & Qt::ShiftModifier)
        v |= VTERM_MOD_SHIFT;
    if (m & Qt::AltModifier)
        v |= VTERM_MOD_ALT;
    if (m & Qt::ControlModifier)
        v |= VTERM_MOD_CTRL;
    return VTermModifier(v);
}

VTermKey vtermKey(TerminalScreen::Key k, int functionNumber) {
    using K = TerminalScreen::Key;
    switch (k) {
    case K::Enter:
        return VTERM_KEY_ENTER;
    case K::Tab:
        return VTERM_KEY_TAB;
    case K::Backspace:
        return VTERM_KEY_BACKSPACE;
    case K::Escape:
        return VTERM_KEY_ESCAPE;
    case K::Up:
        return VTERM_KEY_UP;
    case K::Down:
        return VTERM_KEY_DOWN;
    case K::Left:
        return VTERM_KEY_LEFT;
    case K::Right:
        return VTERM_KEY_RIGHT;
    case K::Home:
        return VTERM_KEY_HOME;
    case K::End:
        return VTERM_KEY_END;
    case K::PageUp:
        return VTERM_KEY_PAGEUP;
    case K::PageDown:
        return VTERM_KEY_PAGEDOWN;
    case K::Insert:
        return VTERM_KEY_INS;
    case K::Delete:
        return VTERM_KEY_DEL;
    case K::F1:
        return VTermKey(VTERM_KEY_FUNCTION(functionNumber));
    }
    return VTERM_KEY_NONE;
}

} // namespace

struct TerminalScreen::Private {
    TerminalScreen *q;
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    QByteArray pendingOutput;

    static int damage(VTermRect r, void *user) {
        auto *q = static_cast<Private *>(user)->q;
        q->m_damage |=
            QRect(r.start_col, r.start_row, r.end_col - r.start_col, r.end_row - r.start_row);
        return 1;
    }
    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user) {
        auto *q = static_cast<Private *>(user)->q;
        q->m_cursor = QPoint(pos.col, pos.row);
        q->m_cursorVisible = visible;
        return 1;
    }
    static int setTermProp(VTermProp prop, VTermValue *val, void *user) {
        if (prop == VTERM_PROP_CURSORVISIBLE)
            static_cast<Private *>(user)->q->m_cursorVisible = val->boolean;
        return 1;
    }
    static int bell(void *user) {
        Q_EMIT static_cast<Private *>(user)->q->bell();
        return 1;
    }
    static int pushLine(int cols, const VTermScreenCell *cells, void *user) {
        auto *p = static_cast<Private *>(user);
        QList<TerminalCell> line;
        line.reserve(cols);
        for (int i = 0; i < cols; ++i)
            line.append(toCell(p->screen, cells[i]));
        p->q->m_scrollback.push_front(std::move(line));
        while (int(p->q->m_scrollback.size()) > p->q->m_scrollbackLimit)
            p->q->m_scrollback.pop_back();
        return 1;
    }
    static void output(const char *s, size_t len, void *user) {
        static_cast<Private *>(user)->pendingOutput.append(s, qsizetype(len));
    }
    void flushOutput() {
        if (pendingOutput.isEmpty())
            return;
        const QByteArray out = std::exchange(pendingOutput, {});
        Q_EMIT q->outputReady(out);
    }
};

TerminalScreen::TerminalScreen(int rows, int cols, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_rows(rows)
    , m_cols(cols) {
    d->q = this;
    d->vt = vterm_new(rows, cols);
    vterm_set_utf8(d->vt, 1);
    vterm_output_set_callback(d->vt, &Private::output, d.get());
    d->screen = vterm_obtain_screen(d->vt);
    static const VTermScreenCallbacks callbacks = {
        &Private::damage, nullptr, &Private::moveCursor, &Private::setTermProp,
        &Private::bell,   nullptr, &Private::pushLine,   nullptr};
    vterm_screen_set_callbacks(d->screen, &callbacks, d.get());
    vterm_screen_set_damage_merge(d->screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(d->screen, 1);
    vterm_screen_reset(d->screen, 1);
    vterm_screen_flush_damage(d->screen);
    m_damage = {}; // the reset's, before anyone listens
}

TerminalScreen::~TerminalScreen() {
    vterm_free(d->vt);
}

void TerminalScreen::resize(int rows, int cols) {
    rows = qMax(rows, 1);
    cols = qMax(cols, 1);
    if (rows == m_rows && cols == m_cols)
        return;
    m_rows = rows;
    m_cols = cols;
    vterm_set_size(d->vt, rows, cols);
    vterm_screen_flush_damage(d->screen);
    m_damage = {};
    Q_EMIT damaged(QRect(0, 0, cols, rows));
}

void TerminalScreen::feed(const QByteArray &bytes) {
    const QPoint before = m_cursor;
    vterm_input_write(d->vt, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(d->screen);
    d->flushOutput(); // answers to queries (cursor position, device attributes)
    if (!m_damage.isEmpty())
        Q_EMIT damaged(std::exchange(m_damage, {}));
    if (m_cursor != before)
        Q_EMIT cursorMoved(m_cursor);
}

TerminalCell TerminalScreen::cell(int row, int col) const {
    if (row < 0) {
        const size_t i = size_t(-row - 1);
        if (i >= m_scrollback.size() || col < 0 || col >= m_scrollback[i].size())
            return {};
        return m_scrollback[i].at(col);
    }
    VTermScreenCell c;
    if (row >= m_rows || col < 0 || col >= m_cols ||
        !vterm_screen_get_cell(d->screen, VTermPos{row, col}, &c))
        return {};
    return toCell(d->screen, c);
}

QString TerminalScreen::lineText(int row) const {
    QString line;
    const int cols = row < 0 && size_t(-row - 1) < m_scrollback.size()
                         ? int(m_scrollback[size_t(-row - 1)].size())
                         : m_cols;
    for (int c = 0; c < cols; ++c) {
        const TerminalCell cl = cell(row, c);
        if (cl.width == 0)
            continue;
        line += cl.text.isEmpty() ? QStringLiteral(" ") : cl.text;
    }
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}

QString TerminalScreen::text() const {
    QStringList lines;
    for (int r = 0; r < m_rows; ++r)
        lines << lineText(r);
    return lines.join(u'\n');
}

void TerminalScreen::setScrollbackLimit(int lines) {
    m_scrollbackLimit = qMax(0, lines);
    while (int(m_scrollback.size()) > m_scrollbackLimit)
        m_scrollback.pop_back();
}

void TerminalScreen::sendKey(Key key, Qt::KeyboardModifiers mods, int functionNumber) {
    vterm_keyboard_key(d->vt, vtermKey(key, functionNumber), modsOf(mods));
    d->flushOutput();
}

void TerminalScreen::sendText(const QString &text, Qt::KeyboardModifiers mods) {
    for (const char32_t ch : text.toUcs4())
        vterm_keyboard_unichar(d->vt, ch, modsOf(mods));
    d->flushOutput();
}

void TerminalScreen::paste(const QString &text) {
    vterm_keyboard_start_paste(d->vt);
    // A terminal sends Return for a line break.
    d->pendingOutput.append(text.toUtf8().replace('\n', '\r'));
    vterm_keyboard_end_paste(d->vt);
    d->flushOutput();
}

} // namespace virtdeck
