// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

// Jobs delete themselves once finished; `done` runs on the GUI thread from their signal.
template <typename JobT> JobT *makeJob(QObject *parent, const QString &connectionId) {
    auto *job = new JobT(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a missing keyring is an error, never a plain file
    job->setKey(SecretStore::keyFor(connectionId));
    return job;
}

bool isMissing(QKeychain::Error e) {
    return e == QKeychain::EntryNotFound;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {}

QString SecretStore::serviceName() {
    return u"virtdeck"_s;
}

QString SecretStore::keyFor(const QString &connectionId) {
    return u"connection/"_s + connectionId;
}

bool SecretStore::canAnswer(const CredentialRequest &request) {
    using K = CredentialPrompt::Kind;
    for (const CredentialPrompt &p : request.prompts)
        if (p.kind != K::Username && p.kind != K::Password && p.kind != K::Passphrase)
            return false;
    return !request.prompts.isEmpty();
}

QStringList SecretStore::answers(const CredentialRequest &request, const StoredLogin &login) {
    QStringList out;
    for (const CredentialPrompt &p : request.prompts)
        out.append(p.kind == CredentialPrompt::Kind::Username ? login.user : login.password);
    return out;
}

void SecretStore::takeAnswers(const CredentialRequest &request, const QStringList &answers,
                              StoredLogin *login) {
    for (qsizetype i = 0; i < request.prompts.size() && i < answers.size(); ++i) {
        if (request.prompts.at(i).kind == CredentialPrompt::Kind::Username)
            login->user = answers.at(i);
        else
            login->password = answers.at(i);
    }
}

bool SecretStore::covers(const CredentialRequest &request, const StoredLogin &login) {
    for (const CredentialPrompt &p : request.prompts)
        if ((p.kind == CredentialPrompt::Kind::Username ? login.user : login.password).isEmpty())
            return false;
    return true;
}

void SecretStore::read(const QString &connectionId, ReadDone done) {
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, connectionId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (isMissing(r->error())) {
            done(false, {}, {});
            return;
        }
        if (r->error() != QKeychain::NoError) {
            done(false, {}, r->errorString());
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r->textData().toUtf8()).object();
        StoredLogin login{o.value(u"user"_s).toString(), o.value(u"password"_s).toString()};
        done(true, login, {});
    });
    job->start();
}

void SecretStore::write(const QString &connectionId, const StoredLogin &login, Done done) {
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, connectionId);
    job->setTextData(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"user"_s, login.user}, {u"password"_s, login.password}})
            .toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &connectionId, Done done) {
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, connectionId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError || isMissing(j->error()) ? QString()
                                                                           : j->errorString());
    });
    job->start();
}

} // namespace virtdeck
