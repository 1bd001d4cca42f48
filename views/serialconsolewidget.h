// SPDX-License-Identifier: GPL-3.0-or-later
// A terminal on a TerminalScreen: monospace cells with their colours, the cursor, scrollback
// (wheel, Shift+PageUp/PageDown), keys to the screen's bytes (arrows, Ctrl, F-keys), mouse
// selection, copy (Ctrl+Shift+C) and paste (Ctrl+Shift+V). No I/O: whoever owns the screen sends
// its outputReady() bytes. Fits a tab or a window. Lives on the GUI thread.
#pragma once

#include <QAbstractScrollArea>
#include <QPoint>
#include <QPointer>

namespace virtdeck {

class TerminalScreen;

class SerialConsoleWidget : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit SerialConsoleWidget(TerminalScreen *screen, QWidget *parent = nullptr);

    QSize cellSize() const { return m_cell; }
    QString selectedText() const;
    void selectAll();
    void copy();
    void paste();
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onDamage(const QRect &area);
    void updateScrollRange();
    bool sendKey(QKeyEvent *event);
    int topRow() const;                     // the screen row shown first (negative: scrollback)
    QPoint cellAt(const QPoint &pos) const; // x = column, y = screen row (negative: scrollback)
    void paintRow(class QPainter &p, int viewRow, int screenRow);

    QPointer<TerminalScreen> m_screen;
    QSize m_cell;
    QPoint m_selStart{-1, 0}, m_selEnd{-1, 0};
};

} // namespace virtdeck
