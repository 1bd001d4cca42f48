// SPDX-License-Identifier: GPL-3.0-or-later
// Asks the user the questions libvirt needs to log in (user name, password, host-key prompts).
#pragma once

#include "core/credentialrequest.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLineEdit;

namespace virtdeck {

class CredentialDialog : public QDialog {
    Q_OBJECT
public:
    explicit CredentialDialog(const CredentialRequest &request, QWidget *parent = nullptr);
    const CredentialRequest &request() const { return m_request; }
    // One answer per prompt, in order.
    QStringList answers() const;
    // The user asked to keep the login in the system keyring (plain log-ins only).
    bool remember() const;

private:
    CredentialRequest m_request;
    QList<QLineEdit *> m_fields;
    QCheckBox *m_remember = nullptr;
};

} // namespace virtdeck
