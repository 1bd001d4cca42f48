// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorystats.h"

#include <QSet>

namespace virtdeck::backup {

RepositoryStats repositoryStats(const QList<BackupManifest> &backups,
                                const std::function<quint64(const QString &hash)> &storedSize) {
    RepositoryStats s;
    QSet<QString> seen;
    for (const auto &m : backups) {
        ++s.backups;
        s.dataBytes += m.dataBytes();
        for (const auto &d : m.disks)
            for (const auto &c : d.chunks)
                if (!c.isEmpty() && !seen.contains(c)) {
                    seen.insert(c);
                    s.storedBytes += storedSize(c);
                }
    }
    s.chunks = quint64(seen.size());
    return s;
}

} // namespace virtdeck::backup
