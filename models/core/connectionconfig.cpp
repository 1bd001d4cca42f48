// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionconfig.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {} // namespace

QString ConnectionConfig::uri() const {
    switch (kind) {
    case Kind::QemuSystem:
        return u"qemu:///system"_s;
    case Kind::QemuSession:
        return u"qemu:///session"_s;
    case Kind::RemoteSsh: {
        QUrl url;
        url.setScheme(u"qemu+ssh"_s);
        url.setUserName(user);
        url.setHost(host);
        if (port > 0)
            url.setPort(port);
        url.setPath(u"/system"_s);
        if (!keyFile.isEmpty()) {
            QUrlQuery q;
            q.addQueryItem(u"keyfile"_s, QString::fromLatin1(QUrl::toPercentEncoding(keyFile)));
            url.setQuery(q);
        }
        return url.toString(QUrl::FullyEncoded);
    }
    case Kind::Custom:
        return customUri.trimmed();
    }
    return {};
}

QString ConnectionConfig::displayName() const {
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    switch (kind) {
    case Kind::QemuSystem:
        return ConnectionConfig::tr("QEMU/KVM (system)");
    case Kind::QemuSession:
        return ConnectionConfig::tr("QEMU/KVM (user session)");
    case Kind::RemoteSsh:
        return user.isEmpty() ? host : user % u'@' % host;
    case Kind::Custom:
        break;
    }
    const QUrl url(customUri);
    if (url.scheme() == u"test"_s) {
        const QString file = url.path().section(u'/', -1);
        return file.isEmpty() || file == u"default"_s ? u"test"_s : file.section(u'.', 0, 0);
    }
    if (!url.host().isEmpty())
        return url.host();
    return customUri;
}

QString ConnectionConfig::validate() const {
    switch (kind) {
    case Kind::QemuSystem:
    case Kind::QemuSession:
        return {};
    case Kind::RemoteSsh:
        if (host.trimmed().isEmpty())
            return ConnectionConfig::tr("Enter the host name or address of the remote hypervisor.");
        if (host.contains(u' ') || host.contains(u'/') || host.contains(u'@'))
            return ConnectionConfig::tr("The host name may not contain spaces, '/' or '@'.");
        if (port < 0 || port > 65535)
            return ConnectionConfig::tr("The port must be between 1 and 65535.");
        return {};
    case Kind::Custom: {
        const QUrl url(customUri.trimmed(), QUrl::StrictMode);
        if (customUri.trimmed().isEmpty())
            return ConnectionConfig::tr(
                "Enter a libvirt URI, for example qemu+ssh://user@host/system.");
        if (!url.isValid() || url.scheme().isEmpty())
            return ConnectionConfig::tr("This is not a valid libvirt URI.");
        return {};
    }
    }
    return {};
}

ConnectionConfig ConnectionConfig::fromUri(const QString &uri) {
    ConnectionConfig c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString trimmed = uri.trimmed();
    if (trimmed == u"qemu:///system"_s) {
        c.kind = Kind::QemuSystem;
    } else if (trimmed == u"qemu:///session"_s) {
        c.kind = Kind::QemuSession;
    } else {
        c.kind = Kind::Custom;
        c.customUri = trimmed;
    }
    return c;
}

QString ConnectionConfig::kindName(Kind k) {
    switch (k) {
    case Kind::QemuSystem:
        return u"qemu-system"_s;
    case Kind::QemuSession:
        return u"qemu-session"_s;
    case Kind::RemoteSsh:
        return u"ssh"_s;
    case Kind::Custom:
        return u"custom"_s;
    }
    return {};
}

bool ConnectionConfig::kindFromName(const QString &name, Kind *out) {
    for (Kind k : {Kind::QemuSystem, Kind::QemuSession, Kind::RemoteSsh, Kind::Custom}) {
        if (kindName(k) == name) {
            *out = k;
            return true;
        }
    }
    return false;
}

QList<ConnectionConfig> loadConnectionConfigs(QSettings &settings) {
    QList<ConnectionConfig> out;
    const int n = settings.beginReadArray(u"connections"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionConfig c;
        c.id = settings.value(u"id"_s).toString();
        if (c.id.isEmpty())
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.name = settings.value(u"name"_s).toString();
        if (!ConnectionConfig::kindFromName(settings.value(u"kind"_s).toString(), &c.kind))
            continue; // written by a newer version: leave it alone rather than guess
        c.user = settings.value(u"user"_s).toString();
        c.host = settings.value(u"host"_s).toString();
        c.port = settings.value(u"port"_s, 0).toInt();
        c.keyFile = settings.value(u"keyFile"_s).toString();
        c.customUri = settings.value(u"uri"_s).toString();
        c.autoconnect = settings.value(u"autoconnect"_s, true).toBool();
        c.readOnly = settings.value(u"readOnly"_s, false).toBool();
        c.maintenance = settings.value(u"maintenance"_s, false).toBool();
        out.append(c);
    }
    settings.endArray();
    return out;
}

void saveConnectionConfigs(QSettings &settings, const QList<ConnectionConfig> &configs) {
    settings.remove(u"connections"_s);
    settings.beginWriteArray(u"connections"_s);
    int i = 0;
    for (const auto &c : configs) {
        if (c.transient)
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(u"id"_s, c.id);
        settings.setValue(u"name"_s, c.name);
        settings.setValue(u"kind"_s, ConnectionConfig::kindName(c.kind));
        settings.setValue(u"user"_s, c.user);
        settings.setValue(u"host"_s, c.host);
        settings.setValue(u"port"_s, c.port);
        settings.setValue(u"keyFile"_s, c.keyFile);
        settings.setValue(u"uri"_s, c.customUri);
        settings.setValue(u"autoconnect"_s, c.autoconnect);
        settings.setValue(u"readOnly"_s, c.readOnly);
        settings.setValue(u"maintenance"_s, c.maintenance);
    }
    settings.endArray();
}

} // namespace virtdeck
