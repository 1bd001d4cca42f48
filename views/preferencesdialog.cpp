// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "core/connectionmanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// A ratio from 0.1 to `max` (the scheduler's ranges), shown as a multiple.
QDoubleSpinBox *ratioBox(QWidget *parent, double max, double step, double value) {
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.1, max);
    box->setSingleStep(step);
    box->setDecimals(2);
    box->setSuffix(u" ×"_s);
    box->setValue(value);
    return box;
}
} // namespace

PreferencesDialog::PreferencesDialog(Preferences *preferences, const ConnectionManager *connections,
                                     QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences) {
    setWindowTitle(tr("Preferences"));
    const Preferences::Values v = preferences->values();

    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(v.language)));
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(v.theme))));
    m_defaultConnection = new QComboBox(this);
    m_defaultConnection->addItem(tr("None"), QString());
    for (const auto &c : connections->configs())
        if (!c.transient)
            m_defaultConnection->addItem(c.displayName(), c.id);
    m_defaultConnection->setCurrentIndex(
        std::max(0, m_defaultConnection->findData(v.defaultConnectionId)));
    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies when Virtdeck next starts."), this);
    languageNote->setEnabled(false);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("&Theme:"), m_theme);
    generalForm->addRow(tr("&Default connection:"), m_defaultConnection);

    m_confirmForceOff = new QCheckBox(tr("Ask before forcing several VMs off"), this);
    m_confirmForceOff->setChecked(v.confirmForceOff);
    m_confirmRemove = new QCheckBox(tr("Ask before removing a connection"), this);
    m_confirmRemove->setChecked(v.confirmRemoveConnection);
    auto *confirm = new QGroupBox(tr("Confirmations"), this);
    auto *confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->addWidget(m_confirmForceOff);
    confirmLayout->addWidget(m_confirmRemove);
    auto *deleteNote = new QLabel(tr("Deleting VMs always asks first: it cannot be undone."), this);
    deleteNote->setEnabled(false);
    confirmLayout->addWidget(deleteNote);

    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 10);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(v.statsIntervalSeconds);
    m_chartWindow = new QComboBox(this);
    m_chartWindow->addItem(tr("1 minute"), 60);
    m_chartWindow->addItem(tr("10 minutes"), 600);
    m_chartWindow->addItem(tr("1 hour"), 3600);
    m_chartWindow->setCurrentIndex(std::max(0, m_chartWindow->findData(v.chartWindowSeconds)));
    auto *monitoring = new QGroupBox(tr("Monitoring"), this);
    auto *monitoringForm = new QFormLayout(monitoring);
    monitoringForm->addRow(tr("&Sample every:"), m_interval);
    monitoringForm->addRow(tr("&Chart window:"), m_chartWindow);

    auto *work = workGroup(v);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(monitoring);
    layout->addWidget(confirm);
    layout->addWidget(work);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

// The backup repository, the scheduler's limits and the placement's overcommit ratios.
QGroupBox *PreferencesDialog::workGroup(const Preferences::Values &v) {
    m_backupRepo = new QLineEdit(v.backupRepository, this);
    m_backupRepo->setPlaceholderText(m_preferences->effectiveBackupRepository());
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup repository"),
                                                              m_backupRepo->text().isEmpty()
                                                                  ? m_backupRepo->placeholderText()
                                                                  : m_backupRepo->text());
        if (!dir.isEmpty())
            m_backupRepo->setText(dir);
    });
    auto *repoRow = new QHBoxLayout;
    repoRow->addWidget(m_backupRepo);
    repoRow->addWidget(browse);
    m_maxJobs = new QSpinBox(this);
    m_maxJobs->setRange(1, 64);
    m_maxJobs->setValue(v.schedulerMaxJobs);
    m_maxJobsPerHost = new QSpinBox(this);
    m_maxJobsPerHost->setRange(1, 64);
    m_maxJobsPerHost->setValue(v.schedulerMaxJobsPerHost);
    m_memoryOvercommit = ratioBox(this, 16.0, 0.1, v.memoryOvercommit);
    m_memoryOvercommit->setObjectName(u"memoryOvercommit"_s);
    m_memoryOvercommit->setToolTip(tr("Memory VMs may be given, as a multiple of a host's memory "
                                      "(placement and the lab capacity check)."));
    m_cpuOvercommit = ratioBox(this, 64.0, 0.5, v.cpuOvercommit);
    m_cpuOvercommit->setObjectName(u"cpuOvercommit"_s);
    m_cpuOvercommit->setToolTip(tr("vCPUs VMs may be given, as a multiple of a host's CPUs "
                                   "(placement and the lab capacity check)."));
    auto *work = new QGroupBox(tr("Backup and scheduler"), this);
    auto *workForm = new QFormLayout(work);
    auto *repoLabel = new QLabel(tr("&Backup repository:"), this);
    repoLabel->setBuddy(m_backupRepo);
    workForm->addRow(repoLabel, repoRow);
    workForm->addRow(tr("Jobs at once, in &all:"), m_maxJobs);
    workForm->addRow(tr("Jobs at once, per &host:"), m_maxJobsPerHost);
    workForm->addRow(tr("&Memory overcommit:"), m_memoryOvercommit);
    workForm->addRow(tr("v&CPU overcommit:"), m_cpuOvercommit);
    m_sharedDatabase = new QLineEdit(v.sharedDatabase, this);
    m_sharedDatabase->setObjectName(u"sharedDatabase"_s);
    m_sharedDatabase->setPlaceholderText(tr("this computer only (SQLite)"));
    m_sharedDatabase->setToolTip(
        tr("A PostgreSQL database the team shares for jobs, schedules and labs, e.g. "
           "postgresql://anna@db.school.example/virtdeck. The password comes from ~/.pgpass. "
           "Used from the next start; `virtdeck db migrate --to URL` copies this computer's "
           "state there first."));
    workForm->addRow(tr("Shared &database:"), m_sharedDatabase);
    return work;
}

Preferences::Values PreferencesDialog::values() const {
    Preferences::Values v = m_preferences->values();
    v.statsIntervalSeconds = m_interval->value();
    v.chartWindowSeconds = m_chartWindow->currentData().toInt();
    v.defaultConnectionId = m_defaultConnection->currentData().toString();
    v.confirmForceOff = m_confirmForceOff->isChecked();
    v.confirmRemoveConnection = m_confirmRemove->isChecked();
    v.language = m_language->currentData().toString();
    v.theme = Preferences::Theme(m_theme->currentData().toInt());
    v.backupRepository = m_backupRepo->text().trimmed();
    v.schedulerMaxJobs = m_maxJobs->value();
    v.schedulerMaxJobsPerHost = m_maxJobsPerHost->value();
    v.memoryOvercommit = m_memoryOvercommit->value();
    v.cpuOvercommit = m_cpuOvercommit->value();
    v.sharedDatabase = m_sharedDatabase->text().trimmed();
    return v;
}

void PreferencesDialog::accept() {
    m_preferences->setValues(values());
    QDialog::accept();
}

} // namespace virtdeck
