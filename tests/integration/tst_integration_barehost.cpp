// SPDX-License-Identifier: GPL-3.0-or-later
// Virtdeck on a host as a user has it right after installing libvirt: no storage pool, no
// network. A private libvirtd (services.sh start-libvirtd-bare, wiped at each start) is that
// host; the `virtdeck` CLI backs up a running VM there, restores it under a new name and
// provisions a lab from a template whose disk lies in a folder that is no pool. Nothing is
// prepared for the product: what it needs, it must create and say so.
//
// Environment: VIRTDECK_BARE_URI (skips without).
#include "hosttools.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hosttools::Run;
using hosttools::run;

namespace {
Run vd(const QStringList &args) {
    return run(QStringLiteral(VIRTDECK_BINARY), args);
}

QString uri() {
    return qEnvironmentVariable("VIRTDECK_BARE_URI");
}

Run bareVirsh(const QStringList &args) {
    return run(u"virsh"_s, QStringList{u"-q"_s, u"-c"_s, uri()} + args);
}

QStringList names(const QStringList &listCommand) {
    const QString out = QString::fromUtf8(bareVirsh(listCommand).out);
    // `virsh pool-list --name` pads the names with spaces.
    QStringList lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

// The tiny QEMU VM of tests/data/tiny-vm.xml on the bare host.
bool defineVm(const QString &name, const QString &disk, const QString &dir) {
    QFile f(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString xml = QString::fromUtf8(f.readAll());
    xml.replace(u"@NAME@"_s, name).replace(u"@DISK@"_s, disk);
    const QString path = dir + u'/' + name + u".xml"_s;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(xml.toUtf8());
    out.close();
    return bareVirsh({u"define"_s, path}).code == 0;
}

bool makeDisk(const QString &path) {
    return run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, path, u"64M"_s}).code ==
           0;
}
} // namespace

class TestIntegrationBareHost : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupOfRunningVmOnBareHost();
    void restoreOnBareHost();
    void labFromTemplateOutsideAnyPool();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir{QDir::tempPath() + u"/vd-bare-XXXXXX"_s};
    QString m_backupId;
};

void TestIntegrationBareHost::initTestCase() {
    if (uri().isEmpty())
        QSKIP("VIRTDECK_BARE_URI not set (tests/run.sh sets it when run as root)");
    QVERIFY(m_dir.isValid());
    // The daemon is wiped when it starts; anything here now is what an earlier run left behind.
    QCOMPARE(names({u"pool-list"_s, u"--all"_s, u"--name"_s}), QStringList{});
    QCOMPARE(names({u"net-list"_s, u"--all"_s, u"--name"_s}), QStringList{});
    QCOMPARE(names({u"list"_s, u"--all"_s, u"--name"_s}), QStringList{});
}

void TestIntegrationBareHost::backupOfRunningVmOnBareHost() {
    const QString disk = m_dir.filePath(u"vm.qcow2"_s);
    QVERIFY(makeDisk(disk));
    QVERIFY(defineVm(u"vd-bare-vm"_s, disk, m_dir.path()));
    QCOMPARE(bareVirsh({u"start"_s, u"vd-bare-vm"_s}).code, 0);

    const QString repo = m_dir.filePath(u"repo"_s);
    const Run r = vd({u"backup"_s, u"--connect"_s, uri(), u"--repo"_s, repo, u"vd-bare-vm"_s});
    QCOMPARE(r.code, 0);
    // The CLI says what it had to create for the scratch image, and it exists now.
    const QString said = QString::fromUtf8(r.out + r.err);
    QVERIFY2(said.contains(u"default"_s), qPrintable(said));
    QVERIFY(names({u"pool-list"_s, u"--all"_s, u"--name"_s}).contains(u"default"_s));

    QCOMPARE(vd({u"verify"_s, u"--repo"_s, repo}).code, 0);
    const QJsonArray backups =
        QJsonDocument::fromJson(vd({u"backups"_s, u"--repo"_s, repo, u"--json"_s}).out)
            .object()
            .value(u"backups"_s)
            .toArray();
    QCOMPARE(backups.size(), 1);
    m_backupId = backups.first().toObject().value(u"id"_s).toString();
    QVERIFY(!m_backupId.isEmpty());
    // No scratch image stays behind in the pool the backup created.
    QCOMPARE(names({u"vol-list"_s, u"default"_s}), QStringList{});
}

void TestIntegrationBareHost::restoreOnBareHost() {
    if (m_backupId.isEmpty())
        QSKIP("needs the backup of backupOfRunningVmOnBareHost");
    const QString repo = m_dir.filePath(u"repo"_s);
    const Run r = vd({u"restore"_s, u"--repo"_s, repo, m_backupId, u"--connect"_s, uri(),
                      u"--name"_s, u"vd-bare-restored"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(names({u"list"_s, u"--all"_s, u"--name"_s}).contains(u"vd-bare-restored"_s));
    const QString disks =
        QString::fromUtf8(bareVirsh({u"domblklist"_s, u"vd-bare-restored"_s}).out);
    QVERIFY2(disks.contains(u"vd-bare-restored"_s), qPrintable(disks));
}

void TestIntegrationBareHost::labFromTemplateOutsideAnyPool() {
    // The template's disk lies in a folder of its own that no pool covers.
    const QString folder = m_dir.filePath(u"templates"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(makeDisk(folder + u"/tpl.qcow2"_s));
    QVERIFY(defineVm(u"vd-bare-tpl"_s, folder + u"/tpl.qcow2"_s, m_dir.path()));
    const QString roster = m_dir.filePath(u"roster.csv"_s);
    QFile f(roster);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,name,email,group\ns1,Ada,ada@example.org,A\ns2,Bob,bob@example.org,A\n"
            "s3,Cy,cy@example.org,B\n");
    f.close();
    const QString db = m_dir.filePath(u"labs.sqlite"_s);
    QCOMPARE(vd({u"lab"_s, u"create"_s, u"--database"_s, db, u"--lab"_s, u"bare"_s,
                 u"--template"_s, u"vd-bare-tpl"_s, u"--roster"_s, roster, u"--connect"_s, uri()})
                 .code,
             0);
    const Run r = vd({u"lab"_s, u"provision"_s, u"--database"_s, db, u"--lab"_s, u"bare"_s});
    QCOMPARE(r.code, 0);
    const QString said = QString::fromUtf8(r.out + r.err);
    QVERIFY2(said.contains(folder), qPrintable(said));
    const QStringList vms = names({u"list"_s, u"--all"_s, u"--name"_s});
    QCOMPARE(vms.filter(u"bare"_s).size() - vms.filter(u"vd-bare"_s).size(), 3);
    QCOMPARE(vd({u"lab"_s, u"delete"_s, u"--database"_s, db, u"--lab"_s, u"bare"_s,
                 u"--forget"_s})
                 .code,
             0);
}

// Leaves the host bare again: every VM, pool and volume the run made goes.
void TestIntegrationBareHost::cleanupTestCase() {
    if (uri().isEmpty())
        return;
    for (const QString &vm : names({u"list"_s, u"--all"_s, u"--name"_s})) {
        bareVirsh({u"destroy"_s, vm});
        bareVirsh({u"undefine"_s, vm, u"--checkpoints-metadata"_s, u"--snapshots-metadata"_s,
                   u"--remove-all-storage"_s});
    }
    for (const QString &pool : names({u"pool-list"_s, u"--all"_s, u"--name"_s})) {
        for (const QString &line : names({u"vol-list"_s, pool}))
            bareVirsh({u"vol-delete"_s, line.section(u' ', 0, 0, QString::SectionSkipEmpty),
                       u"--pool"_s, pool});
        bareVirsh({u"pool-destroy"_s, pool});
        bareVirsh({u"pool-undefine"_s, pool});
    }
    QCOMPARE(names({u"list"_s, u"--all"_s, u"--name"_s}), QStringList{});
    QCOMPARE(names({u"pool-list"_s, u"--all"_s, u"--name"_s}), QStringList{});
}

QTEST_GUILESS_MAIN(TestIntegrationBareHost)
#include "tst_integration_barehost.moc"
