// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a backed-up disk into a volume over a libvirt connection (storage streams, so the
// same over qemu+ssh). Whole: a sparse upload into a new, empty volume — holes stay holes.
// Changes only: each chunk whose hash differs from what the volume holds is compared with the
// held one (both are in the repository) in 64 KiB blocks, and each run of differing blocks is
// uploaded plainly at its offset (zeroes included: a hole in a sparse upload would leave the old
// data). Every chunk is checked against its hash as it is read. Blocking: call on a worker thread.
#pragma once

#include "backup/manifest.h"
#include "backup/progress.h"

#include <QString>
#include <QStringList>

struct _virConnect;
struct _virStorageVol;

namespace virtdeck::backup {

class ChunkStore;

// Where an upload reports to: its phase's text, and its place among several disks.
struct UploadProgress {
    const CancelToken *cancel = nullptr;
    const ProgressSink *progress = nullptr;
    QString phase;
    quint64 base = 0;  // bytes of the earlier disks
    quint64 total = 0; // bytes of every disk
};

// Uploads every byte of `disk` into the empty volume `vol` as a sparse stream.
bool uploadWholeDisk(_virConnect *conn, _virStorageVol *vol, const DiskManifest &disk,
                     const ChunkStore &store, quint64 chunkSize, const UploadProgress &report,
                     QString *error);

// In a held chunk list: a chunk whose content is not known (a failed run may have written part
// of it). It is written whole.
inline const QString kUnknownChunk = QStringLiteral("?");

// Uploads into `vol`, which holds the disk whose chunk list was `held`, the chunks of `disk`
// that differ from it. Adds the bytes sent to `*sent`. `held` must have the same size.
bool uploadChangedChunks(_virConnect *conn, _virStorageVol *vol, const DiskManifest &disk,
                         const QStringList &held, const ChunkStore &store, quint64 chunkSize,
                         const UploadProgress &report, quint64 *sent, QString *error);

} // namespace virtdeck::backup
