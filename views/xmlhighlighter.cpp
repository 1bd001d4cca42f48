// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlhighlighter.h"

#include <QTextDocument>

#ifdef VIRTDECK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
bool isNameChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'-' || c == u'.';
}
} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    auto make = [this](Kind k, QColor color, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        m_formats[int(k)] = f;
    };
    make(Kind::Text, QColor(0x20, 0x20, 0x20));
    make(Kind::Tag, QColor(0x1a, 0x4f, 0xa0), true);
    make(Kind::Attribute, QColor(0x8a, 0x3f, 0xa6));
    make(Kind::Value, QColor(0x2e, 0x7d, 0x32));
    make(Kind::Entity, QColor(0xb2, 0x5d, 0x00), true);
    make(Kind::Comment, QColor(0x75, 0x75, 0x75), false, true);
    make(Kind::CData, QColor(0x00, 0x79, 0x6b));
    make(Kind::Instruction, QColor(0x6d, 0x4c, 0x41));
}

QTextCharFormat XmlHighlighter::format(Kind kind) const {
    return m_formats[int(kind)];
}

// Where the scan of one line stands.
struct XmlHighlighter::Cursor {
    const QString &text;
    int len;
    int pos = 0;
};

void XmlHighlighter::highlightBlock(const QString &text) {
    Cursor c{text, int(text.size())};
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    while (c.pos < c.len) {
        switch (state) {
        case InComment:
            if (scanUntil(c, u"-->"_s, Kind::Comment))
                state = Normal;
            break;
        case InCData:
            if (scanUntil(c, u"]]>"_s, Kind::CData))
                state = Normal;
            break;
        case InInstruction:
            if (scanUntil(c, u">"_s, Kind::Instruction))
                state = Normal;
            break;
        case InValueDouble:
        case InValueSingle:
            state = scanValue(c, state);
            break;
        case InTag:
            state = scanTag(c);
            break;
        default:
            state = scanText(c);
            break;
        }
    }
    setCurrentBlockState(state);
}

void XmlHighlighter::paint(int from, int to, Kind k) {
    if (to > from)
        setFormat(from, to - from, m_formats[int(k)]);
}

// Paints an entity at `p` when there is one; returns its end, or p when there is none.
int XmlHighlighter::paintEntity(const Cursor &c, int p) {
    int e = p + 1;
    if (e < c.len && c.text[e] == u'#')
        ++e;
    while (e < c.len && e - p < 12 && isNameChar(c.text[e]))
        ++e;
    if (e < c.len && c.text[e] == u';' && e > p + 1) {
        paint(p, e + 1, Kind::Entity);
        return e + 1;
    }
    return p;
}

// Scans a delimited construct that may run past the end of the line; true when it ended.
bool XmlHighlighter::scanUntil(Cursor &c, const QString &end, Kind k) {
    const int idx = int(c.text.indexOf(end, c.pos));
    if (idx < 0) {
        paint(c.pos, c.len, k);
        c.pos = c.len;
        return false;
    }
    paint(c.pos, idx + int(end.size()), k);
    c.pos = idx + int(end.size());
    return true;
}

// Inside a quoted attribute value, up to and with its closing quote.
int XmlHighlighter::scanValue(Cursor &c, int state) {
    const QChar quote = state == InValueDouble ? u'"' : u'\'';
    while (c.pos < c.len && c.text[c.pos] != quote) {
        if (c.text[c.pos] == u'&') {
            const int e = paintEntity(c, c.pos);
            if (e > c.pos) {
                c.pos = e;
                continue;
            }
        }
        paint(c.pos, c.pos + 1, Kind::Value);
        ++c.pos;
    }
    if (c.pos < c.len) {
        paint(c.pos, c.pos + 1, Kind::Value);
        ++c.pos;
        return InTag;
    }
    return state;
}

// Inside a tag, after its name: attributes, values and the tag's end.
int XmlHighlighter::scanTag(Cursor &c) {
    const QChar ch = c.text[c.pos];
    if (ch.isSpace()) {
        ++c.pos;
    } else if (ch == u'>') {
        paint(c.pos, c.pos + 1, Kind::Tag);
        ++c.pos;
        return Normal;
    } else if (ch == u'/' && c.pos + 1 < c.len && c.text[c.pos + 1] == u'>') {
        paint(c.pos, c.pos + 2, Kind::Tag);
        c.pos += 2;
        return Normal;
    } else if (ch == u'"' || ch == u'\'') {
        paint(c.pos, c.pos + 1, Kind::Value);
        ++c.pos;
        return ch == u'"' ? InValueDouble : InValueSingle;
    } else if (isNameChar(ch)) {
        const int start = c.pos;
        while (c.pos < c.len && isNameChar(c.text[c.pos]))
            ++c.pos;
        paint(start, c.pos, Kind::Attribute);
    } else {
        ++c.pos; // '=' and anything malformed
    }
    return InTag;
}

// Between tags: text, entities, and the starts of tags, comments, CDATA and instructions.
int XmlHighlighter::scanText(Cursor &c) {
    const QStringView rest = QStringView(c.text).mid(c.pos);
    const auto open = [&](int length, Kind k, int state) {
        paint(c.pos, c.pos + length, k);
        c.pos += length;
        return state;
    };
    if (rest.startsWith(u"<!--"))
        return open(4, Kind::Comment, InComment);
    if (rest.startsWith(u"<![CDATA["))
        return open(9, Kind::CData, InCData);
    if (rest.startsWith(u"<?") || rest.startsWith(u"<!"))
        return open(2, Kind::Instruction, InInstruction);
    if (c.text[c.pos] == u'<') {
        const int start = c.pos;
        ++c.pos;
        if (c.pos < c.len && c.text[c.pos] == u'/')
            ++c.pos;
        while (c.pos < c.len && isNameChar(c.text[c.pos]))
            ++c.pos;
        paint(start, c.pos, Kind::Tag);
        return InTag;
    }
    if (c.text[c.pos] == u'&') {
        const int e = paintEntity(c, c.pos);
        c.pos = e > c.pos ? e : c.pos + 1;
    } else {
        ++c.pos;
    }
    return Normal;
}

QSyntaxHighlighter *createXmlHighlighter(QTextDocument *document) {
#ifdef VIRTDECK_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    const auto definition = repository.definitionForName(u"XML"_s);
    if (definition.isValid()) {
        auto *h = new KSyntaxHighlighting::SyntaxHighlighter(document);
        h->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        h->setDefinition(definition);
        return h;
    }
#endif
    return new XmlHighlighter(document);
}

} // namespace virtdeck
