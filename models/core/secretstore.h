// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords of connections in the system keyring (the Secret Service, KWallet or the macOS
// keychain, through QtKeychain), never in the settings file. Asynchronous: the keyring answers
// over D-Bus while the event loop runs. GUI thread.
#pragma once

#include "credentialrequest.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace virtdeck {

struct StoredLogin {
    QString user;
    QString password;
};

class SecretStore : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    // `error` is empty on success. A missing entry is not an error: found is false.
    using ReadDone =
        std::function<void(bool found, const StoredLogin &login, const QString &error)>;
    using Done = std::function<void(const QString &error)>;

    void read(const QString &connectionId, ReadDone done);
    void write(const QString &connectionId, const StoredLogin &login, Done done);
    void remove(const QString &connectionId, Done done = {});

    // A plain log-in question (user name and password prompts only; libvirt may ask them one
    // at a time): what a stored login can answer. Host-key questions and other prompts always
    // go to the user.
    static bool canAnswer(const CredentialRequest &request);
    // The answers to `request`'s prompts from `login`, in prompt order.
    static QStringList answers(const CredentialRequest &request, const StoredLogin &login);
    // Whether `login` has an answer for every prompt of `request`.
    static bool covers(const CredentialRequest &request, const StoredLogin &login);
    // Copies what the user typed (answers in prompt order) into `login`.
    static void takeAnswers(const CredentialRequest &request, const QStringList &answers,
                            StoredLogin *login);

    // The keyring's service name and the entry's key, as other keyring tools show them.
    static QString serviceName();
    static QString keyFor(const QString &connectionId);
};

} // namespace virtdeck
