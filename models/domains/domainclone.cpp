// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainclone.h"

#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace virtdeck {

using namespace Qt::StringLiterals;

QString cloneDomainXml(const QString &xml, const QString &newName,
                       const QHash<QString, QString> &fileMap,
                       const QHash<QString, QString> &volumeMap, QString *error) {
    QString out;
    QXmlStreamReader r(xml);
    QXmlStreamWriter w(&out);
    QStringList path;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartDocument || token == QXmlStreamReader::EndDocument)
            continue; // libvirt's own documents have no declaration; do not add one
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            w.writeCurrentToken(r);
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            w.writeCurrentToken(r);
            continue;
        }
        const QString name = r.name().toString();
        const int depth = int(path.size()) + 1; // of this element; the root is 1
        const QString parent = path.isEmpty() ? QString() : path.last();
        const bool inDomain = !path.isEmpty() && path.first() == u"domain"_s;
        if (inDomain && depth == 2 && name == u"uuid"_s) {
            r.skipCurrentElement();
            continue;
        }
        if (inDomain && depth == 2 && name == u"name"_s) {
            r.readElementText();
            w.writeTextElement(u"name"_s, newName);
            continue;
        }
        if (inDomain && depth == 3 && path.at(1) == u"os"_s && name == u"nvram"_s) {
            r.skipCurrentElement();
            continue;
        }
        if (inDomain && depth == 4 && path.at(1) == u"devices"_s && parent == u"interface"_s &&
            (name == u"mac"_s || name == u"target"_s)) {
            r.skipCurrentElement();
            continue;
        }
        if (inDomain && depth == 4 && path.at(1) == u"devices"_s && parent == u"disk"_s &&
            name == u"source"_s) {
            QXmlStreamAttributes attrs = r.attributes();
            QXmlStreamAttributes rewritten;
            const QString pool = attrs.value(u"pool"_s).toString();
            const QString volume = attrs.value(u"volume"_s).toString();
            for (const auto &a : std::as_const(attrs)) {
                const QString key = a.qualifiedName().toString();
                QString value = a.value().toString();
                if ((key == u"file"_s || key == u"dev"_s) && fileMap.contains(value))
                    value = fileMap.value(value);
                else if (key == u"volume"_s && volumeMap.contains(pool + u'/' + volume))
                    value = volumeMap.value(pool + u'/' + volume);
                rewritten.append(key, value);
            }
            w.writeStartElement(r.qualifiedName().toString());
            w.writeAttributes(rewritten);
            path.append(name);
            continue;
        }
        w.writeCurrentToken(r);
        path.append(name);
    }
    if (r.hasError()) {
        if (error)
            *error = u"%1 (line %2, column %3)"_s.arg(r.errorString())
                         .arg(r.lineNumber())
                         .arg(r.columnNumber());
        return {};
    }
    return out;
}

} // namespace virtdeck
