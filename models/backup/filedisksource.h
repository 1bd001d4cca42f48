// SPDX-License-Identifier: GPL-3.0-or-later
// A local raw image file or block device as a DiskSource; holes (SEEK_HOLE) cost nothing. A
// block device is read for its real size (BLKGETSIZE64); a FIFO, character device, socket or
// folder is refused before anything waits on it. For `backup --image`, tests and benchmarks.
// Used on one thread.
#pragma once

#include "disksource.h"

#include <sys/types.h>

namespace virtdeck::backup {

class FileDiskSource : public DiskSource {
public:
    explicit FileDiskSource(const QString &path);
    ~FileDiskSource() override;
    bool isOpen() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

    quint64 size() const override { return m_size; }
    bool readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) override;

    // Opens `path` for reading if it is a regular file or a block device (never waiting on a
    // FIFO); its descriptor and real size, or -1 with `error` naming what it is.
    static int openImage(const QString &path, quint64 *size, bool *blockDevice, QString *error);

private:
    // The next offset at or after `offset` that holds data (-1: only a hole up to the end).
    off_t nextData(quint64 offset) const;

    int m_fd = -1;
    bool m_holesKnown = true;
    quint64 m_size = 0;
    QString m_error;
};

} // namespace virtdeck::backup
