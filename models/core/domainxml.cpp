// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml.h"

#include <QXmlStreamReader>

namespace virtdeck {

using namespace Qt::StringLiterals;

QList<DomainDisk> parseDomainDisks(const QString &xml, QString *error) {
    QList<DomainDisk> disks;
    QXmlStreamReader r(xml);
    QStringList path; // element names from the root
    DomainDisk *current = nullptr;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto name = r.name();
            const auto attrs = r.attributes();
            if (name == u"disk"_s && path.size() == 2 && path[0] == u"domain"_s &&
                path[1] == u"devices"_s) {
                disks.append(DomainDisk{});
                current = &disks.last();
                current->device = attrs.value(u"device"_s).toString();
                if (current->device.isEmpty())
                    current->device = u"disk"_s;
                current->type = attrs.value(u"type"_s).toString();
            } else if (current && path.size() == 3) {
                if (name == u"source"_s) {
                    if (attrs.hasAttribute(u"file"_s))
                        current->sourcePath = attrs.value(u"file"_s).toString();
                    else if (attrs.hasAttribute(u"dev"_s))
                        current->sourcePath = attrs.value(u"dev"_s).toString();
                    current->sourcePool = attrs.value(u"pool"_s).toString();
                    current->sourceVolume = attrs.value(u"volume"_s).toString();
                } else if (name == u"target"_s) {
                    current->target = attrs.value(u"dev"_s).toString();
                    current->bus = attrs.value(u"bus"_s).toString();
                } else if (name == u"driver"_s) {
                    current->driverType = attrs.value(u"type"_s).toString();
                } else if (name == u"readonly"_s) {
                    current->readOnly = true;
                } else if (name == u"shareable"_s) {
                    current->shareable = true;
                }
            }
            path.append(name.toString());
            break;
        }
        case QXmlStreamReader::EndElement:
            path.removeLast();
            if (path.size() == 2)
                current = nullptr;
            break;
        default:
            break;
        }
    }
    if (r.hasError()) {
        if (error)
            *error = u"%1 (line %2, column %3)"_s.arg(r.errorString())
                         .arg(r.lineNumber())
                         .arg(r.columnNumber());
        return {};
    }
    return disks;
}

QList<DomainDisk> ownedDisks(const QList<DomainDisk> &disks) {
    QList<DomainDisk> out;
    for (const auto &d : disks) {
        if (d.device != u"disk"_s || d.readOnly || d.shareable)
            continue;
        if (d.sourcePath.isEmpty() && (d.sourcePool.isEmpty() || d.sourceVolume.isEmpty()))
            continue;
        out.append(d);
    }
    return out;
}

} // namespace virtdeck
