// SPDX-License-Identifier: GPL-3.0-or-later
// Where a backup reads a disk's guest-visible content from, one chunk-sized slice at a time, in
// increasing offsets. Implementations: a local raw file, a qcow2 image read through a range
// reader (a libvirt volume or a local file), a libvirt sparse stream. Used on one thread.
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace virtdeck::backup {

struct ChunkRead {
    enum class Kind {
        Zero,      // the slice reads as zeros (hole, unallocated, zero clusters)
        Unchanged, // the slice did not change since the previous backup (incremental sources)
        Data,      // `data` holds the slice; `unchanged` lists sub-ranges to take from before
    };
    Kind kind = Kind::Zero;
    QByteArray data;
    std::vector<std::pair<quint64, quint64>> unchanged; // (offset in slice, length)
    quint64 bytesRead = 0;                              // bytes this read actually transferred
};

class DiskSource {
public:
    virtual ~DiskSource() = default;
    // Guest-visible size in bytes.
    virtual quint64 size() const = 0;
    // Reads [offset, offset + length). Calls come in increasing, non-overlapping order.
    virtual bool readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) = 0;
};

// True when every byte is zero (fast path: 8 bytes at a time).
bool isAllZero(const char *data, size_t size);

} // namespace virtdeck::backup
