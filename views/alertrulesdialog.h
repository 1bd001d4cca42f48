// SPDX-License-Identifier: GPL-3.0-or-later
// Edits the alert rules: what to watch, above which threshold, for how long.
#pragma once

#include "stats/alertrule.h"

#include <QDialog>

class QTableWidget;

namespace virtdeck {

class AlertRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit AlertRulesDialog(const QList<AlertRule> &rules, QWidget *parent = nullptr);

    QList<AlertRule> rules() const;
    QTableWidget *table() const { return m_table; }
    void addRule(const AlertRule &rule);

private:
    enum Column { Enabled, Metric, Threshold, Duration, ColumnCount };
    void updateRow(int row);

    QTableWidget *m_table;
    QStringList m_ids; // per row
};

} // namespace virtdeck
