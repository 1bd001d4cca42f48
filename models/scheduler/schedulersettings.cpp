// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulersettings.h"

#include "core/settingsvalue.h"

#include <QSettings>

namespace virtdeck {

using namespace Qt::StringLiterals;

SchedulerSettings SchedulerSettings::load(QSettings &s) {
    SchedulerSettings out;
    s.beginGroup(u"scheduler"_s);
    queuePolicyFromName(s.value(u"policy"_s).toString(), &out.policy);
    // A limit of 0 would stop every job for good; the same ranges as the Preferences dialog.
    out.limits.global = boundedSetting(s, u"maxConcurrent"_s, out.limits.global, 1, 64);
    out.limits.perHost =
        boundedSetting(s, u"maxPerHost"_s, out.limits.perHost, 1, out.limits.global);
    placementStrategyFromName(s.value(u"placement"_s).toString(), &out.placement.strategy);
    out.placement.memoryOvercommit =
        boundedSetting(s, u"memoryOvercommit"_s, out.placement.memoryOvercommit, 0.1, 16.0);
    out.placement.cpuOvercommit =
        boundedSetting(s, u"cpuOvercommit"_s, out.placement.cpuOvercommit, 0.1, 64.0);
    out.hostRetryMs =
        boundedSetting<qint64>(s, u"hostRetrySeconds"_s, out.hostRetryMs / 1000, 1, 86400) * 1000;
    // How soon another runner takes over from one that stopped answering (and its running jobs
    // are marked interrupted). Only set by hand: the default suits nearly everyone.
    out.leaseTtlMs =
        boundedSetting<qint64>(s, u"leaseSeconds"_s, out.leaseTtlMs / 1000, 3, 3600) * 1000;
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
