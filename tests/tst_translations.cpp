// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete and current: no unfinished or vanished entries, and running lupdate
// over today's sources finds nothing new. Then the compiled translations really show in the window.
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
struct TsStats {
    int messages = 0;
    int unfinished = 0;
    int vanished = 0;
    QStringList firstUnfinished;
    QString error;
};

TsStats readTs(const QString &path) {
    TsStats st;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        st.error = f.errorString();
        return st;
    }
    QXmlStreamReader r(&f);
    QString source;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"message"_s) {
            ++st.messages;
        } else if (r.name() == u"source"_s) {
            source = r.readElementText();
        } else if (r.name() == u"translation"_s) {
            const auto type = r.attributes().value(u"type"_s);
            if (type == u"unfinished"_s) {
                ++st.unfinished;
                if (st.firstUnfinished.size() < 5)
                    st.firstUnfinished << source;
            } else if (type == u"vanished"_s || type == u"obsolete"_s) {
                ++st.vanished;
            }
        }
    }
    if (r.hasError())
        st.error = r.errorString();
    return st;
}

QStringList tsFiles() {
    return QString::fromUtf8(VIRTDECK_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void current_data() { complete_data(); }
    void current();
    void shownInTheWindow_data();
    void shownInTheWindow();
};

void TestTranslations::complete_data() {
    QTest::addColumn<QString>("ts");
    for (const QString &f : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslations::complete() {
    QFETCH(QString, ts);
    const TsStats st = readTs(ts);
    QVERIFY2(st.error.isEmpty(), qPrintable(st.error));
    QVERIFY(st.messages > 100);
    QVERIFY2(
        st.unfinished == 0,
        qPrintable(
            u"%1 unfinished, e.g. %2"_s.arg(st.unfinished).arg(st.firstUnfinished.join(u" | "_s))));
    QCOMPARE(st.vanished, 0);
}

void TestTranslations::current() {
    QFETCH(QString, ts);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    QStringList args{u"-locations"_s, u"none"_s, u"-no-obsolete"_s};
    args += QString::fromUtf8(VIRTDECK_TS_SOURCE_DIRS).split(u'|', Qt::SkipEmptyParts);
    args << u"-ts"_s << copy;
    p.start(QStringLiteral(VIRTDECK_LUPDATE), args);
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const TsStats before = readTs(ts), after = readTs(copy);
    QVERIFY2(after.unfinished == 0,
             qPrintable(u"strings in the sources that %1 lacks (run `ninja virtdeck_lupdate` and "
                        "translate): %2"_s.arg(QFileInfo(ts).fileName(),
                                               after.firstUnfinished.join(u" | "_s))));
    QVERIFY2(after.messages == before.messages,
             qPrintable(u"%1 holds %2 strings, the sources %3: run `ninja virtdeck_lupdate`"_s
                            .arg(QFileInfo(ts).fileName())
                            .arg(before.messages)
                            .arg(after.messages)));
}

void TestTranslations::shownInTheWindow_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("menus");
    QTest::newRow("de") << u"de"_s
                        << QStringList{u"&Datei"_s, u"&Verbindung"_s, u"Virtuelle &Maschine"_s};
    QTest::newRow("zh_CN") << u"zh_CN"_s
                           << QStringList{u"文件(&F)"_s, u"连接(&C)"_s, u"虚拟机(&V)"_s};
}

void TestTranslations::shownInTheWindow() {
    QFETCH(QString, locale);
    QFETCH(QStringList, menus);
    QTranslator t;
    QVERIFY(t.load(u":/i18n/virtdeck_"_s + locale + u".qm"_s));
    QCoreApplication::installTranslator(&t);
    Workspace workspace;
    MainWindow w(&workspace);
    const auto actions = w.menuBar()->actions();
    QVERIFY(actions.size() >= 3);
    for (int i = 0; i < menus.size(); ++i)
        QCOMPARE(actions.at(i)->text(), menus.at(i));
    QCoreApplication::removeTranslator(&t);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
