// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosterparser.h"

#include "core/filemodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct Roster {
    Q_DECLARE_TR_FUNCTIONS(Roster)
};

namespace {
constexpr int kMaxName = 200;
constexpr int kMaxEmail = 254;
// A roster is a class list: far below this. A bigger file is refused before it is read.
constexpr qint64 kMaxRosterBytes = 64 * 1024 * 1024;

struct Record {
    int line = 0; // where it starts
    QStringList fields;
    bool unterminated = false;
};

// Splits CSV text into records, honouring quotes; blank lines give no record. One pass: nothing
// in it looks back over the field or the text read so far.
QList<Record> splitRecords(const QString &text, QChar sep) {
    QList<Record> out;
    Record cur;
    QString field;
    bool inQuotes = false, any = false, wasQuoted = false;
    bool blankField = true; // the field so far is only whitespace (a quote may open it)
    int line = 1;
    cur.line = 1;
    auto append = [&](QChar c) {
        field += c;
        blankField = blankField && c.isSpace();
    };
    auto endField = [&] {
        cur.fields.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
        blankField = true;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = !any && cur.fields.size() == 1 && cur.fields.first().isEmpty();
        if (!blank)
            out.append(cur);
        cur = Record{};
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                append(c);
            }
            continue;
        }
        if (c == u'"' && blankField) {
            inQuotes = true;
            wasQuoted = true;
            any = true;
            field.clear();
        } else if (c == sep) {
            any = true;
            endField();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++line;
            cur.line = line;
        } else {
            if (!c.isSpace())
                any = true;
            append(c);
        }
    }
    if (inQuotes)
        cur.unterminated = true;
    if (any || inQuotes)
        endRecord();
    return out;
}

// Which line holds the first bad byte sequence, for the encoding error.
int firstBadUtf8Line(const QByteArray &data) {
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i == data.size() || data.at(i) == '\n') {
            QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            [[maybe_unused]] QString s = dec(data.mid(start, i - start));
            if (dec.hasError())
                return line;
            ++line;
            start = i + 1;
        }
    }
    return 1;
}

const QHash<QString, QString> &headerAliases() {
    static const QHash<QString, QString> a = {
        {u"id"_s, u"id"_s},          {u"student"_s, u"id"_s},   {u"student id"_s, u"id"_s},
        {u"student_id"_s, u"id"_s},  {u"studentid"_s, u"id"_s}, {u"name"_s, u"name"_s},
        {u"full name"_s, u"name"_s}, {u"email"_s, u"email"_s},  {u"e-mail"_s, u"email"_s},
        {u"mail"_s, u"email"_s},     {u"group"_s, u"group"_s},  {u"class"_s, u"group"_s},
        {u"section"_s, u"group"_s},
    };
    return a;
}
} // namespace

QString RosterParseResult::errorText() const {
    QStringList lines;
    for (const auto &e : errors)
        lines << (e.line > 0 ? Roster::tr("line %1: %2").arg(e.line).arg(e.message) : e.message);
    return lines.join(u'\n');
}

namespace {
// The roster's text: UTF-8 without its BOM. False with the error when it is not UTF-8 or empty.
bool decodeRoster(const QByteArray &raw, QString *text, QList<RosterError> *errors) {
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        errors->append({0, Roster::tr("The file is UTF-16; save it as UTF-8 CSV.")});
        return false;
    }
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = dec(data);
    if (dec.hasError()) {
        errors->append({firstBadUtf8Line(data),
                        Roster::tr("The text is not valid UTF-8 (save the roster as UTF-8 CSV).")});
        return false;
    }
    if (text->trimmed().isEmpty()) {
        errors->append({0, Roster::tr("The roster is empty.")});
        return false;
    }
    return true;
}

// The separator: whichever of ',' ';' or tab the header row uses.
QChar separatorOf(const QString &text) {
    const QString firstLine = text.section(u'\n', 0, 0);
    QChar sep = u',';
    if (firstLine.count(u';') > firstLine.count(sep))
        sep = u';';
    if (firstLine.count(u'\t') > firstLine.count(sep))
        sep = u'\t';
    return sep;
}

// The column of each known field ("id", "name", "email", "group"), from the header row.
QHash<QString, int> readHeader(const Record &header, QList<RosterError> *errors) {
    QHash<QString, int> col;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString h = header.fields.at(i).trimmed().toLower();
        const QString key = headerAliases().value(h);
        if (key.isEmpty()) {
            errors->append({header.line, Roster::tr("Unknown column \"%1\" (expected id, name, "
                                                    "email, group).")
                                             .arg(header.fields.at(i))});
            continue;
        }
        if (col.contains(key)) {
            errors->append({header.line, Roster::tr("The column \"%1\" appears twice.").arg(key)});
            continue;
        }
        col.insert(key, i);
    }
    for (const QString &need : {u"id"_s, u"name"_s})
        if (!col.contains(need))
            errors->append(
                {header.line, Roster::tr("The header row lacks the column \"%1\".").arg(need)});
    return col;
}

// A control character other than a line break or a tab, or empty.
bool hasStrayControl(const QString &s) {
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t';
    });
}

// What is wrong with the fields other than the id (they end up in names, networks and reports).
void otherFieldProblems(const LabStudent &s, QStringList *problems) {
    static const QRegularExpression mailRe(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (s.name.isEmpty())
        problems->append(Roster::tr("the name is empty"));
    else if (s.name.size() > kMaxName || hasStrayControl(s.name))
        problems->append(Roster::tr("the name has more than %1 characters or a control character")
                             .arg(kMaxName));
    if (!s.email.isEmpty() && (s.email.size() > kMaxEmail || !mailRe.match(s.email).hasMatch()))
        problems->append(Roster::tr("\"%1\" is not an email address").arg(s.email.left(kMaxEmail)));
    if (s.group.size() > kLabMaxLabName || hasStrayControl(s.group) || s.group.contains(u'\n') ||
        s.group.contains(u'\t'))
        problems->append(Roster::tr("the group has more than %1 characters or a control character")
                             .arg(kLabMaxLabName));
}

// What is wrong with one student's fields; `seen` (case-folded id -> line) learns the id.
QStringList studentProblems(const LabStudent &s, int line, QHash<QString, int> *seen) {
    QStringList problems;
    if (s.id.isEmpty())
        problems << Roster::tr("the student id is empty");
    else if (!labStudentIdProblem(s.id).isEmpty())
        problems << Roster::tr("the student id \"%1\" may use only letters, digits, '.', '_' "
                               "and '-', starting with a letter or digit, without \"..\" (at "
                               "most %2)")
                        .arg(s.id.left(kLabMaxStudentId + 8))
                        .arg(kLabMaxStudentId);
    otherFieldProblems(s, &problems);
    const QString key = s.id.toCaseFolded();
    if (!s.id.isEmpty() && seen->contains(key))
        problems << Roster::tr("the student id \"%1\" is already used on line %2")
                        .arg(s.id)
                        .arg(seen->value(key));
    else if (!s.id.isEmpty())
        seen->insert(key, line);
    return problems;
}

// One student row; false with its errors appended.
bool readStudent(const Record &rec, const Record &header, const QHash<QString, int> &col,
                 QHash<QString, int> *seen, LabStudent *s, QList<RosterError> *errors) {
    if (rec.unterminated) {
        errors->append({rec.line, Roster::tr("A quoted field is not closed.")});
        return false;
    }
    if (rec.fields.size() != header.fields.size()) {
        errors->append({rec.line, Roster::tr("%1 field(s) where the header has %2.")
                                      .arg(rec.fields.size())
                                      .arg(header.fields.size())});
        return false;
    }
    s->id = rec.fields.at(col.value(u"id"_s)).trimmed();
    s->name = rec.fields.at(col.value(u"name"_s)).trimmed();
    if (col.contains(u"email"_s))
        s->email = rec.fields.at(col.value(u"email"_s)).trimmed();
    if (col.contains(u"group"_s))
        s->group = rec.fields.at(col.value(u"group"_s)).trimmed();
    const QStringList problems = studentProblems(*s, rec.line, seen);
    if (!problems.isEmpty())
        errors->append({rec.line, problems.join(u"; "_s)});
    return problems.isEmpty();
}
} // namespace

RosterParseResult parseRoster(const QByteArray &raw) {
    RosterParseResult r;
    QString text;
    if (!decodeRoster(raw, &text, &r.errors))
        return r;
    const QList<Record> records = splitRecords(text, separatorOf(text));
    if (records.isEmpty()) {
        r.errors.append({0, Roster::tr("The roster is empty.")});
        return r;
    }
    const Record &header = records.first();
    const QHash<QString, int> col = readHeader(header, &r.errors);
    if (!r.errors.isEmpty())
        return r;
    QHash<QString, int> seen; // id (case-folded) -> line
    QList<LabStudent> students;
    for (qsizetype i = 1; i < records.size(); ++i) {
        LabStudent s;
        if (readStudent(records.at(i), header, col, &seen, &s, &r.errors))
            students.append(s);
    }
    if (r.errors.isEmpty() && students.isEmpty())
        r.errors.append({0, Roster::tr("The roster has a header but no students.")});
    if (r.errors.isEmpty())
        r.students = students;
    return r;
}

RosterParseResult parseRosterFile(const QString &path) {
    QFile f;
    RosterParseResult r;
    QString why;
    if (!openRegularFile(path, &f, &why)) { // a FIFO named as the roster must not hang
        r.errors.append({0, why});
        return r;
    }
    const QByteArray data = f.read(kMaxRosterBytes + 1);
    if (data.size() > kMaxRosterBytes) {
        r.errors.append({0, Roster::tr("%1 is larger than %2 MiB: that is no class roster.")
                                .arg(path)
                                .arg(kMaxRosterBytes >> 20)});
        return r;
    }
    return parseRoster(data);
}

} // namespace virtdeck
