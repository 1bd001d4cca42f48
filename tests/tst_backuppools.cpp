// SPDX-License-Identifier: GPL-3.0-or-later
// Backups and restores on a host without a "default" storage pool, on the libvirt test driver:
// the scratch images of a running VM's backup go to the pool of its disk; the usual "default"
// directory pool is created (built, started, autostarted) when the command line asks for it, a
// restore into a pool that does not exist is refused with the pools there, and an existing
// volume is never written over. Starts bare (no "default") and checks a second run finds it.
#include "backup/diskbackupwriter.h"
#include "backup/filedisksource.h"
#include "backup/libvirt/domainrestore.h"
#include "backup/libvirt/scratchpool.h"
#include "backup/repository.h"
#include "core/domainxml.h"
#include "core/libvirt/handles.h"
#include "storage/libvirt/defaultpool.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kBare = "test://" VIRTDECK_TEST_DATA "/backup-bare-node.xml";
const QByteArray kNode = "test://" VIRTDECK_TEST_DATA "/node.xml";

// A repository with one backup of a small image; its id.
QString makeBackup(const QString &dir) {
    QString err;
    auto repo =
        backup::Repository::open(dir + u"/repo"_s, backup::Repository::Lock::Shared, true, &err);
    if (!repo)
        return {};
    QFile img(dir + u"/disk.raw"_s);
    img.open(QIODevice::WriteOnly);
    img.write(QByteArray(64 * 1024, 'v'));
    img.close();
    backup::FileDiskSource src(img.fileName());
    backup::BackupManifest m;
    m.started = m.finished = QDateTime::currentDateTimeUtc();
    m.vmName = u"lonely"_s;
    m.vmUuid = u"6695eb01-f6a4-8304-79aa-97f2502e2001"_s;
    m.chunkSize = repo->chunkSize();
    m.mode = u"full"_s;
    m.id = repo->newBackupId(m.vmName, m.started);
    m.domainXml = u"<domain type='test'><name>lonely</name><memory>524288</memory>"
                  "<os><type>hvm</type></os><devices><disk type='file' device='disk'>"
                  "<source file='/x/lonely.img'/><target dev='vda'/></disk></devices>"
                  "</domain>"_s;
    backup::DiskManifest d;
    d.target = u"vda"_s;
    d.format = u"qcow2"_s;
    backup::DiskBackupOptions opt;
    opt.chunkSize = repo->chunkSize();
    if (!backup::backupDisk(src, repo->chunks(), opt, &d, nullptr, {}, &err))
        return {};
    m.disks.append(d);
    return repo->commit(m, &err) ? m.id : QString();
}
} // namespace

class TestBackupPools : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // No "default" pool: the scratch images go where the VM's disk is, not nowhere; a disk in no
    // pool gets "default" made when the caller allows it.
    void scratchPoolIsTheDisksPool() {
        const lv::ConnectPtr conn(virConnectOpen(kBare.constData()));
        QVERIFY(conn);
        QCOMPARE(poolNames(conn.get()), QStringList{u"vmstore"_s});
        const lv::DomainPtr dom(virDomainLookupByName(conn.get(), "lonely"));
        QVERIFY(dom);
        const QList<DomainDisk> disks =
            parseDomainDisks(lv::takeString(virDomainGetXMLDesc(dom.get(), 0)));
        QCOMPARE(disks.size(), 1);
        QString error;
        lv::PoolPtr pool = chooseScratchPool(conn.get(), disks, {}, &error);
        QVERIFY2(pool, qPrintable(error));
        QCOMPARE(QString::fromUtf8(virStoragePoolGetName(pool.get())), u"vmstore"_s);
        // A named pool wins; one that does not exist is refused with the pools there are.
        QVERIFY(!chooseScratchPool(conn.get(), disks, u"nosuch"_s, &error));
        QVERIFY2(error.contains(u"nosuch"_s) && error.contains(u"vmstore"_s), qPrintable(error));
        // A disk in no pool on a host without "default": refused, naming the disk.
        QList<DomainDisk> stray = disks;
        stray.first().sourcePath = u"/elsewhere/stray.qcow2"_s;
        QVERIFY(!chooseScratchPool(conn.get(), stray, {}, &error));
        QVERIFY2(error.contains(u"/elsewhere/stray.qcow2"_s), qPrintable(error));
        // …unless the caller (the command line) lets it make "default", and then it says so.
        QString created;
        pool = chooseScratchPool(conn.get(), stray, {}, &error, &created);
        QVERIFY2(pool, qPrintable(error));
        QCOMPARE(QString::fromUtf8(virStoragePoolGetName(pool.get())), u"default"_s);
        QVERIFY2(created.contains(u"created the storage pool 'default'"_s), qPrintable(created));
        // The disk's own pool still wins over the "default" there is now.
        pool = chooseScratchPool(conn.get(), disks, {}, &error, &created);
        QCOMPARE(QString::fromUtf8(virStoragePoolGetName(pool.get())), u"vmstore"_s);
        QVERIFY(created.isEmpty());
    }

    void ensureDefaultPoolOnABareHost() {
        QTemporaryDir images;
        const lv::ConnectPtr conn(virConnectOpen(kBare.constData()));
        QVERIFY(conn);
        QCOMPARE(poolNames(conn.get()), QStringList{u"vmstore"_s}); // no "default"
        QString created, error;
        const lv::PoolPtr pool = ensureDefaultPool(conn.get(), &created, &error, images.path());
        QVERIFY2(pool, qPrintable(error));
        QVERIFY2(created.contains(u"created"_s) && created.contains(images.path()),
                 qPrintable(created));
        QVERIFY(lv::takeString(virStoragePoolGetXMLDesc(pool.get(), 0))
                    .contains(u"<path>"_s + images.path() + u"</path>"_s));
        QCOMPARE(QString::fromUtf8(virStoragePoolGetName(pool.get())), u"default"_s);
        QCOMPARE(virStoragePoolIsActive(pool.get()), 1);
        int autostart = 0;
        QCOMPARE(virStoragePoolGetAutostart(pool.get(), &autostart), 0);
        QCOMPARE(autostart, 1);
        // Second run: the pool is there, nothing to do, nothing said.
        const lv::PoolPtr again = ensureDefaultPool(conn.get(), &created, &error);
        QVERIFY(again);
        QVERIFY(created.isEmpty());
        QCOMPARE(poolNames(conn.get()), (QStringList{u"default"_s, u"vmstore"_s}));
    }

    // The command line's restore on a bare host makes the pool and says so; a named pool that
    // is not there is refused with the names of those that are.
    void restoreFindsOrMakesItsPool() {
        QTemporaryDir tmp;
        const QString id = makeBackup(tmp.path());
        QVERIFY(!id.isEmpty());
        const lv::ConnectPtr bare(virConnectOpen(kBare.constData()));
        RestoreRequest req;
        req.repository = tmp.path() + u"/repo"_s;
        req.backupId = id;
        req.newName = u"lonely-copy"_s;
        req.pool = u"nosuch"_s;
        RestoreOutcome r = runDomainRestore(bare.get(), req, nullptr, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"no storage pool"_s), qPrintable(r.error));
        req.pool = u"default"_s;
        req.createDefaultPool = true;
        r = runDomainRestore(bare.get(), req, nullptr, {});
        QVERIFY2(r.notes.join(u' ').contains(u"created the storage pool 'default'"_s),
                 qPrintable(r.notes.join(u' ') + r.error));
        const lv::ConnectPtr node(virConnectOpen(kNode.constData()));
        req.pool = u"nosuch"_s;
        r = runDomainRestore(node.get(), req, nullptr, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"testpool"_s), qPrintable(r.error));
    }

    // A volume of the restored disk's name exists: refused before anything is written; with
    // replaceExisting the existing volume is left alone and the disk gets a fresh name.
    void existingVolumeIsNeverWrittenOver() {
        QTemporaryDir tmp;
        const QString id = makeBackup(tmp.path());
        const lv::ConnectPtr conn(virConnectOpen(kNode.constData()));
        const lv::PoolPtr pool(virStoragePoolLookupByName(conn.get(), "testpool"));
        QVERIFY(pool);
        const lv::VolumePtr existing(
            virStorageVolCreateXML(pool.get(),
                                   "<volume><name>copy-vda.raw</name><capacity>65536</capacity>"
                                   "<target><format type='raw'/></target></volume>",
                                   0));
        QVERIFY(existing);
        RestoreRequest req;
        req.repository = tmp.path() + u"/repo"_s;
        req.backupId = id;
        req.newName = u"copy"_s;
        req.pool = u"testpool"_s;
        RestoreOutcome r = runDomainRestore(conn.get(), req, nullptr, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"exists already"_s), qPrintable(r.error));
        QVERIFY(r.volumes.isEmpty());
        req.replaceExisting = true;
        r = runDomainRestore(conn.get(), req, nullptr, {});
        QVERIFY2(r.notes.join(u' ').contains(u"left alone"_s),
                 qPrintable(r.notes.join(u' ') + r.error));
        QVERIFY(lv::VolumePtr(virStorageVolLookupByName(pool.get(), "copy-vda.raw")));
    }
};

QTEST_GUILESS_MAIN(TestBackupPools)
#include "tst_backuppools.moc"
