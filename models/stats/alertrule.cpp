// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QUuid>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

QString ruleDurationText(int seconds) {
    if (seconds % 60 == 0)
        return QCoreApplication::translate("AlertRule", "%n min", nullptr, seconds / 60);
    return QCoreApplication::translate("AlertRule", "%n s", nullptr, seconds);
}

constexpr struct {
    AlertRule::Metric metric;
    const char *name;
    const char *text;
} kMetrics[] = {
    {AlertRule::Metric::HostCpu, "host-cpu", QT_TRANSLATE_NOOP("AlertRule", "Host CPU")},
    {AlertRule::Metric::HostMemory, "host-memory", QT_TRANSLATE_NOOP("AlertRule", "Host memory")},
    {AlertRule::Metric::VmCpu, "vm-cpu", QT_TRANSLATE_NOOP("AlertRule", "VM CPU")},
    {AlertRule::Metric::VmMemory, "vm-memory", QT_TRANSLATE_NOOP("AlertRule", "VM memory")},
    {AlertRule::Metric::HostDisconnected, "host-disconnected",
     QT_TRANSLATE_NOOP("AlertRule", "Host disconnected")},
};
} // namespace

QString AlertRule::metricText(Metric m) {
    for (const auto &k : kMetrics)
        if (k.metric == m)
            return AlertRule::tr(k.text);
    return {};
}

QString AlertRule::metricName(Metric m) {
    for (const auto &k : kMetrics)
        if (k.metric == m)
            return QString::fromLatin1(k.name);
    return {};
}

bool AlertRule::metricFromName(const QString &name, Metric *out) {
    for (const auto &k : kMetrics) {
        if (name == QLatin1String(k.name)) {
            *out = k.metric;
            return true;
        }
    }
    return false;
}

QString AlertRule::description() const {
    QString s = hasThreshold() ? AlertRule::tr("%1 above %2 %")
                                     .arg(metricText(metric), QLocale().toString(threshold, 'g', 4))
                               : metricText(metric);
    if (durationSeconds > 0)
        s = AlertRule::tr("%1 for %2").arg(s, ruleDurationText(durationSeconds));
    return s;
}

QList<AlertRule> defaultAlertRules() {
    return {
        {u"default-host-memory"_s, AlertRule::Metric::HostMemory, 90, 0, true},
        {u"default-vm-cpu"_s, AlertRule::Metric::VmCpu, 95, 300, true},
        {u"default-host-disconnected"_s, AlertRule::Metric::HostDisconnected, 0, 10, true},
    };
}

QList<AlertRule> loadAlertRules(QSettings &settings) {
    if (!settings.contains(u"alerts/saved"_s))
        return defaultAlertRules();
    QList<AlertRule> rules;
    const int n = settings.beginReadArray(u"alerts/rules"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        AlertRule r;
        if (!AlertRule::metricFromName(settings.value(u"metric"_s).toString(), &r.metric))
            continue;
        r.id = settings.value(u"id"_s).toString();
        if (r.id.isEmpty())
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.threshold = settings.value(u"threshold"_s, 90.0).toDouble();
        r.durationSeconds = std::max(0, settings.value(u"duration"_s, 0).toInt());
        r.enabled = settings.value(u"enabled"_s, true).toBool();
        rules.append(r);
    }
    settings.endArray();
    return rules;
}

void saveAlertRules(QSettings &settings, const QList<AlertRule> &rules) {
    settings.remove(u"alerts/rules"_s);
    settings.beginWriteArray(u"alerts/rules"_s, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        settings.setArrayIndex(i);
        const AlertRule &r = rules.at(i);
        settings.setValue(u"id"_s, r.id);
        settings.setValue(u"metric"_s, AlertRule::metricName(r.metric));
        settings.setValue(u"threshold"_s, r.threshold);
        settings.setValue(u"duration"_s, r.durationSeconds);
        settings.setValue(u"enabled"_s, r.enabled);
    }
    settings.endArray();
    settings.setValue(u"alerts/saved"_s, true);
}

} // namespace virtdeck
