// SPDX-License-Identifier: GPL-3.0-or-later
// Turns one disk into chunks: reads the DiskSource slice by slice, overlays unchanged ranges
// from the previous backup's chunks (incremental), drops zero slices, and hashes, compresses and
// stores the rest through a small pool of worker threads so that reading and compressing
// overlap. Runs on the caller's (worker) thread; blocks until done, failed or cancelled.
#pragma once

#include "manifest.h"
#include "progress.h"

namespace virtdeck::backup {

class ChunkStore;
class DiskSource;

struct DiskBackupOptions {
    quint64 chunkSize = 4 * 1024 * 1024;
    QStringList parentChunks; // the previous backup's chunk list (needed for Unchanged reads)
    int workerThreads = 2;
    QString phase;            // progress label
    quint64 progressBase = 0; // bytes of earlier disks, so progress spans the whole backup
    quint64 progressTotal = 0;
};

// Fills disk->chunks, bytesRead, dataBytes, newChunks, newStoredBytes (capacity is taken from
// the source). False with `error` on failure or cancellation (nothing is half-written: chunk
// files are atomic and unreferenced ones are collected later).
bool backupDisk(DiskSource &source, const ChunkStore &store, const DiskBackupOptions &options,
                DiskManifest *disk, const CancelToken *cancel, const ProgressSink &progress,
                QString *error);

} // namespace virtdeck::backup
