// SPDX-License-Identifier: GPL-3.0-or-later
// The new-VM wizard against a real libvirtd with QEMU: it reads the host's capabilities and
// storage, previews the definition and creates a VM that starts (TCG). With VIRTDECK_SHOT_DIR set
// its pages are saved as PNGs. Environment: VIRTDECK_QEMU_URI; skips without it.
#include "core/connectionmanager.h"
#include "hosts/hosttablemodel.h"
#include "newvmwizard.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
bool sh(const QString &script) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, {u"-c"_s, script});
    const bool finished =
        QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000);
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        qWarning().noquote() << "command failed:" << script << "\n" << p.readAll();
    return ok;
}

void shot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("VIRTDECK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}
} // namespace

class TestIntegrationWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardCreatesAndStartsVm();
    void cleanupTestCase();

private:
    QString m_uri;
    QString m_prefix = u"vdwiz-%1-"_s.arg(QCoreApplication::applicationPid());
};

void TestIntegrationWizard::cleanupTestCase() {
    if (m_uri.isEmpty())
        return;
    sh(u"for d in $(virsh -q -c '%1' list --all --name | grep '^%2'); do "
       "virsh -q -c '%1' destroy \"$d\" >/dev/null 2>&1; virsh -q -c '%1' undefine \"$d\" "
       ">/dev/null 2>&1; done; rm -f /var/lib/libvirt/images/%2*; "
       "virsh -q -c '%1' pool-refresh default >/dev/null 2>&1; true"_s.arg(m_uri, m_prefix));
}

void TestIntegrationWizard::wizardCreatesAndStartsVm() {
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against");
    const QString iso = u"/var/lib/libvirt/images/"_s + m_prefix + u"install.iso"_s;
    QVERIFY(sh(u"qemu-img create -q -f raw '%1' 1M && virsh -q -c '%2' pool-refresh default "
               ">/dev/null"_s.arg(iso, m_uri)));
    Workspace workspace;
    auto *cm = workspace.connections();
    ConnectionConfig c = ConnectionConfig::fromUri(m_uri);
    c.transient = true;
    const QString id = cm->addConnection(c, true);
    QTRY_VERIFY_WITH_TIMEOUT(cm->state(id) == ConnectionState::Connected, 60000);
    QTRY_VERIFY(workspace.hosts()->rowCount() == 1 && workspace.hosts()->rowAt(0).hasInfo);

    NewVmWizard wizard(cm, workspace.hosts());
    wizard.show();
    QCOMPARE(wizard.connectionId(), id); // the only host is the suggestion
    QTRY_VERIFY_WITH_TIMEOUT(wizard.choicesLoaded(), 30000);
    auto *image = wizard.findChildren<QComboBox *>().at(1);
    const int isoIndex = image->findData(iso);
    QVERIFY(isoIndex >= 0);
    image->setCurrentIndex(isoIndex);
    // TCG: /dev/kvm may exist on CI machines without working.
    for (auto *box : wizard.findChildren<QCheckBox *>())
        if (box->text().contains(u"KVM"_s))
            box->setChecked(false);
    QVERIFY(wizard.currentPage()->isComplete());
    shot(&wizard, u"new-vm-source"_s);
    wizard.next();
    wizard.nameEdit()->setText(m_prefix + u"vm"_s);
    for (auto *spin : wizard.findChildren<QSpinBox *>()) {
        if (spin->suffix() == u" MiB"_s)
            spin->setValue(128);
        if (spin->suffix() == u" GiB"_s)
            spin->setValue(1);
    }
    shot(&wizard, u"new-vm-resources"_s);
    wizard.next();
    QVERIFY(wizard.previewXml().contains(u"<domain type='qemu'>"_s));
    QVERIFY(wizard.previewXml().contains(iso));
    shot(&wizard, u"new-vm-definition"_s);

    QSignalSpy created(&wizard, &NewVmWizard::vmCreated);
    wizard.accept();
    QVERIFY(created.wait(120000));
    const auto r = created.at(0).at(0).value<ActionResult>();
    QVERIFY2(r.ok && r.message.isEmpty(), qPrintable(r.message));
    QVERIFY(sh(u"virsh -q -c '%1' domstate '%2' | grep -q running"_s.arg(m_uri, r.name)));
    cm->shutdown();
}

QTEST_MAIN(TestIntegrationWizard)
#include "tst_integration_wizard.moc"
