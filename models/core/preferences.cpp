// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "settingsvalue.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
constexpr int kChartWindows[] = {60, 600, 3600};

QString themeName(Preferences::Theme t) {
    switch (t) {
    case Preferences::Theme::Light:
        return u"light"_s;
    case Preferences::Theme::Dark:
        return u"dark"_s;
    case Preferences::Theme::System:
        break;
    }
    return u"system"_s;
}

Preferences::Theme themeFromName(const QString &n) {
    if (n == u"light"_s)
        return Preferences::Theme::Light;
    if (n == u"dark"_s)
        return Preferences::Theme::Dark;
    return Preferences::Theme::System;
}
} // namespace

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(settings == nullptr) {
    load();
}

Preferences::~Preferences() {
    if (m_ownsSettings)
        delete m_settings;
}

Preferences::Values Preferences::clamped(Values v) {
    v.statsIntervalSeconds = std::clamp(v.statsIntervalSeconds, 1, 10);
    int best = kChartWindows[0];
    for (int w : kChartWindows)
        if (std::abs(w - v.chartWindowSeconds) < std::abs(best - v.chartWindowSeconds))
            best = w;
    v.chartWindowSeconds = best;
    if (v.language != u"en"_s && v.language != u"de"_s && v.language != u"zh_CN"_s)
        v.language.clear();
    v.schedulerMaxJobs = std::clamp(v.schedulerMaxJobs, 1, 64);
    v.schedulerMaxJobsPerHost = std::clamp(v.schedulerMaxJobsPerHost, 1, v.schedulerMaxJobs);
    const Values defaults;
    v.memoryOvercommit = std::isfinite(v.memoryOvercommit)
                             ? std::clamp(v.memoryOvercommit, 0.1, 16.0)
                             : defaults.memoryOvercommit;
    v.cpuOvercommit = std::isfinite(v.cpuOvercommit) ? std::clamp(v.cpuOvercommit, 0.1, 64.0)
                                                     : defaults.cpuOvercommit;
    return v;
}

void Preferences::setValues(const Values &values) {
    const Values v = clamped(values);
    if (v == m_values)
        return;
    m_values = v;
    save();
    Q_EMIT changed(m_values);
}

QString Preferences::effectiveBackupRepository() const {
    if (!m_values.backupRepository.isEmpty())
        return m_values.backupRepository;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/backups"_s;
}

void Preferences::load() {
    QSettings &s = *m_settings;
    s.beginGroup(u"preferences"_s);
    Values v;
    v.statsIntervalSeconds = s.value(u"statsInterval"_s, v.statsIntervalSeconds).toInt();
    v.chartWindowSeconds = s.value(u"chartWindow"_s, v.chartWindowSeconds).toInt();
    v.defaultConnectionId = s.value(u"defaultConnection"_s).toString();
    v.confirmForceOff = s.value(u"confirmForceOff"_s, v.confirmForceOff).toBool();
    v.confirmRemoveConnection =
        s.value(u"confirmRemoveConnection"_s, v.confirmRemoveConnection).toBool();
    v.language = s.value(u"language"_s).toString();
    v.theme = themeFromName(s.value(u"theme"_s).toString());
    v.backupRepository = s.value(u"backupRepository"_s).toString();
    s.endGroup();
    // The scheduler's own keys (SchedulerSettings reads them, in the window and headless).
    v.schedulerMaxJobs = s.value(u"scheduler/maxConcurrent"_s, v.schedulerMaxJobs).toInt();
    v.schedulerMaxJobsPerHost =
        s.value(u"scheduler/maxPerHost"_s, v.schedulerMaxJobsPerHost).toInt();
    // Read as SchedulerSettings reads them: what is no number keeps the default.
    v.memoryOvercommit =
        boundedSetting(s, u"scheduler/memoryOvercommit"_s, v.memoryOvercommit, 0.1, 16.0);
    v.cpuOvercommit = boundedSetting(s, u"scheduler/cpuOvercommit"_s, v.cpuOvercommit, 0.1, 64.0);
    v.sharedDatabase = s.value(u"database/location"_s).toString(); // StoreDatabase reads it
    m_values = clamped(v);
}

void Preferences::save() const {
    QSettings &s = *m_settings;
    const Values &v = m_values;
    s.beginGroup(u"preferences"_s);
    s.setValue(u"statsInterval"_s, v.statsIntervalSeconds);
    s.setValue(u"chartWindow"_s, v.chartWindowSeconds);
    s.setValue(u"defaultConnection"_s, v.defaultConnectionId);
    s.setValue(u"confirmForceOff"_s, v.confirmForceOff);
    s.setValue(u"confirmRemoveConnection"_s, v.confirmRemoveConnection);
    s.setValue(u"language"_s, v.language);
    s.setValue(u"theme"_s, themeName(v.theme));
    s.setValue(u"backupRepository"_s, v.backupRepository);
    s.endGroup();
    s.setValue(u"scheduler/maxConcurrent"_s, v.schedulerMaxJobs);
    s.setValue(u"scheduler/maxPerHost"_s, v.schedulerMaxJobsPerHost);
    s.setValue(u"scheduler/memoryOvercommit"_s, v.memoryOvercommit);
    s.setValue(u"scheduler/cpuOvercommit"_s, v.cpuOvercommit);
    s.setValue(u"database/location"_s, v.sharedDatabase);
    s.sync();
}

} // namespace virtdeck
