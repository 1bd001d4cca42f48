// SPDX-License-Identifier: GPL-3.0-or-later
// The project's layout rules, read from the source tree (docs/architecture.md explains them):
//  - only files in a capability's libvirt/ folder include libvirt (directly or through a header
//    that does), and nothing outside models/ does;
//  - models/ includes no widget or chart headers;
//  - a capability folder includes only the folders it is declared to build on, and those
//    declarations form no circle;
//  - views/ start no threads and touch no disk, database or libvirt;
//  - no thread is detached anywhere, no libvirt object is freed by hand outside the handles;
//  - no function is longer than 100 lines.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Each capability folder of models/ and the folders it may include. Keep in step with
// docs/architecture.md ("Folders and what they build on").
const QHash<QString, QStringList> &allowedDependencies() {
    static const QHash<QString, QStringList> deps = {
        {u"core"_s, {}},
        {u"stats"_s, {u"core"_s}},
        {u"storage"_s, {u"core"_s}},
        {u"hosts"_s, {u"core"_s, u"stats"_s}},
        {u"domains"_s, {u"core"_s, u"stats"_s, u"storage"_s}},
        {u"console"_s, {u"core"_s, u"domains"_s}},
        {u"workspace"_s, {u"core"_s, u"stats"_s, u"storage"_s, u"hosts"_s, u"domains"_s}},
        {u"scheduler"_s,
         {u"core"_s, u"stats"_s, u"storage"_s, u"hosts"_s, u"domains"_s, u"workspace"_s}},
        {u"migration"_s, {u"core"_s, u"hosts"_s, u"domains"_s, u"workspace"_s, u"scheduler"_s}},
        {u"backup"_s, {u"core"_s, u"storage"_s, u"domains"_s, u"workspace"_s, u"scheduler"_s}},
        {u"failover"_s,
         {u"core"_s, u"storage"_s, u"domains"_s, u"workspace"_s, u"scheduler"_s, u"backup"_s}},
        {u"labs"_s,
         {u"core"_s, u"stats"_s, u"storage"_s, u"hosts"_s, u"domains"_s, u"console"_s,
          u"workspace"_s, u"scheduler"_s, u"migration"_s}},
    };
    return deps;
}

QString sourceDir() {
    return QStringLiteral(VIRTDECK_SOURCE_DIR);
}

struct SourceFile {
    QString path; // relative to the source dir, e.g. models/core/libvirt/connection.cpp
    QString text;
    QStringList quotedIncludes;
    QStringList angleIncludes;
};

QList<SourceFile> readTree(const QStringList &tops) {
    static const QRegularExpression quoted(uR"re(^\s*#\s*include\s+"([^"]+)")re"_s,
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression angled(uR"re(^\s*#\s*include\s+<([^>]+)>)re"_s,
                                           QRegularExpression::MultilineOption);
    QList<SourceFile> out;
    const QDir root(sourceDir());
    for (const QString &top : tops) {
        QDirIterator it(root.filePath(top), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString abs = it.next();
            QFile f(abs);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            SourceFile s{root.relativeFilePath(abs), QString::fromUtf8(f.readAll()), {}, {}};
            for (auto m = quoted.globalMatch(s.text); m.hasNext();)
                s.quotedIncludes << m.next().captured(1);
            for (auto m = angled.globalMatch(s.text); m.hasNext();)
                s.angleIncludes << m.next().captured(1);
            out.append(s);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const SourceFile &a, const SourceFile &b) { return a.path < b.path; });
    return out;
}

// The file a quoted include names: beside the includer first, then from models/ or views/.
QString resolveInclude(const SourceFile &from, const QString &inc) {
    const QDir root(sourceDir());
    const QString here = QFileInfo(from.path).path();
    for (const QString &candidate :
         {QDir::cleanPath(here + u'/' + inc), u"models/"_s + inc, u"views/"_s + inc}) {
        if (QFileInfo::exists(root.filePath(candidate)))
            return candidate;
    }
    return {};
}

// models/<capability>/… → capability; empty for files outside a capability folder.
QString capabilityOf(const QString &path) {
    const QStringList parts = path.split(u'/');
    return parts.size() > 2 && parts.at(0) == u"models"_s ? parts.at(1) : QString();
}

bool inLibvirtFolder(const QString &path) {
    return path.startsWith(u"models/"_s) && path.contains(u"/libvirt/"_s);
}

// The project files that bring libvirt in: those including <libvirt/…>, and transitively those
// including such a file.
QSet<QString> filesWithLibvirt(const QList<SourceFile> &files) {
    QSet<QString> lv;
    for (const auto &f : files)
        for (const auto &inc : f.angleIncludes)
            if (inc.startsWith(u"libvirt/"_s))
                lv.insert(f.path);
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto &f : files) {
            if (lv.contains(f.path))
                continue;
            for (const auto &inc : f.quotedIncludes)
                if (lv.contains(resolveInclude(f, inc)) && inc.endsWith(u".h"_s)) {
                    lv.insert(f.path);
                    grew = true;
                    break;
                }
        }
    }
    return lv;
}

// Top-level function bodies of more than `limit` lines, counted the way clang-format lays
// them out (a definition starts in column 0 and ends at a "}" in column 0).
QStringList longFunctions(const SourceFile &f, int limit = 100) {
    static const QRegularExpression start(u"^[A-Za-z_~]"_s);
    static const QStringList notFunctions = {u"namespace"_s, u"using"_s,     u"struct"_s,
                                             u"class"_s,     u"enum"_s,      u"public"_s,
                                             u"private"_s,   u"protected"_s, u"Q_"_s};
    QStringList out;
    const QStringList lines = f.text.split(u'\n');
    int head = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        const bool skip = std::any_of(notFunctions.begin(), notFunctions.end(),
                                      [&](const QString &p) { return l.startsWith(p); });
        if (start.match(l).hasMatch() && !skip) {
            if (l.trimmed().endsWith(u';'))
                head = -1;
            else if (head < 0)
                head = i;
        } else if (l.startsWith(u'}')) {
            if (head >= 0 && !l.startsWith(u"};"_s) && !l.contains(u"namespace"_s) &&
                i - head + 1 > limit)
                out << u"%1:%2 (%3 lines)"_s.arg(f.path).arg(head + 1).arg(i - head + 1);
            head = -1;
        } else if (l.startsWith(u'#') || l.startsWith(u"//"_s)) {
            head = -1;
        }
    }
    return out;
}

QStringList widgetHeaders() {
    QStringList out = {u"QIcon"_s, u"QStyle"_s, u"QPixmap"_s};
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString &module : {u"QtWidgets"_s, u"QtCharts"_s}) {
        const QDir d(headers + u'/' + module);
        for (const QString &name : d.entryList(QDir::Files))
            if (!name.contains(u'.'))
                out << name << module + u'/' + name;
        out << module;
    }
    return out;
}

} // namespace

class tst_Layout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_files = readTree({u"models"_s, u"views"_s, u"app"_s});
        QVERIFY2(m_files.size() > 100, "the source tree was not found");
    }

    void libvirtOnlyInLibvirtFolders() {
        const QSet<QString> lv = filesWithLibvirt(m_files);
        QVERIFY(lv.contains(u"models/core/libvirt/handles.h"_s));
        QStringList wrong;
        for (const QString &path : lv)
            if (!inLibvirtFolder(path))
                wrong << path;
        wrong.sort();
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(u"libvirt outside a libvirt/ folder: "_s + wrong.join(u", "_s)));
    }

    void modelsHaveNoWidgets() {
        const QStringList widgets = widgetHeaders();
        QVERIFY(widgets.contains(u"QWidget"_s));
        QStringList wrong;
        for (const auto &f : std::as_const(m_files)) {
            if (!f.path.startsWith(u"models/"_s))
                continue;
            for (const auto &inc : f.angleIncludes)
                if (widgets.contains(inc))
                    wrong << f.path + u" <"_s + inc + u'>';
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u", "_s)));
    }

    void declaredDependenciesFormNoCircle() {
        const auto &deps = allowedDependencies();
        // Depth-first search for a back edge.
        QHash<QString, int> mark; // 1: on the path, 2: done
        QStringList circle;
        std::function<bool(const QString &)> visit = [&](const QString &n) {
            mark[n] = 1;
            for (const QString &m : deps.value(n)) {
                if (mark.value(m) == 1) {
                    circle << n << m;
                    return true;
                }
                if (mark.value(m) == 0 && visit(m))
                    return true;
            }
            mark[n] = 2;
            return false;
        };
        for (auto it = deps.begin(); it != deps.end(); ++it)
            if (mark.value(it.key()) == 0)
                QVERIFY2(!visit(it.key()), qPrintable(circle.join(u" -> "_s)));
    }

    void everyModelsFileIsInADeclaredFolder() {
        QStringList wrong;
        for (const auto &f : std::as_const(m_files))
            if (f.path.startsWith(u"models/"_s) &&
                !allowedDependencies().contains(capabilityOf(f.path)))
                wrong << f.path;
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(u"not in a capability folder: "_s + wrong.join(u", "_s)));
    }

    void foldersIncludeOnlyWhatTheyBuildOn() {
        QStringList wrong;
        for (const auto &f : std::as_const(m_files)) {
            const QString from = capabilityOf(f.path);
            if (from.isEmpty())
                continue;
            for (const auto &inc : f.quotedIncludes) {
                const QString target = resolveInclude(f, inc);
                if (target.startsWith(u"views/"_s)) {
                    wrong << f.path + u" -> "_s + target;
                    continue;
                }
                const QString to = capabilityOf(target);
                if (!to.isEmpty() && to != from && !allowedDependencies()[from].contains(to))
                    wrong << f.path + u" -> "_s + target;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"\n"_s)));
    }

    void viewsDoNoWork() {
        static const QStringList forbidden = {
            u"thread"_s,       u"QThread"_s,   u"QThreadPool"_s,  u"QtConcurrent"_s,
            u"QFile"_s,        u"QSaveFile"_s, u"QDirIterator"_s, u"QTemporaryFile"_s,
            u"QSqlDatabase"_s, u"QSqlQuery"_s, u"fstream"_s,      u"cstdio"_s};
        QStringList wrong;
        for (const auto &f : std::as_const(m_files)) {
            if (!f.path.startsWith(u"views/"_s))
                continue;
            for (const auto &inc : f.angleIncludes)
                if (forbidden.contains(inc) || inc.startsWith(u"libvirt/"_s))
                    wrong << f.path + u" <"_s + inc + u'>';
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u", "_s)));
    }

    void noDetachedThreadsAndNoBareFrees() {
        static const QRegularExpression detach(uR"(\.detach\(\)|->detach\(\))"_s);
        static const QRegularExpression bareFree(uR"(\bvir[A-Za-z]*Free\s*\()"_s);
        QStringList wrong;
        for (const auto &f : std::as_const(m_files)) {
            if (detach.match(f.text).hasMatch())
                wrong << f.path + u": detached thread"_s;
            if (f.path != u"models/core/libvirt/handles.h"_s && bareFree.match(f.text).hasMatch())
                wrong << f.path + u": "_s + bareFree.match(f.text).captured(0);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u", "_s)));
    }

    void functionsAreShort() {
        QStringList wrong;
        for (const auto &f : std::as_const(m_files))
            if (f.path.endsWith(u".cpp"_s))
                wrong << longFunctions(f);
        QVERIFY2(wrong.isEmpty(), qPrintable(u"over 100 lines:\n"_s + wrong.join(u'\n')));
    }

    // The licence the repository's COPYING and the AppStream file declare, on each file's first
    // line, so a file copied out of the tree still says under what terms.
    void everyFileSaysItsLicence() {
        QStringList wrong;
        const QList<SourceFile> all =
            readTree({u"models"_s, u"views"_s, u"app"_s, u"tests"_s, u"bench"_s});
        for (const auto &f : all)
            if (!f.text.startsWith(u"// SPDX-License-Identifier: GPL-3.0-or-later\n"_s))
                wrong << f.path;
        QVERIFY2(wrong.isEmpty(), qPrintable(u"no SPDX line first: "_s + wrong.join(u", "_s)));
    }

private:
    QList<SourceFile> m_files;
};

QTEST_GUILESS_MAIN(tst_Layout)
#include "tst_layout.moc"
