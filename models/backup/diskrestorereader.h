// SPDX-License-Identifier: GPL-3.0-or-later
// Assembles one disk of a backup from its chunks as a sequence of data and hole sections, for
// sparse writers (a libvirt sparse upload stream, a local sparse file). Every chunk is checked
// against its hash as it is read. Zero 64 KiB blocks inside data chunks become holes too, so
// restored images are thin. Used on one thread.
#pragma once

#include "manifest.h"
#include "progress.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace virtdeck::backup {

class ChunkStore;

class DiskRestoreReader {
public:
    DiskRestoreReader(const DiskManifest &disk, const ChunkStore &store, quint64 chunkSize);

    quint64 size() const { return m_disk.capacity; }
    quint64 position() const { return m_pos; }
    // The section at the current position. False on error (damaged or missing chunk).
    bool section(bool *inData, quint64 *length);
    // Copies up to `max` bytes of the current data section; returns bytes copied, -1 on error.
    qint64 read(char *buf, quint64 max);
    // Skips `length` bytes of the current hole section.
    bool skip(quint64 length);
    QString errorString() const { return m_error; }
    quint64 dataBytesRead() const { return m_dataRead; }

private:
    struct Extent {
        bool data;
        quint64 offset; // within the chunk
        quint64 length;
    };
    bool load(qsizetype index);

    DiskManifest m_disk;
    const ChunkStore &m_store;
    quint64 m_chunkSize;
    quint64 m_pos = 0;
    qsizetype m_loaded = -1;
    QByteArray m_plain;
    std::vector<Extent> m_extents;
    QString m_error;
    quint64 m_dataRead = 0;
};

// Writes the disk as a sparse raw file at `path`: into a hidden temporary file beside it, renamed
// into place once complete and durable, so no partial file ever has the final name. An existing
// file at `path` is refused unless `replace`, and is left as it was when the restore fails.
bool restoreDiskToFile(const DiskManifest &disk, const ChunkStore &store, quint64 chunkSize,
                       const QString &path, const CancelToken *cancel, const ProgressSink &progress,
                       QString *error, bool replace = false);

} // namespace virtdeck::backup
