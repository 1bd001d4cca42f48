// SPDX-License-Identifier: GPL-3.0-or-later
// The storage service and manager on real test-driver hosts: listing, "used by", actions and
// their errors, batching that lets other work through, backing chains, templates.
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "queuedspy.h"
#include "storage/libvirt/storageservice.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "storage/volumetablemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kNode = u"test://" VIRTDECK_TEST_DATA "/node.xml"_s;

// Opens `uri` in `console` and waits until its storage is listed.
QString openHost(Workspace &workspace, const QString &uri) {
    auto *cm = workspace.connections();
    const QString id = cm->addConnection(ConnectionConfig::fromUri(uri), true);
    if (!QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Connected; }, 10000))
        return {};
    if (!QTest::qWaitFor([&] { return !workspace.storage()->isLoading(); }, 10000))
        return {};
    return id;
}

// Runs an action and returns its result.
StorageResult waitResult(StorageManager *sm, const std::function<quint64()> &start) {
    QSignalSpy spy(sm, &StorageManager::finished);
    const quint64 id = start();
    StorageResult r;
    QTest::qWaitFor(
        [&] {
            for (const auto &args : spy) {
                const auto res = args.at(0).value<StorageResult>();
                if (res.requestId == id) {
                    r = res;
                    return true;
                }
            }
            return false;
        },
        10000);
    // Let the re-listing that follows every action arrive.
    QTest::qWaitFor([&] { return !sm->isLoading(); }, 10000);
    QTest::qWait(50);
    return r;
}
} // namespace

class TestStorageService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsPoolsVolumesAndUsers();
    void volumeActions();
    void badInputGivesClearErrors();
    void deleteRefusedWhileUsed();
    void poolActions();
    void backingChain();
    void batchesLetOtherJobsThrough();
    void templatesPersistPerHost();
    void disconnectDropsRows();
};

void TestStorageService::listsPoolsVolumesAndUsers() {
    Workspace workspace;
    auto *sm = workspace.storage();
    QAbstractItemModelTester t1(sm->volumes(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(sm->pools(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = openHost(workspace, kNode);
    QVERIFY(!id.isEmpty());
    auto *vols = sm->volumes();
    QTRY_COMPARE(vols->rowCount(), 3);
    QCOMPARE(sm->pools()->rowCount(), 1);
    const PoolInfo pool = sm->pools()->poolAt(0);
    QCOMPARE(pool.name, u"testpool"_s);
    QCOMPARE(pool.state, PoolState::Running);
    QCOMPARE(pool.volumeCount, 3);
    QCOMPARE(pool.targetPath, u"/testpool"_s);

    const auto alpha = vols->rowAt(vols->rowOf(id, u"testpool"_s, u"alpha.qcow2"_s));
    QCOMPARE(alpha.info.format, u"qcow2"_s);
    QCOMPARE(alpha.info.capacityBytes, 10737418240ull);
    QCOMPARE(alpha.info.path, u"/testpool/alpha.qcow2"_s);
    // By file path (alpha's disk and cdrom) and by pool/volume (gamma's disk).
    QTRY_COMPARE(alpha.usedBy, QStringList({u"alpha"_s}));
    QCOMPARE(vols->rowAt(vols->rowOf(id, u"testpool"_s, u"install.iso"_s)).usedBy,
             QStringList({u"alpha"_s}));
    QCOMPARE(vols->rowAt(vols->rowOf(id, u"testpool"_s, u"gamma.img"_s)).usedBy,
             QStringList({u"gamma"_s}));
}

void TestStorageService::volumeActions() {
    Workspace workspace;
    auto *sm = workspace.storage();
    QAbstractItemModelTester tester(sm->volumes(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = openHost(workspace, kNode);
    QVERIFY(!id.isEmpty());
    auto *vols = sm->volumes();
    QSignalSpy reset(vols, &QAbstractItemModel::modelReset);

    auto r = waitResult(sm, [&] {
        return sm->createVolume(id, u"testpool"_s, u"new.qcow2"_s, u"qcow2"_s, 2ull << 30);
    });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(vols->rowOf(id, u"testpool"_s, u"new.qcow2"_s) >= 0);
    const auto created = vols->rowAt(vols->rowOf(id, u"testpool"_s, u"new.qcow2"_s)).info;
    QCOMPARE(created.capacityBytes, 2ull << 30);
    QCOMPARE(created.format, u"qcow2"_s);

    r = waitResult(sm, [&] {
        return sm->cloneVolume(id, u"testpool"_s, u"new.qcow2"_s, u"linked.qcow2"_s, true);
    });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(vols->rowOf(id, u"testpool"_s, u"linked.qcow2"_s) >= 0);
    const auto linked = vols->rowAt(vols->rowOf(id, u"testpool"_s, u"linked.qcow2"_s));
    QCOMPARE(linked.info.backingPath, created.path);
    QCOMPARE(linked.info.backingFormat, u"qcow2"_s);
    QCOMPARE(linked.info.format, u"qcow2"_s);
    QCOMPARE(vols->rowAt(vols->rowOf(id, u"testpool"_s, u"new.qcow2"_s)).overlays,
             QStringList({u"testpool/linked.qcow2"_s}));

    r = waitResult(sm, [&] {
        return sm->cloneVolume(id, u"testpool"_s, u"new.qcow2"_s, u"full.qcow2"_s, false);
    });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(vols->rowOf(id, u"testpool"_s, u"full.qcow2"_s) >= 0);
    QVERIFY(
        vols->rowAt(vols->rowOf(id, u"testpool"_s, u"full.qcow2"_s)).info.backingPath.isEmpty());

    // The test driver has no resize: libvirt's own words come back.
    r = waitResult(
        sm, [&] { return sm->resizeVolume(id, u"testpool"_s, u"full.qcow2"_s, 4ull << 30); });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"not supported"_s), qPrintable(r.message));

    r = waitResult(sm, [&] { return sm->deleteVolume(id, u"testpool"_s, u"full.qcow2"_s, false); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE(vols->rowOf(id, u"testpool"_s, u"full.qcow2"_s), -1);
    QCOMPARE(vols->rowCount(), 5);
    QCOMPARE(reset.size(), 0);
}

void TestStorageService::badInputGivesClearErrors() {
    Workspace workspace;
    auto *sm = workspace.storage();
    const QString id = openHost(workspace, kNode);
    QVERIFY(!id.isEmpty());
    auto r = waitResult(
        sm, [&] { return sm->createVolume(id, u"testpool"_s, u"zero.img"_s, u"raw"_s, 0); });
    QVERIFY(!r.ok);
    QCOMPARE(r.message, StorageService::tr("The size must be greater than zero."));
    r = waitResult(sm, [&] {
        return sm->createVolume(id, u"testpool"_s, u"alpha.qcow2"_s, u"qcow2"_s, 1ull << 30);
    });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"alpha.qcow2"_s) && r.message.contains(u"already exists"_s),
             qPrintable(r.message));
    r = waitResult(
        sm, [&] { return sm->createVolume(id, u"nopool"_s, u"x.img"_s, u"raw"_s, 1ull << 20); });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"nopool"_s), qPrintable(r.message));
    r = waitResult(sm, [&] { return sm->createVolume(id, u"testpool"_s, u"a/b"_s, u"raw"_s, 1); });
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(u"'/'"_s));
    r = waitResult(
        sm, [&] { return sm->cloneVolume(id, u"testpool"_s, u"missing"_s, u"copy"_s, true); });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"missing"_s), qPrintable(r.message));
    // A host that is not connected answers too, instead of staying silent.
    QSignalSpy spy(sm, &StorageManager::finished);
    QCOMPARE(sm->createVolume(u"nohost"_s, u"p"_s, u"v"_s, u"raw"_s, 1), quint64(0));
    QTRY_COMPARE(spy.size(), 1);
    QVERIFY(!spy.at(0).at(0).value<StorageResult>().ok);
}

void TestStorageService::deleteRefusedWhileUsed() {
    Workspace workspace;
    auto *sm = workspace.storage();
    const QString id = openHost(workspace, kNode);
    QVERIFY(!id.isEmpty());
    auto *vols = sm->volumes();
    // gamma.img is gamma's disk through pool/volume, alpha.qcow2 is alpha's by path.
    for (const QString &name : {u"gamma.img"_s, u"alpha.qcow2"_s}) {
        auto r = waitResult(sm, [&] { return sm->deleteVolume(id, u"testpool"_s, name, false); });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(name == u"gamma.img"_s ? u"gamma"_s : u"alpha"_s),
                 qPrintable(r.message));
        QVERIFY(vols->rowOf(id, u"testpool"_s, name) >= 0);
    }
    auto r =
        waitResult(sm, [&] { return sm->deleteVolume(id, u"testpool"_s, u"gamma.img"_s, true); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE(vols->rowOf(id, u"testpool"_s, u"gamma.img"_s), -1);
}

void TestStorageService::poolActions() {
    Workspace workspace;
    auto *sm = workspace.storage();
    QAbstractItemModelTester tester(sm->pools(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = openHost(workspace, kNode);
    QVERIFY(!id.isEmpty());
    auto *pools = sm->pools();
    auto r = waitResult(sm, [&] { return sm->createDirPool(id, u"vdtest"_s, u"/vdtest"_s); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(pools->rowOf(id, u"vdtest"_s) >= 0);
    auto pool = [&] {
        return pools->poolAt(pools->rowOf(id, u"vdtest"_s));
    };
    QCOMPARE(pool().state, PoolState::Running);
    QCOMPARE(pool().type, u"dir"_s);
    QVERIFY(pool().autostart);

    r = waitResult(
        sm, [&] { return sm->createVolume(id, u"vdtest"_s, u"v.img"_s, u"raw"_s, 1ull << 20); });
    QVERIFY(r.ok);
    QTRY_VERIFY(sm->volumes()->rowOf(id, u"vdtest"_s, u"v.img"_s) >= 0);

    r = waitResult(sm, [&] { return sm->stopPool(id, u"vdtest"_s); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE(pool().state, PoolState::Inactive);
    // An inactive pool's volumes are not listed.
    QTRY_COMPARE(sm->volumes()->rowOf(id, u"vdtest"_s, u"v.img"_s), -1);
    r = waitResult(sm, [&] { return sm->setPoolAutostart(id, u"vdtest"_s, false); });
    QVERIFY(r.ok);
    QTRY_VERIFY(!pool().autostart);
    r = waitResult(sm, [&] { return sm->startPool(id, u"vdtest"_s); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE(pool().state, PoolState::Running);
    r = waitResult(sm, [&] { return sm->createDirPool(id, u"rel"_s, u"relative/dir"_s); });
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(u"absolute"_s));
    r = waitResult(sm, [&] { return sm->deletePool(id, u"vdtest"_s, false); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE(pools->rowOf(id, u"vdtest"_s), -1);
    QCOMPARE(pools->rowCount(), 1);
}

void TestStorageService::backingChain() {
    Workspace workspace;
    auto *sm = workspace.storage();
    const QString id = openHost(workspace, kNode);
    QVERIFY(!id.isEmpty());
    QVERIFY(waitResult(sm, [&] {
                return sm->cloneVolume(id, u"testpool"_s, u"alpha.qcow2"_s, u"l1"_s, true);
            }).ok);
    QVERIFY(waitResult(sm, [&] {
                return sm->cloneVolume(id, u"testpool"_s, u"l1"_s, u"l2"_s, true);
            }).ok);
    QSignalSpy spy(sm, &StorageManager::backingChainRead);
    const quint64 req = sm->readBackingChain(id, u"testpool"_s, u"l2"_s);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), req);
    const auto chain = spy.at(0).at(1).value<QList<BackingLink>>();
    QCOMPARE(chain.size(), 3);
    QCOMPARE(chain.at(0).name, u"l2"_s);
    QCOMPARE(chain.at(1).name, u"l1"_s);
    QCOMPARE(chain.at(2).name, u"alpha.qcow2"_s);
    QCOMPARE(chain.at(2).pool, u"testpool"_s);
    QCOMPARE(chain.at(2).path, u"/testpool/alpha.qcow2"_s);
}

void TestStorageService::batchesLetOtherJobsThrough() {
    // A host with one pool of 200 volumes.
    QTemporaryDir dir;
    QString xml = u"<node><pool type='dir'><name>big</name><target><path>/big</path></target>"_s;
    const int n = 200;
    for (int i = 0; i < n; ++i)
        xml += u"<volume type='file'><name>v%1.img</name><capacity>1048576</capacity>"
               "<target><format type='raw'/></target></volume>"_s.arg(i, 3, 10, u'0');
    xml += u"</pool></node>"_s;
    QFile f(dir.filePath(u"big.xml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(xml.toUtf8());
    f.close();

    ConnectionManager cm;
    const QString id =
        cm.addConnection(ConnectionConfig::fromUri(u"test://"_s + f.fileName()), true);
    QTRY_COMPARE_WITH_TIMEOUT(cm.state(id), ConnectionState::Connected, 10000);
    StorageService *svc = StorageService::create(cm.connection(id));
    // The service lives on the connection's thread: its signals are read queued.
    QueuedSpy batches(svc, &StorageService::volumesRead);
    QueuedSpy listed(svc, &StorageService::volumesListed);
    QueuedSpy idle(svc, &StorageService::idle);

    // Another storage job posted right after the listing starts runs before the listing ends:
    // the listing queues each batch behind what is already waiting in the storage lane.
    std::atomic<int> batchesBeforeOther{-1};
    std::atomic<int> batchesSeen{0};
    connect(
        svc, &StorageService::volumesRead, svc,
        [&](const QString &, const QList<VolumeInfo> &) { ++batchesSeen; }, Qt::DirectConnection);
    svc->refreshPool(u"big"_s, false);
    cm.connection(id)->post(&cm, Lane::storage(), u"other"_s,
                            [&](_virConnect *) { batchesBeforeOther = batchesSeen.load(); });
    QTRY_COMPARE(listed.size(), 1);
    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(batches.size(), (n + StorageService::kBatchSize - 1) / StorageService::kBatchSize);
    QCOMPARE(listed.at(0).at(2).toStringList().size(), n);
    QVERIFY(batchesBeforeOther >= 0);
    QVERIFY2(batchesBeforeOther < batches.size(),
             qPrintable(u"other job ran after %1 of %2 batches"_s.arg(batchesBeforeOther.load())
                            .arg(batches.size())));
    int total = 0;
    for (const auto &args : batches)
        total += int(args.at(1).value<QList<VolumeInfo>>().size());
    QCOMPARE(total, n);
}

void TestStorageService::templatesPersistPerHost() {
    QSettings().remove(u"storage/templates"_s);
    QString path;
    {
        Workspace workspace;
        auto *sm = workspace.storage();
        const QString id = openHost(workspace, kNode);
        QVERIFY(!id.isEmpty());
        const int row = sm->volumes()->rowOf(id, u"testpool"_s, u"alpha.qcow2"_s);
        path = sm->volumes()->rowAt(row).info.path;
        QVERIFY(!sm->volumes()->rowAt(row).isTemplate);
        sm->setTemplate(id, path, true);
        QVERIFY(sm->volumes()->rowAt(row).isTemplate);
        QVERIFY(sm->isTemplate(id, path));
    }
    {
        Workspace workspace;
        auto *sm = workspace.storage();
        const QString id = openHost(workspace, kNode);
        const int row = sm->volumes()->rowOf(id, u"testpool"_s, u"alpha.qcow2"_s);
        QVERIFY(sm->volumes()->rowAt(row).isTemplate);
        // Another host with the same path is not affected.
        const QString other = openHost(workspace, u"test:///default"_s);
        QVERIFY(!sm->isTemplate(other, path));
        sm->setTemplate(id, path, false);
        QVERIFY(!sm->volumes()->rowAt(row).isTemplate);
    }
}

void TestStorageService::disconnectDropsRows() {
    Workspace workspace;
    auto *sm = workspace.storage();
    QAbstractItemModelTester tester(sm->volumes(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = openHost(workspace, kNode);
    const QString other = openHost(workspace, u"test:///default"_s);
    QVERIFY(!id.isEmpty() && !other.isEmpty());
    QTRY_VERIFY(sm->volumes()->rowCount() >= 3);
    const int before = sm->volumes()->rowCount();
    workspace.connections()->closeConnection(id);
    QTRY_COMPARE(sm->volumes()->rowCount(), before - 3);
    QCOMPARE(sm->pools()->rowOf(id, u"testpool"_s), -1);
    // Reconnecting lists them again through a new service.
    workspace.connections()->openConnection(id);
    QTRY_COMPARE(sm->volumes()->rowCount(), before);
}

QTEST_GUILESS_MAIN(TestStorageService)
#include "tst_storageservice.moc"
