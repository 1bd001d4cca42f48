// SPDX-License-Identifier: GPL-3.0-or-later
// Connection passwords in the system keyring: a real Secret Service (gnome-keyring in its own
// D-Bus session, see keyring-session.sh) and a test-driver host that asks for a log-in.
#include "core/connectionmanager.h"
#include "core/secretstore.h"
#include "credentialdialog.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestKeyring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void promptsAKeyringCanAnswer();
    void storedLoginConnectsWithoutAsking();
    void refusedLoginAsksAndRemembers();

private:
    StoredLogin readBack(const QString &id, bool *found);
    void store(const QString &id, const StoredLogin &login);
    QString addGuardedHost(Workspace &workspace);
    QTemporaryDir m_tmp;
    QString m_node;
};

void TestKeyring::initTestCase() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("run through tests/keyring-session.sh (ctest does)");
    QVERIFY(m_tmp.isValid());
    m_node = m_tmp.filePath(u"auth-node.xml"_s);
    QVERIFY(QFile::copy(QStringLiteral(VIRTDECK_TEST_DATA "/auth-node.xml"), m_node));
}

StoredLogin TestKeyring::readBack(const QString &id, bool *found) {
    SecretStore store;
    bool done = false;
    StoredLogin out;
    QString err;
    store.read(id, [&](bool f, const StoredLogin &l, const QString &e) {
        *found = f;
        out = l;
        err = e;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    if (!err.isEmpty())
        qWarning() << "keyring read:" << err;
    return out;
}

void TestKeyring::store(const QString &id, const StoredLogin &login) {
    SecretStore store;
    bool done = false;
    QString err = u"unset"_s;
    store.write(id, login, [&](const QString &e) {
        err = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(err, QString());
}

void TestKeyring::roundTrip() {
    bool found = true;
    readBack(u"nobody"_s, &found);
    QVERIFY(!found);
    store(u"c1"_s, {u"bob"_s, u"pa ss\"wörd"_s});
    const StoredLogin l = readBack(u"c1"_s, &found);
    QVERIFY(found);
    QCOMPARE(l.user, u"bob"_s);
    QCOMPARE(l.password, u"pa ss\"wörd"_s);
    SecretStore s;
    bool done = false;
    QString err = u"unset"_s;
    s.remove(u"c1"_s, [&](const QString &e) {
        err = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(err, QString());
    readBack(u"c1"_s, &found);
    QVERIFY(!found);
}

void TestKeyring::promptsAKeyringCanAnswer() {
    using K = CredentialPrompt::Kind;
    CredentialRequest login;
    login.prompts = {{K::Username, u"User:"_s, {}, {}}, {K::Passphrase, u"Password:"_s, {}, {}}};
    QVERIFY(SecretStore::canAnswer(login));
    QCOMPARE(SecretStore::answers(login, {u"u"_s, u"p"_s}), (QStringList{u"u"_s, u"p"_s}));
    StoredLogin back;
    SecretStore::takeAnswers(login, {u"u"_s, u"p"_s}, &back);
    QCOMPARE(back.user, u"u"_s);
    QCOMPARE(back.password, u"p"_s);
    // libvirt may ask one prompt at a time: the user name alone is a log-in question too.
    CredentialRequest userOnly;
    userOnly.prompts = {{K::Username, u"User:"_s, {}, {}}};
    QVERIFY(SecretStore::canAnswer(userOnly));
    QVERIFY(SecretStore::covers(userOnly, {u"u"_s, {}}));
    QVERIFY(!SecretStore::covers(login, {u"u"_s, {}}));
    CredentialRequest hostKey = login;
    hostKey.prompts.append({K::EchoPrompt, u"Accept the host key?"_s, u"SHA256:…"_s, {}});
    QVERIFY(!SecretStore::canAnswer(hostKey));
}

QString TestKeyring::addGuardedHost(Workspace &workspace) {
    ConnectionConfig c = ConnectionConfig::fromUri(u"test://"_s + m_node);
    c.autoconnect = false;
    return workspace.connections()->addConnection(c, false);
}

void TestKeyring::storedLoginConnectsWithoutAsking() {
    Workspace workspace;
    MainWindow w(&workspace);
    w.show();
    const QString id = addGuardedHost(workspace);
    store(id, {u"alice"_s, u"Tr0ub4dor-s3cret"_s});
    auto *cm = workspace.connections();
    cm->openConnection(id);
    QTRY_COMPARE_WITH_TIMEOUT(cm->state(id), ConnectionState::Connected, 15000);
    QVERIFY(!w.findChild<CredentialDialog *>());
    // The password is nowhere in the settings file.
    QSettings s;
    cm->save(s);
    s.sync();
    QFile ini(s.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("s3cret"));
}

void TestKeyring::refusedLoginAsksAndRemembers() {
    Workspace workspace;
    workspace.connections()->setReconnectDelays(200, 400);
    MainWindow w(&workspace);
    w.show();
    const QString id = addGuardedHost(workspace);
    store(id, {u"alice"_s, u"wrong"_s});
    auto *cm = workspace.connections();
    cm->openConnection(id);
    QTRY_COMPARE_WITH_TIMEOUT(cm->state(id), ConnectionState::Failed, 15000);
    QVERIFY(cm->lastMessage(id).contains(u"authentication failed"_s));
    QVERIFY(!w.findChild<CredentialDialog *>());
    cm->openConnection(id); // the user tries again
    // The stored login is refused once; the next questions go to the user (libvirt's test
    // driver asks for the user name, then the password, in two questions).
    for (const QString &answer : {u"alice"_s, u"Tr0ub4dor-s3cret"_s}) {
        CredentialDialog *dlg = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dlg = w.findChild<CredentialDialog *>()) != nullptr, 15000);
        const auto fields = dlg->findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 1);
        fields.at(0)->setText(answer);
        auto *remember = dlg->findChild<QCheckBox *>();
        QVERIFY(remember);
        remember->setChecked(true);
        dlg->accept();
        delete dlg; // deleted on close anyway; now, so the next findChild sees the next one
    }
    QTRY_COMPARE_WITH_TIMEOUT(cm->state(id), ConnectionState::Connected, 15000);
    bool found = false;
    QTRY_VERIFY_WITH_TIMEOUT(readBack(id, &found).password == u"Tr0ub4dor-s3cret"_s, 10000);
    QVERIFY(found);
}

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"
