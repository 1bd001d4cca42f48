// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 item 3 on the real daemon: a restore, run as the restore job runs it (blocking, on a
// connection of its own), uploads a new volume and defines a VM on it; the Images page's model
// shows the volume without any refresh, and drops it once the VM and its disk are deleted.
// Environment: VIRTDECK_QEMU_URI (with its "default" pool); skips without it. Leaves nothing.
#include "backup/diskbackupwriter.h"
#include "backup/filedisksource.h"
#include "backup/libvirt/domainrestore.h"
#include "backup/repository.h"
#include "core/connectionmanager.h"
#include "core/libvirt/handles.h"
#include "storage/storagemanager.h"
#include "storage/volumetablemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
// A repository under `dir` with one backup of a 64 KiB disk "vda" of VM `vm`; its id.
QString makeBackup(const QString &dir, const QString &vm) {
    QString err;
    auto repo =
        backup::Repository::open(dir + u"/repo"_s, backup::Repository::Lock::Shared, true, &err);
    if (!repo)
        return {};
    QFile img(dir + u"/disk.raw"_s);
    if (!img.open(QIODevice::WriteOnly))
        return {};
    img.write(QByteArray(64 * 1024, 'v'));
    img.close();
    backup::FileDiskSource src(img.fileName());
    backup::BackupManifest m;
    m.started = m.finished = QDateTime::currentDateTimeUtc();
    m.vmName = vm;
    m.vmUuid = u"6695eb01-f6a4-8304-79aa-97f2502e2019"_s;
    m.chunkSize = repo->chunkSize();
    m.mode = u"full"_s;
    m.id = repo->newBackupId(m.vmName, m.started);
    m.domainXml = u"<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory>"
                  "<os><type arch='x86_64'>hvm</type></os><devices><disk type='file' "
                  "device='disk'><driver name='qemu' type='raw'/><source file='/x/%1.img'/>"
                  "<target dev='vda' bus='virtio'/></disk></devices></domain>"_s.arg(vm);
    backup::DiskManifest d;
    d.target = u"vda"_s;
    d.format = u"raw"_s;
    backup::DiskBackupOptions opt;
    opt.chunkSize = repo->chunkSize();
    if (!backup::backupDisk(src, repo->chunks(), opt, &d, nullptr, {}, &err))
        return {};
    m.disks.append(d);
    return repo->commit(m, &err) ? m.id : QString();
}

bool lists(const VolumeTableModel *m, const QString &name) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->rowAt(r).info.name == name)
            return true;
    return false;
}
} // namespace

class TestIntegrationImages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void restoredVolumeShowsAtOnce();
};

void TestIntegrationImages::restoredVolumeShowsAtOnce() {
    const QString uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set: no real libvirtd to test against");
    const lv::ConnectPtr conn(virConnectOpen(uri.toUtf8().constData()));
    QVERIFY(conn);
    const QString vm = u"vdimg-%1"_s.arg(QCoreApplication::applicationPid());
    const QString volume = vm + u"-vda.raw"_s;
    // Whatever happens below, the VM and its volume go.
    struct Cleanup {
        virConnectPtr c;
        QByteArray vm, volume;
        ~Cleanup() {
            if (const lv::DomainPtr d{virDomainLookupByName(c, vm.constData())})
                virDomainUndefine(d.get());
            if (const lv::PoolPtr p{virStoragePoolLookupByName(c, "default")})
                if (const lv::VolumePtr v{virStorageVolLookupByName(p.get(), volume.constData())})
                    virStorageVolDelete(v.get(), 0);
            virResetLastError();
        }
    } cleanup{conn.get(), vm.toUtf8(), volume.toUtf8()};

    Workspace ws;
    auto *cm = ws.connections();
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    c.transient = true;
    const QString id = cm->addConnection(c, true);
    QTRY_VERIFY_WITH_TIMEOUT(cm->state(id) == ConnectionState::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!ws.storage()->isLoading(), 30000);
    const VolumeTableModel *volumes = ws.storage()->volumes();
    QAbstractItemModelTester tester(const_cast<VolumeTableModel *>(volumes),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!lists(volumes, volume));

    QTemporaryDir tmp;
    RestoreRequest req;
    req.repository = tmp.path() + u"/repo"_s;
    req.backupId = makeBackup(tmp.path(), u"orig"_s);
    QVERIFY(!req.backupId.isEmpty());
    req.newName = vm;
    req.pool = u"default"_s;
    const RestoreOutcome r = runDomainRestore(conn.get(), req, nullptr, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.volumes.size(), 1);
    QVERIFY2(r.volumes.first().endsWith(volume), qPrintable(r.volumes.first()));
    QTRY_VERIFY_WITH_TIMEOUT(lists(volumes, volume), 5000);

    // The VM deleted with its disk, as the VM's "Delete" with storage does.
    {
        const lv::PoolPtr p(virStoragePoolLookupByName(conn.get(), "default"));
        const lv::VolumePtr v(virStorageVolLookupByName(p.get(), volume.toUtf8().constData()));
        QVERIFY(v && virStorageVolDelete(v.get(), 0) == 0);
        const lv::DomainPtr d(virDomainLookupByName(conn.get(), vm.toUtf8().constData()));
        QVERIFY(d && virDomainUndefine(d.get()) == 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!lists(volumes, volume), 5000);
}

QTEST_MAIN(TestIntegrationImages)
#include "tst_integration_images.moc"
