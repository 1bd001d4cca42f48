// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsettings.h"

#include "core/databaselistener.h"
#include "core/replyguard.h"
#include "core/storedatabase.h"
#include "core/taskpool.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

} // namespace

QString teamHostsJson(const QList<ConnectionConfig> &hosts) {
    QJsonArray out;
    for (const ConnectionConfig &c : hosts) {
        if (c.transient)
            continue;
        out.append(QJsonObject{{u"id"_s, c.id},
                               {u"name"_s, c.name},
                               {u"kind"_s, ConnectionConfig::kindName(c.kind)},
                               {u"user"_s, c.user},
                               {u"host"_s, c.host},
                               {u"port"_s, c.port},
                               {u"uri"_s, c.customUri},
                               {u"autoconnect"_s, c.autoconnect},
                               {u"readOnly"_s, c.readOnly},
                               {u"maintenance"_s, c.maintenance}});
    }
    return compactJson(out);
}

QList<ConnectionConfig> teamHostsFromJson(const QString &json) {
    QList<ConnectionConfig> out;
    for (const QJsonValue &v : arrayOf(json)) {
        const QJsonObject o = v.toObject();
        ConnectionConfig c;
        c.id = o.value(u"id"_s).toString();
        // Written by a newer version, or damaged: left out rather than guessed.
        if (c.id.isEmpty() ||
            !ConnectionConfig::kindFromName(o.value(u"kind"_s).toString(), &c.kind))
            continue;
        c.name = o.value(u"name"_s).toString();
        c.user = o.value(u"user"_s).toString();
        c.host = o.value(u"host"_s).toString();
        c.port = o.value(u"port"_s).toInt();
        c.customUri = o.value(u"uri"_s).toString();
        c.autoconnect = o.value(u"autoconnect"_s).toBool(true);
        c.readOnly = o.value(u"readOnly"_s).toBool();
        c.maintenance = o.value(u"maintenance"_s).toBool();
        out.append(c);
    }
    return out;
}

QList<ConnectionConfig> withLocalKeyFiles(QList<ConnectionConfig> team,
                                          const QList<ConnectionConfig> &local) {
    for (ConnectionConfig &c : team)
        for (const ConnectionConfig &mine : local)
            if (mine.id == c.id)
                c.keyFile = mine.keyFile;
    return team;
}

QString alertRulesJson(const QList<AlertRule> &rules) {
    QJsonArray out;
    for (const AlertRule &r : rules)
        out.append(QJsonObject{{u"id"_s, r.id},
                               {u"metric"_s, AlertRule::metricName(r.metric)},
                               {u"threshold"_s, r.threshold},
                               {u"duration"_s, r.durationSeconds},
                               {u"enabled"_s, r.enabled}});
    return compactJson(out);
}

QList<AlertRule> alertRulesFromJson(const QString &json) {
    QList<AlertRule> out;
    for (const QJsonValue &v : arrayOf(json)) {
        const QJsonObject o = v.toObject();
        AlertRule r;
        if (!AlertRule::metricFromName(o.value(u"metric"_s).toString(), &r.metric))
            continue;
        r.id = o.value(u"id"_s).toString();
        if (r.id.isEmpty())
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.threshold = o.value(u"threshold"_s).toDouble(90);
        r.durationSeconds = std::max(0, o.value(u"duration"_s).toInt());
        r.enabled = o.value(u"enabled"_s).toBool(true);
        out.append(r);
    }
    return out;
}

TeamStore::TeamStore()
    : m_connectionName(u"virtdeck-team-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

TeamStore::~TeamStore() {
    StoreDatabase::close(m_connectionName);
}

QString TeamStore::changeChannel() {
    return u"virtdeck_team"_s;
}

StoreSchema TeamStore::schema() {
    return {u"team"_s,
            {{u"CREATE TABLE IF NOT EXISTS team_settings (key TEXT PRIMARY KEY, value TEXT NOT "
              "NULL, updated_at INTEGER NOT NULL)"_s}},
            StoreDatabase::notifyStatements(changeChannel(), {u"team_settings"_s})};
}

bool TeamStore::open(const QString &location, QString *error) {
    return StoreDatabase::open(m_connectionName, location, tr("the team's settings"), schema(),
                               error);
}

bool TeamStore::canWrite() {
    return StoreDatabase::mayWrite(m_connectionName, {u"team_settings"_s});
}

bool TeamStore::read(const QString &key, QString *value, bool *found, QString *error) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT value FROM team_settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *found = q.next();
    *value = *found ? q.value(0).toString() : QString();
    return true;
}

bool TeamStore::write(const QString &key, const QString &value, QString *error) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO team_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT "
              "(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool loadTeamHosts(const QString &location, const QList<ConnectionConfig> &local,
                   QList<ConnectionConfig> *hosts, QString *error) {
    TeamStore store;
    QString json;
    bool found = false;
    if (!store.open(location, error) || !store.read(TeamStore::kHosts, &json, &found, error))
        return false;
    *hosts = withLocalKeyFiles(teamHostsFromJson(json), local);
    return true;
}

TeamSettings::TeamSettings(const QString &location, TaskPool *pool, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_pool(pool)
    , m_guard(std::make_unique<ReplyGuard<TeamSettings>>(this)) {}

TeamSettings::~TeamSettings() {
    m_guard->reset();
}

void TeamSettings::start(const QList<ConnectionConfig> &hosts, const QList<AlertRule> &rules) {
    if (m_listener)
        return;
    m_listener = new DatabaseListener(m_location, TeamStore::changeChannel(), this);
    connect(m_listener, &DatabaseListener::changed, this, [this] { fetch({}, {}); });
    m_listener->start();
    QList<ConnectionConfig> shared = hosts;
    shared.removeIf([](const ConnectionConfig &c) { return c.transient; });
    fetch(shared.isEmpty() ? QString() : teamHostsJson(shared), alertRulesJson(rules));
}

void TeamSettings::publishHosts(const QList<ConnectionConfig> &hosts) {
    publish(TeamStore::kHosts, teamHostsJson(hosts));
}

void TeamSettings::publishAlertRules(const QList<AlertRule> &rules) {
    publish(TeamStore::kAlertRules, alertRulesJson(rules));
}

void TeamSettings::fetch(const QString &seedHosts, const QString &seedRules) {
    const quint64 generation = m_generation;
    m_pool->start([location = m_location, seedHosts, seedRules, generation,
                   guard = *m_guard](const CancelToken &) {
        TeamStore store;
        QString error, hosts, rules;
        bool hasHosts = false, hasRules = false;
        bool ok = store.open(location, &error) &&
                  store.read(TeamStore::kHosts, &hosts, &hasHosts, &error) &&
                  store.read(TeamStore::kAlertRules, &rules, &hasRules, &error);
        const bool canWrite = ok && store.canWrite();
        // What the team does not have yet, the first window to join gives it.
        if (canWrite && !hasHosts && !seedHosts.isEmpty())
            ok = store.write(TeamStore::kHosts, seedHosts, &error);
        if (canWrite && ok && !hasRules && !seedRules.isEmpty())
            ok = store.write(TeamStore::kAlertRules, seedRules, &error);
        guard.reply([=](TeamSettings *t) {
            if (!ok) {
                Q_EMIT t->failed(
                    tr("The team's hosts and alert rules could not be read: %1").arg(error));
                return;
            }
            if (t->m_readOnly == canWrite) {
                t->m_readOnly = !canWrite;
                Q_EMIT t->readOnlyChanged(t->m_readOnly);
            }
            // A change this window made since, or still being written: the read may hold the
            // list from before it. The write's own notification brings the list again.
            if (generation != t->m_generation || t->m_writing > 0)
                return;
            if (hasHosts)
                Q_EMIT t->hostsArrived(teamHostsFromJson(hosts));
            if (hasRules)
                Q_EMIT t->alertRulesArrived(alertRulesFromJson(rules));
        });
    });
}

void TeamSettings::publish(const QString &key, const QString &json) {
    ++m_generation;
    ++m_writing;
    m_pool->start([location = m_location, key, json, guard = *m_guard](const CancelToken &) {
        TeamStore store;
        QString error;
        const bool ok = store.open(location, &error) && store.write(key, json, &error);
        guard.reply([ok, error](TeamSettings *t) {
            --t->m_writing;
            if (ok)
                return;
            Q_EMIT t->failed(tr("The change was kept on this computer only; the team's database "
                                "refused it: %1")
                                 .arg(error));
            t->fetch({}, {}); // what others changed meanwhile was dropped: read it now
        });
    });
}

} // namespace virtdeck
