// SPDX-License-Identifier: GPL-3.0-or-later
// A terminal screen on libvterm: bytes from a console in, cells, colours, cursor, damage and a
// bounded scrollback out; keys in, the bytes a terminal sends for them out (outputReady). No
// I/O of its own: a session feeds it and sends what it emits. Lives on the GUI thread (any one
// thread; not thread-safe).
#pragma once

#include "console/terminalcell.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QRect>

#include <deque>
#include <memory>

namespace virtdeck {

class TerminalScreen : public QObject {
    Q_OBJECT
public:
    explicit TerminalScreen(int rows = 25, int cols = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    void resize(int rows, int cols);

    // Bytes from the console (UTF-8, escape sequences); emits damaged() for what changed.
    void feed(const QByteArray &bytes);

    // The cell at (row, col) of the screen; rows < 0 reach into the scrollback (-1 = the
    // newest line that scrolled off).
    TerminalCell cell(int row, int col) const;
    // The text of a screen row (negative: scrollback), trailing blanks removed.
    QString lineText(int row) const;
    // The whole screen as text, one line per row, trailing blanks removed.
    QString text() const;
    int scrollbackLines() const { return int(m_scrollback.size()); }
    void setScrollbackLimit(int lines);

    QPoint cursor() const { return m_cursor; } // x = column, y = row
    bool cursorVisible() const { return m_cursorVisible; }

    // Keys typed: what a terminal sends for them goes out through outputReady(). Key::F1 stands
    // for the function keys: sendKey(Key::F1, mods, n) is Fn.
    enum class Key {
        Enter,
        Tab,
        Backspace,
        Escape,
        Up,
        Down,
        Left,
        Right,
        Home,
        End,
        PageUp,
        PageDown,
        Insert,
        Delete,
        F1
    };
    Q_ENUM(Key)
    void sendKey(Key key, Qt::KeyboardModifiers mods = {}, int functionNumber = 1);
    void sendText(const QString &text, Qt::KeyboardModifiers mods = {});
    // Pasted text, sent as it is (bracketed when the program asked for it).
    void paste(const QString &text);

Q_SIGNALS:
    // Screen rows/cols that changed (x = column, y = row), in one batch per feed().
    void damaged(const QRect &area);
    void cursorMoved(const QPoint &pos);
    // Bytes to send to the console: keys, pastes, and answers to the guest's queries.
    void outputReady(const QByteArray &bytes);
    void bell();

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
    int m_rows, m_cols;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    std::deque<QList<TerminalCell>> m_scrollback; // front = newest
    int m_scrollbackLimit = 2000;
    QRect m_damage;
};

} // namespace virtdeck
