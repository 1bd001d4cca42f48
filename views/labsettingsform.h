// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of a lab's settings beyond its roster: student networks, data disks, staggered
// start, idle time, end date and the paths to collect. Used by New Lab and by Lab Settings.
// GUI thread.
#pragma once

#include "labs/labsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace virtdeck {

class LabSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit LabSettingsForm(QWidget *parent = nullptr);
    void setSettings(const LabSettings &s);
    LabSettings settings() const;

private:
    void updateEnabled();

    QComboBox *m_network;
    QLineEdit *m_shared;
    QLineEdit *m_firstAddress;
    QLineEdit *m_prefix;
    QLineEdit *m_dataDisks;
    QSpinBox *m_batch;
    QSpinBox *m_pause;
    QSpinBox *m_idle;
    QCheckBox *m_hasEnd;
    QCheckBox *m_strict;
    bool m_addInterface = false; // asked by the New Lab dialog; kept as it was
    QDateEdit *m_end;
    QPlainTextEdit *m_collect;
};

} // namespace virtdeck
