// SPDX-License-Identifier: GPL-3.0-or-later
// The console's state without any window: connections and the tables fed by them. The GUI and
// the command-line subcommands both read these models. GUI thread.
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace virtdeck {

class AlertEngine;
class AlertLogModel;
class ConnectionManager;
class DomainTableModel;
class HostTableModel;
class Preferences;
class StorageManager;
class StatsSampler;
class StatsStore;
class TaskPool;
class TeamSettings;
struct AlertRule;
struct ConnectionConfig;

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    ConnectionManager *connections() const { return m_connections; }
    DomainTableModel *domains() const { return m_domains; }
    HostTableModel *hosts() const { return m_hosts; }
    Preferences *preferences() const { return m_preferences; }
    StorageManager *storage() const { return m_storage; }
    // Live statistics: the sampler feeds the store, which the tables' live columns, the charts
    // and the alert rules read. The window starts the sampler (sampler()->start()); command-line
    // subcommands leave it off so they never wait for a stats call.
    StatsSampler *sampler() const { return m_sampler; }
    StatsStore *stats() const { return m_stats; }
    AlertEngine *alerts() const { return m_alerts; }
    AlertLogModel *alertLog() const { return m_alertLog; }
    // The threads for blocking work that is not a connection thread's (backups, lab batches,
    // repository listings); the workspace's end cancels that work and waits for it.
    TaskPool *tasks() const { return m_tasks; }

    // Opens the demo hosts built into the application (test-driver node documents under
    // ":/virtdeck/demo"), as transient connections. Returns their ids; empty with `error` set
    // when the documents are missing or cannot be written out.
    QStringList openDemoHosts(QString *error = nullptr);
    // Watches `ids`; if none of them connects on its first attempt, opens the demo hosts.
    void fallBackToDemoUnlessConnected(const QStringList &ids);

    // Shares the alert rules, and the list of hosts when `hosts`, with the team whose PostgreSQL
    // database is `location` (TeamSettings): what another window changes arrives here, and what
    // this one saves goes there. Nothing for an SQLite location.
    void shareWithTeam(const QString &location, bool hosts);
    TeamSettings *team() const { return m_team; }
    // The hosts and alert rules are the team's and this database role may not change them:
    // the window greys out what would.
    bool teamIsReadOnly() const;
    bool sharesHostsWithTeam() const { return m_team && m_sharesHosts; }
    // Saves the list of hosts in this user's settings and, when shared, for the team.
    void saveConnections();
    // The alert rules in force from now on, saved like the hosts.
    void setAlertRules(const QList<AlertRule> &rules);

Q_SIGNALS:
    void demoOpened(const QStringList &ids);
    // A second connection reached a host another open connection already has (same host
    // uuid): `text` says so, for the window's log and status bar. Its VMs are listed once.
    void sameHostReached(const QString &connectionId, const QString &firstId, const QString &text);
    // The team's hosts or alert rules could not be read or written (shareWithTeam).
    void teamProblem(const QString &text);
    void teamReadOnlyChanged(bool readOnly);

private:
    void setUpStats();
    // A connection became (or stopped being) an alias of another one to the same host.
    void onHostAlias(const QString &connectionId, const QString &firstId);
    // The team's list replaces this window's (each computer keeps its key files).
    void applyTeamHosts(const QList<ConnectionConfig> &team);

    ConnectionManager *m_connections;
    DomainTableModel *m_domains;
    HostTableModel *m_hosts;
    Preferences *m_preferences;
    StorageManager *m_storage;
    StatsSampler *m_sampler;
    StatsStore *m_stats;
    AlertEngine *m_alerts;
    AlertLogModel *m_alertLog;
    TaskPool *m_tasks;
    TeamSettings *m_team = nullptr;
    bool m_sharesHosts = false;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QSet<QString> m_fallbackPending;
    bool m_fallbackArmed = false;
};

} // namespace virtdeck
