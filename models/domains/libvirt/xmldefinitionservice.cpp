// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmldefinitionservice.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/handles.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

// The object's inactive XML; empty on failure (libvirt's message is then the last error).
QString readXml(virConnectPtr conn, XmlObjectKind kind, const QString &uuid) {
    const QByteArray u = uuid.toLatin1();
    switch (kind) {
    case XmlObjectKind::Domain: {
        lv::DomainPtr dom(virDomainLookupByUUIDString(conn, u.constData()));
        return dom ? lv::takeString(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE |
                                                                       VIR_DOMAIN_XML_SECURE))
                   : QString();
    }
    case XmlObjectKind::StoragePool: {
        lv::PoolPtr pool(virStoragePoolLookupByUUIDString(conn, u.constData()));
        if (!pool)
            return {};
        if (char *x = virStoragePoolGetXMLDesc(pool.get(), VIR_STORAGE_XML_INACTIVE))
            return lv::takeString(x);
        return lv::takeString(virStoragePoolGetXMLDesc(pool.get(), 0)); // drivers without the flag
    }
    case XmlObjectKind::Network: {
        lv::NetworkPtr net(virNetworkLookupByUUIDString(conn, u.constData()));
        if (!net)
            return {};
        if (char *x = virNetworkGetXMLDesc(net.get(), VIR_NETWORK_XML_INACTIVE))
            return lv::takeString(x);
        return lv::takeString(virNetworkGetXMLDesc(net.get(), 0)); // the test driver has no flag
    }
    }
    return {};
}

// Defines the object; returns its UUID, or empty on failure.
QString define(virConnectPtr conn, XmlObjectKind kind, const QString &xml) {
    const QByteArray x = xml.toUtf8();
    char buf[VIR_UUID_STRING_BUFLEN] = {};
    switch (kind) {
    case XmlObjectKind::Domain: {
        lv::DomainPtr dom(virDomainDefineXMLFlags(conn, x.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        if (!dom || virDomainGetUUIDString(dom.get(), buf) < 0)
            return {};
        break;
    }
    case XmlObjectKind::StoragePool: {
        lv::PoolPtr pool(
            virStoragePoolDefineXML(conn, x.constData(), VIR_STORAGE_POOL_DEFINE_VALIDATE));
        if (!pool || virStoragePoolGetUUIDString(pool.get(), buf) < 0)
            return {};
        break;
    }
    case XmlObjectKind::Network: {
        lv::NetworkPtr net(
            virNetworkDefineXMLFlags(conn, x.constData(), VIR_NETWORK_DEFINE_VALIDATE));
        if (!net || virNetworkGetUUIDString(net.get(), buf) < 0)
            return {};
        break;
    }
    }
    return QString::fromLatin1(buf);
}

} // namespace

XmlDefinitionService::XmlDefinitionService(ConnectionManager *manager, const QString &connectionId,
                                           XmlObjectKind kind, const QString &uuid, QObject *parent)
    : ConnectionService(manager, connectionId, parent)
    , m_kind(kind)
    , m_uuid(uuid) {}

void XmlDefinitionService::load() {
    run([guard = guard<XmlDefinitionService>(), kind = m_kind, uuid = m_uuid](virConnectPtr conn) {
        QString xml, error;
        if (!conn)
            error = tr("Not connected");
        else if ((xml = readXml(conn, kind, uuid)).isEmpty())
            error = lv::lastError();
        guard.reply([xml, error](XmlDefinitionService *self) { Q_EMIT self->loaded(xml, error); });
    });
}

void XmlDefinitionService::apply(const QString &xml) {
    run([guard = guard<XmlDefinitionService>(), kind = m_kind, xml](virConnectPtr conn) {
        QString message, uuid, stored;
        if (!conn) {
            message = tr("Not connected");
        } else if ((uuid = define(conn, kind, xml)).isEmpty()) {
            message = lv::lastError();
        } else {
            stored = readXml(conn, kind, uuid);
            if (stored.isEmpty())
                virResetLastError();
        }
        const bool ok = !uuid.isEmpty();
        guard.reply([ok, message, uuid, stored](XmlDefinitionService *self) {
            if (ok)
                self->m_uuid = uuid;
            Q_EMIT self->applied(ok, message, uuid, stored);
        });
    });
}

} // namespace virtdeck
