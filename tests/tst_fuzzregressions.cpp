// Inputs found or sharpened by the fuzz targets (tests/fuzz), kept as plain regression tests so
// the normal build checks them too.
#include "backup/chunkstore.h"
#include "backup/manifest.h"
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
