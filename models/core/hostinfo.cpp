// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostinfo.h"

#include <QCoreApplication>
#include <QUuid>
#include <QXmlStreamReader>

namespace virtdeck {

using namespace Qt::StringLiterals;

QString connectionStateName(ConnectionState s) {
    switch (s) {
    case ConnectionState::Disconnected:
        return u"disconnected"_s;
    case ConnectionState::Connecting:
        return u"connecting"_s;
    case ConnectionState::Connected:
        return u"connected"_s;
    case ConnectionState::Failed:
        return u"failed"_s;
    }
    return {};
}

QString connectionStateText(ConnectionState s) {
    switch (s) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("ConnectionState", "Disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting…");
    case ConnectionState::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionState::Failed:
        return QCoreApplication::translate("ConnectionState", "Failed");
    }
    return {};
}

QString libvirtVersionString(unsigned long long v) {
    return u"%1.%2.%3"_s.arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
}

namespace {
// A uuid in libvirt's form (lower case, dashes), or empty for anything else (all zeros too:
// some firmware reports that for every machine).
QString normalUuid(const QString &text) {
    const QUuid u(text.trimmed());
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}
} // namespace

QString hostUuidFromCapabilities(const QString &capabilitiesXml) {
    QXmlStreamReader xml(capabilitiesXml);
    QStringList path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(xml.name().toString());
            if (path == QStringList{u"capabilities"_s, u"host"_s, u"uuid"_s})
                return normalUuid(xml.readElementText());
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    return {};
}

QString hostUuidFromSysinfo(const QString &sysinfoXml) {
    QXmlStreamReader xml(sysinfoXml);
    bool inSystem = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"system")
                inSystem = true;
            else if (inSystem && xml.name() == u"entry" &&
                     xml.attributes().value(u"name"_s) == u"uuid")
                return normalUuid(xml.readElementText());
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"system") {
            inSystem = false;
        }
    }
    return {};
}

} // namespace virtdeck
