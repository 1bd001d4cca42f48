// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialdialog.h"

#include "core/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace virtdeck {

CredentialDialog::CredentialDialog(const CredentialRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request) {
    setWindowTitle(tr("Log in to %1").arg(request.uri));
    setMinimumWidth(440);
    auto *intro = new QLabel(
        tr("The hypervisor at <b>%1</b> asks for credentials.").arg(request.uri.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const CredentialPrompt &p : request.prompts) {
        auto *field = new QLineEdit(p.defaultResult, this);
        using K = CredentialPrompt::Kind;
        if (p.kind == K::Password || p.kind == K::Passphrase || p.kind == K::NoEchoPrompt)
            field->setEchoMode(QLineEdit::Password);
        QString label = p.prompt.trimmed();
        if (label.isEmpty())
            label = p.kind == K::Username ? tr("User name:") : tr("Password:");
        if (!p.challenge.isEmpty()) {
            auto *challenge = new QLabel(p.challenge, this);
            challenge->setWordWrap(true);
            challenge->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(challenge);
        }
        form->addRow(label, field);
        m_fields.append(field);
    }
    if (SecretStore::canAnswer(request)) {
        m_remember = new QCheckBox(tr("&Remember in the system keyring"), this);
        m_remember->setToolTip(tr("The password is kept by the desktop's keyring, never in "
                                  "Virtdeck's settings file."));
        form->addRow(QString(), m_remember);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus();
}

bool CredentialDialog::remember() const {
    return m_remember && m_remember->isChecked();
}

QStringList CredentialDialog::answers() const {
    QStringList out;
    for (const QLineEdit *f : m_fields)
        out.append(f->text());
    return out;
}

} // namespace virtdeck
