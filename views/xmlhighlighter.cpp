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

void XmlHighlighter::highlightBlock(const QString &text) {
    const int len = int(text.size());
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    int pos = 0;
    auto paint = [this](int from, int to, Kind k) {
        if (to > from)
            setFormat(from, to - from, m_formats[int(k)]);
    };
    // Paints an entity at `pos` when there is one; returns its end, or pos when there is none.
    auto entity = [&](int p) {
        int e = p + 1;
        if (e < len && text[e] == u'#')
            ++e;
        while (e < len && e - p < 12 && isNameChar(text[e]))
            ++e;
        if (e < len && text[e] == u';' && e > p + 1) {
            paint(p, e + 1, Kind::Entity);
            return e + 1;
        }
        return p;
    };
    // Scans a delimited construct that may run past the end of the line.
    auto until = [&](const QString &end, Kind k, int from) {
        const int idx = int(text.indexOf(end, pos));
        if (idx < 0) {
            paint(from, len, k);
            pos = len;
            return false;
        }
        paint(from, idx + int(end.size()), k);
        pos = idx + int(end.size());
        return true;
    };

    while (pos < len) {
        switch (state) {
        case InComment:
            if (until(u"-->"_s, Kind::Comment, pos))
                state = Normal;
            break;
        case InCData:
            if (until(u"]]>"_s, Kind::CData, pos))
                state = Normal;
            break;
        case InInstruction:
            if (until(u">"_s, Kind::Instruction, pos))
                state = Normal;
            break;
        case InValueDouble:
        case InValueSingle: {
            const QChar quote = state == InValueDouble ? u'"' : u'\'';
            while (pos < len && text[pos] != quote) {
                if (text[pos] == u'&') {
                    const int e = entity(pos);
                    if (e > pos) {
                        pos = e;
                        continue;
                    }
                }
                paint(pos, pos + 1, Kind::Value);
                ++pos;
            }
            if (pos < len) {
                paint(pos, pos + 1, Kind::Value);
                ++pos;
                state = InTag;
            }
            break;
        }
        case InTag: {
            const QChar c = text[pos];
            if (c.isSpace()) {
                ++pos;
            } else if (c == u'>') {
                paint(pos, pos + 1, Kind::Tag);
                ++pos;
                state = Normal;
            } else if (c == u'/' && pos + 1 < len && text[pos + 1] == u'>') {
                paint(pos, pos + 2, Kind::Tag);
                pos += 2;
                state = Normal;
            } else if (c == u'"' || c == u'\'') {
                paint(pos, pos + 1, Kind::Value);
                ++pos;
                state = c == u'"' ? InValueDouble : InValueSingle;
            } else if (isNameChar(c)) {
                const int start = pos;
                while (pos < len && isNameChar(text[pos]))
                    ++pos;
                paint(start, pos, Kind::Attribute);
            } else {
                ++pos; // '=' and anything malformed
            }
            break;
        }
        default: { // Normal
            const QStringView rest = QStringView(text).mid(pos);
            if (rest.startsWith(u"<!--")) {
                paint(pos, pos + 4, Kind::Comment);
                pos += 4;
                state = InComment;
            } else if (rest.startsWith(u"<![CDATA[")) {
                paint(pos, pos + 9, Kind::CData);
                pos += 9;
                state = InCData;
            } else if (rest.startsWith(u"<?") || rest.startsWith(u"<!")) {
                paint(pos, pos + 2, Kind::Instruction);
                pos += 2;
                state = InInstruction;
            } else if (text[pos] == u'<') {
                const int start = pos;
                ++pos;
                if (pos < len && text[pos] == u'/')
                    ++pos;
                while (pos < len && isNameChar(text[pos]))
                    ++pos;
                paint(start, pos, Kind::Tag);
                state = InTag;
            } else if (text[pos] == u'&') {
                const int e = entity(pos);
                pos = e > pos ? e : pos + 1;
            } else {
                ++pos;
            }
            break;
        }
        }
    }
    setCurrentBlockState(state);
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
