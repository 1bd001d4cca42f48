// SPDX-License-Identifier: GPL-3.0-or-later
// Syntax highlighting for XML definitions (domains, pools, networks), with no dependency beyond
// QtGui: comments, CDATA sections and attribute values may span lines. GUI thread.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace virtdeck {

class XmlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    enum class Kind : quint8 {
        Text,
        Tag,       // <, </, >, />, element names
        Attribute, // attribute names
        Value,     // quoted attribute values
        Entity,    // &amp; &#38; &#x26; in text and values
        Comment,
        CData,
        Instruction, // <?xml …?> and <!DOCTYPE …>
    };
    Q_ENUM(Kind)

    explicit XmlHighlighter(QTextDocument *document);

    QTextCharFormat format(Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State {
        Normal = 0,
        InComment,
        InCData,
        InInstruction,
        InTag,
        InValueDouble,
        InValueSingle
    };
    struct Cursor;
    void paint(int from, int to, Kind k);
    int paintEntity(const Cursor &c, int p);
    bool scanUntil(Cursor &c, const QString &end, Kind k);
    int scanValue(Cursor &c, int state);
    int scanTag(Cursor &c);
    int scanText(Cursor &c);

    QTextCharFormat m_formats[8];
};

// KSyntaxHighlighting's XML definition when the build found KF6SyntaxHighlighting, else the
// XmlHighlighter above. The highlighter is a child of `document`.
QSyntaxHighlighter *createXmlHighlighter(QTextDocument *document);

} // namespace virtdeck
