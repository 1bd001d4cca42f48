// SPDX-License-Identifier: GPL-3.0-or-later
// A threshold rule ("host memory above 90 %", "a VM's CPU above 95 % for 5 minutes") and its
// persistence in QSettings. Plain values.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

class QSettings;

namespace virtdeck {

struct AlertRule {
    Q_DECLARE_TR_FUNCTIONS(AlertRule)

public:
    enum class Metric : quint8 {
        HostCpu,          // % of the host's CPUs
        HostMemory,       // % of the host's memory in use
        VmCpu,            // % of a VM's vCPUs
        VmMemory,         // % of a VM's memory in use (needs the balloon driver)
        HostDisconnected, // the connection dropped and stays down
    };

    QString id;
    Metric metric = Metric::HostMemory;
    double threshold = 90; // percent; ignored for HostDisconnected
    int durationSeconds = 0;
    bool enabled = true;

    bool operator==(const AlertRule &) const = default;

    bool hasThreshold() const { return metric != Metric::HostDisconnected; }
    bool isPerVm() const { return metric == Metric::VmCpu || metric == Metric::VmMemory; }
    // "Host memory above 90 % for 5 min", translated.
    QString description() const;
    static QString metricText(Metric m);
    static QString metricName(Metric m); // stable, for settings
    static bool metricFromName(const QString &name, Metric *out);
};

QList<AlertRule> defaultAlertRules();
// The rules saved under "alerts/rules"; the defaults when nothing was ever saved.
QList<AlertRule> loadAlertRules(QSettings &settings);
void saveAlertRules(QSettings &settings, const QList<AlertRule> &rules);

// One raised alert, as the alerts log shows it.
struct AlertEvent {
    qint64 wallMs = 0;
    QString ruleId;
    QString connectionId;
    QString uuid; // empty for host alerts
    QString hostName;
    QString subject; // the VM's or the host's name
    QString message;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::AlertEvent)
