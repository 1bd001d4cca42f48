// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/graphicsinfo.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace virtdeck {

QString GraphicsInfo::tunnelHost() const {
    if (listen.isEmpty() || listen == "0.0.0.0"_L1 || listen == "::"_L1)
        return u"127.0.0.1"_s;
    return listen;
}

namespace {

// Reads a <graphics> element's attributes and its <listen> children.
GraphicsInfo readGraphics(QXmlStreamReader &xml) {
    GraphicsInfo g;
    const auto a = xml.attributes();
    g.type = a.value("type"_L1).toString();
    g.listen = a.value("listen"_L1).toString();
    g.password = a.value("passwd"_L1).toString();
    g.socket = a.value("socket"_L1).toString();
    bool ok = false;
    const int port = a.value("port"_L1).toInt(&ok);
    g.port = ok && port > 0 ? port : -1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "listen"_L1) {
            const auto l = xml.attributes();
            if (l.value("type"_L1) == "socket"_L1 && g.socket.isEmpty())
                g.socket = l.value("socket"_L1).toString();
            if (l.value("type"_L1) == "address"_L1 && g.listen.isEmpty())
                g.listen = l.value("address"_L1).toString();
        }
        xml.skipCurrentElement();
    }
    return g;
}

} // namespace

GraphicsInfo parseGraphics(const QString &domainXml) {
    QXmlStreamReader xml(domainXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "graphics"_L1)
            return readGraphics(xml);
    }
    return {};
}

} // namespace virtdeck
