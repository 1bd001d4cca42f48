// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the VM details' pure parts on large inputs: the XML editor's line diff and
// highlighter, clone rewriting. Prints the median of several runs in milliseconds.
#include "core/linediff.h"
#include "domains/domainclone.h"
#include "xmlhighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
// A domain definition with `disks` disk elements (about 6 lines each).
QString bigDomain(int disks) {
    QString x = u"<domain type='kvm'>\n  <name>big</name>\n  <uuid>u</uuid>\n  <devices>\n"_s;
    for (int i = 0; i < disks; ++i)
        x += u"    <disk type='file' device='disk'>\n      <driver name='qemu' type='qcow2'/>\n"
             "      <source file='/var/lib/libvirt/images/d%1.qcow2'/>\n"
             "      <target dev='vd%1' bus='virtio'/>\n      <!-- disk %1 -->\n    </disk>\n"_s.arg(
                 i);
    x += u"  </devices>\n</domain>\n"_s;
    return x;
}

template <typename Fn> double medianMs(int runs, Fn &&fn) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        fn();
        t.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}
} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv); // QTextDocument layout needs a GUI application
    QTextStream out(stdout);
    for (int disks : {50, 500, 2000}) {
        const QString a = bigDomain(disks);
        QString b = a;
        // Ten scattered edits, as a user editing a long definition makes them.
        for (int k = 0; k < 10; ++k)
            b.replace(u"d%1.qcow2"_s.arg(k * disks / 10), u"e%1.qcow2"_s.arg(k));
        const int lines = int(a.count(u'\n'));
        const double diff = medianMs(7, [&] { (void)unifiedDiff(diffLines(a, b)); });
        const double highlight = medianMs(5, [&] {
            QTextDocument doc;
            doc.setPlainText(a);
            XmlHighlighter h(&doc);
            h.rehighlight();
        });
        QHash<QString, QString> map;
        for (int i = 0; i < disks; ++i)
            map.insert(u"/var/lib/libvirt/images/d%1.qcow2"_s.arg(i), u"/x/%1"_s.arg(i));
        const double clone = medianMs(7, [&] { (void)cloneDomainXml(a, u"c"_s, map, {}); });
        out << u"%1 lines: diff+unified %2 ms, highlight %3 ms, clone rewrite %4 ms\n"_s.arg(lines)
                   .arg(diff, 0, 'f', 2)
                   .arg(highlight, 0, 'f', 2)
                   .arg(clone, 0, 'f', 2);
    }
    return 0;
}
