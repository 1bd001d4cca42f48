// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs found or sharpened by the fuzz targets (tests/fuzz), kept as plain regression tests so
// the normal build checks them too.
#include "backup/chunkstore.h"
#include "backup/manifest.h"
#include "backup/qcow2source.h"
#include "backup/validation.h"
#include "scheduler/cronexpression.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A damaged chunk file whose zstd header claims 100 MiB: refused before anything is
    // allocated (it used to be decompressed into a buffer of the claimed size, up to 1 GiB).
    void chunkClaimingTooMuchIsRefused() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        backup::ChunkStore store(tmp.path());
        const QString hash = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
        QVERIFY(QDir().mkpath(QFileInfo(store.pathOf(hash)).absolutePath()));
        QVERIFY(QFile::copy(QStringLiteral(VIRTDECK_TEST_DATA "/hardening/claims-100mib.zst"),
                            store.pathOf(hash)));
        QByteArray plain;
        QString error;
        QVERIFY(!store.get(hash, &plain, &error, false));
        QVERIFY2(error.contains(u"claims"_s), qPrintable(error));
        QVERIFY(plain.isEmpty());
    }

    // A capacity near 2^64 made the expected chunk count wrap to 0, so a manifest with no
    // chunks passed and restore indexed past the end of the chunk list.
    void manifestCapacityOverflowIsRefused() {
        backup::BackupManifest m;
        QString error;
        QVERIFY(!backup::BackupManifest::fromJson(
            R"({"format":"virtdeck-backup","version":1,"id":"x","vm":{"name":"x"},)"
            R"("chunk_size":4096,"disks":[{"target":"vda","capacity":-1,"chunks":[]}]})",
            &m, &error));
        QVERIFY2(error.contains(u"capacity"_s), qPrintable(error));
    }

    // Manifests at the extremes parse or are refused with a reason; accepted ones round-trip.
    void manifestExtremesRoundTrip_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("huge capacity") << QByteArray(
            R"({"format":"virtdeck-backup","version":1,"id":"x","chunk_size":9223372036854775807,)"
            R"("disks":[{"target":"vda","capacity":9223372036854775807,"chunks":["a"]}]})");
        QTest::newRow("negative sizes")
            << QByteArray(R"({"format":"virtdeck-backup","version":1,"id":"x","chunk_size":4096,)"
                          R"("disks":[{"target":"vda","capacity":-1,"chunks":[]}]})");
    }
    void manifestExtremesRoundTrip() {
        QFETCH(QByteArray, json);
        backup::BackupManifest m;
        QString error;
        if (!backup::BackupManifest::fromJson(json, &m, &error))
            QVERIFY(!error.isEmpty()); // refused with a reason is fine
        else {
            backup::BackupManifest again;
            QVERIFY2(backup::BackupManifest::fromJson(m.toJson(), &again, &error),
                     qPrintable(error));
            QCOMPARE(again, m);
        }
    }

    // The broken images of the qcow2 fuzz corpus: each refused with a message naming what is
    // wrong (l1_size = 0xFFFFFFFF used to abort with std::bad_alloc; an extension length near
    // 2^32 wrapped a 32-bit sum and read past the header).
    void qcow2CorpusIsRefusedOrRead_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // empty: the image is valid
        QTest::newRow("valid") << u"data.qcow2"_s << QString();
        QTest::newRow("v2") << u"v2.qcow2"_s << QString();
        QTest::newRow("l1_size") << u"l1-size-huge.qcow2"_s << u"l1_size"_s;
        QTest::newRow("cluster_bits") << u"cluster-bits-30.qcow2"_s << u"cluster_bits"_s;
        QTest::newRow("size") << u"size-huge.qcow2"_s << u"qcow2 size"_s;
        QTest::newRow("l1 offset") << u"l1-offset-unaligned.qcow2"_s << u"l1_table_offset"_s;
        QTest::newRow("backing size") << u"backing-size-huge.qcow2"_s << u"backing_file_size"_s;
        QTest::newRow("header_length") << u"header-length-huge.qcow2"_s << u"header_length"_s;
        QTest::newRow("refcount_order") << u"refcount-order-9.qcow2"_s << u"refcount_order"_s;
        QTest::newRow("extension wraps") << u"extension-length-wraps.qcow2"_s << QString();
        QTest::newRow("truncated") << u"truncated.qcow2"_s << u"header_length"_s;
    }
    void qcow2CorpusIsRefusedOrRead() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QString error;
        backup::Qcow2Source q(backup::fileRangeReader(
            QStringLiteral(VIRTDECK_SOURCE_DIR "/tests/fuzz/corpus/fuzz_qcow2/") + file, &error));
        const bool opened = q.open(&error);
        QCOMPARE(opened, expected.isEmpty());
        if (!opened)
            QVERIFY2(error.contains(expected), qPrintable(error));
        else
            QVERIFY(q.size() <= backup::kMaxDiskBytes);
    }

    // Names read from a repository stay plain; chunk names are 64 lowercase hex digits.
    void repositoryNamesAreChecked_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("plain");
        QTest::newRow("vda") << u"vda"_s << true;
        QTest::newRow("dots inside") << u"web..1"_s << true;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("dot") << u"."_s << false;
        QTest::newRow("traversal") << u"../../../../tmp/x"_s << false;
        QTest::newRow("absolute") << u"/etc/passwd"_s << false;
        QTest::newRow("backslash") << u"a\\b"_s << false;
        QTest::newRow("nul") << QString(u"a"_s + QChar(0) + u"b"_s) << false;
        QTest::newRow("newline") << u"a\nb"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("long") << QString(201, u'x') << false;
    }
    void repositoryNamesAreChecked() {
        QFETCH(QString, name);
        QFETCH(bool, plain);
        QCOMPARE(backup::checkPlainName(u"target"_s, name).isEmpty(), plain);
        QVERIFY(!backup::ChunkStore::isValidHash(name));
        QVERIFY(!backup::ChunkStore::isValidHash(u"../../etc/passwd"_s));
        QVERIFY(!backup::ChunkStore::isValidHash(
            u"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"_s));
    }

    // Cron expressions at the edges of their fields parse or fail with a reason; next() ends.
    void cronEdges_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("step zero") << u"*/0 * * * *"_s;
        QTest::newRow("huge step") << u"*/4294967296 * * * *"_s;
        QTest::newRow("reverse range") << u"30-10 * * * *"_s;
        QTest::newRow("never") << u"0 0 30 2 *"_s;
        QTest::newRow("long list") << QString(u"1,"_s.repeated(5000) + u"2 * * * *"_s);
    }
    void cronEdges() {
        QFETCH(QString, text);
        QString error;
        const auto c = CronExpression::parse(text, &error);
        if (!c) {
            QVERIFY(!error.isEmpty());
            return;
        }
        const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime next = c->next(from);
        QVERIFY(!next.isValid() || c->matches(next));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
