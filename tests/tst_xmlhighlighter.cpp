// SPDX-License-Identifier: GPL-3.0-or-later
// The XML highlighter on tricky input: comments and CDATA across lines, '>' inside attribute
// values, entities in text and values, processing instructions.
#include "xmlhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace virtdeck;
using namespace Qt::StringLiterals;
using Kind = XmlHighlighter::Kind;

Q_DECLARE_METATYPE(XmlHighlighter::Kind)

namespace {
// The highlighting kind of the character at `column` of line `line`, by its foreground colour.
Kind kindAt(const XmlHighlighter &h, const QTextDocument &doc, int line, int column) {
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length) {
            for (int k = 0; k <= int(Kind::Instruction); ++k)
                if (h.format(Kind(k)).foreground() == r.format.foreground())
                    return Kind(k);
        }
    }
    return Kind::Text;
}
} // namespace

class TestXmlHighlighter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kinds_data();
    void kinds();
    void editingReopensAComment();
    void distinctFormats();
};

void TestXmlHighlighter::kinds_data() {
    QTest::addColumn<QString>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("needle"); // the character(s) whose first one is checked
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<Kind>("kind");

    const QString doc = u"<?xml version='1.0'?>\n"                      // 0
                        "<domain type='kvm'>\n"                         // 1
                        "  <!-- a comment with <tags> and\n"            // 2
                        "       name='x' across lines -->\n"            // 3
                        "  <name>a &amp; b</name>\n"                    // 4
                        "  <description><![CDATA[ <not a tag> &amp;\n"  // 5
                        "  still ]]> cdata]]></description>\n"          // 6
                        "  <os arch=\"x>86\" machine='pc &lt; q35'/>\n" // 7
                        "  <disk type='file'\n"                         // 8
                        "        device=\"disk\">text</disk>\n"         // 9
                        "</domain>\n"_s;                                // 10
    auto row = [&](const char *name, int line, const QString &needle, int occ, Kind k) {
        QTest::newRow(name) << doc << line << needle << occ << k;
    };
    row("pi", 0, u"version"_s, 0, Kind::Instruction);
    row("root tag", 1, u"domain"_s, 0, Kind::Tag);
    row("attr name", 1, u"type"_s, 0, Kind::Attribute);
    row("attr value", 1, u"kvm"_s, 0, Kind::Value);
    row("comment start", 2, u"<!--"_s, 0, Kind::Comment);
    row("tag inside comment", 2, u"tags"_s, 0, Kind::Comment);
    row("comment second line", 3, u"name"_s, 0, Kind::Comment);
    row("after comment", 4, u"name"_s, 0, Kind::Tag);
    row("entity in text", 4, u"&amp;"_s, 0, Kind::Entity);
    row("text", 4, u" b"_s, 0, Kind::Text);
    row("cdata", 5, u"not"_s, 0, Kind::CData);
    row("entity in cdata is cdata", 5, u"&amp;"_s, 0, Kind::CData);
    row("cdata continues", 6, u"still"_s, 0, Kind::CData);
    row("cdata ends at first ]]>", 6, u"cdata"_s, 0, Kind::Text);
    row("close tag after cdata", 6, u"description"_s, 0, Kind::Tag);
    row("> inside a value", 7, u">86"_s, 0, Kind::Value);
    row("attribute after > in value", 7, u"machine"_s, 0, Kind::Attribute);
    row("entity in value", 7, u"&lt;"_s, 0, Kind::Entity);
    row("value after entity", 7, u"q35"_s, 0, Kind::Value);
    row("self-closing end", 7, u"/>"_s, 0, Kind::Tag);
    row("tag continues on next line", 9, u"device"_s, 0, Kind::Attribute);
    row("value on next line", 9, u"\"disk"_s, 0, Kind::Value);
    row("text after multi-line tag", 9, u"text"_s, 0, Kind::Text);
    row("closing root", 10, u"domain"_s, 0, Kind::Tag);
}

void TestXmlHighlighter::kinds() {
    QFETCH(QString, xml);
    QFETCH(int, line);
    QFETCH(QString, needle);
    QFETCH(int, occurrence);
    QFETCH(Kind, kind);
    QTextDocument doc;
    doc.setPlainText(xml);
    XmlHighlighter h(&doc);
    h.rehighlight(); // the constructor only schedules it
    const QString text = doc.findBlockByNumber(line).text();
    int col = -1;
    for (int i = 0; i <= occurrence; ++i)
        col = int(text.indexOf(needle, col + 1));
    QVERIFY2(col >= 0, qPrintable(text));
    QCOMPARE(kindAt(h, doc, line, col), kind);
}

void TestXmlHighlighter::editingReopensAComment() {
    QTextDocument doc;
    doc.setPlainText(u"<a>\n<b x='1'/>\n</a>"_s);
    doc.documentLayout(); // edits reach the highlighter only once the document has a layout
    XmlHighlighter h(&doc);
    h.rehighlight();
    QCOMPARE(kindAt(h, doc, 1, 1), Kind::Tag);
    // Opening a comment on line 0 re-highlights the following lines.
    QTextCursor c(doc.findBlockByNumber(0));
    c.movePosition(QTextCursor::EndOfBlock);
    c.insertText(u"<!--"_s);
    QCOMPARE(kindAt(h, doc, 0, 4), Kind::Comment);
    QCOMPARE(kindAt(h, doc, 1, 1), Kind::Comment);
    QCOMPARE(kindAt(h, doc, 2, 2), Kind::Comment);
}

void TestXmlHighlighter::distinctFormats() {
    QTextDocument doc;
    XmlHighlighter h(&doc);
    for (int a = 0; a <= int(Kind::Instruction); ++a)
        for (int b = a + 1; b <= int(Kind::Instruction); ++b)
            QVERIFY(h.format(Kind(a)).foreground() != h.format(Kind(b)).foreground());
}

QTEST_MAIN(TestXmlHighlighter)
#include "tst_xmlhighlighter.moc"
