// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "core/connectionmanager.h"
#include "core/filemodes.h"
#include "core/libvirt/connection.h"
#include "core/preferences.h"
#include "core/storedatabase.h"
#include "core/taskpool.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "stats/alertengine.h"
#include "stats/alertlogmodel.h"
#include "stats/libvirt/statssampler.h"
#include "stats/statsstore.h"
#include "storage/storagemanager.h"
#include "teamsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// Tasks mostly wait on libvirt or the disk, not on the CPU: room for every host's parallel lab
// batch; threads start only when needed and end after a while idle.
constexpr int kMaxTaskThreads = 256;
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_connections(new ConnectionManager(this))
    , m_domains(new DomainTableModel(this))
    , m_hosts(new HostTableModel(this))
    , m_preferences(new Preferences(nullptr, this))
    , m_storage(new StorageManager(m_connections, this))
    , m_sampler(new StatsSampler(this))
    , m_stats(new StatsStore(
          this, StatsStore::capacityForInterval(StatsSampler::storedIntervalSeconds())))
    , m_alerts(new AlertEngine(m_stats, this))
    , m_alertLog(new AlertLogModel(this))
    , m_tasks(new TaskPool(kMaxTaskThreads, this)) {
    // Connection names, hosts and key paths are the user's business only.
    QString modeError;
    if (!restrictSettingsToOwner(&modeError))
        qWarning("%s", qPrintable(modeError));
    // The monitoring interval follows the preference as soon as it changes.
    connect(m_preferences, &Preferences::changed, m_sampler, [this](const Preferences::Values &v) {
        m_sampler->setIntervalSeconds(v.statsIntervalSeconds);
    });
    auto *cm = m_connections;
    setUpStats();
    connect(cm, &ConnectionManager::connectionAdded, this, [this](const ConnectionConfig &c) {
        m_hosts->addHost(c.id, c.displayName(), c.uri());
        m_hosts->setMaintenance(c.id, c.maintenance);
        m_domains->setHostName(c.id, c.displayName());
    });
    connect(cm, &ConnectionManager::connectionUpdated, this, [this](const ConnectionConfig &c) {
        m_hosts->renameHost(c.id, c.displayName(), c.uri());
        m_hosts->setMaintenance(c.id, c.maintenance);
        m_domains->setHostName(c.id, c.displayName());
    });
    connect(cm, &ConnectionManager::connectionRemoved, this, [this](const QString &id) {
        m_domains->setDomains(id, {});
        m_hosts->removeHost(id);
        m_fallbackPending.remove(id);
    });
    connect(cm, &ConnectionManager::stateChanged, m_hosts, &HostTableModel::setState);
    connect(m_hosts, &HostTableModel::aliasChanged, this, &Workspace::onHostAlias);
    connect(cm, &ConnectionManager::hostInfoChanged, m_hosts, &HostTableModel::setHostInfo);
    connect(cm, &ConnectionManager::domainsListed, m_domains, &DomainTableModel::setDomains);
    connect(cm, &ConnectionManager::domainChanged, m_domains, &DomainTableModel::updateDomain);
    connect(cm, &ConnectionManager::domainRemoved, m_domains, &DomainTableModel::removeDomain);
    connect(cm, &ConnectionManager::stateChanged, this,
            [this](const QString &id, ConnectionState s, const QString &) {
                if (!m_fallbackArmed || !m_fallbackPending.contains(id))
                    return;
                if (s == ConnectionState::Connected) {
                    m_fallbackArmed = false; // a real host answered: no demo
                    m_fallbackPending.clear();
                } else if (s == ConnectionState::Failed || s == ConnectionState::Disconnected) {
                    m_fallbackPending.remove(id);
                    if (m_fallbackPending.isEmpty()) {
                        m_fallbackArmed = false;
                        openDemoHosts();
                    }
                }
            });
}

void Workspace::setUpStats() {
    auto *cm = m_connections;
    m_sampler->setSource([cm] {
        QList<Connection *> out;
        for (const auto &c : cm->configs())
            if (Connection *conn = cm->connection(c.id))
                out.append(conn);
        return out;
    });
    connect(m_sampler, &StatsSampler::sampled, m_stats, &StatsStore::ingest);
    connect(m_sampler, &StatsSampler::intervalChanged, m_stats,
            [this](int s) { m_stats->setCapacity(StatsStore::capacityForInterval(s)); });
    m_domains->setStatsStore(m_stats);
    m_hosts->setStatsStore(m_stats);
    connect(m_stats, &StatsStore::hostUpdated, m_domains, &DomainTableModel::statsUpdated);
    connect(m_stats, &StatsStore::hostUpdated, m_hosts, &HostTableModel::statsUpdated);
    connect(m_stats, &StatsStore::hostUpdated, m_alerts, &AlertEngine::evaluate);
    connect(cm, &ConnectionManager::connectionRemoved, this, [this](const QString &id) {
        m_stats->removeHost(id);
        m_alerts->removeHost(id);
    });
    connect(cm, &ConnectionManager::domainRemoved, m_stats, &StatsStore::removeDomain);
    connect(cm, &ConnectionManager::stateChanged, m_alerts, &AlertEngine::setConnectionState);
    // A freshly connected host gets its first sample at once instead of an interval later.
    connect(cm, &ConnectionManager::stateChanged, this,
            [this, cm](const QString &id, ConnectionState s, const QString &) {
                if (s == ConnectionState::Connected && m_sampler->isActive())
                    m_sampler->sample(cm->connection(id));
            });
    m_alerts->setNameResolvers([cm](const QString &id) { return cm->config(id).displayName(); },
                               [this](const QString &id, const QString &uuid) {
                                   const int row = m_domains->rowOf(id, uuid);
                                   return row < 0 ? uuid : m_domains->domainAt(row).name;
                               });
    QSettings settings;
    m_alerts->setRules(loadAlertRules(settings));
    connect(m_alerts, &AlertEngine::alertRaised, m_alertLog, &AlertLogModel::append);
}

void Workspace::onHostAlias(const QString &connectionId, const QString &firstId) {
    m_domains->setDuplicateHost(connectionId, !firstId.isEmpty());
    if (firstId.isEmpty()) {
        // It stands for its host now (the first connection went): list its VMs again.
        m_connections->refresh(connectionId);
        return;
    }
    const QString text = tr("%1 reaches the same host as %2; its VMs are shown once.")
                             .arg(m_connections->config(connectionId).displayName(),
                                  m_connections->config(firstId).displayName());
    Q_EMIT sameHostReached(connectionId, firstId, text);
}

Workspace::~Workspace() {
    // Background work first: it is told to stop and waited for (a backup leaves no manifest).
    delete m_tasks;
    // Stop the connection threads while the models they feed still exist.
    m_connections->shutdown();
}

void Workspace::shareWithTeam(const QString &location, bool hosts) {
    if (m_team || !StoreDatabase::isPostgresLocation(location))
        return;
    m_team = new TeamSettings(location, m_tasks, this);
    m_sharesHosts = hosts;
    connect(m_team, &TeamSettings::failed, this, &Workspace::teamProblem);
    connect(m_team, &TeamSettings::readOnlyChanged, this, &Workspace::teamReadOnlyChanged);
    if (hosts)
        connect(m_team, &TeamSettings::hostsArrived, this, &Workspace::applyTeamHosts);
    connect(m_team, &TeamSettings::alertRulesArrived, this, [this](const QList<AlertRule> &rules) {
        if (rules == m_alerts->rules())
            return;
        m_alerts->setRules(rules);
        QSettings settings;
        saveAlertRules(settings, rules);
    });
    m_team->start(hosts ? m_connections->configs() : QList<ConnectionConfig>(), m_alerts->rules());
}

void Workspace::applyTeamHosts(const QList<ConnectionConfig> &team) {
    const QList<ConnectionConfig> mine = m_connections->configs();
    QSet<QString> kept;
    for (const ConnectionConfig &c : withLocalKeyFiles(team, mine)) {
        kept.insert(c.id);
        if (!m_connections->contains(c.id))
            m_connections->addConnection(c, c.autoconnect);
        else if (!(m_connections->config(c.id) == c))
            m_connections->updateConnection(c);
    }
    for (const ConnectionConfig &c : mine)
        if (!c.transient && !kept.contains(c.id))
            m_connections->removeConnection(c.id);
    // This computer's copy, for a start while the database is away.
    QSettings settings;
    m_connections->save(settings);
}

bool Workspace::teamIsReadOnly() const {
    return m_team && m_team->isReadOnly();
}

void Workspace::saveConnections() {
    QSettings settings;
    m_connections->save(settings);
    if (m_team && m_sharesHosts && !m_team->isReadOnly())
        m_team->publishHosts(m_connections->configs());
}

void Workspace::setAlertRules(const QList<AlertRule> &rules) {
    m_alerts->setRules(rules);
    QSettings settings;
    saveAlertRules(settings, rules);
    if (m_team && !m_team->isReadOnly())
        m_team->publishAlertRules(rules);
}

QStringList Workspace::openDemoHosts(QString *error) {
    const QDir source(u":/virtdeck/demo"_s);
    const QStringList files = source.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        if (error)
            *error = tr("The demo hosts are not built into this program.");
        return {};
    }
    // The test driver reads a node document from an absolute path, so write them out.
    if (!m_demoDir) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        if (!m_demoDir->isValid()) {
            if (error)
                *error = tr("Cannot create a folder for the demo hosts: %1")
                             .arg(m_demoDir->errorString());
            m_demoDir.reset();
            return {};
        }
    }
    QStringList ids;
    for (const QString &name : files) {
        const QString target = m_demoDir->filePath(name);
        QFile::remove(target);
        if (!QFile::copy(source.filePath(name), target)) {
            if (error)
                *error = tr("Cannot write the demo host %1.").arg(target);
            continue;
        }
        ConnectionConfig c = ConnectionConfig::fromUri(u"test://"_s + target);
        c.name = tr("demo: %1").arg(name.section(u'.', 0, 0));
        c.transient = true;
        c.autoconnect = true;
        ids.append(m_connections->addConnection(c, true));
    }
    Q_EMIT demoOpened(ids);
    return ids;
}

void Workspace::fallBackToDemoUnlessConnected(const QStringList &ids) {
    m_fallbackPending = QSet<QString>(ids.begin(), ids.end());
    m_fallbackArmed = true;
    if (m_fallbackPending.isEmpty()) {
        m_fallbackArmed = false;
        openDemoHosts();
    }
}

} // namespace virtdeck
