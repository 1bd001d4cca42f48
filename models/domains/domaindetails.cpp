// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaindetails.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const auto kLibosinfoNs = u"http://libosinfo.org/xmlns/libvirt/domain/1.0"_s;
}

QList<DomainNic> parseDomainNics(const QString &xml) {
    QList<DomainNic> nics;
    QXmlStreamReader r(xml);
    int depth = 0;
    bool inDevices = false;
    DomainNic *current = nullptr;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            const auto name = r.name();
            const auto attrs = r.attributes();
            if (depth == 2 && name == u"devices"_s) {
                inDevices = true;
            } else if (inDevices && depth == 3 && name == u"interface"_s) {
                nics.append(DomainNic{});
                current = &nics.last();
                current->type = attrs.value(u"type"_s).toString();
            } else if (current && depth == 4) {
                if (name == u"source"_s) {
                    for (const auto &key : {u"network"_s, u"bridge"_s, u"dev"_s}) {
                        if (attrs.hasAttribute(key)) {
                            current->source = attrs.value(key).toString();
                            break;
                        }
                    }
                } else if (name == u"mac"_s) {
                    current->mac = attrs.value(u"address"_s).toString();
                } else if (name == u"model"_s) {
                    current->model = attrs.value(u"type"_s).toString();
                } else if (name == u"target"_s) {
                    current->target = attrs.value(u"dev"_s).toString();
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth == 3)
                current = nullptr;
            if (depth == 2)
                inDevices = false;
            --depth;
            break;
        default:
            break;
        }
    }
    return r.hasError() ? QList<DomainNic>{} : nics;
}

QString parseLibosinfoId(const QString &xml) {
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"os"_s &&
            r.namespaceUri() == kLibosinfoNs)
            return r.attributes().value(u"id"_s).toString();
    }
    return {};
}

QString osNameFromLibosinfoId(const QString &id) {
    if (id.isEmpty())
        return {};
    // Ids are URLs of the form http://vendor/family/version; some omit the version.
    QString rest = id;
    const int scheme = rest.indexOf(u"://"_s);
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return id;
    parts.removeFirst(); // vendor domain
    QString family = parts.takeFirst();
    static const QList<std::pair<QString, QString>> kNames = {
        {u"win"_s, u"Windows"_s},          {u"rhel"_s, u"Red Hat Enterprise Linux"_s},
        {u"centos"_s, u"CentOS"_s},        {u"sles"_s, u"SUSE Linux Enterprise Server"_s},
        {u"opensuse"_s, u"openSUSE"_s},    {u"freebsd"_s, u"FreeBSD"_s},
        {u"openbsd"_s, u"OpenBSD"_s},      {u"netbsd"_s, u"NetBSD"_s},
        {u"macosx"_s, u"macOS"_s},         {u"alpinelinux"_s, u"Alpine Linux"_s},
        {u"archlinux"_s, u"Arch Linux"_s}, {u"nixos"_s, u"NixOS"_s},
        {u"ubuntu"_s, u"Ubuntu"_s},        {u"debian"_s, u"Debian"_s},
        {u"fedora"_s, u"Fedora"_s},        {u"rocky"_s, u"Rocky Linux"_s},
        {u"almalinux"_s, u"AlmaLinux"_s},
    };
    QString pretty;
    for (const auto &[key, name] : kNames)
        if (family == key)
            pretty = name;
    if (pretty.isEmpty()) {
        pretty = family;
        if (!pretty.isEmpty())
            pretty[0] = pretty[0].toUpper();
    }
    if (!parts.isEmpty())
        pretty += u' ' + parts.join(u' ');
    return pretty;
}

void fillDetailsFromXml(DomainDetails &details, const QString &xml) {
    details.disks = parseDomainDisks(xml);
    details.nics = parseDomainNics(xml);
    details.osId = parseLibosinfoId(xml);
    details.osName = osNameFromLibosinfoId(details.osId);
    QXmlStreamReader r(xml);
    int depth = 0;
    QString parent;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const auto name = r.name();
        if (depth == 2)
            parent = name.toString();
        if (depth == 2 && name == u"vcpu"_s) {
            details.maxVcpus = r.readElementText().trimmed().toInt();
            --depth;
        } else if (depth == 3 && parent == u"os"_s && name == u"type"_s) {
            details.arch = r.attributes().value(u"arch"_s).toString();
            details.machine = r.attributes().value(u"machine"_s).toString();
        } else if (depth == 3 && parent == u"devices"_s && name == u"graphics"_s) {
            details.hasGraphics = true;
        } else if (depth == 3 && parent == u"metadata"_s &&
                   r.namespaceUri() == QLatin1StringView(kReplicaNamespace)) {
            const QXmlStreamAttributes a = r.attributes();
            details.replica.state = a.value(u"state"_s).toString();
            details.replica.sourceHost = a.value(u"source-host"_s).toString();
            details.replica.taken =
                QDateTime::fromString(a.value(u"taken"_s).toString(), Qt::ISODate);
            details.replica.capacity = a.value(u"capacity"_s).toULongLong();
        }
    }
}

} // namespace virtdeck
