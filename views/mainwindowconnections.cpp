// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: adding, editing and removing hosts, and answering their log-in questions from the
// keyring or the user.
#include "mainwindow.h"

#include "connectiondialog.h"
#include "core/connectionmanager.h"
#include "core/preferences.h"
#include "core/secretstore.h"
#include "credentialdialog.h"
#include "storage/poolinfo.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace virtdeck {

using namespace Qt::StringLiterals;

void MainWindow::addConnection() {
    ConnectionDialog dlg(this);
    dlg.setWindowTitle(tr("Add Connection"));
    if (dlg.exec() != QDialog::Accepted)
        return;
    auto *cm = m_workspace->connections();
    cm->addConnection(dlg.config(), true);
    m_workspace->saveConnections();
}

void MainWindow::editConnection() {
    const QString id = selectedConnectionId();
    auto *cm = m_workspace->connections();
    if (id.isEmpty() || cm->config(id).transient)
        return;
    ConnectionDialog dlg(this);
    dlg.setWindowTitle(tr("Edit Connection"));
    dlg.setConfig(cm->config(id));
    if (dlg.exec() != QDialog::Accepted)
        return;
    cm->updateConnection(dlg.config());
    m_workspace->saveConnections();
}

void MainWindow::removeConnection() {
    const QString id = selectedConnectionId();
    auto *cm = m_workspace->connections();
    if (id.isEmpty())
        return;
    if (m_workspace->preferences()->values().confirmRemoveConnection &&
        QMessageBox::question(this, tr("Remove connection"),
                              tr("Remove the connection %1? Its VMs stay on the host; only "
                                 "Virtdeck forgets the connection.")
                                  .arg(cm->config(id).displayName())) != QMessageBox::Yes)
        return;
    cm->removeConnection(id);
    m_secrets->remove(id);
    m_workspace->saveConnections();
}

void MainWindow::askCredentials(const CredentialRequest &request) {
    const QString id = request.connectionId;
    LoginAttempt &attempt = m_logins[id];
    bool retry = false;
    for (const CredentialPrompt &p : request.prompts)
        retry |= attempt.answeredFromKeyring.contains(int(p.kind));
    if (!SecretStore::canAnswer(request) || retry || attempt.askedUser) {
        showCredentialDialog(request);
        return;
    }
    m_secrets->read(id, [this, request](bool found, const StoredLogin &login,
                                        const QString &error) {
        LoginAttempt &attempt = m_logins[request.connectionId];
        if (found && SecretStore::covers(request, login)) {
            attempt.login = login;
            for (const CredentialPrompt &p : request.prompts)
                attempt.answeredFromKeyring.insert(int(p.kind));
            m_workspace->connections()->provideCredentials(request.connectionId, request.id, true,
                                                           SecretStore::answers(request, login));
            return;
        }
        if (!error.isEmpty())
            logLine(false, m_workspace->connections()->config(request.connectionId).displayName(),
                    tr("The system keyring cannot be read"), error);
        showCredentialDialog(request);
    });
}

void MainWindow::showCredentialDialog(const CredentialRequest &request) {
    // Window-modal but not blocking: the event loop keeps running while the user types.
    auto *dlg = new CredentialDialog(request, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::finished, this, [this, dlg](int result) {
        const CredentialRequest &r = dlg->request();
        const bool accepted = result == QDialog::Accepted;
        const QStringList answers = dlg->answers();
        if (accepted && SecretStore::canAnswer(r)) {
            // Kept until the host accepts it (see the Connected case of stateChanged).
            LoginAttempt &attempt = m_logins[r.connectionId];
            SecretStore::takeAnswers(r, answers, &attempt.login);
            attempt.askedUser = true;
            attempt.remember |= dlg->remember();
        }
        m_workspace->connections()->provideCredentials(r.connectionId, r.id, accepted, answers);
    });
    dlg->open();
}

void MainWindow::loginAccepted(const QString &connectionId) {
    const auto it = m_logins.constFind(connectionId);
    if (it == m_logins.cend())
        return;
    const LoginAttempt attempt = *it;
    m_logins.erase(it);
    if (!attempt.askedUser)
        return; // the keyring's login worked as it is
    const QString host = m_workspace->connections()->config(connectionId).displayName();
    if (!attempt.remember) {
        m_secrets->remove(connectionId); // a refused stored login is stale; no keyring is fine
        return;
    }
    m_secrets->write(connectionId, attempt.login, [this, host](const QString &error) {
        if (!error.isEmpty())
            logLine(false, host, tr("The system keyring refused the password"), error);
    });
}

// A bare host has no storage pool; offer the usual one once, as virt-manager does, without
// blocking the window (other hosts keep updating while the question is open).
void MainWindow::offerDefaultPool(const QString &connectionId) {
    const QString host = m_workspace->connections()->config(connectionId).displayName();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("No storage pool"),
        tr("%1 has no storage pool. New VMs, backups and labs need one to keep their disks in.\n\n"
           "Create the usual pool \"%2\" in %3?")
            .arg(host, kDefaultPoolName, kDefaultPoolPath),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"defaultPoolOffer"_s);
    QPushButton *create = box->addButton(tr("Create Pool"), QMessageBox::AcceptRole);
    box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(create);
    connect(box, &QMessageBox::finished, this, [this, box, create, connectionId, host] {
        if (box->clickedButton() != create)
            return;
        if (m_workspace->storage()->createDefaultPool(connectionId) != 0)
            logLine(
                true, host,
                tr("Creating storage pool \"%1\" in %2").arg(kDefaultPoolName, kDefaultPoolPath));
    });
    box->open();
}

} // namespace virtdeck
