// SPDX-License-Identifier: GPL-3.0-or-later
// Every string of the code is found at run time, in every language, under the context the code
// uses — not only present in a .ts file. lupdate is asked which strings the sources hold and under
// which context it files them; that context must be one the program can ask for at run time (a
// QObject class's own name, a Q_DECLARE_TR_FUNCTIONS name or a literal translate() context — a
// file-local tr() wrapper or a header lupdate cannot parse shows up here as a context no code
// uses), and the compiled .qm, loaded as the program loads it, must answer for each string.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context, source, comment;
    bool numerus = false;
};

QStringList sourceDirs() {
    return QString::fromUtf8(VIRTDECK_TS_SOURCE_DIRS).split(u'|', Qt::SkipEmptyParts);
}

QList<QPair<QString, QString>> sourceFiles() {
    QList<QPair<QString, QString>> out;
    for (const QString &dir : sourceDirs()) {
        QDirIterator it(dir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                out.append({f.fileName(), QString::fromUtf8(f.readAll())});
        }
    }
    return out;
}

// The namespace in force at each line: "namespace a {" / "namespace a::b {" open, the
// clang-format comment "} // namespace a" closes (anonymous namespaces add nothing).
QStringList namespacesByLine(const QStringList &lines) {
    static const QRegularExpression open(uR"re(^\s*namespace\s+([\w:]+)\s*\{)re"_s);
    static const QRegularExpression close(uR"re(^\}\s*/{2}\s*namespace\s+([\w:]+))re"_s);
    QStringList stack, out;
    for (const QString &l : lines) {
        if (auto m = open.match(l); m.hasMatch())
            stack.append(m.captured(1));
        else if (auto c = close.match(l); c.hasMatch() && !stack.isEmpty())
            stack.removeLast();
        out.append(stack.join(u"::"_s));
    }
    return out;
}

// Every context the program can translate under at run time.
QSet<QString> runtimeContexts() {
    static const QRegularExpression classHead(uR"re(^\s*(?:class|struct)\s+(\w+)\b[^;]*$)re"_s);
    static const QRegularExpression declared(uR"re(Q_DECLARE_TR_FUNCTIONS\((\w+)\))re"_s);
    static const QRegularExpression literal(
        u"(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\\(\\s*\"([^\"]+)\""_s);
    QSet<QString> out;
    for (const auto &[path, text] : sourceFiles()) {
        const QStringList lines = text.split(u'\n');
        const QStringList ns = namespacesByLine(lines);
        QString lastClass;
        for (int i = 0; i < lines.size(); ++i) {
            if (auto m = classHead.match(lines.at(i)); m.hasMatch())
                lastClass = ns.at(i).isEmpty() ? m.captured(1) : ns.at(i) + u"::"_s + m.captured(1);
            if (lines.at(i).contains(u"Q_OBJECT"_s) && !lastClass.isEmpty())
                out.insert(lastClass);
        }
        for (auto it = declared.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured(1));
        for (auto it = literal.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured(1));
    }
    return out;
}

// What lupdate finds in the sources today, in a fresh .ts of its own.
QList<Message> sourceMessages(QString *error) {
    QTemporaryDir dir;
    const QString ts = dir.filePath(u"probe_de.ts"_s);
    QProcess p;
    p.start(QStringLiteral(VIRTDECK_LUPDATE),
            QStringList{u"-silent"_s, u"-locations"_s, u"none"_s} + sourceDirs() +
                QStringList{u"-ts"_s, ts});
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QFile f(ts);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader r(&f);
    QString context;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"name"_s) {
            context = r.readElementText();
        } else if (r.name() == u"message"_s) {
            out.append({context, {}, {}, r.attributes().value(u"numerus"_s) == u"yes"_s});
        } else if (r.name() == u"source"_s && !out.isEmpty()) {
            out.last().source = r.readElementText();
        } else if (r.name() == u"comment"_s && !out.isEmpty()) {
            out.last().comment = r.readElementText();
        }
    }
    return out;
}

} // namespace

class TestTranslationsAtRunTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_messages = sourceMessages(&error);
        QVERIFY2(m_messages.size() > 1000, qPrintable(error));
    }

    // The rules that keep lupdate's contexts and the program's the same.
    void noHiddenContexts() {
        static const QRegularExpression wrapper(
            uR"re(^\s*(?:static\s+|inline\s+)*QString\s+tr\s*\()re"_s,
            QRegularExpression::MultilineOption);
        static const QRegularExpression opaqueEnum(uR"re(^\s*enum\s+class\s+\w+\s*:\s*\w+\s*;)re"_s,
                                                   QRegularExpression::MultilineOption);
        static const QRegularExpression variableTranslate(
            u"translate\\(\\s*\"([^\"]+)\"\\s*,\\s*[^\"\\s]"_s);
        QStringList wrong;
        for (const auto &[path, text] : sourceFiles()) {
            if (wrapper.match(text).hasMatch())
                wrong << path + u": a file-local tr() wrapper"_s;
            if (path.endsWith(u".h"_s) && opaqueEnum.match(text).hasMatch())
                wrong << path + u": an opaque enum declaration (lupdate stops parsing there)"_s;
            // translate("Ctx", variable) finds its strings only through QT_TRANSLATE_NOOP("Ctx".
            for (auto it = variableTranslate.globalMatch(text); it.hasNext();) {
                const QString ctx = it.next().captured(1);
                if (!text.contains(u"QT_TRANSLATE_NOOP(\""_s + ctx + u'"'))
                    wrong << path + u": translate(\""_s + ctx +
                                 u"\", …) of a variable without "
                                 "QT_TRANSLATE_NOOP"_s;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void everyContextIsOneTheProgramUses() {
        const QSet<QString> runtime = runtimeContexts();
        QVERIFY(runtime.contains(u"virtdeck::MainWindow"_s));
        QMap<QString, QString> unknown; // context → an example string
        for (const Message &m : std::as_const(m_messages))
            if (!runtime.contains(m.context))
                unknown.insert(m.context, m.source);
        QStringList lines;
        for (auto it = unknown.begin(); it != unknown.end(); ++it)
            lines << u"%1 (e.g. \"%2\")"_s.arg(it.key(), it.value());
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(u"lupdate files strings under contexts no code translates with:\n"_s +
                            lines.join(u'\n')));
    }

    void everyStringTranslatesAtRunTime_data() {
        QTest::addColumn<QString>("locale");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void everyStringTranslatesAtRunTime() {
        QFETCH(QString, locale);
        QTranslator t;
        // As the program loads it: by locale, from the resources.
        QVERIFY(t.load(QLocale(locale), u"virtdeck"_s, u"_"_s, u":/i18n"_s));
        QStringList missing;
        for (const Message &m : std::as_const(m_messages)) {
            const QString s = t.translate(
                m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), m.numerus ? 2 : -1);
            if (s.isEmpty())
                missing << m.context + u": "_s + m.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 string(s) untranslated at run time:\n"_s.arg(missing.size()) +
                            missing.mid(0, 30).join(u'\n')));
    }

private:
    QList<Message> m_messages;
};

QTEST_GUILESS_MAIN(TestTranslationsAtRunTime)
#include "tst_translationsatruntime.moc"
