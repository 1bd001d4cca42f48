// SPDX-License-Identifier: GPL-3.0-or-later
// The serial console's widget and window, offscreen: cells and colours painted, the cursor, keys
// to bytes, selection/copy/paste, the window's state for a VM with no console (the test driver)
// and for one that does not exist, and a real guest's boot (tests/data/serial-boot.bin,
// recorded by tst_integration_console) rendered. VIRTDECK_SCREENSHOT_DIR: writes
// serial-console.png there.
#include "console/libvirt/serialconsolesession.h"
#include "console/terminalscreen.h"
#include "serialconsolewidget.h"
#include "serialconsolewindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestSerialConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void paintsCellsColoursAndCursor();
    void keysBecomeBytes();
    void selectionCopyAndPaste();
    void windowSaysWhyThereIsNoConsole_data();
    void windowSaysWhyThereIsNoConsole();
    void rendersARealBoot();
};

namespace {

QByteArray sent(const QSignalSpy &spy) {
    QByteArray all;
    for (const auto &args : spy)
        all += args.at(0).toByteArray();
    return all;
}

// How many pixels of `area` are mostly `channel` (0 red, 1 green, 2 blue).
int pixelsOf(const QImage &img, const QRect &area, int channel) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            const int v[3] = {c.red(), c.green(), c.blue()};
            if (v[channel] > 120 && v[channel] > 2 * v[(channel + 1) % 3] &&
                v[channel] > 2 * v[(channel + 2) % 3])
                ++n;
        }
    return n;
}

} // namespace

void TestSerialConsole::paintsCellsColoursAndCursor() {
    TerminalScreen screen(10, 40);
    SerialConsoleWidget w(&screen);
    w.resize(w.sizeHint());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(screen.rows(), 10);
    QCOMPARE(screen.cols(), 40);
    screen.feed("\x1b[1;31mRED\x1b[0m \x1b[42m  \x1b[0m\r\nok");
    w.setFocus();
    QApplication::processEvents();
    const QImage img = w.viewport()->grab().toImage();
    const QSize cell = w.cellSize();
    QVERIFY(pixelsOf(img, QRect(0, 0, 3 * cell.width(), cell.height()), 0) > 5); // red text
    QVERIFY(pixelsOf(img, QRect(4 * cell.width(), 0, 2 * cell.width(), cell.height()), 1) >
            cell.width() * cell.height()); // green background
    QCOMPARE(pixelsOf(img, QRect(0, 3 * cell.height(), 10 * cell.width(), cell.height()), 0),
             0); // an empty row is empty
    // The cursor after "ok": a light block at column 2 of row 1.
    const QColor cur =
        img.pixelColor(2 * cell.width() + cell.width() / 2, cell.height() + cell.height() / 2);
    QVERIFY2(cur.lightness() > 100, qPrintable(cur.name()));
}

void TestSerialConsole::keysBecomeBytes() {
    TerminalScreen screen(10, 40);
    SerialConsoleWidget w(&screen);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy out(&screen, &TerminalScreen::outputReady);
    QTest::keyClicks(&w, u"ls -l"_s);
    QTest::keyClick(&w, Qt::Key_Return);
    QTest::keyClick(&w, Qt::Key_Up);
    QTest::keyClick(&w, Qt::Key_Tab); // to the shell, not to the next widget
    QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_F2);
    QTest::keyClick(&w, Qt::Key_Backspace);
    QCOMPARE(sent(out), QByteArray("ls -l\r\x1b[A\t\x03\x1bOQ\x7f"));
}

void TestSerialConsole::selectionCopyAndPaste() {
    TerminalScreen screen(10, 40);
    SerialConsoleWidget w(&screen);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    screen.feed("hello world\r\nsecond line");
    const QSize cell = w.cellSize();
    const QPoint from(cell.width() / 4, cell.height() / 2); // before "h"
    const QPoint to(6 * cell.width() + cell.width() / 4, cell.height() + cell.height() / 2);
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, w.viewport()->mapToGlobal(to), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.viewport(), &move);
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(w.selectedText(), u"hello world\nsecond"_s);
    QApplication::clipboard()->clear();
    QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"hello world\nsecond"_s);

    QSignalSpy out(&screen, &TerminalScreen::outputReady);
    QApplication::clipboard()->setText(u"echo a\necho b"_s);
    QTest::keyClick(&w, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(sent(out), QByteArray("echo a\recho b"));
}

void TestSerialConsole::windowSaysWhyThereIsNoConsole_data() {
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    // The test driver's running VM "test": it has no console stream to give.
    QTest::newRow("no console") << u"test"_s << int(SerialConsoleSession::State::NoConsole)
                                << u"no serial console"_s;
    QTest::newRow("no such VM") << u"nope"_s << int(SerialConsoleSession::State::Failed)
                                << u"cannot be opened"_s;
}

void TestSerialConsole::windowSaysWhyThereIsNoConsole() {
    QFETCH(QString, domain);
    QFETCH(int, state);
    QFETCH(QString, text);
    auto *session =
        new SerialConsoleSession(SerialConsoleSession::openUri(u"test:///default"_s), domain);
    SerialConsoleWindow window(session, domain);
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return int(session->state()) == state; }, 10000));
    QVERIFY2(window.statusText().contains(text), qPrintable(window.statusText()));
    // Keys typed now go nowhere, and nothing breaks.
    QTest::keyClicks(window.terminal(), u"ls"_s);
    QCOMPARE(session->state(), SerialConsoleSession::State(state));
}

void TestSerialConsole::rendersARealBoot() {
    QFile f(QStringLiteral(VIRTDECK_TEST_DATA "/serial-boot.bin"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto *session =
        new SerialConsoleSession(SerialConsoleSession::openUri(u"test:///default"_s), u"test"_s);
    SerialConsoleWindow window(session, u"student-07"_s);
    window.resize(720, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitFor(
        [&] { return session->state() == SerialConsoleSession::State::NoConsole; }, 10000));
    window.screen()->feed(f.readAll());
    const QString text = window.screen()->text();
    QVERIFY2(text.contains(u"*** VIRTDECK GUEST READY"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\n42\n"_s), qPrintable(text));
    QVERIFY(!text.contains(u"[6n"_s)); // the query is answered, not shown
    QApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(QDir(dir).filePath(u"serial-console.png"_s)));
}

QTEST_MAIN(TestSerialConsole)
#include "tst_serialconsole.moc"
