// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifier.h"
#include "backup/backuptr.h"

#include "repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <atomic>
#include <mutex>
#include <thread>

namespace virtdeck::backup {

bool verifyRepository(const Repository &repo, double sample, int threads, const CancelToken *cancel,
                      const ProgressSink &progress, VerifyReport *report, QString *error) {
    VerifyReport r;
    const QList<BackupManifest> all = repo.backups(&r.problems);
    r.backups = quint64(all.size());
    QHash<QString, QStringList> users; // chunk -> backups naming it
    for (const auto &m : all)
        for (const auto &d : m.disks)
            for (const auto &c : d.chunks)
                if (!c.isEmpty()) {
                    QStringList &u = users[c];
                    if (u.isEmpty() || u.constLast() != m.id)
                        u.append(m.id);
                }
    r.chunksReferenced = quint64(users.size());
    QStringList toCheck = users.keys();
    std::sort(toCheck.begin(), toCheck.end());
    if (sample > 0 && sample < 1) {
        QStringList picked;
        auto *rng = QRandomGenerator::global();
        for (const auto &c : std::as_const(toCheck))
            if (rng->generateDouble() < sample)
                picked.append(c);
        if (picked.isEmpty() && !toCheck.isEmpty())
            picked.append(toCheck.at(rng->bounded(int(toCheck.size()))));
        toCheck = picked;
    }

    std::mutex mutex;
    std::atomic<qsizetype> next{0};
    QSet<QString> badBackups;
    QElapsedTimer clock, last;
    clock.start();
    last.start();
    const ChunkStore &store = repo.chunks();
    auto worker = [&] {
        QByteArray plain;
        for (;;) {
            if (cancel && cancel->isCancelled())
                return;
            const qsizetype i = next.fetch_add(1);
            if (i >= toCheck.size())
                return;
            const QString &hash = toCheck.at(i);
            QString err;
            const bool present = store.contains(hash);
            const bool good = present && store.get(hash, &plain, &err, true);
            std::lock_guard lock(mutex);
            ++r.chunksChecked;
            if (good)
                r.bytesChecked += quint64(plain.size());
            else {
                (present ? r.damagedChunks : r.missingChunks).append(hash);
                for (const auto &id : users.value(hash))
                    badBackups.insert(id);
            }
            if (progress && last.elapsed() >= 100) {
                last.restart();
                progress({Backup::tr("verifying"), r.chunksChecked, quint64(toCheck.size()),
                          r.bytesChecked, clock.elapsed() / 1000.0});
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < std::max(1, threads); ++t)
        pool.emplace_back(worker);
    for (auto &t : pool)
        t.join();
    if (cancel && cancel->isCancelled()) {
        if (error)
            *error = Backup::tr("cancelled");
        return false;
    }
    r.damagedBackups = QStringList(badBackups.begin(), badBackups.end());
    std::sort(r.damagedBackups.begin(), r.damagedBackups.end());
    std::sort(r.damagedChunks.begin(), r.damagedChunks.end());
    std::sort(r.missingChunks.begin(), r.missingChunks.end());
    // Unreferenced chunks are harmless leftovers of interrupted backups.
    const QStringList present = store.list();
    for (const auto &c : present)
        if (!users.contains(c))
            ++r.unreferencedChunks;
    r.tempFiles = repo.tempLeftovers().first;
    if (progress)
        progress({Backup::tr("verifying"), r.chunksChecked, quint64(toCheck.size()), r.bytesChecked,
                  clock.elapsed() / 1000.0});
    *report = r;
    return true;
}

} // namespace virtdeck::backup
