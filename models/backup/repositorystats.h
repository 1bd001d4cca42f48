// SPDX-License-Identifier: GPL-3.0-or-later
// What a repository's backups hold and what that costs on disk: the deduplication summary that
// the Backups pane and `virtdeck backups` show. A pure function of the manifests and of the size
// of each chunk file; any thread.
#pragma once

#include "manifest.h"

#include <functional>

namespace virtdeck::backup {

struct RepositoryStats {
    quint64 backups = 0;
    quint64 chunks = 0;      // distinct non-zero chunks the backups name
    quint64 dataBytes = 0;   // bytes of data the backups hold, summed over the backups
    quint64 storedBytes = 0; // bytes on disk of those chunks (compressed), each counted once

    // dataBytes per stored byte; 0 when nothing is stored.
    double dedupRatio() const { return storedBytes ? double(dataBytes) / double(storedBytes) : 0; }

    bool operator==(const RepositoryStats &) const = default;
};

// `storedSize` gives the size on disk of a chunk (ChunkStore::storedSize).
RepositoryStats repositoryStats(const QList<BackupManifest> &backups,
                                const std::function<quint64(const QString &hash)> &storedSize);

} // namespace virtdeck::backup
