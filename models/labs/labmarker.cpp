// SPDX-License-Identifier: GPL-3.0-or-later
#include "labmarker.h"

#include <QDomDocument>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// The marker element of a domain definition's <metadata>; null when there is none.
QDomElement markerOfDomain(const QDomElement &domain) {
    const QDomElement meta = domain.firstChildElement(u"metadata"_s);
    for (QDomElement e = meta.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (e.namespaceURI() == QLatin1String(kLabMetadataUri))
            return e;
    return {};
}
} // namespace

LabMarker parseLabMarker(const QString &xml) {
    LabMarker out;
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return out;
    QDomElement e = doc.documentElement();
    if (e.localName() == u"domain"_s)
        e = markerOfDomain(e);
    if (e.isNull() || e.localName() != u"lab"_s)
        return out;
    out.lab = e.attribute(u"name"_s);
    out.student = e.attribute(u"student"_s);
    out.role = e.attribute(u"role"_s);
    out.version = std::max(1, e.attribute(u"version"_s, u"1"_s).toInt());
    for (QDomElement d = e.firstChildElement(); !d.isNull(); d = d.nextSiblingElement())
        if (d.localName() == u"disk"_s)
            out.disks.append({d.attribute(u"dev"_s), d.attribute(u"base"_s),
                              d.attribute(u"base-mtime"_s),
                              d.attribute(u"allocation"_s).toULongLong()});
    return out;
}

bool parseLabMetadata(const QString &domainXml, QString *lab, QString *student, QString *role) {
    const LabMarker m = parseLabMarker(domainXml);
    *lab = m.lab;
    *student = m.student;
    *role = m.role;
    return !m.lab.isEmpty();
}

} // namespace virtdeck
