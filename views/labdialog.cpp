// SPDX-License-Identifier: GPL-3.0-or-later
#include "labdialog.h"

#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "labs/labservice.h"
#include "labs/labsettings.h"
#include "labsettingsform.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

LabDialog::LabDialog(Workspace *workspace, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_service(new LabService(workspace->tasks(), databasePath, this)) {
    setWindowTitle(tr("New Lab"));
    connect(m_service, &LabService::labCreated, this, [this] { QDialog::accept(); });
    connect(m_service, &LabService::labNotCreated, this,
            [this](const QString &, const QString &problem) { showProblem(problem); });
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"labName"_s);
    m_name->setPlaceholderText(tr("e.g. net101"));
    form->addRow(tr("&Name:"), m_name);
    m_template = new QComboBox(this);
    m_template->setObjectName(u"labTemplate"_s);
    m_template->setEditable(true);
    QStringList names;
    const auto *domains = workspace->domains();
    for (int r = 0; r < domains->rowCount(); ++r)
        names << domains->domainAt(r).name;
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_template->addItems(names);
    m_template->setToolTip(tr("The VM every student's VM is a linked clone of. It must exist under "
                              "this name on every target host."));
    form->addRow(tr("&Template VM:"), m_template);
    m_roster = new QLineEdit(this);
    m_roster->setObjectName(u"labRoster"_s);
    m_roster->setPlaceholderText(tr("CSV with columns id, name, email, group"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Class Roster"), m_roster->text(),
                                                       tr("CSV files (*.csv);;All files (*)"));
        if (!f.isEmpty())
            m_roster->setText(f);
    });
    auto *rosterRow = new QHBoxLayout;
    rosterRow->addWidget(m_roster, 1);
    rosterRow->addWidget(browse);
    auto *rosterLabel = new QLabel(tr("&Roster:"), this);
    rosterLabel->setBuddy(m_roster);
    form->addRow(rosterLabel, rosterRow);
    m_pattern = new QLineEdit(Lab::defaultPattern(), this);
    m_pattern->setObjectName(u"labPattern"_s);
    m_pattern->setToolTip(tr("VM names from {lab}, {student}, {role}, {group} and {name}."));
    form->addRow(tr("&Naming pattern:"), m_pattern);
    m_hosts = new QListWidget(this);
    m_hosts->setObjectName(u"labHosts"_s);
    m_hosts->setMaximumHeight(110);
    for (const auto &c : workspace->connections()->configs()) {
        auto *item = new QListWidgetItem(c.uri(), m_hosts);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(workspace->connections()->state(c.id) == ConnectionState::Connected
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    form->addRow(tr("Target &hosts:"), m_hosts);
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(u"labErrors"_s);
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(120);
    m_errors->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create Lab"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LabDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LabDialog::reject);
    m_settings = new LabSettingsForm(this);
    auto *tabs = new QTabWidget(this);
    auto *classPage = new QWidget(tabs);
    classPage->setLayout(form);
    tabs->addTab(classPage, tr("&Class"));
    tabs->addTab(m_settings, tr("&Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString LabDialog::labName() const {
    return m_name->text().trimmed();
}

void LabDialog::showProblem(const QString &text) {
    m_errors->setPlainText(text);
    m_errors->setVisible(true);
    m_ok->setEnabled(true);
}

void LabDialog::accept() {
    Lab lab;
    lab.name = labName();
    if (const QString why = labNameProblem(lab.name); !why.isEmpty())
        return showProblem(why);
    if (m_template->currentText().trimmed().isEmpty())
        return showProblem(tr("Choose the template VM."));
    lab.roles = {{u"vm"_s, m_template->currentText().trimmed()}};
    lab.pattern = m_pattern->text().trimmed();
    for (int i = 0; i < m_hosts->count(); ++i)
        if (m_hosts->item(i)->checkState() == Qt::Checked)
            lab.hosts << m_hosts->item(i)->text();
    if (lab.hosts.isEmpty())
        return showProblem(tr("Check at least one target host."));
    if (m_roster->text().trimmed().isEmpty())
        return showProblem(tr("Choose the class roster (a CSV file)."));
    const LabSettings settings = m_settings->settings();
    if (const QString why = settings.problem(); !why.isEmpty())
        return showProblem(why);
    lab.settingsJson = settings.toJson();
    m_ok->setEnabled(false);
    m_errors->setVisible(false);
    // The roster and the database are files: the service reads and writes them off the GUI
    // thread, then labCreated() closes the dialog or labNotCreated() shows why not.
    m_service->createLab(lab, m_roster->text().trimmed());
}

} // namespace virtdeck
