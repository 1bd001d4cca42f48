// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const AlertRule::Metric kMetrics[] = {AlertRule::Metric::HostCpu, AlertRule::Metric::HostMemory,
                                      AlertRule::Metric::VmCpu, AlertRule::Metric::VmMemory,
                                      AlertRule::Metric::HostDisconnected};
}

AlertRulesDialog::AlertRulesDialog(const QList<AlertRule> &rules, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Alert Rules"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"alertRules"_s);
    m_table->setHorizontalHeaderLabels({tr("On"), tr("When"), tr("Above"), tr("For at least")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(Metric, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    for (const AlertRule &r : rules)
        addRule(r);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Metric, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&Add Rule"), this);
    auto *remove = new QPushButton(tr("&Remove Rule"), this);
    auto *defaults = new QPushButton(tr("Restore &Defaults"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        AlertRule r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.metric = AlertRule::Metric::VmCpu;
        r.threshold = 90;
        r.durationSeconds = 60;
        addRule(r);
        m_table->selectRow(m_table->rowCount() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        m_ids.removeAt(row);
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_table->setRowCount(0);
        m_ids.clear();
        for (const AlertRule &r : defaultAlertRules())
            addRule(r);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("Each rule raises a desktop notification and a line in the "
                               "alerts log once its condition has held for the time given, and "
                               "again only after it cleared. VM memory needs the guest's "
                               "balloon driver."),
                            this);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(defaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(620, 340);
}

void AlertRulesDialog::addRule(const AlertRule &rule) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_ids.append(rule.id);

    auto *enabled = new QCheckBox(m_table);
    enabled->setChecked(rule.enabled);
    enabled->setToolTip(tr("Whether the rule is checked"));
    m_table->setCellWidget(row, Enabled, enabled);

    auto *metric = new QComboBox(m_table);
    for (AlertRule::Metric m : kMetrics)
        metric->addItem(AlertRule::metricText(m), int(m));
    metric->setCurrentIndex(metric->findData(int(rule.metric)));
    m_table->setCellWidget(row, Metric, metric);

    auto *threshold = new QDoubleSpinBox(m_table);
    threshold->setRange(0, 100);
    threshold->setDecimals(0);
    threshold->setSuffix(tr(" %"));
    threshold->setValue(rule.threshold);
    m_table->setCellWidget(row, Threshold, threshold);

    auto *duration = new QSpinBox(m_table);
    duration->setRange(0, 24 * 3600);
    duration->setSingleStep(30);
    duration->setSuffix(tr(" s"));
    duration->setSpecialValueText(tr("at once"));
    duration->setValue(rule.durationSeconds);
    m_table->setCellWidget(row, Duration, duration);

    connect(metric, &QComboBox::currentIndexChanged, this, [this, metric] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, Metric) == metric)
                updateRow(r);
    });
    updateRow(row);
}

void AlertRulesDialog::updateRow(int row) {
    auto *metric = static_cast<QComboBox *>(m_table->cellWidget(row, Metric));
    const auto m = AlertRule::Metric(metric->currentData().toInt());
    m_table->cellWidget(row, Threshold)->setEnabled(m != AlertRule::Metric::HostDisconnected);
}

QList<AlertRule> AlertRulesDialog::rules() const {
    QList<AlertRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        AlertRule r;
        r.id = m_ids.value(row);
        if (r.id.isEmpty())
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.enabled = static_cast<QCheckBox *>(m_table->cellWidget(row, Enabled))->isChecked();
        r.metric = AlertRule::Metric(
            static_cast<QComboBox *>(m_table->cellWidget(row, Metric))->currentData().toInt());
        r.threshold = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, Threshold))->value();
        r.durationSeconds = static_cast<QSpinBox *>(m_table->cellWidget(row, Duration))->value();
        out.append(r);
    }
    return out;
}

} // namespace virtdeck
