#include "pruner.h"

#include <QHash>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

QSet<QString> selectBackupsToKeep(const QList<BackupManifest> &backups, const PrunePolicy &p) {
    QHash<QString, QList<BackupManifest>> byVm;
    for (const auto &b : backups)
        byVm[b.vmUuid.isEmpty() ? b.vmName : b.vmUuid].append(b);
    QSet<QString> keep;
    for (auto it = byVm.begin(); it != byVm.end(); ++it) {
        QList<BackupManifest> list = it.value();
        std::sort(list.begin(), list.end(), [](const BackupManifest &a, const BackupManifest &b) {
            return a.started != b.started ? a.started > b.started : a.id > b.id;
        });
        for (int i = 0; i < std::min<int>(p.keepLast, int(list.size())); ++i)
            keep.insert(list.at(i).id);
        // One backup (the newest) per period, for the newest N periods that have one.
        auto byPeriod = [&](int count, auto periodOf) {
            QString lastPeriod;
            int kept = 0;
            for (const auto &b : std::as_const(list)) {
                if (kept >= count)
                    break;
                const QString period = periodOf(b.started.toUTC().date());
                if (period == lastPeriod)
                    continue;
                lastPeriod = period;
                keep.insert(b.id);
                ++kept;
            }
        };
        byPeriod(p.keepDaily, [](QDate d) -> QString { return d.toString(Qt::ISODate); });
        byPeriod(p.keepWeekly, [](QDate d) -> QString {
            int year = 0;
            const int week = d.weekNumber(&year);
            return QString::number(year) + u'W' + QString::number(week);
        });
        byPeriod(p.keepMonthly, [](QDate d) -> QString { return d.toString(u"yyyy-MM"_s); });
    }
    return keep;
}

bool pruneRepository(Repository &repo, const PrunePolicy &policy, bool dryRun, PruneResult *result,
                     QString *error) {
    PruneResult r;
    QStringList problems;
    const QList<BackupManifest> all = repo.backups(&problems);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    const QSet<QString> keep =
        policy.isEmpty() ? QSet<QString>() : selectBackupsToKeep(all, policy);
    for (const auto &b : all) {
        if (policy.isEmpty() || keep.contains(b.id)) {
            r.kept.append(b.id);
            continue;
        }
        r.removed.append(b.id);
        if (!dryRun && !repo.removeBackup(b.id, error))
            return false;
    }
    if (dryRun) {
        // Garbage as it would be after removal: count chunks only the removed backups name.
        QSet<QString> live, dead;
        for (const auto &b : all)
            for (const auto &d : b.disks)
                for (const auto &c : d.chunks)
                    if (!c.isEmpty())
                        (r.removed.contains(b.id) ? dead : live).insert(c);
        for (const auto &c : std::as_const(dead))
            if (!live.contains(c)) {
                ++r.gc.removedChunks;
                r.gc.removedBytes += repo.chunks().storedSize(c);
            }
    } else if (!repo.collectGarbage(&r.gc, error)) {
        return false;
    }
    if (result)
        *result = r;
    return true;
}

} // namespace virtdeck::backup
