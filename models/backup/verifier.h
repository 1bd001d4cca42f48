// SPDX-License-Identifier: GPL-3.0-or-later
// Re-reads and re-hashes chunks (all, or a random sample) and names the backups a damaged or
// missing chunk breaks. Runs on the caller's (worker) thread.
#pragma once

#include "progress.h"

#include <QStringList>

namespace virtdeck::backup {

class Repository;

struct VerifyReport {
    quint64 backups = 0;
    quint64 chunksReferenced = 0;
    quint64 chunksChecked = 0;
    quint64 bytesChecked = 0; // plaintext
    QStringList damagedChunks;
    QStringList missingChunks;
    QStringList damagedBackups;     // ids whose restore would fail
    QStringList problems;           // unreadable manifests and other findings
    quint64 unreferencedChunks = 0; // from interrupted backups; removed by prune/gc
    quint64 tempFiles = 0;

    bool ok() const {
        return damagedChunks.isEmpty() && missingChunks.isEmpty() && problems.isEmpty();
    }
};

// `sample` in (0, 1]: the fraction of referenced chunks to check (1 = every chunk).
bool verifyRepository(const Repository &repo, double sample, int threads, const CancelToken *cancel,
                      const ProgressSink &progress, VerifyReport *report, QString *error);

} // namespace virtdeck::backup
