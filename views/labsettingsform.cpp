// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsettingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace virtdeck {

using namespace Qt::StringLiterals;

LabSettingsForm::LabSettingsForm(QWidget *parent)
    : QWidget(parent) {
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_network = new QComboBox(this);
    m_network->addItem(tr("The template's own interfaces"), int(LabNetworkMode::Template));
    m_network->addItem(tr("One shared network"), int(LabNetworkMode::Shared));
    m_network->addItem(tr("An isolated network per student"), int(LabNetworkMode::Student));
    m_network->addItem(tr("An isolated network per group"), int(LabNetworkMode::Group));
    m_network->setToolTip(tr("Each student keeps the same MAC address in every mode; isolated "
                             "networks are created and removed with the lab."));
    form->addRow(tr("Student &network:"), m_network);
    m_shared = new QLineEdit(this);
    m_shared->setPlaceholderText(tr("e.g. default (on every host)"));
    form->addRow(tr("Shared net&work:"), m_shared);
    m_firstAddress = new QLineEdit(this);
    m_firstAddress->setPlaceholderText(tr("empty: from the DHCP range"));
    m_firstAddress->setToolTip(tr("Fixed addresses are handed out from here, in roster order."));
    form->addRow(tr("First fixed &address:"), m_firstAddress);
    m_prefix = new QLineEdit(this);
    m_prefix->setToolTip(tr("Network N of the lab is PREFIX.N.0/24."));
    form->addRow(tr("Subnet &prefix:"), m_prefix);
    m_dataDisks = new QLineEdit(this);
    m_dataDisks->setPlaceholderText(tr("e.g. vdb"));
    m_dataDisks->setToolTip(tr("The template's disks (by target) that hold student data: resets "
                               "and template versions keep them. Separate several with commas."));
    form->addRow(tr("Student &data disks:"), m_dataDisks);
    m_batch = new QSpinBox(this);
    m_batch->setRange(0, kLabMaxStaggerBatch);
    m_batch->setSpecialValueText(tr("all at once"));
    m_batch->setSuffix(tr(" VMs per host"));
    m_pause = new QSpinBox(this);
    m_pause->setRange(0, kLabMaxStaggerPause);
    m_pause->setSuffix(tr(" s apart"));
    auto *stagger = new QHBoxLayout;
    stagger->addWidget(m_batch, 1);
    stagger->addWidget(m_pause, 1);
    auto *staggerLabel = new QLabel(tr("Start in &batches of:"), this);
    staggerLabel->setBuddy(m_batch);
    form->addRow(staggerLabel, stagger);
    m_idle = new QSpinBox(this);
    m_idle->setRange(0, kLabMaxIdleMinutes);
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setSuffix(tr(" min idle"));
    m_idle->setToolTip(tr("Stop idle VMs shuts down VMs that used no CPU for this long."));
    form->addRow(tr("Shut down after:"), m_idle);
    m_hasEnd = new QCheckBox(tr("&Ends on"), this);
    m_end = new QDateEdit(QDate::currentDate().addMonths(4), this);
    m_end->setCalendarPopup(true);
    auto *end = new QHBoxLayout;
    end->addWidget(m_hasEnd);
    end->addWidget(m_end, 1);
    form->addRow(tr("End date:"), end);
    m_strict = new QCheckBox(tr("&Refuse students the hosts cannot all run at once"), this);
    m_strict->setObjectName(u"labStrictCapacity"_s);
    m_strict->setToolTip(tr("Off: provisioning places every student by the placement policy and "
                            "warns, per host, when running all at once would need more than the "
                            "host allows. On: students without room are not provisioned."));
    form->addRow(tr("Capacity:"), m_strict);
    m_collect = new QPlainTextEdit(this);
    m_collect->setPlaceholderText(tr("paths inside the guests to collect, one per line"));
    m_collect->setMaximumHeight(64);
    form->addRow(tr("&Collect paths:"), m_collect);
    connect(m_network, &QComboBox::currentIndexChanged, this, &LabSettingsForm::updateEnabled);
    connect(m_batch, &QSpinBox::valueChanged, this, &LabSettingsForm::updateEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, &LabSettingsForm::updateEnabled);
    setSettings({});
}

void LabSettingsForm::setSettings(const LabSettings &s) {
    m_network->setCurrentIndex(m_network->findData(int(s.networkMode)));
    m_shared->setText(s.sharedNetwork);
    m_firstAddress->setText(s.firstAddress);
    m_prefix->setText(s.subnetPrefix);
    m_dataDisks->setText(s.dataDisks.join(u", "_s));
    m_batch->setValue(s.staggerBatch);
    m_pause->setValue(s.staggerPauseSeconds > 0 ? s.staggerPauseSeconds : 30);
    m_idle->setValue(s.idleMinutes);
    const QDate end = QDate::fromString(s.endDate, Qt::ISODate);
    m_hasEnd->setChecked(end.isValid());
    if (end.isValid())
        m_end->setDate(end);
    m_collect->setPlainText(s.collectPaths.join(u'\n'));
    m_strict->setChecked(s.strictCapacity);
    m_addInterface = s.addInterface;
    updateEnabled();
}

LabSettings LabSettingsForm::settings() const {
    LabSettings s;
    s.networkMode = LabNetworkMode(m_network->currentData().toInt());
    s.addInterface = m_addInterface;
    if (s.networkMode == LabNetworkMode::Shared) {
        s.sharedNetwork = m_shared->text().trimmed();
        s.firstAddress = m_firstAddress->text().trimmed();
    }
    if (s.networkMode == LabNetworkMode::Student || s.networkMode == LabNetworkMode::Group)
        s.subnetPrefix = m_prefix->text().trimmed();
    for (const QString &d :
         m_dataDisks->text().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        s.dataDisks << d;
    s.staggerBatch = m_batch->value();
    s.staggerPauseSeconds = s.staggerBatch > 0 ? m_pause->value() : 0;
    s.idleMinutes = m_idle->value();
    if (m_hasEnd->isChecked())
        s.endDate = m_end->date().toString(Qt::ISODate);
    for (const QString &line : m_collect->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            s.collectPaths << line.trimmed();
    s.strictCapacity = m_strict->isChecked();
    return s;
}

void LabSettingsForm::updateEnabled() {
    const auto mode = LabNetworkMode(m_network->currentData().toInt());
    m_shared->setEnabled(mode == LabNetworkMode::Shared);
    m_firstAddress->setEnabled(mode == LabNetworkMode::Shared);
    m_prefix->setEnabled(mode == LabNetworkMode::Student || mode == LabNetworkMode::Group);
    m_pause->setEnabled(m_batch->value() > 0);
    m_end->setEnabled(m_hasEnd->isChecked());
}

} // namespace virtdeck
