// SPDX-License-Identifier: GPL-3.0-or-later
// The list of hosts and the alert rules a team shares on its PostgreSQL database (the table
// team_settings, one JSON document per key), so that every window and every headless runner on
// that database uses one list. Never a password (those stay in each user's keyring) and never a
// key file (a path on one computer: each computer keeps its own). Each window keeps its last copy
// in its QSettings, so it starts with that copy and works on while the database is away.
//
// TeamStore is the synchronous store (any thread, one connection per object); TeamSettings runs
// it for a window on the workspace's TaskPool and listens for other windows' changes.
#pragma once

#include "core/connectionconfig.h"
#include "stats/alertrule.h"

#include <QObject>
#include <QString>

#include <memory>

namespace virtdeck {

class DatabaseListener;
class TaskPool;
struct StoreSchema;
template <typename Target> class ReplyGuard;

// The shared fields of `hosts` as JSON (transient connections and key files left out), and back.
QString teamHostsJson(const QList<ConnectionConfig> &hosts);
QList<ConnectionConfig> teamHostsFromJson(const QString &json);
// The team's hosts with this computer's key files (matched by id) put back in.
QList<ConnectionConfig> withLocalKeyFiles(QList<ConnectionConfig> team,
                                          const QList<ConnectionConfig> &local);
QString alertRulesJson(const QList<AlertRule> &rules);
QList<AlertRule> alertRulesFromJson(const QString &json);

class TeamStore {
    Q_DECLARE_TR_FUNCTIONS(TeamStore)

public:
    static inline const QString kHosts = QStringLiteral("hosts");
    static inline const QString kAlertRules = QStringLiteral("alerts/rules");

    TeamStore();
    ~TeamStore();
    TeamStore(const TeamStore &) = delete;
    TeamStore &operator=(const TeamStore &) = delete;

    static QString changeChannel();
    static StoreSchema schema();

    bool open(const QString &location, QString *error);
    // False when this database role may read the team's settings but not change them.
    bool canWrite();
    // `*found` false (and true returned) when the team never stored `key`.
    bool read(const QString &key, QString *value, bool *found, QString *error);
    bool write(const QString &key, const QString &value, QString *error);

private:
    QString m_connectionName;
};

// For a command-line process: the team's hosts on `location`, with this computer's key files.
// False with `error` when the database does not answer; true with an empty list when the team
// stored none.
bool loadTeamHosts(const QString &location, const QList<ConnectionConfig> &local,
                   QList<ConnectionConfig> *hosts, QString *error);

// A window's link to the team's settings. Created and used on the GUI thread; every database
// call runs on `pool`.
class TeamSettings : public QObject {
    Q_OBJECT
public:
    TeamSettings(const QString &location, TaskPool *pool, QObject *parent = nullptr);
    ~TeamSettings() override;

    // Reads the team's lists, and from then on again whenever another window changes them. A
    // list the team does not have yet is seeded with this window's (the first window to join
    // shares what it had).
    void start(const QList<ConnectionConfig> &hosts, const QList<AlertRule> &rules);
    void publishHosts(const QList<ConnectionConfig> &hosts);
    void publishAlertRules(const QList<AlertRule> &rules);
    // This database role may read the team's lists but not change them (as last read).
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    // Emitted before the lists when the role's right to change them is found to differ.
    void readOnlyChanged(bool readOnly);
    void hostsArrived(const QList<virtdeck::ConnectionConfig> &hosts);
    void alertRulesArrived(const QList<virtdeck::AlertRule> &rules);
    // A read or a write failed; `why` is for the status bar. Nothing local was changed.
    void failed(const QString &why);

private:
    void fetch(const QString &seedHosts, const QString &seedRules);
    void publish(const QString &key, const QString &json);

    QString m_location;
    TaskPool *m_pool;
    DatabaseListener *m_listener = nullptr;
    std::unique_ptr<ReplyGuard<TeamSettings>> m_guard;
    // Bumped by each publish: a read that started before it may hold the old list and is
    // dropped (the change this window made is what it shows).
    quint64 m_generation = 0;
    int m_writing = 0; // publishes not finished yet
    bool m_readOnly = false;
};

} // namespace virtdeck
