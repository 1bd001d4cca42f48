// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and redefines the XML definition of one domain, storage pool or network on one host.
// Lives on the GUI thread; libvirt runs in Connection::post() jobs, results come back as signals.
#pragma once

#include "core/libvirt/connectionservice.h"

#include <QObject>

#include <functional>

struct _virConnect;

namespace virtdeck {

class ConnectionManager;

enum class XmlObjectKind : quint8 { Domain, StoragePool, Network };

class XmlDefinitionService : public ConnectionService {
    Q_OBJECT
public:
    // `uuid` names the object on the host `connectionId`.
    XmlDefinitionService(ConnectionManager *manager, const QString &connectionId,
                         XmlObjectKind kind, const QString &uuid, QObject *parent = nullptr);

    XmlObjectKind kind() const { return m_kind; }
    QString uuid() const { return m_uuid; }

    // The persistent (inactive) definition.
    void load();
    // Defines `xml` with libvirt's schema validation. A rejected definition leaves the old one.
    void apply(const QString &xml);

Q_SIGNALS:
    void loaded(const QString &xml, const QString &error);
    // On success `uuid` is the defined object's (the user may have changed it) and `xml` the
    // definition as libvirt stored it; on failure `message` is libvirt's own.
    void applied(bool ok, const QString &message, const QString &uuid, const QString &xml);

private:
    XmlObjectKind m_kind;
    QString m_uuid;
};

} // namespace virtdeck
