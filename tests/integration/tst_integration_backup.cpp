// SPDX-License-Identifier: GPL-3.0-or-later
// The backup engine end to end on a real libvirtd (TCG), through the `virtdeck` CLI as a user
// runs it: known data written into a VM's qcow2 with qemu-io while it is shut off; a backup of
// the shut-off VM; start it, back it up running (push mode, full), change blocks in the
// running guest's disk through the monitor (HMP qemu-io: data and zeroes), back it up
// incrementally; restore every backup as a new VM and compare the restored disk with what the
// guest saw at each backup (qemu-img compare). The same over qemu+ssh when VIRTDECK_SSH_URI
// is set. Fault injection: backups killed at random points, a flipped byte, a full disk.
//
// Environment: VIRTDECK_QEMU_URI (skips without), VIRTDECK_SSH_URI (optional row).
#include "hosttools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hosttools::Run;
using hosttools::run;
using hosttools::virsh;

namespace {
const QString kImages = u"/var/lib/libvirt/images"_s;

Run vd(const QStringList &args) {
    return run(QStringLiteral(VIRTDECK_BINARY), args);
}

// What the guest sees on the disk now, as a raw file (-U: the VM may be running).
bool snapshotDisk(const QString &qcow2, const QString &raw) {
    return run(u"qemu-img"_s, {u"convert"_s, u"-U"_s, u"-O"_s, u"raw"_s, qcow2, raw}).code == 0;
}

bool sameContent(const QString &a, const QString &b) {
    return run(u"qemu-img"_s, {u"compare"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-F"_s, u"raw"_s, a, b})
               .code == 0;
}

bool hmpWrite(const QString &vm, const QString &cmd) {
    // qemu-io on the guest's drive through the monitor: writes as the guest would.
    return virsh({u"qemu-monitor-command"_s, u"--hmp"_s, vm,
                  u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"%1\""_s.arg(cmd)})
               .code == 0;
}

// Writes into the running guest's disk and into `model`, a raw file that tracks what the guest
// should see (reading the live qcow2 from outside may miss metadata QEMU still caches).
bool change(const QString &vm, const QString &cmd, const QString &model) {
    return hmpWrite(vm, cmd) &&
           run(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, cmd, model}).code == 0;
}

bool copyFile(const QString &from, const QString &to) {
    QFile::remove(to);
    return run(u"cp"_s, {u"--sparse=always"_s, from, to}).code == 0;
}

QJsonObject backupsJson(const QString &repo) {
    return QJsonDocument::fromJson(vd({u"backups"_s, u"--repo"_s, repo, u"--json"_s}).out).object();
}
} // namespace

class TestIntegrationBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupIncrementalRestore_data();
    void backupIncrementalRestore();
    void killedBackupsLeaveRepositoryConsistent();
    void flippedByteIsNamed();
    void diskFullFailsCleanly();
    void qcow2Version2RunningIsBackedUpWhole();
    void cleanup();

private:
    QString defineVm(const QString &name, const QString &disk);
    QString m_uri;
    QStringList m_vms;
    QTemporaryDir m_tmp;
};

void TestIntegrationBackup::initTestCase() {
    m_uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (m_uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against (tests/run.sh "
              "starts one as root)");
    QVERIFY(m_tmp.isValid());
}

QString TestIntegrationBackup::defineVm(const QString &name, const QString &disk) {
    m_vms.append(name);
    return hosttools::defineTinyVm(name, disk, m_tmp.path()) ? name : QString();
}

void TestIntegrationBackup::cleanup() {
    for (const QString &vm : std::as_const(m_vms)) {
        virsh({u"destroy"_s, vm});
        const QStringList cps =
            QString::fromUtf8(virsh({u"checkpoint-list"_s, vm, u"--name"_s}).out)
                .split(u'\n', Qt::SkipEmptyParts);
        for (const auto &c : cps)
            virsh({u"checkpoint-delete"_s, vm, c.trimmed(), u"--metadata"_s});
        virsh({u"undefine"_s, vm, u"--remove-all-storage"_s});
    }
    m_vms.clear();
    virsh({u"pool-refresh"_s, u"default"_s});
}

void TestIntegrationBackup::backupIncrementalRestore_data() {
    QTest::addColumn<QString>("uri");
    QTest::newRow("local") << qEnvironmentVariable("VIRTDECK_QEMU_URI");
    const QString ssh = qEnvironmentVariable("VIRTDECK_SSH_URI");
    if (!ssh.isEmpty())
        QTest::newRow("qemu+ssh") << ssh;
}

void TestIntegrationBackup::backupIncrementalRestore() {
    QFETCH(QString, uri);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(u'+');
    const QString vm = u"vd-bk-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(tag);
    const QString disk = kImages + u'/' + vm + u".qcow2"_s;
    const QString repo = m_tmp.filePath(u"repo-"_s + tag);
    QVERIFY(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"96M"_s}).code ==
            0);
    QVERIFY(run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x11 0 8M"_s, u"-c"_s,
                               u"write -P 0x22 20M 1M"_s, u"-c"_s, u"write -P 0x23 95M 1M"_s, disk})
                .code == 0);
    QVERIFY(!defineVm(vm, disk).isEmpty());
    virsh({u"pool-refresh"_s, u"default"_s});

    // 1. Shut off: read directly.
    const QString s0 = m_tmp.filePath(vm + u"-s0.raw"_s);
    QVERIFY(snapshotDisk(disk, s0));
    QCOMPARE(vd({u"backup"_s, u"--connect"_s, uri, u"--repo"_s, repo, vm}).code, 0);

    // 2. Running: push-mode full backup with a checkpoint.
    QCOMPARE(virsh({u"start"_s, vm}).code, 0);
    const QString s1 = m_tmp.filePath(vm + u"-s1.raw"_s);
    QVERIFY(copyFile(s0, s1));
    QVERIFY(change(vm, u"write -P 0x33 40M 2M"_s, s1));
    QCOMPARE(vd({u"backup"_s, u"--connect"_s, uri, u"--repo"_s, repo, vm}).code, 0);

    // 3. Change blocks in the running guest (data and zeroes), back up incrementally.
    const QString s2 = m_tmp.filePath(vm + u"-s2.raw"_s);
    QVERIFY(copyFile(s1, s2));
    QVERIFY(change(vm, u"write -P 0x55 1M 64k"_s, s2));
    QVERIFY(change(vm, u"write -z 20M 128k"_s, s2));
    QVERIFY(change(vm, u"write -P 0x66 60M 4M"_s, s2));
    QVERIFY(!sameContent(s1, s2));
    QCOMPARE(vd({u"backup"_s, u"--connect"_s, uri, u"--repo"_s, repo, vm}).code, 0);

    const QJsonObject listing = backupsJson(repo);
    const QJsonArray backups = listing.value(u"backups"_s).toArray();
    QCOMPARE(backups.size(), 3);
    QCOMPARE(backups.at(0).toObject().value(u"vm_state"_s).toString(), u"shutoff"_s);
    QCOMPARE(backups.at(1).toObject().value(u"vm_state"_s).toString(), u"running"_s);
    QCOMPARE(backups.at(1).toObject().value(u"mode"_s).toString(), u"full"_s);
    QCOMPARE(backups.at(2).toObject().value(u"mode"_s).toString(), u"incremental"_s);
    // Incremental: only the changed clusters came over the connection.
    QVERIFY(backups.at(2).toObject().value(u"read"_s).toInteger() <= 5 * 1024 * 1024);
    QVERIFY(listing.value(u"dedup_ratio"_s).toDouble() > 2);

    // 4. Every backup restores on its own, as a new VM with a new identity, thin.
    const QList<QString> states = {s0, s1, s2};
    for (int i = 0; i < 3; ++i) {
        const QString id = backups.at(i).toObject().value(u"id"_s).toString();
        const QString name = vm + u"-r"_s + QString::number(i);
        m_vms.append(name);
        const Run r = vd({u"restore"_s, u"--repo"_s, repo, id, u"--connect"_s, uri, u"--name"_s,
                          name, u"--pool"_s, u"default"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString restored = kImages + u'/' + name + u"-vda.raw"_s;
        QVERIFY2(sameContent(states.at(i), restored), qPrintable(id));
        QFileInfo fi(restored);
        QCOMPARE(fi.size(), qint64(96) << 20);
        const QByteArray xml = virsh({u"dumpxml"_s, name}).out;
        QVERIFY(!xml.contains(virsh({u"domuuid"_s, vm}).out.trimmed()));
    }
    QCOMPARE(virsh({u"start"_s, vm + u"-r2"_s}).code, 0);
    QCOMPARE(vd({u"verify"_s, u"--repo"_s, repo}).code, 0);
}

// A running VM on a qcow2 version 2 disk (older images, some templates): QEMU cannot store the
// checkpoint's bitmap there. Its backups are full ones without a checkpoint, the output says why
// and how to convert the disk, and the data is right.
void TestIntegrationBackup::qcow2Version2RunningIsBackedUpWhole() {
    const QString vm = u"vd-bk-%1-v2"_s.arg(QCoreApplication::applicationPid());
    const QString disk = kImages + u'/' + vm + u".qcow2"_s;
    const QString repo = m_tmp.filePath(u"repo-v2"_s);
    QVERIFY(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-o"_s,
                                u"compat=0.10"_s, disk, u"32M"_s})
                .code == 0);
    QVERIFY(run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x71 0 4M"_s, disk}).code ==
            0);
    const QString model = m_tmp.filePath(vm + u".raw"_s);
    QVERIFY(snapshotDisk(disk, model));
    QVERIFY(!defineVm(vm, disk).isEmpty());
    virsh({u"pool-refresh"_s, u"default"_s});
    QCOMPARE(virsh({u"start"_s, vm}).code, 0);
    QVERIFY(change(vm, u"write -P 0x72 8M 1M"_s, model));
    for (int i = 0; i < 2; ++i) {
        const Run r = vd({u"backup"_s, u"--connect"_s, m_uri, u"--repo"_s, repo, vm});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("No checkpoint was made") && r.out.contains("compat=1.1"),
                 r.out.constData());
    }
    QVERIFY(virsh({u"checkpoint-list"_s, vm, u"--name"_s}).out.trimmed().isEmpty());
    const QJsonArray backups = backupsJson(repo).value(u"backups"_s).toArray();
    QCOMPARE(backups.size(), 2);
    for (const auto &b : backups)
        QCOMPARE(b.toObject().value(u"mode"_s).toString(), u"full"_s);
    const QString name = vm + u"-r"_s;
    m_vms.append(name);
    const Run r =
        vd({u"restore"_s, u"--repo"_s, repo, backups.at(1).toObject().value(u"id"_s).toString(),
            u"--connect"_s, m_uri, u"--name"_s, name, u"--pool"_s, u"default"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(sameContent(model, kImages + u'/' + name + u"-vda.raw"_s));
}

void TestIntegrationBackup::killedBackupsLeaveRepositoryConsistent() {
    const QString vm = u"vd-bk-%1-kill"_s.arg(QCoreApplication::applicationPid());
    const QString disk = kImages + u'/' + vm + u".qcow2"_s;
    const QString repo = m_tmp.filePath(u"repo-kill"_s);
    QVERIFY(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"256M"_s}).code ==
            0);
    QVERIFY(
        run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x42 0 200M"_s, disk}).code ==
        0);
    QVERIFY(!defineVm(vm, disk).isEmpty());
    const QString now = m_tmp.filePath(vm + u"-now.raw"_s);
    QVERIFY(snapshotDisk(disk, now));
    QCOMPARE(virsh({u"start"_s, vm}).code, 0);
    QCOMPARE(vd({u"backup"_s, u"--connect"_s, m_uri, u"--repo"_s, repo, vm}).code, 0);
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 4; ++round) {
        QVERIFY(change(vm, u"write -P 0x%1 %2M 8M"_s.arg(0x60 + round, 0, 16).arg(8 + round * 40),
                       now));
        QProcess p;
        p.start(QStringLiteral(VIRTDECK_BINARY),
                {u"backup"_s, u"--connect"_s, m_uri, u"--repo"_s, repo, u"--full"_s, vm});
        QVERIFY(p.waitForStarted());
        QTest::qWait(int(rng->bounded(150, 1500)));
        hosttools::killHard(p); // it may have finished already
        p.waitForFinished();
        // Whatever the moment, the repository verifies and the next backup works.
        QCOMPARE(vd({u"verify"_s, u"--repo"_s, repo}).code, 0);
    }
    QCOMPARE(vd({u"backup"_s, u"--connect"_s, m_uri, u"--repo"_s, repo, vm}).code, 0);
    const QJsonArray backups = backupsJson(repo).value(u"backups"_s).toArray();
    const QString last = backups.last().toObject().value(u"id"_s).toString();
    const QString out = m_tmp.filePath(u"kill-restore"_s);
    QCOMPARE(vd({u"restore"_s, u"--repo"_s, repo, last, u"--to-dir"_s, out}).code, 0);
    QVERIFY(sameContent(now, out + u"/vda.raw"_s));
    // No scratch volume is left behind once a backup has run again.
    QVERIFY(!virsh({u"vol-list"_s, u"default"_s}).out.contains("virtdeck-scratch-" + vm.toUtf8()));
    // Prune collects what the killed runs wrote.
    QCOMPARE(vd({u"prune"_s, u"--repo"_s, repo, u"--keep-last"_s, u"1"_s}).code, 0);
    const Run v = vd({u"verify"_s, u"--repo"_s, repo});
    QCOMPARE(v.code, 0);
    QVERIFY(!v.out.contains("unreferenced"));
}

void TestIntegrationBackup::flippedByteIsNamed() {
    const QString repo = m_tmp.filePath(u"repo-flip"_s);
    const QString a = m_tmp.filePath(u"a.qcow2"_s), b = m_tmp.filePath(u"b.qcow2"_s);
    for (const auto &[img, pat] : {std::pair{a, u"0x71"_s}, std::pair{b, u"0x72"_s}}) {
        QVERIFY(
            run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, img, u"16M"_s}).code ==
            0);
        QVERIFY(run(u"qemu-io"_s,
                    {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P "_s + pat + u" 0 4M"_s, img})
                    .code == 0);
        QCOMPARE(vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img}).code, 0);
    }
    QCOMPARE(vd({u"verify"_s, u"--repo"_s, repo}).code, 0);
    const QJsonArray backups = backupsJson(repo).value(u"backups"_s).toArray();
    QDir chunks(repo + u"/chunks"_s);
    // The chunks of "a": pick one and flip a byte in it.
    QString victim;
    for (const auto &sub : chunks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const auto &f : QDir(chunks.filePath(sub)).entryList(QDir::Files))
            if (victim.isEmpty())
                victim = chunks.filePath(sub + u'/' + f);
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() - 3);
    char c;
    f.getChar(&c);
    f.seek(f.size() - 3);
    f.putChar(char(c ^ 0x10));
    f.close();
    const Run v = vd({u"verify"_s, u"--repo"_s, repo});
    QCOMPARE(v.code, 1);
    QVERIFY(v.out.contains("damaged chunk " + QFileInfo(victim).fileName().toUtf8()));
    int named = 0;
    for (const auto &bk : backups)
        named +=
            v.out.contains("damaged backup " + bk.toObject().value(u"id"_s).toString().toUtf8());
    QCOMPARE(named, 1);
}

void TestIntegrationBackup::diskFullFailsCleanly() {
    const QString mnt = m_tmp.filePath(u"small"_s);
    QDir().mkpath(mnt);
    if (run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=6m"_s, u"tmpfs"_s, mnt}).code != 0)
        QSKIP("cannot mount a small tmpfs (needs root)");
    auto unmount = qScopeGuard([&] { run(u"umount"_s, {mnt}); });
    const QString img = m_tmp.filePath(u"random.raw"_s);
    QVERIFY(run(u"dd"_s,
                {u"if=/dev/urandom"_s, u"of="_s + img, u"bs=1M"_s, u"count=24"_s, u"status=none"_s})
                .code == 0);
    const QString repo = mnt + u"/repo"_s;
    const Run r = vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, img});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("No space left"), r.err.constData());
    // No backup appeared, the repository verifies, and prune frees the partial chunks.
    QCOMPARE(backupsJson(repo).value(u"backups"_s).toArray().size(), 0);
    QCOMPARE(vd({u"verify"_s, u"--repo"_s, repo}).code, 0);
    QCOMPARE(vd({u"prune"_s, u"--repo"_s, repo}).code, 0);
    QCOMPARE(QDir(repo + u"/tmp"_s).entryList(QDir::Files).size(), 0);
    const QString small = m_tmp.filePath(u"small.raw"_s);
    QVERIFY(run(u"dd"_s, {u"if=/dev/urandom"_s, u"of="_s + small, u"bs=1M"_s, u"count=2"_s,
                          u"status=none"_s})
                .code == 0);
    QCOMPARE(vd({u"backup"_s, u"--repo"_s, repo, u"--image"_s, small}).code, 0);
}

QTEST_GUILESS_MAIN(TestIntegrationBackup)
#include "tst_integration_backup.moc"
