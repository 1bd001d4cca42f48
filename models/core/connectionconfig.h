// SPDX-License-Identifier: GPL-3.0-or-later
// What the user configured for one connection: kind, address, autoconnect. Persisted in QSettings.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace virtdeck {

struct ConnectionConfig {
    Q_DECLARE_TR_FUNCTIONS(ConnectionConfig)

public:
    enum class Kind : quint8 { QemuSystem, QemuSession, RemoteSsh, Custom };

    QString id;   // stable key, independent of the URI
    QString name; // optional display name
    Kind kind = Kind::QemuSystem;
    QString user;
    QString host;
    int port = 0; // 0: ssh's default
    QString keyFile;
    QString customUri;
    bool autoconnect = true;
    bool readOnly = false; // opened with VIR_CONNECT_RO: the console only watches this host
    // The host is in maintenance: placement gives it no VM and plans move its VMs away
    // (HostCapacity::maintenance) until it ends. The headless runner reads it too.
    bool maintenance = false;
    bool transient = false; // from --connect or the demo: never written to settings

    // The libvirt URI this configuration opens.
    QString uri() const;
    // The name shown in tables: the user's name, or one derived from the URI.
    QString displayName() const;
    // Empty when the configuration can be opened; otherwise what is missing, for the dialog.
    QString validate() const;

    // A configuration for a URI typed on the command line (classified where possible).
    static ConnectionConfig fromUri(const QString &uri);
    static QString kindName(Kind k);
    static bool kindFromName(const QString &name, Kind *out);

    bool operator==(const ConnectionConfig &) const = default;
};

// Reads and writes the list under the "connections" group; transient entries are skipped.
QList<ConnectionConfig> loadConnectionConfigs(QSettings &settings);
void saveConnectionConfigs(QSettings &settings, const QList<ConnectionConfig> &configs);

} // namespace virtdeck
