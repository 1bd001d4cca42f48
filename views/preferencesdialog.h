// SPDX-License-Identifier: GPL-3.0-or-later
// Edits the Preferences: monitoring, appearance, language, confirmations, backup, scheduler.
#pragma once

#include "core/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace virtdeck {

class ConnectionManager;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Preferences *preferences, const ConnectionManager *connections,
                      QWidget *parent = nullptr);

    Preferences::Values values() const;
    void accept() override;

private:
    QGroupBox *workGroup(const Preferences::Values &v);

    Preferences *m_preferences;
    QSpinBox *m_interval;
    QComboBox *m_chartWindow;
    QComboBox *m_defaultConnection;
    QCheckBox *m_confirmForceOff;
    QCheckBox *m_confirmRemove;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_sharedDatabase = nullptr;
    QLineEdit *m_backupRepo;
    QSpinBox *m_maxJobs;
    QSpinBox *m_maxJobsPerHost;
    QDoubleSpinBox *m_memoryOvercommit;
    QDoubleSpinBox *m_cpuOvercommit;
};

} // namespace virtdeck
