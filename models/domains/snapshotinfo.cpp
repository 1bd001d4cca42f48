// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotinfo.h"

#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

namespace virtdeck {

using namespace Qt::StringLiterals;

bool parseSnapshotXml(const QString &xml, SnapshotInfo *info) {
    QXmlStreamReader r(xml);
    QStringList path;
    bool anyExternalDisk = false;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QString name = r.name().toString();
        const bool top = path.size() == 1 && path.first() == u"domainsnapshot"_s;
        if (top && name == u"name"_s) {
            info->name = r.readElementText();
            continue;
        }
        if (top && name == u"description"_s) {
            info->description = r.readElementText();
            continue;
        }
        if (top && name == u"state"_s) {
            info->state = r.readElementText();
            continue;
        }
        if (top && name == u"creationTime"_s) {
            info->created = QDateTime::fromSecsSinceEpoch(r.readElementText().toLongLong());
            continue;
        }
        if (top && name == u"memory"_s) {
            const QString snap = r.attributes().value(u"snapshot"_s).toString();
            info->hasMemory = snap == u"internal"_s || snap == u"external"_s;
            if (snap == u"external"_s)
                anyExternalDisk = true;
        }
        if (path.size() == 2 && path.at(1) == u"parent"_s && name == u"name"_s) {
            info->parent = r.readElementText();
            continue;
        }
        if (path.size() == 2 && path.at(1) == u"disks"_s && name == u"disk"_s &&
            r.attributes().value(u"snapshot"_s) == u"external"_s)
            anyExternalDisk = true;
        if (top && name == u"domain"_s) {
            r.skipCurrentElement(); // the full domain definition: not needed here
            continue;
        }
        path.append(name);
    }
    info->external = anyExternalDisk;
    return !r.hasError() && !info->name.isEmpty();
}

QList<SnapshotInfo> sortedParentsFirst(const QList<SnapshotInfo> &snapshots) {
    QHash<QString, QList<int>> children;
    QHash<QString, int> byName;
    for (int i = 0; i < snapshots.size(); ++i)
        byName.insert(snapshots[i].name, i);
    QList<int> roots;
    for (int i = 0; i < snapshots.size(); ++i) {
        const QString &p = snapshots[i].parent;
        if (p.isEmpty() || !byName.contains(p))
            roots.append(i);
        else
            children[p].append(i);
    }
    QList<SnapshotInfo> out;
    QList<int> queue = roots;
    while (!queue.isEmpty()) {
        const int i = queue.takeFirst();
        out.append(snapshots[i]);
        queue.append(children.value(snapshots[i].name));
    }
    return out;
}

} // namespace virtdeck
