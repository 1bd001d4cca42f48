// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;
using Kind = ConnectionConfig::Kind;

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connection"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("QEMU/KVM on this computer (system)"), int(Kind::QemuSystem));
    m_kind->addItem(tr("QEMU/KVM on this computer (user session)"), int(Kind::QemuSession));
    m_kind->addItem(tr("Remote QEMU/KVM over SSH"), int(Kind::RemoteSsh));
    m_kind->addItem(tr("Custom URI"), int(Kind::Custom));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Optional; shown in the tables"));

    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("Your login on the host, e.g. root"));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("Host name or address"));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (22)"));
    m_keyFile = new QLineEdit(this);
    m_keyFile->setPlaceholderText(tr("Optional; otherwise your SSH agent and default keys"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_keyRow = new QWidget(this);
    auto *keyRow = new QHBoxLayout(m_keyRow);
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keyFile);
    keyRow->addWidget(browse);
    m_uri = new QLineEdit(this);
    m_uri->setPlaceholderText(QStringLiteral("qemu+ssh://user@host/system"));

    m_autoconnect = new QCheckBox(tr("Connect &automatically when Virtdeck starts"), this);
    m_readOnly = new QCheckBox(tr("&Read-only"), this);
    m_readOnly->setObjectName(u"readOnly"_s);
    m_readOnly->setToolTip(tr("Only watch this host: VMs cannot be started, stopped, changed or "
                              "deleted from this connection."));
    m_preview = new QLabel(this);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    m_form = new QFormLayout;
    m_form->addRow(tr("&Type:"), m_kind);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&Port:"), m_port);
    auto *keyLabel = new QLabel(tr("&Key file:"), this);
    keyLabel->setBuddy(m_keyFile);
    m_form->addRow(keyLabel, m_keyRow);
    m_form->addRow(tr("&URI:"), m_uri);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_autoconnect);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseKeyFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    for (QLineEdit *e : {m_name, m_user, m_host, m_keyFile, m_uri})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateFields);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::updateFields);

    ConnectionConfig initial;
    initial.kind = Kind::RemoteSsh;
    setConfig(initial);
    resize(520, sizeHint().height());
}

void ConnectionDialog::setConfig(const ConnectionConfig &config) {
    m_config = config;
    m_kind->setCurrentIndex(m_kind->findData(int(config.kind)));
    m_name->setText(config.name);
    m_user->setText(config.user);
    m_host->setText(config.host);
    m_port->setValue(config.port);
    m_keyFile->setText(config.keyFile);
    m_uri->setText(config.customUri);
    m_autoconnect->setChecked(config.autoconnect);
    m_readOnly->setChecked(config.readOnly);
    updateFields();
}

ConnectionConfig ConnectionDialog::config() const {
    ConnectionConfig c = m_config;
    c.kind = Kind(m_kind->currentData().toInt());
    c.name = m_name->text().trimmed();
    c.user = m_user->text().trimmed();
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.keyFile = m_keyFile->text().trimmed();
    c.customUri = m_uri->text().trimmed();
    c.autoconnect = m_autoconnect->isChecked();
    c.readOnly = m_readOnly->isChecked();
    return c;
}

void ConnectionDialog::updateFields() {
    const ConnectionConfig c = config();
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_host),
                       static_cast<QWidget *>(m_port), m_keyRow})
        m_form->setRowVisible(w, c.kind == Kind::RemoteSsh);
    m_form->setRowVisible(m_uri, c.kind == Kind::Custom);
    m_preview->setText(tr("Opens: %1").arg(c.uri().isEmpty() ? tr("(incomplete)") : c.uri()));
    m_error->hide();
}

void ConnectionDialog::browseKeyFile() {
    const QString start = m_keyFile->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh")
                                                      : m_keyFile->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose an SSH private key"), start);
    if (!file.isEmpty())
        m_keyFile->setText(file);
}

void ConnectionDialog::accept() {
    const QString problem = config().validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace virtdeck
