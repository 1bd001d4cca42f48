// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruner.h"
#include "backup/backuptr.h"

#include "validation.h"

#include <QCoreApplication>
#include <QHash>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

QString checkPrunePolicy(const PrunePolicy &p) {
    const std::pair<const char *, int> values[] = {{"keep-last", p.keepLast},
                                                   {"keep-daily", p.keepDaily},
                                                   {"keep-weekly", p.keepWeekly},
                                                   {"keep-monthly", p.keepMonthly}};
    for (const auto &[name, value] : values)
        if (value < 0 || value > kMaxKeep)
            return Backup::tr("%1 is %2; it must be between 0 and %3")
                .arg(QString::fromLatin1(name))
                .arg(value)
                .arg(kMaxKeep);
    return {};
}

QString parsePrunePolicy(const QStringList &names, const QStringList &texts, PrunePolicy *out) {
    int *fields[] = {&out->keepLast, &out->keepDaily, &out->keepWeekly, &out->keepMonthly};
    for (qsizetype i = 0; i < 4 && i < names.size() && i < texts.size(); ++i) {
        qint64 v = 0;
        if (!texts.at(i).trimmed().isEmpty())
            if (const QString e = parseInteger(names.at(i), texts.at(i), 0, kMaxKeep, &v);
                !e.isEmpty())
                return e;
        *fields[i] = int(v);
    }
    return {};
}

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
    if (const QString bad = checkPrunePolicy(policy); !bad.isEmpty()) {
        if (error)
            *error = bad;
        return false;
    }
    QStringList problems;
    const QList<BackupManifest> all = repo.backups(&problems);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    const bool keepAll = policy.isEmpty() && !policy.removeAll;
    const QSet<QString> keep = keepAll ? QSet<QString>() : selectBackupsToKeep(all, policy);
    for (const auto &b : all) {
        if (keepAll || keep.contains(b.id)) {
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
