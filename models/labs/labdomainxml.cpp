// SPDX-License-Identifier: GPL-3.0-or-later
#include "labdomainxml.h"

#include "domains/domainclone.h"

#include <QDomDocument>
#include <QTextStream>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// Points the disks mapped to the student's files at them: the overlay's own header names its
// backing file, so no <backingStore>; an overlay is qcow2, a data disk keeps its format.
void useStudentDisks(QDomDocument &doc, QDomElement devices, const QHash<QString, QString> &fileMap,
                     const QStringList &dataDisks) {
    for (QDomElement d = devices.firstChildElement(u"disk"_s); !d.isNull();
         d = d.nextSiblingElement(u"disk"_s)) {
        const QString file = d.firstChildElement(u"source"_s).attribute(u"file"_s);
        bool mapped = false;
        for (const auto &v : fileMap)
            mapped = mapped || v == file;
        if (!mapped)
            continue;
        for (QDomElement b = d.firstChildElement(u"backingStore"_s); !b.isNull();
             b = d.firstChildElement(u"backingStore"_s))
            d.removeChild(b);
        if (dataDisks.contains(d.firstChildElement(u"target"_s).attribute(u"dev"_s)))
            continue;
        QDomElement driver = d.firstChildElement(u"driver"_s);
        if (driver.isNull()) {
            driver = doc.createElement(u"driver"_s);
            driver.setAttribute(u"name"_s, u"qemu"_s);
            d.insertBefore(driver, d.firstChild());
        }
        driver.setAttribute(u"type"_s, u"qcow2"_s);
    }
}

// The task's MACs on the first interfaces, its network on the first one.
void useStudentInterfaces(QDomDocument &doc, QDomElement devices, const LabVmTask &t) {
    if (devices.firstChildElement(u"interface"_s).isNull() && t.addInterface &&
        !t.network.isEmpty()) {
        // Asked for when the lab was made: the student's card, the template stays as it is.
        QDomElement nic = doc.createElement(u"interface"_s);
        nic.setAttribute(u"type"_s, u"network"_s);
        QDomElement model = doc.createElement(u"model"_s);
        model.setAttribute(u"type"_s, u"virtio"_s);
        nic.appendChild(model);
        devices.appendChild(nic);
    }
    int nic = 0;
    for (QDomElement i = devices.firstChildElement(u"interface"_s); !i.isNull();
         i = i.nextSiblingElement(u"interface"_s), ++nic) {
        if (nic < t.macs.size()) {
            QDomElement mac = doc.createElement(u"mac"_s);
            mac.setAttribute(u"address"_s, t.macs.at(nic));
            i.insertBefore(mac, i.firstChild());
        }
        if (nic == 0 && !t.network.isEmpty()) {
            i.setAttribute(u"type"_s, u"network"_s);
            for (QDomElement src = i.firstChildElement(u"source"_s); !src.isNull();
                 src = i.firstChildElement(u"source"_s))
                i.removeChild(src);
            QDomElement src = doc.createElement(u"source"_s);
            src.setAttribute(u"network"_s, t.network);
            i.insertAfter(src, i.firstChildElement(u"mac"_s));
        }
    }
}

// The <metadata> element of the definition, made after <description> (or <name>) when missing,
// without any lab marker it had.
QDomElement metadataWithoutMarker(QDomDocument &doc, QDomElement root) {
    QDomElement meta = root.firstChildElement(u"metadata"_s);
    if (meta.isNull()) {
        meta = doc.createElement(u"metadata"_s);
        const QDomElement after = root.firstChildElement(u"description"_s).isNull()
                                      ? root.firstChildElement(u"name"_s)
                                      : root.firstChildElement(u"description"_s);
        root.insertAfter(meta, after);
    }
    for (QDomElement m = meta.firstChildElement(); !m.isNull();) {
        QDomElement next = m.nextSiblingElement();
        if (m.namespaceURI() == QLatin1String(kLabMetadataUri) ||
            m.attribute(u"xmlns:vdlab"_s) == QLatin1String(kLabMetadataUri))
            meta.removeChild(m);
        m = next;
    }
    return meta;
}

QDomElement markerElement(QDomDocument &doc, const LabVmTask &t,
                          const QList<LabDiskRecord> &disks) {
    QDomElement marker = doc.createElement(u"vdlab:lab"_s);
    marker.setAttribute(u"xmlns:vdlab"_s, QString::fromLatin1(kLabMetadataUri));
    marker.setAttribute(u"name"_s, t.lab);
    marker.setAttribute(u"student"_s, t.student);
    marker.setAttribute(u"role"_s, t.role);
    marker.setAttribute(u"version"_s, t.templateVersion);
    for (const auto &r : disks) {
        QDomElement d = doc.createElement(u"vdlab:disk"_s);
        d.setAttribute(u"dev"_s, r.dev);
        d.setAttribute(u"base"_s, r.base);
        if (!r.baseModified.isEmpty())
            d.setAttribute(u"base-mtime"_s, r.baseModified);
        d.setAttribute(u"allocation"_s, QString::number(r.allocation));
        marker.appendChild(d);
    }
    return marker;
}

QDomElement devicesOf(const QString &xml, QDomDocument *doc) {
    if (!doc->setContent(xml))
        return {};
    return doc->documentElement().firstChildElement(u"devices"_s);
}
} // namespace

QString labDomainXml(const QString &templateXml, const QHash<QString, QString> &fileMap,
                     const LabVmTask &t, QString *error, const QList<LabDiskRecord> &disks,
                     const QString &uuid) {
    const QString cloned = cloneDomainXml(templateXml, t.vmName, fileMap, {}, error);
    if (cloned.isEmpty())
        return {};
    QDomDocument doc;
    if (!doc.setContent(cloned)) {
        if (error)
            *error = LabVm::tr("The template's definition cannot be read.");
        return {};
    }
    QDomElement root = doc.documentElement();
    const QDomElement devices = root.firstChildElement(u"devices"_s);
    useStudentDisks(doc, devices, fileMap, t.dataDisks);
    useStudentInterfaces(doc, devices, t);
    metadataWithoutMarker(doc, root).appendChild(markerElement(doc, t, disks));
    if (!uuid.isEmpty()) {
        QDomElement u = doc.createElement(u"uuid"_s);
        u.appendChild(doc.createTextNode(uuid));
        root.insertAfter(u, root.firstChildElement(u"name"_s));
    }
    return doc.toString(2);
}

QList<LabDiskRef> labFileDisks(const QString &domainXml) {
    QList<LabDiskRef> out;
    QDomDocument doc;
    const QDomElement devices = devicesOf(domainXml, &doc);
    for (QDomElement d = devices.firstChildElement(u"disk"_s); !d.isNull();
         d = d.nextSiblingElement(u"disk"_s)) {
        if (d.attribute(u"device"_s, u"disk"_s) != u"disk"_s)
            continue;
        const QString file = d.firstChildElement(u"source"_s).attribute(u"file"_s);
        if (file.isEmpty())
            continue;
        out.append({d.firstChildElement(u"target"_s).attribute(u"dev"_s), file});
    }
    return out;
}

QString labInterfaceNetwork(const QString &domainXml) {
    QDomDocument doc;
    const QDomElement devices = devicesOf(domainXml, &doc);
    for (QDomElement i = devices.firstChildElement(u"interface"_s); !i.isNull();
         i = i.nextSiblingElement(u"interface"_s))
        if (i.attribute(u"type"_s) == u"network"_s)
            return i.firstChildElement(u"source"_s).attribute(u"network"_s);
    return {};
}

QStringList labInterfaceMacs(const QString &domainXml) {
    QStringList out;
    QDomDocument doc;
    const QDomElement devices = devicesOf(domainXml, &doc);
    for (QDomElement i = devices.firstChildElement(u"interface"_s); !i.isNull();
         i = i.nextSiblingElement(u"interface"_s))
        out << i.firstChildElement(u"mac"_s).attribute(u"address"_s);
    return out;
}

bool labInterfacesWithLink(const QString &domainXml, bool up, QStringList *devices) {
    QDomDocument doc;
    if (!doc.setContent(domainXml))
        return false;
    const QDomElement all = doc.documentElement().firstChildElement(u"devices"_s);
    for (QDomElement i = all.firstChildElement(u"interface"_s); !i.isNull();
         i = i.nextSiblingElement(u"interface"_s)) {
        QDomElement link = i.firstChildElement(u"link"_s);
        if (link.isNull()) {
            link = doc.createElement(u"link"_s);
            i.appendChild(link);
        }
        link.setAttribute(u"state"_s, up ? u"up"_s : u"down"_s);
        QString text;
        QTextStream ts(&text);
        i.save(ts, 0);
        *devices << text;
    }
    return true;
}

} // namespace virtdeck
