// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagexml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

QString errorText(const QXmlStreamReader &r) {
    return u"%1 (line %2, column %3)"_s.arg(r.errorString())
        .arg(r.lineNumber())
        .arg(r.columnNumber());
}

// Reads <path> and <format type=…/> inside the current element (target or backingStore).
void readTarget(QXmlStreamReader &r, QString *path, QString *format, QString *modified = nullptr) {
    while (r.readNextStartElement()) {
        if (r.name() == u"path"_s)
            *path = r.readElementText().trimmed();
        else if (r.name() == u"format"_s) {
            *format = r.attributes().value(u"type"_s).toString();
            r.skipCurrentElement();
        } else if (r.name() == u"timestamps"_s && modified) {
            while (r.readNextStartElement()) {
                if (r.name() == u"mtime"_s)
                    *modified = r.readElementText().trimmed();
                else
                    r.skipCurrentElement();
            }
        } else
            r.skipCurrentElement();
    }
}

// <capacity unit='…'>N</capacity> in bytes; libvirt writes unit='bytes', people write others.
quint64 readBytes(QXmlStreamReader &r) {
    const QString unit = r.attributes().value(u"unit"_s).toString().toLower();
    const quint64 n = r.readElementText().trimmed().toULongLong();
    static const struct {
        const char16_t *unit;
        quint64 factor;
    } units[] = {{u"", 1},
                 {u"b", 1},
                 {u"bytes", 1},
                 {u"k", 1ull << 10},
                 {u"kib", 1ull << 10},
                 {u"m", 1ull << 20},
                 {u"mib", 1ull << 20},
                 {u"g", 1ull << 30},
                 {u"gib", 1ull << 30},
                 {u"t", 1ull << 40},
                 {u"tib", 1ull << 40},
                 {u"kb", 1000},
                 {u"mb", 1000000},
                 {u"gb", 1000000000},
                 {u"tb", 1000000000000}};
    for (const auto &u : units)
        if (unit == QStringView(u.unit))
            return n * u.factor;
    return n;
}

} // namespace

PoolXml parsePoolXml(const QString &xml, QString *error) {
    PoolXml out;
    QXmlStreamReader r(xml);
    if (r.readNextStartElement() && r.name() == u"pool"_s) {
        out.type = r.attributes().value(u"type"_s).toString();
        while (r.readNextStartElement()) {
            if (r.name() == u"target"_s) {
                QString unused;
                readTarget(r, &out.targetPath, &unused);
            } else {
                r.skipCurrentElement();
            }
        }
    } else if (!r.hasError()) {
        r.raiseError(QCoreApplication::translate("StorageXml", "not a <pool> document"));
    }
    if (r.hasError()) {
        if (error)
            *error = errorText(r);
        return {};
    }
    return out;
}

VolumeXml parseVolumeXml(const QString &xml, QString *error) {
    VolumeXml out;
    QXmlStreamReader r(xml);
    if (r.readNextStartElement() && r.name() == u"volume"_s) {
        out.kind = r.attributes().value(u"type"_s).toString();
        while (r.readNextStartElement()) {
            if (r.name() == u"target"_s)
                readTarget(r, &out.path, &out.format, &out.modified);
            else if (r.name() == u"backingStore"_s)
                readTarget(r, &out.backingPath, &out.backingFormat);
            else if (r.name() == u"capacity"_s)
                out.capacityBytes = readBytes(r);
            else if (r.name() == u"allocation"_s)
                out.allocationBytes = readBytes(r);
            else
                r.skipCurrentElement();
        }
    } else if (!r.hasError()) {
        r.raiseError(QCoreApplication::translate("StorageXml", "not a <volume> document"));
    }
    if (r.hasError()) {
        if (error)
            *error = errorText(r);
        return {};
    }
    return out;
}

QString newVolumeXml(const QString &name, const QString &format, quint64 capacityBytes,
                     const QString &backingPath, const QString &backingFormat) {
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(u"volume"_s);
    w.writeTextElement(u"name"_s, name);
    w.writeStartElement(u"capacity"_s);
    w.writeAttribute(u"unit"_s, u"bytes"_s);
    w.writeCharacters(QString::number(capacityBytes));
    w.writeEndElement();
    // Allocation 0: sparse files and qcow2 that grow on demand, created in an instant.
    w.writeStartElement(u"allocation"_s);
    w.writeAttribute(u"unit"_s, u"bytes"_s);
    w.writeCharacters(u"0"_s);
    w.writeEndElement();
    w.writeStartElement(u"target"_s);
    w.writeEmptyElement(u"format"_s);
    w.writeAttribute(u"type"_s, format);
    w.writeEndElement();
    if (!backingPath.isEmpty()) {
        w.writeStartElement(u"backingStore"_s);
        w.writeTextElement(u"path"_s, backingPath);
        if (!backingFormat.isEmpty()) {
            w.writeEmptyElement(u"format"_s);
            w.writeAttribute(u"type"_s, backingFormat);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

QString dirPoolXml(const QString &name, const QString &path) {
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(u"pool"_s);
    w.writeAttribute(u"type"_s, u"dir"_s);
    w.writeTextElement(u"name"_s, name);
    w.writeStartElement(u"target"_s);
    w.writeTextElement(u"path"_s, path);
    w.writeEndElement();
    w.writeEndElement();
    return xml;
}

QString volumeNameProblem(const QString &name) {
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("StorageXml", "The name is empty.");
    if (name.contains(u'/'))
        return QCoreApplication::translate("StorageXml", "The name must not contain '/'.");
    if (name == u"."_s || name == u".."_s)
        return QCoreApplication::translate("StorageXml", "'%1' is not a file name.").arg(name);
    return {};
}

} // namespace virtdeck
