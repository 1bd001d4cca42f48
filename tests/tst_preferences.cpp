// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preferences.h"
#include "scheduler/schedulersettings.h"
#include "stats/libvirt/statssampler.h"
#include "workspace/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void clampsAndPersists();
    void changedOnlyOnChange();
    void samplerFollowsTheInterval();
    void handEditedSchedulerSettingsStayInRange();
    void overcommitRatiosAreTheSchedulers();
};

void TestPreferences::defaults() {
    QTemporaryDir dir;
    QSettings s(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
    Preferences p(&s);
    QCOMPARE(p.values().statsIntervalSeconds, 2);
    QCOMPARE(p.values().chartWindowSeconds, 600);
    QCOMPARE(p.values().theme, Preferences::Theme::System);
    QVERIFY(p.effectiveBackupRepository().endsWith(u"/backups"_s));
}

void TestPreferences::clampsAndPersists() {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"p.ini"_s);
    {
        QSettings s(file, QSettings::IniFormat);
        Preferences p(&s);
        Preferences::Values v;
        v.statsIntervalSeconds = 60; // above 10
        v.chartWindowSeconds = 500;  // nearest allowed: 600
        v.language = u"klingon"_s;   // unknown: follow the system
        v.theme = Preferences::Theme::Dark;
        v.schedulerMaxJobs = 3;
        v.schedulerMaxJobsPerHost = 8; // cannot exceed the global limit
        v.backupRepository = u"/srv/backups"_s;
        p.setValues(v);
        QCOMPARE(p.values().statsIntervalSeconds, 10);
        QCOMPARE(p.values().chartWindowSeconds, 600);
        QCOMPARE(p.values().language, QString());
        QCOMPARE(p.values().schedulerMaxJobsPerHost, 3);
    }
    QSettings s(file, QSettings::IniFormat);
    Preferences again(&s);
    QCOMPARE(again.values().statsIntervalSeconds, 10);
    QCOMPARE(again.values().theme, Preferences::Theme::Dark);
    QCOMPARE(again.effectiveBackupRepository(), u"/srv/backups"_s);
    QCOMPARE(s.value(u"preferences/statsInterval"_s).toInt(), 10);
}

void TestPreferences::changedOnlyOnChange() {
    QTemporaryDir dir;
    QSettings s(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
    Preferences p(&s);
    QSignalSpy spy(&p, &Preferences::changed);
    p.setValues(p.values());
    QCOMPARE(spy.size(), 0);
    auto v = p.values();
    v.confirmForceOff = false;
    p.setValues(v);
    QCOMPARE(spy.size(), 1);
    QVERIFY(!spy.at(0).at(0).value<Preferences::Values>().confirmForceOff);
}

void TestPreferences::samplerFollowsTheInterval() {
    Workspace workspace;
    auto v = workspace.preferences()->values();
    v.statsIntervalSeconds = v.statsIntervalSeconds == 7 ? 8 : 7;
    workspace.preferences()->setValues(v);
    QCOMPARE(workspace.sampler()->intervalSeconds(), v.statsIntervalSeconds);
}

// A settings file edited by hand: what is no number falls back to the default, what is out of
// range is held to it. A limit of 0 jobs or a retry of 10^17 s would stop the scheduler for good.
void TestPreferences::handEditedSchedulerSettingsStayInRange() {
    QTemporaryDir dir;
    QSettings s(dir.filePath(u"v.conf"_s), QSettings::IniFormat);
    s.setValue(u"scheduler/maxConcurrent"_s, u"abc"_s);
    s.setValue(u"scheduler/maxPerHost"_s, -5);
    s.setValue(u"scheduler/cpuOvercommit"_s, u"nan"_s);
    s.setValue(u"scheduler/memoryOvercommit"_s, -2.5);
    s.setValue(u"scheduler/hostRetrySeconds"_s, u"99999999999999999"_s);
    const SchedulerSettings defaults;
    const SchedulerSettings loaded = SchedulerSettings::load(s);
    QCOMPARE(loaded.limits.global, defaults.limits.global);
    QCOMPARE(loaded.limits.perHost, 1);
    QCOMPARE(loaded.placement.cpuOvercommit, defaults.placement.cpuOvercommit);
    QCOMPARE(loaded.placement.memoryOvercommit, 0.1);
    QCOMPARE(loaded.hostRetryMs, qint64(86400) * 1000);

    s.setValue(u"scheduler/maxConcurrent"_s, 0);
    s.setValue(u"scheduler/maxPerHost"_s, 100);
    const SchedulerSettings again = SchedulerSettings::load(s);
    QCOMPARE(again.limits.global, 1);
    QCOMPARE(again.limits.perHost, 1);
}

// The overcommit ratios in Preferences are the ones placement and the lab capacity check use:
// the scheduler's own keys, held to the same ranges.
void TestPreferences::overcommitRatiosAreTheSchedulers() {
    QTemporaryDir dir;
    QSettings s(dir.filePath(u"o.conf"_s), QSettings::IniFormat);
    Preferences p(&s);
    QCOMPARE(p.values().memoryOvercommit, SchedulerSettings().placement.memoryOvercommit);
    QCOMPARE(p.values().cpuOvercommit, SchedulerSettings().placement.cpuOvercommit);
    auto v = p.values();
    v.memoryOvercommit = 1.5;
    v.cpuOvercommit = 100.0; // above 64
    p.setValues(v);
    const SchedulerSettings loaded = SchedulerSettings::load(s);
    QCOMPARE(loaded.placement.memoryOvercommit, 1.5);
    QCOMPARE(loaded.placement.cpuOvercommit, 64.0);
    s.setValue(u"scheduler/cpuOvercommit"_s, 2.5); // set elsewhere (the command line)
    Preferences again(&s);
    QCOMPARE(again.values().cpuOvercommit, 2.5);
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
