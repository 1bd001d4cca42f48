#include "schedulersettings.h"

#include <QSettings>

namespace virtdeck {

using namespace Qt::StringLiterals;

SchedulerSettings SchedulerSettings::load(QSettings &s) {
    SchedulerSettings out;
    s.beginGroup(u"scheduler"_s);
    queuePolicyFromName(s.value(u"policy"_s).toString(), &out.policy);
    out.limits.global = s.value(u"maxConcurrent"_s, out.limits.global).toInt();
    out.limits.perHost = s.value(u"maxPerHost"_s, out.limits.perHost).toInt();
    placementStrategyFromName(s.value(u"placement"_s).toString(), &out.placement.strategy);
    out.placement.memoryOvercommit =
        s.value(u"memoryOvercommit"_s, out.placement.memoryOvercommit).toDouble();
    out.placement.cpuOvercommit =
        s.value(u"cpuOvercommit"_s, out.placement.cpuOvercommit).toDouble();
    out.hostRetryMs = s.value(u"hostRetrySeconds"_s, out.hostRetryMs / 1000).toLongLong() * 1000;
    s.endGroup();
    return out;
}

void SchedulerSettings::save(QSettings &s) const {
    s.beginGroup(u"scheduler"_s);
    s.setValue(u"policy"_s, queuePolicyName(policy));
    s.setValue(u"maxConcurrent"_s, limits.global);
    s.setValue(u"maxPerHost"_s, limits.perHost);
    s.setValue(u"placement"_s, placementStrategyName(placement.strategy));
    s.setValue(u"memoryOvercommit"_s, placement.memoryOvercommit);
    s.setValue(u"cpuOvercommit"_s, placement.cpuOvercommit);
    s.setValue(u"hostRetrySeconds"_s, hostRetryMs / 1000);
    s.endGroup();
}

} // namespace virtdeck
