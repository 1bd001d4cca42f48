// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluates the alert rules on every stats tick and on connection changes; raises each alert
// once when its condition has held for the rule's duration, and again only after it cleared.
// GUI thread.
#pragma once

#include "alertrule.h"

#include "core/hostinfo.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace virtdeck {

class StatsStore;

class AlertEngine : public QObject {
    Q_OBJECT
public:
    explicit AlertEngine(const StatsStore *store, QObject *parent = nullptr);

    QList<AlertRule> rules() const { return m_rules; }
    // Replaces the rules; conditions already pending restart their clock.
    void setRules(const QList<AlertRule> &rules);
    // How alerts name hosts and VMs (the tables know the names; the store only ids).
    void setNameResolvers(std::function<QString(const QString &)> hostName,
                          std::function<QString(const QString &, const QString &)> domainName);

    // Checks the rules against the latest tick of `connectionId` (the store's hostUpdated).
    void evaluate(const QString &connectionId);
    void setConnectionState(const QString &connectionId, ConnectionState state,
                            const QString &message);
    void removeHost(const QString &connectionId);

Q_SIGNALS:
    void alertRaised(const virtdeck::AlertEvent &event);

private:
    struct Pending {
        qint64 sinceMs = 0;
        bool fired = false;
        quint64 touched = 0;
    };
    void check(const QString &connectionId, const AlertRule &rule, const QString &uuid,
               double value, qint64 nowMs, quint64 generation);
    void checkDisconnected();
    void raise(const AlertRule &rule, const QString &connectionId, const QString &uuid,
               const QString &detail, qint64 nowMs);

    const StatsStore *m_store;
    QList<AlertRule> m_rules;
    std::function<QString(const QString &)> m_hostName;
    std::function<QString(const QString &, const QString &)> m_domainName;
    // connection -> (rule id + '/' + uuid) -> condition state
    QHash<QString, QHash<QString, Pending>> m_pending;
    QHash<QString, quint64> m_generation;
    struct Down {
        qint64 sinceMs = 0;
        QString message;
        QSet<QString> fired; // rule ids
    };
    QHash<QString, Down> m_down; // hosts that dropped after being connected
    QSet<QString> m_wasConnected;
    QTimer m_downTimer;
};

} // namespace virtdeck
