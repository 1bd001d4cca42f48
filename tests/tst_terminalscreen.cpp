// SPDX-License-Identifier: GPL-3.0-or-later
// TerminalScreen: bytes with escape sequences in, cells, colours, cursor, damage, scrollback and
// the bytes keys send out, as a real terminal (libvterm) makes them.
#include "console/terminalscreen.h"

#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestTerminalScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textAndCursor();
    void coloursAndAttributes();
    void cursorAddressingAndErase();
    void damageCoversWhatChanged();
    void scrollbackKeepsLinesThatScrolledOff();
    void keysBecomeBytes_data();
    void keysBecomeBytes();
    void answersCursorPositionQuery();
    void resizeKeepsWorking();
};

void TestTerminalScreen::textAndCursor() {
    TerminalScreen s(5, 20);
    s.feed("hello\r\nworld");
    QCOMPARE(s.lineText(0), u"hello"_s);
    QCOMPARE(s.lineText(1), u"world"_s);
    QCOMPARE(s.cursor(), QPoint(5, 1));
    s.feed("\xc3\xa4\xe2\x82\xac"); // ä€ in UTF-8
    QCOMPARE(s.lineText(1), u"world\u00e4\u20ac"_s);
    QCOMPARE(s.cell(1, 6).text, u"\u20ac"_s);
}

void TestTerminalScreen::coloursAndAttributes() {
    TerminalScreen s(5, 20);
    s.feed("a\x1b[1;31mb\x1b[0;44mc\x1b[7md\x1b[0m\x1b[38;2;1;2;3me");
    QVERIFY(s.cell(0, 0).defaultFg);
    QVERIFY(s.cell(0, 0).defaultBg);
    QVERIFY(!s.cell(0, 0).bold);
    const TerminalCell b = s.cell(0, 1);
    QVERIFY(b.bold);
    QVERIFY(!b.defaultFg);
    QVERIFY((b.fg >> 16) > 0x80); // red
    QCOMPARE(b.fg & 0xffff, 0u);
    const TerminalCell c = s.cell(0, 2);
    QVERIFY(c.defaultFg);
    QVERIFY(!c.defaultBg);
    QVERIFY((c.bg & 0xff) > 0x80); // blue
    QVERIFY(s.cell(0, 3).reverse);
    QCOMPARE(s.cell(0, 4).fg, 0x010203u);
}

void TestTerminalScreen::cursorAddressingAndErase() {
    TerminalScreen s(5, 20);
    s.feed("line0\r\nline1\r\nline2");
    s.feed("\x1b[2;3HX"); // row 2, column 3 (1-based)
    QCOMPARE(s.lineText(1), u"liXe1"_s);
    QCOMPARE(s.cursor(), QPoint(3, 1));
    s.feed("\x1b[2J\x1b[H");
    QCOMPARE(s.text().trimmed(), QString());
    QCOMPARE(s.cursor(), QPoint(0, 0));
}

void TestTerminalScreen::damageCoversWhatChanged() {
    TerminalScreen s(5, 20);
    QSignalSpy damaged(&s, &TerminalScreen::damaged);
    QSignalSpy moved(&s, &TerminalScreen::cursorMoved);
    s.feed("\x1b[3;5Hab");
    QCOMPARE(damaged.size(), 1); // one batch per feed
    const QRect r = damaged.at(0).at(0).toRect();
    QVERIFY2(r.contains(QPoint(4, 2)) && r.contains(QPoint(5, 2)),
             qPrintable(u"%1,%2 %3x%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
    QVERIFY(!r.contains(QPoint(0, 0)));
    QCOMPARE(moved.size(), 1);
    s.feed("");
    QCOMPARE(damaged.size(), 1);
}

void TestTerminalScreen::scrollbackKeepsLinesThatScrolledOff() {
    TerminalScreen s(3, 10);
    s.setScrollbackLimit(4);
    for (int i = 0; i < 8; ++i)
        s.feed(QByteArray("n") + QByteArray::number(i) + "\r\n");
    // Screen: n6, n7, empty; scrollback newest first: n5 n4 n3 n2 (limit 4).
    QCOMPARE(s.lineText(0), u"n6"_s);
    QCOMPARE(s.scrollbackLines(), 4);
    QCOMPARE(s.lineText(-1), u"n5"_s);
    QCOMPARE(s.lineText(-4), u"n2"_s);
    QCOMPARE(s.cell(-1, 0).text, u"n"_s);
    QCOMPARE(s.cell(-9, 0).text, QString());
}

void TestTerminalScreen::keysBecomeBytes_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mods");
    QTest::addColumn<QByteArray>("bytes");
    using K = TerminalScreen::Key;
    QTest::newRow("enter") << int(K::Enter) << QString() << 0 << QByteArray("\r");
    QTest::newRow("backspace") << int(K::Backspace) << QString() << 0 << QByteArray("\x7f");
    QTest::newRow("up") << int(K::Up) << QString() << 0 << QByteArray("\x1b[A");
    QTest::newRow("left") << int(K::Left) << QString() << 0 << QByteArray("\x1b[D");
    QTest::newRow("ctrl+right") << int(K::Right) << QString() << int(Qt::ControlModifier)
                                << QByteArray("\x1b[1;5C");
    QTest::newRow("f5") << int(K::F1) << QString() << 0 << QByteArray("\x1b[15~");
    QTest::newRow("text") << -1 << u"ls ä"_s << 0 << QByteArray("ls \xc3\xa4");
    QTest::newRow("ctrl+c") << -1 << u"c"_s << int(Qt::ControlModifier) << QByteArray("\x03");
    QTest::newRow("alt+x") << -1 << u"x"_s << int(Qt::AltModifier) << QByteArray("\x1bx");
}

void TestTerminalScreen::keysBecomeBytes() {
    QFETCH(int, key);
    QFETCH(QString, text);
    QFETCH(int, mods);
    QFETCH(QByteArray, bytes);
    TerminalScreen s(5, 20);
    QSignalSpy out(&s, &TerminalScreen::outputReady);
    if (key >= 0)
        s.sendKey(TerminalScreen::Key(key), Qt::KeyboardModifiers(mods), 5);
    else
        s.sendText(text, Qt::KeyboardModifiers(mods));
    QByteArray all;
    for (const auto &args : out)
        all += args.at(0).toByteArray();
    QCOMPARE(all, bytes);
}

void TestTerminalScreen::answersCursorPositionQuery() {
    // busybox ash asks for the cursor position (ESC[6n) before it shows its prompt.
    TerminalScreen s(5, 20);
    QSignalSpy out(&s, &TerminalScreen::outputReady);
    s.feed("ab\x1b[6n");
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("\x1b[1;3R"));
}

void TestTerminalScreen::resizeKeepsWorking() {
    TerminalScreen s(5, 20);
    QSignalSpy damaged(&s, &TerminalScreen::damaged);
    s.resize(10, 40);
    QCOMPARE(s.rows(), 10);
    QCOMPARE(s.cols(), 40);
    QCOMPARE(damaged.size(), 1);
    s.feed("\x1b[10;40HZ");
    QCOMPARE(s.cell(9, 39).text, u"Z"_s);
    QSignalSpy out(&s, &TerminalScreen::outputReady);
    s.paste(u"a\nb"_s);
    QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("a\rb"));
}

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_terminalscreen.moc"
