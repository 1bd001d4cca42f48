// SPDX-License-Identifier: GPL-3.0-or-later
// The user's preferences, typed, stored in QSettings under "preferences/". GUI thread.
#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace virtdeck {

class Preferences : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    struct Values {
        int statsIntervalSeconds = 2; // 1–10
        int chartWindowSeconds = 600; // 60, 600 or 3600
        QString defaultConnectionId;  // preselected host; empty: none
        bool confirmForceOff = true;  // ask before forcing VMs off
        bool confirmRemoveConnection = true;
        QString language; // "" follows the system; "en", "de", "zh_CN"
        Theme theme = Theme::System;
        QString backupRepository; // folder; empty: the XDG data dir's "backups"
        // The team's PostgreSQL database (postgresql://…) for the scheduler and the labs;
        // empty: SQLite files on this computer. Takes effect at the next start.
        QString sharedDatabase;
        int schedulerMaxJobs = 8; // concurrent jobs in all
        int schedulerMaxJobsPerHost = 4;
        // Placement and the lab capacity check: allocatable = physical × ratio (the scheduler's
        // keys, as SchedulerSettings reads them).
        double memoryOvercommit = 1.0; // 0.1–16
        double cpuOvercommit = 4.0;    // 0.1–64

        bool operator==(const Values &) const = default;
    };

    // Reads from `settings`, or from the application's default QSettings when null.
    explicit Preferences(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~Preferences() override;

    const Values &values() const { return m_values; }
    // Stores the values (clamped to their ranges) and announces a change when any differs.
    void setValues(const Values &values);

    static Values clamped(Values v);
    QString effectiveBackupRepository() const;

Q_SIGNALS:
    void changed(const virtdeck::Preferences::Values &values);

private:
    void load();
    void save() const;
    QSettings *m_settings;
    bool m_ownsSettings;
    Values m_values;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Preferences::Values)
