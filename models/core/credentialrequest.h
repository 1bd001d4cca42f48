// SPDX-License-Identifier: GPL-3.0-or-later
// A libvirt authentication question forwarded from a connection thread to whoever can answer it.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

struct CredentialPrompt {
    enum class Kind : quint8 { Username, Password, Passphrase, EchoPrompt, NoEchoPrompt, Realm };
    Kind kind = Kind::Password;
    QString prompt;    // libvirt's question, shown as is
    QString challenge; // extra context (e.g. a host key fingerprint)
    QString defaultResult;
};

struct CredentialRequest {
    quint64 id = 0;
    QString connectionId;
    QString uri;
    QList<CredentialPrompt> prompts;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::CredentialRequest)
