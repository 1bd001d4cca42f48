// SPDX-License-Identifier: GPL-3.0-or-later
// Roster CSV parsing: good files in their variants, and bad files reported by line with nothing
// imported.
#include "labs/rosterparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestRosterParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodFile();
    void variants_data();
    void variants();
    void badFiles_data();
    void badFiles();
    void unreadableFile();
    void fifoOrFolderIsRefusedAtOnce();
};

void TestRosterParser::goodFile() {
    const RosterParseResult r = parseRosterFile(u"" VIRTDECK_TEST_DATA "/rosters/good.csv"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.students.size(), 3);
    QCOMPARE(r.students.at(0),
             (LabStudent{u"s01"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, u"A"_s}));
    QCOMPARE(r.students.at(1).name, u"Turing, Alan"_s);
    QCOMPARE(r.students.at(2).email, QString());
    QCOMPARE(r.students.at(2).group, u"A"_s);
}

void TestRosterParser::variants_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("bom+crlf") << QByteArray("\xEF\xBB\xBFid,name\r\na1,Ann\r\nb2,Ben\r\n")
                              << QStringList{u"a1"_s, u"b2"_s} << QStringList{u"Ann"_s, u"Ben"_s};
    QTest::newRow("semicolon, columns reordered")
        << QByteArray("Name;Student ID;Group\nAnn;a1;x\nBen;b2;y\n")
        << QStringList{u"a1"_s, u"b2"_s} << QStringList{u"Ann"_s, u"Ben"_s};
    QTest::newRow("quotes, escaped quote, newline in quotes")
        << QByteArray("id,name\na1,\"Ann \"\"Nan\"\" Lee\"\nb2,\"Ben\nBerg\"\n")
        << QStringList{u"a1"_s, u"b2"_s} << QStringList{u"Ann \"Nan\" Lee"_s, u"Ben\nBerg"_s};
    QTest::newRow("blank and whitespace lines, no final newline")
        << QByteArray("id,name\n\n  \na1,Ann\n\n\nb2,Ben") << QStringList{u"a1"_s, u"b2"_s}
        << QStringList{u"Ann"_s, u"Ben"_s};
    QTest::newRow("utf-8 names") << QByteArray("id,name\nz1,Zoë Čapek\nz2,王小明\n")
                                 << QStringList{u"z1"_s, u"z2"_s}
                                 << QStringList{u"Zoë Čapek"_s, u"王小明"_s};
}

void TestRosterParser::variants() {
    QFETCH(QByteArray, data);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    const RosterParseResult r = parseRoster(data);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QStringList gotIds, gotNames;
    for (const auto &s : r.students) {
        gotIds << s.id;
        gotNames << s.name;
    }
    QCOMPARE(gotIds, ids);
    QCOMPARE(gotNames, names);
}

void TestRosterParser::badFiles_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<int>>("lines"); // the lines reported, in order
    QTest::addColumn<QString>("fragment"); // part of the first message
    auto file = [](const char *name) {
        QFile f(u"" VIRTDECK_TEST_DATA "/rosters/"_s + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QTest::newRow("duplicates (case-insensitive)")
        << file("duplicates.csv") << QList<int>{3, 5} << u"already used on line 2"_s;
    QTest::newRow("wrong column counts")
        << file("wrong-columns.csv") << QList<int>{3, 4} << u"2 field(s) where the header has 3"_s;
    QTest::newRow("latin-1 bytes") << file("latin1.csv") << QList<int>{3} << u"UTF-8"_s;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEi\0d\0") << QList<int>{0} << u"UTF-16"_s;
    QTest::newRow("empty") << QByteArray("\n\n") << QList<int>{0} << u"empty"_s;
    QTest::newRow("header only") << QByteArray("id,name\n") << QList<int>{0} << u"no students"_s;
    QTest::newRow("missing name column")
        << QByteArray("id,email\na1,a@b.org\n") << QList<int>{1} << u"\"name\""_s;
    QTest::newRow("unknown column")
        << QByteArray("id,name,shoe size\na1,Ann,38\n") << QList<int>{1} << u"shoe size"_s;
    QTest::newRow("bad id and email, empty name")
        << QByteArray("id,name,email\na 1,Ann,ann@x.org\nb2,,b2@x.org\nc3,Cy,not-mail\n")
        << QList<int>{2, 3, 4} << u"letters, digits"_s;
    QTest::newRow("unterminated quote")
        << QByteArray("id,name\na1,Ann\nb2,\"Ben\n") << QList<int>{3} << u"not closed"_s;
    // Ids become part of VM, disk and network names; names and groups go into reports.
    QTest::newRow("id with a slash")
        << QByteArray("id,name\nok1,Ann\na/1,Ben\n") << QList<int>{3} << u"letters, digits"_s;
    QTest::newRow("id climbing out of a folder")
        << QByteArray("id,name\na..b,Ann\n") << QList<int>{2} << u"\"..\""_s;
    QTest::newRow("id starting with a dash")
        << QByteArray("id,name\n-rf,Ann\n") << QList<int>{2} << u"starting with a letter"_s;
    QTest::newRow("id too long") << QByteArray("id,name\n" + QByteArray(33, 'a') + ",Ann\n")
                                 << QList<int>{2} << u"at most 32"_s;
    QTest::newRow("name too long") << QByteArray("id,name\na1," + QByteArray(201, 'n') + "\n")
                                   << QList<int>{2} << u"more than 200 characters"_s;
    QTest::newRow("control character in a name")
        << QByteArray("id,name\na1,An\x01n\n") << QList<int>{2} << u"control character"_s;
    QTest::newRow("group too long")
        << QByteArray("id,name,group\na1,Ann," + QByteArray(41, 'g') + "\n") << QList<int>{2}
        << u"the group has more than 40"_s;
    QTest::newRow("email too long")
        << QByteArray("id,name,email\na1,Ann," + QByteArray(250, 'm') + "@x.org\n") << QList<int>{2}
        << u"not an email address"_s;
    QTest::newRow("blank lines keep line numbers")
        << QByteArray("id,name\n\na1,Ann\n\n\na1,Dup\n") << QList<int>{6} << u"line 3"_s;
}

void TestRosterParser::badFiles() {
    QFETCH(QByteArray, data);
    QFETCH(QList<int>, lines);
    QFETCH(QString, fragment);
    const RosterParseResult r = parseRoster(data);
    QVERIFY(!r.ok());
    QVERIFY2(r.students.isEmpty(), "a bad roster must import nobody");
    QList<int> got;
    for (const auto &e : r.errors)
        got << e.line;
    QCOMPARE(got, lines);
    QVERIFY2(r.errors.first().message.contains(fragment), qPrintable(r.errorText()));
}

void TestRosterParser::unreadableFile() {
    const RosterParseResult r = parseRosterFile(u"/nonexistent/roster.csv"_s);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, 0);
    QVERIFY(r.errorText().contains(u"/nonexistent/roster.csv"_s));
}

// A FIFO named as the roster (found by fuzz-argv: `lab roster --add FIFO` hung) is refused
// without waiting for a writer, and so is a folder.
void TestRosterParser::fifoOrFolderIsRefusedAtOnce() {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"roster.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer t;
    t.start();
    RosterParseResult r = parseRosterFile(fifo);
    QVERIFY(t.elapsed() < 5000);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errorText().contains(u"not a regular file"_s), qPrintable(r.errorText()));
    r = parseRosterFile(dir.path());
    QVERIFY2(r.errorText().contains(u"not a regular file"_s), qPrintable(r.errorText()));
    QVERIFY(r.students.isEmpty());
}

QTEST_GUILESS_MAIN(TestRosterParser)
#include "tst_rosterparser.moc"
