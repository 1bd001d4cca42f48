// SPDX-License-Identifier: GPL-3.0-or-later
// Images on the real libvirtd (VIRTDECK_QEMU_URI, e.g. qemu:///system) and, when
// VIRTDECK_SSH_URI is set, through qemu+ssh: volume actions in a pool of our own, uploads and
// downloads compared by checksum, cancels that leave nothing behind, clear errors.
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "storage/volumetablemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

QString openHost(Workspace &workspace, const QString &uri) {
    auto *cm = workspace.connections();
    const QString id = cm->addConnection(ConnectionConfig::fromUri(uri), true);
    if (!QTest::qWaitFor([&] { return cm->state(id) == ConnectionState::Connected; }, 30000))
        return {};
    if (!QTest::qWaitFor([&] { return !workspace.storage()->isLoading(); }, 30000))
        return {};
    return id;
}

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
        60000);
    QTest::qWaitFor([&] { return !sm->isLoading(); }, 30000);
    return r;
}

struct Outcome {
    bool ok = false;
    bool cancelled = false;
    QString message;
};

Outcome waitTransfer(VolumeTransfer *t, int timeoutMs = 300000) {
    QSignalSpy spy(t, &VolumeTransfer::finished);
    if (!spy.wait(timeoutMs) && spy.isEmpty())
        return {false, false, u"timeout"_s};
    return {spy.at(0).at(0).toBool(), spy.at(0).at(1).toBool(), spy.at(0).at(2).toString()};
}

QByteArray sha256(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// `mib` MiB: random data and holes alternating by MiB, with a trailing hole.
bool writeSparseFile(const QString &path, int mib) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < mib; ++i) {
        if (i % 2 == 0) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                  chunk.size() / 4);
            f.seek(qint64(i) << 20);
            f.write(chunk);
        }
    }
    return f.resize((qint64(mib) + 3) << 20);
}

// Dense data, for transfers long enough to be cancelled midway.
bool writeDenseFile(const QString &path, int mib) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                          chunk.size() / 4);
    for (int i = 0; i < mib; ++i) {
        chunk[0] = char(i); // no two MiB alike
        if (f.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

qint64 allocatedBytes(const QString &path) {
    struct stat st {};
    if (stat(QFile::encodeName(path).constData(), &st) < 0)
        return -1;
    return qint64(st.st_blocks) * 512;
}

} // namespace

class TestIntegrationStorage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createLinkedCloneResizeDelete();
    void uploadDownloadRoundTrip_data();
    void uploadDownloadRoundTrip();
    void uploadedQcow2IsRecognised();
    void cancelUploadLeavesNoVolume();
    void cancelDownloadLeavesNoFile();
    void badInput();

private:
    bool hasVolume(const QString &name);

    std::unique_ptr<Workspace> m_workspace;
    QString m_id;
    QString m_sshId;
    QString m_pool;
    QString m_poolPath;
    QTemporaryDir m_tmp;
};

void TestIntegrationStorage::initTestCase() {
    const QString uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (uri.isEmpty())
        QSKIP("VIRTDECK_QEMU_URI is not set (e.g. qemu:///system with libvirtd running)");
    QVERIFY(m_tmp.isValid());
    m_workspace = std::make_unique<Workspace>();
    m_id = openHost(*m_workspace, uri);
    QVERIFY2(!m_id.isEmpty(), qPrintable(m_workspace->connections()->lastMessage(m_id)));
    const QString ssh = qEnvironmentVariable("VIRTDECK_SSH_URI");
    if (!ssh.isEmpty()) {
        m_sshId = openHost(*m_workspace, ssh);
        QVERIFY2(!m_sshId.isEmpty(), qPrintable(m_workspace->connections()->lastMessage(m_sshId)));
    }
    // A pool of our own, so nothing else on the host is touched.
    m_pool = u"vdimg-test-%1"_s.arg(QCoreApplication::applicationPid());
    m_poolPath = u"/var/lib/libvirt/images/"_s + m_pool;
    auto *sm = m_workspace->storage();
    const auto r = waitResult(sm, [&] { return sm->createDirPool(m_id, m_pool, m_poolPath); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(sm->pools()->rowOf(m_id, m_pool) >= 0);
}

void TestIntegrationStorage::cleanupTestCase() {
    if (!m_workspace || m_pool.isEmpty())
        return;
    auto *sm = m_workspace->storage();
    // Whatever a failed test left behind, then the pool and its directory.
    const auto rows = sm->volumes()->rows();
    for (const auto &r : rows)
        if (r.info.connectionId == m_id && r.info.pool == m_pool)
            waitResult(sm, [&] { return sm->deleteVolume(m_id, m_pool, r.info.name, true); });
    const auto r = waitResult(sm, [&] { return sm->deletePool(m_id, m_pool, true); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(!QDir(m_poolPath).exists());
}

bool TestIntegrationStorage::hasVolume(const QString &name) {
    auto *sm = m_workspace->storage();
    sm->refreshPool(m_id, m_pool);
    QTest::qWaitFor([&] { return !sm->isLoading(); }, 10000);
    QTest::qWait(100);
    return sm->volumes()->rowOf(m_id, m_pool, name) >= 0;
}

void TestIntegrationStorage::createLinkedCloneResizeDelete() {
    auto *sm = m_workspace->storage();
    auto *vols = sm->volumes();
    QAbstractItemModelTester tester(vols, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto r = waitResult(
        sm, [&] { return sm->createVolume(m_id, m_pool, u"base.qcow2"_s, u"qcow2"_s, 64 << 20); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(vols->rowOf(m_id, m_pool, u"base.qcow2"_s) >= 0);
    const auto base = vols->rowAt(vols->rowOf(m_id, m_pool, u"base.qcow2"_s)).info;
    QCOMPARE(base.format, u"qcow2"_s);
    QCOMPARE(base.capacityBytes, quint64(64) << 20);
    QCOMPARE(base.path, m_poolPath + u"/base.qcow2"_s);

    r = waitResult(sm, [&] {
        return sm->cloneVolume(m_id, m_pool, u"base.qcow2"_s, u"overlay.qcow2"_s, true);
    });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(vols->rowOf(m_id, m_pool, u"overlay.qcow2"_s) >= 0);
    const auto overlay = vols->rowAt(vols->rowOf(m_id, m_pool, u"overlay.qcow2"_s));
    QCOMPARE(overlay.info.backingPath, base.path);
    QCOMPARE(overlay.info.format, u"qcow2"_s);
    QCOMPARE(vols->rowAt(vols->rowOf(m_id, m_pool, u"base.qcow2"_s)).overlays,
             QStringList({m_pool + u"/overlay.qcow2"_s}));
    // qemu-img agrees on the backing file.
    QProcess info;
    info.start(u"qemu-img"_s, {u"info"_s, u"-U"_s, u"--output=json"_s, overlay.info.path});
    if (info.waitForFinished(20000) && info.exitCode() == 0)
        QVERIFY(info.readAllStandardOutput().contains(base.path.toUtf8()));

    r = waitResult(
        sm, [&] { return sm->cloneVolume(m_id, m_pool, u"base.qcow2"_s, u"copy.qcow2"_s, false); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_VERIFY(vols->rowOf(m_id, m_pool, u"copy.qcow2"_s) >= 0);

    r = waitResult(
        sm, [&] { return sm->resizeVolume(m_id, m_pool, u"copy.qcow2"_s, quint64(128) << 20); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QTRY_COMPARE(vols->rowAt(vols->rowOf(m_id, m_pool, u"copy.qcow2"_s)).info.capacityBytes,
                 quint64(128) << 20);

    QSignalSpy chainSpy(sm, &StorageManager::backingChainRead);
    sm->readBackingChain(m_id, m_pool, u"overlay.qcow2"_s);
    QTRY_COMPARE(chainSpy.size(), 1);
    const auto chain = chainSpy.at(0).at(1).value<QList<BackingLink>>();
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(1).path, base.path);

    for (const QString &name : {u"overlay.qcow2"_s, u"copy.qcow2"_s, u"base.qcow2"_s}) {
        r = waitResult(sm, [&] { return sm->deleteVolume(m_id, m_pool, name, false); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QTRY_COMPARE(vols->rowOf(m_id, m_pool, name), -1);
        QVERIFY(!QFile::exists(m_poolPath + u'/' + name));
    }
}

void TestIntegrationStorage::uploadDownloadRoundTrip_data() {
    QTest::addColumn<bool>("ssh");
    QTest::newRow("local") << false;
    QTest::newRow("qemu+ssh") << true;
}

void TestIntegrationStorage::uploadDownloadRoundTrip() {
    QFETCH(bool, ssh);
    if (ssh && m_sshId.isEmpty())
        QSKIP("VIRTDECK_SSH_URI is not set (tests/integration/services.sh start-sshd prints one)");
    const QString id = ssh ? m_sshId : m_id;
    auto *sm = m_workspace->storage();
    const QString src = m_tmp.filePath(u"src.img"_s);
    QVERIFY(writeSparseFile(src, 24));
    const QString name = ssh ? u"up-ssh.img"_s : u"up.img"_s;

    VolumeTransfer *up = sm->upload(id, m_pool, name, src);
    QVERIFY(up);
    QSignalSpy progress(up, &VolumeTransfer::progress);
    const Outcome o = waitTransfer(up);
    QVERIFY2(o.ok, qPrintable(o.message));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toULongLong(), quint64(27) << 20);
    QCOMPARE(progress.last().at(1).toULongLong(), quint64(27) << 20);
    const QString volPath = m_poolPath + u'/' + name;
    QCOMPARE(sha256(volPath), sha256(src));
    // Sparse on the host: the holes were not written.
    QVERIFY2(allocatedBytes(volPath) < (qint64(16) << 20),
             qPrintable(QString::number(allocatedBytes(volPath))));

    const QString back = m_tmp.filePath(u"back.img"_s);
    VolumeTransfer *down = sm->download(id, m_pool, name, back);
    QVERIFY(down);
    const Outcome d = waitTransfer(down);
    QVERIFY2(d.ok, qPrintable(d.message));
    QCOMPARE(sha256(back), sha256(src));
    QCOMPARE(QFileInfo(back).size(), qint64(27) << 20);
    QVERIFY(allocatedBytes(back) < (qint64(16) << 20));
    QVERIFY(!QFile::exists(back + u".part"_s));

    auto r = waitResult(sm, [&] { return sm->deleteVolume(m_id, m_pool, name, false); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QFile::remove(back);
}

void TestIntegrationStorage::uploadedQcow2IsRecognised() {
    const QString src = m_tmp.filePath(u"disk.qcow2"_s);
    QProcess p;
    p.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, src, u"1G"_s});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        QSKIP("qemu-img is not available");
    auto *sm = m_workspace->storage();
    const Outcome o = waitTransfer(sm->upload(m_id, m_pool, u"disk.qcow2"_s, src));
    QVERIFY2(o.ok, qPrintable(o.message));
    auto *vols = sm->volumes();
    // libvirt re-reads the pool after an upload and probes the format from the header.
    QTRY_VERIFY_WITH_TIMEOUT(
        vols->rowOf(m_id, m_pool, u"disk.qcow2"_s) >= 0 &&
            vols->rowAt(vols->rowOf(m_id, m_pool, u"disk.qcow2"_s)).info.format == u"qcow2"_s,
        10000);
    QCOMPARE(vols->rowAt(vols->rowOf(m_id, m_pool, u"disk.qcow2"_s)).info.capacityBytes, quint64(1)
                                                                                             << 30);
    const auto r =
        waitResult(sm, [&] { return sm->deleteVolume(m_id, m_pool, u"disk.qcow2"_s, false); });
    QVERIFY2(r.ok, qPrintable(r.message));
}

void TestIntegrationStorage::cancelUploadLeavesNoVolume() {
    const QString src = m_tmp.filePath(u"big.img"_s);
    QVERIFY(writeDenseFile(src, 768));
    auto *sm = m_workspace->storage();
    VolumeTransfer *up = sm->upload(m_id, m_pool, u"cancelled.img"_s, src);
    QVERIFY(up);
    QSignalSpy finished(up, &VolumeTransfer::finished);
    QVERIFY(QTest::qWaitFor([&] { return up->bytesDone() > 0 || !finished.isEmpty(); }, 30000));
    QVERIFY2(finished.isEmpty(), "the upload ended before it could be cancelled");
    // The host's thread is free while the bytes flow: a job posted now runs before the end.
    bool jobRan = false;
    m_workspace->connections()->connection(m_id)->post(up, [&](_virConnect *) { jobRan = true; });
    QTRY_VERIFY(jobRan);
    QVERIFY(finished.isEmpty());
    const quint64 done = up->bytesDone();
    up->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY2(done < (quint64(768) << 20), "cancelled after the last byte");
    QVERIFY(!hasVolume(u"cancelled.img"_s));
    QVERIFY(!QFile::exists(m_poolPath + u"/cancelled.img"_s));
    QFile::remove(src);
}

void TestIntegrationStorage::cancelDownloadLeavesNoFile() {
    auto *sm = m_workspace->storage();
    // A dense volume big enough to be caught midway: upload it first.
    const QString src = m_tmp.filePath(u"big2.img"_s);
    QVERIFY(writeDenseFile(src, 768));
    Outcome o = waitTransfer(sm->upload(m_id, m_pool, u"dense.img"_s, src));
    QVERIFY2(o.ok, qPrintable(o.message));
    QFile::remove(src);

    const QString target = m_tmp.filePath(u"partial.img"_s);
    VolumeTransfer *down = sm->download(m_id, m_pool, u"dense.img"_s, target);
    QVERIFY(down);
    QSignalSpy finished(down, &VolumeTransfer::finished);
    QVERIFY(QTest::qWaitFor([&] { return down->bytesDone() > 0 || !finished.isEmpty(); }, 30000));
    QVERIFY2(finished.isEmpty(), "the download ended before it could be cancelled");
    down->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
    const auto r =
        waitResult(sm, [&] { return sm->deleteVolume(m_id, m_pool, u"dense.img"_s, false); });
    QVERIFY2(r.ok, qPrintable(r.message));
}

void TestIntegrationStorage::badInput() {
    auto *sm = m_workspace->storage();
    auto r = waitResult(sm, [&] { return sm->createVolume(m_id, m_pool, u"z"_s, u"raw"_s, 0); });
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(u"greater than zero"_s));
    r = waitResult(sm, [&] {
        return sm->createVolume(m_id, u"vdimg-no-such-pool"_s, u"z"_s, u"raw"_s, 1 << 20);
    });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"vdimg-no-such-pool"_s), qPrintable(r.message));
    r = waitResult(sm,
                   [&] { return sm->createVolume(m_id, m_pool, u"taken"_s, u"raw"_s, 1 << 20); });
    QVERIFY(r.ok);
    r = waitResult(sm,
                   [&] { return sm->createVolume(m_id, m_pool, u"taken"_s, u"raw"_s, 1 << 20); });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"already exists"_s), qPrintable(r.message));

    // An upload onto a taken name fails and leaves the existing volume alone.
    const QString src = m_tmp.filePath(u"small.img"_s);
    QVERIFY(writeSparseFile(src, 2));
    Outcome o = waitTransfer(sm->upload(m_id, m_pool, u"taken"_s, src));
    QVERIFY(!o.ok && !o.cancelled);
    QVERIFY2(o.message.contains(u"taken"_s) || o.message.contains(u"exist"_s),
             qPrintable(o.message));
    QVERIFY(hasVolume(u"taken"_s));
    o = waitTransfer(sm->upload(m_id, u"vdimg-no-such-pool"_s, u"x"_s, src));
    QVERIFY(!o.ok);
    QVERIFY2(o.message.contains(u"vdimg-no-such-pool"_s), qPrintable(o.message));
    o = waitTransfer(sm->upload(m_id, m_pool, u"x"_s, m_tmp.filePath(u"missing.img"_s)));
    QVERIFY(!o.ok);
    QVERIFY2(o.message.contains(u"missing.img"_s), qPrintable(o.message));
    QVERIFY(!hasVolume(u"x"_s));
    o = waitTransfer(sm->download(m_id, m_pool, u"nothing-here"_s, m_tmp.filePath(u"n.img"_s)));
    QVERIFY(!o.ok);
    QVERIFY(!QFile::exists(m_tmp.filePath(u"n.img"_s)));
    r = waitResult(sm, [&] { return sm->deleteVolume(m_id, m_pool, u"taken"_s, false); });
    QVERIFY(r.ok);
}

QTEST_GUILESS_MAIN(TestIntegrationStorage)
#include "tst_integration_storage.moc"
