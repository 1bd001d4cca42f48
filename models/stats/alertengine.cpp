// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertengine.h"

#include "statsstore.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace virtdeck {

using namespace Qt::StringLiterals;

AlertEngine::AlertEngine(const StatsStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    qRegisterMetaType<AlertEvent>();
    m_downTimer.setInterval(1000);
    connect(&m_downTimer, &QTimer::timeout, this, &AlertEngine::checkDisconnected);
}

void AlertEngine::setRules(const QList<AlertRule> &rules) {
    m_rules = rules;
    m_pending.clear();
    for (auto &d : m_down)
        d.fired.clear();
    if (!m_down.isEmpty())
        checkDisconnected();
}

void AlertEngine::setNameResolvers(
    std::function<QString(const QString &)> hostName,
    std::function<QString(const QString &, const QString &)> domainName) {
    m_hostName = std::move(hostName);
    m_domainName = std::move(domainName);
}

void AlertEngine::evaluate(const QString &connectionId) {
    const StatsStore::HostHistory *h = m_store->host(connectionId);
    if (!h || h->timeline.wallMs.isEmpty())
        return;
    const qint64 now = h->timeline.wallMs.last();
    const quint64 gen = ++m_generation[connectionId];
    for (const AlertRule &rule : std::as_const(m_rules)) {
        if (!rule.enabled)
            continue;
        switch (rule.metric) {
        case AlertRule::Metric::HostCpu:
            check(connectionId, rule, {}, h->latest.cpuPercent, now, gen);
            break;
        case AlertRule::Metric::HostMemory:
            check(connectionId, rule, {},
                  h->latest.memoryUsedBytes * 100.0 / h->latest.memoryTotalBytes, now, gen);
            break;
        case AlertRule::Metric::VmCpu:
        case AlertRule::Metric::VmMemory:
            for (const auto &[uuid, d] : h->domains) {
                const double v = rule.metric == AlertRule::Metric::VmCpu
                                     ? d.latest.cpuPercent
                                     : d.latest.memoryUsedBytes * 100.0 / d.latest.memoryTotalBytes;
                if (!std::isnan(v) && v > rule.threshold) // only conditions that hold are kept
                    check(connectionId, rule, uuid, v, now, gen);
            }
            break;
        case AlertRule::Metric::HostDisconnected:
            break;
        }
    }
    // Conditions not seen this tick have cleared (or their VM stopped).
    auto &pending = m_pending[connectionId];
    for (auto it = pending.begin(); it != pending.end();) {
        if (it->touched != gen)
            it = pending.erase(it);
        else
            ++it;
    }
}

void AlertEngine::check(const QString &connectionId, const AlertRule &rule, const QString &uuid,
                        double value, qint64 nowMs, quint64 generation) {
    if (std::isnan(value) || value <= rule.threshold)
        return; // not touched: swept as cleared
    const QString key = rule.id + u'/' + uuid;
    auto &pending = m_pending[connectionId];
    auto it = pending.find(key);
    if (it == pending.end())
        it = pending.insert(key, Pending{nowMs, false, generation});
    it->touched = generation;
    if (!it->fired && nowMs - it->sinceMs >= qint64(rule.durationSeconds) * 1000) {
        it->fired = true;
        raise(rule, connectionId, uuid,
              tr("%1: %2 %").arg(rule.description(), QLocale().toString(value, 'f', 1)), nowMs);
    }
}

void AlertEngine::setConnectionState(const QString &connectionId, ConnectionState state,
                                     const QString &message) {
    if (state == ConnectionState::Connected) {
        m_wasConnected.insert(connectionId);
        m_down.remove(connectionId);
    } else if ((state == ConnectionState::Disconnected || state == ConnectionState::Failed) &&
               m_wasConnected.contains(connectionId) && !m_down.contains(connectionId)) {
        m_down.insert(connectionId, Down{QDateTime::currentMSecsSinceEpoch(), message, {}});
        checkDisconnected();
    } else if (!message.isEmpty() && m_down.contains(connectionId)) {
        m_down[connectionId].message = message;
    }
    if (m_down.isEmpty())
        m_downTimer.stop();
    else if (!m_downTimer.isActive())
        m_downTimer.start();
}

void AlertEngine::removeHost(const QString &connectionId) {
    m_pending.remove(connectionId);
    m_generation.remove(connectionId);
    m_down.remove(connectionId);
    m_wasConnected.remove(connectionId);
}

void AlertEngine::checkDisconnected() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_down.begin(); it != m_down.end(); ++it) {
        for (const AlertRule &rule : std::as_const(m_rules)) {
            if (!rule.enabled || rule.metric != AlertRule::Metric::HostDisconnected ||
                it->fired.contains(rule.id))
                continue;
            if (now - it->sinceMs >= qint64(rule.durationSeconds) * 1000) {
                it->fired.insert(rule.id);
                raise(rule, it.key(), {},
                      it->message.isEmpty() ? rule.description()
                                            : tr("%1: %2").arg(rule.description(), it->message),
                      now);
            }
        }
    }
}

void AlertEngine::raise(const AlertRule &rule, const QString &connectionId, const QString &uuid,
                        const QString &detail, qint64 nowMs) {
    AlertEvent e;
    e.wallMs = nowMs;
    e.ruleId = rule.id;
    e.connectionId = connectionId;
    e.uuid = uuid;
    e.hostName = m_hostName ? m_hostName(connectionId) : connectionId;
    e.subject =
        uuid.isEmpty() ? e.hostName : (m_domainName ? m_domainName(connectionId, uuid) : uuid);
    e.message = detail;
    Q_EMIT alertRaised(e);
}

} // namespace virtdeck
