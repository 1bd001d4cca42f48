// SPDX-License-Identifier: GPL-3.0-or-later
#include "labdialog.h"

#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "labs/labservice.h"
#include "labs/labsettings.h"
#include "labs/labtemplatechoices.h"
#include "labs/libvirt/labtasks.h"
#include "labsettingsform.h"
#include "workspace/workspace.h"

#include <QCheckBox>
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
    m_template->lineEdit()->setPlaceholderText(tr("A shut-off VM"));
    fillTemplates();
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
    m_addNic = new QCheckBox(
        tr("Add a network card (virtio) on the lab's network to each student's VM"), this);
    m_addNic->setObjectName(u"labAddNic"_s);
    m_addNic->setVisible(false);
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
    layout->addWidget(m_addNic);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    loadTemplateChoices();
}

LabDialog::~LabDialog() {
    m_guard.reset();
}

void LabDialog::loadTemplateChoices() {
    connect(m_service, &LabService::labsLoaded, this, [this](const QList<Lab> &labs) {
        for (const Lab &lab : labs)
            for (const LabRole &role : lab.roles)
                m_labTemplates.insert(role.templateVm);
        fillTemplates();
    });
    m_service->loadLabs();
    ConnectionManager *connections = m_workspace->connections();
    for (const auto &c : connections->configs()) {
        if (connections->state(c.id) != ConnectionState::Connected)
            continue;
        // The lab marker is in each VM's metadata: read on the pool, not here.
        listLabVmsAsync(m_workspace->tasks(), connections->connection(c.id), {},
                        [guard = m_guard](const QList<LabVmStatus> &vms, const QString &) {
                            guard.reply([vms](LabDialog *d) {
                                for (const LabVmStatus &vm : vms)
                                    d->m_studentVms.insert(vm.name);
                                d->fillTemplates();
                            });
                        });
    }
}

void LabDialog::fillTemplates() {
    const QString typed = m_template->currentText();
    const QStringList names =
        labTemplateChoices(m_workspace->domains()->domains(), m_studentVms, m_labTemplates);
    m_template->clear();
    m_template->addItems(names);
    // Nothing is chosen for the user: a VM only becomes the template when picked or typed.
    m_template->setCurrentIndex(-1);
    m_template->setEditText(typed);
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
    LabSettings settings = m_settings->settings();
    if (const QString why = settings.problem(); !why.isEmpty())
        return showProblem(why);
    m_ok->setEnabled(false);
    m_errors->setVisible(false);
    if (settings.networkMode == LabNetworkMode::Template)
        return create(lab, settings);
    if (m_nicAskedFor == lab.roles.first().templateVm) {
        settings.addInterface = m_addNic->isChecked();
        return create(lab, settings);
    }
    checkTemplateInterface(lab, settings);
}

// A lab network needs a card in each VM: a template without one is named before anything is
// made, and the user chooses whether each student's VM gets a virtio card.
void LabDialog::checkTemplateInterface(const Lab &lab, const LabSettings &settings) {
    ConnectionManager *connections = m_workspace->connections();
    Connection *connection = nullptr;
    for (const auto &c : connections->configs())
        if (c.uri() == lab.hosts.first() && connections->state(c.id) == ConnectionState::Connected)
            connection = connections->connection(c.id);
    if (!connection)
        return create(lab, settings); // nothing to read it from: provisioning will say so
    labTemplateHasInterfaceAsync(
        m_workspace->tasks(), connection, lab.roles.first().templateVm,
        [guard = m_guard, lab, settings](int has, const QString &) {
            guard.reply([lab, settings, has](LabDialog *d) {
                if (has != 0)
                    return d->create(lab, settings);
                d->m_nicAskedFor = lab.roles.first().templateVm;
                d->m_addNic->setVisible(true);
                d->showProblem(
                    LabDialog::tr(
                        "The template VM %1 has no network interface: the lab's networks would "
                        "not reach any VM, and no network or address will be made. Check \"Add a "
                        "network card\" to give each student's VM one on the lab's network, then "
                        "create the lab.")
                        .arg(lab.roles.first().templateVm));
            });
        });
}

void LabDialog::create(const Lab &base, const LabSettings &settings) {
    Lab lab = base;
    lab.settingsJson = settings.toJson();
    // The roster and the database are files: the service reads and writes them off the GUI
    // thread, then labCreated() closes the dialog or labNotCreated() shows why not.
    m_service->createLab(lab, m_roster->text().trimmed());
}

} // namespace virtdeck
