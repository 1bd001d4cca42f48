// SPDX-License-Identifier: GPL-3.0-or-later
// A raw image read through a RangeReader as a DiskSource: every slice is read in full (no holes
// known). For a raw backing file under a qcow2 overlay, read by range from a libvirt volume.
// Used on one thread.
#pragma once

#include "disksource.h"
#include "rangereader.h"

namespace virtdeck::backup {

class RangeDiskSource : public DiskSource {
public:
    RangeDiskSource(RangeReader read, quint64 size);

    quint64 size() const override { return m_size; }
    bool readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) override;

private:
    RangeReader m_read;
    quint64 m_size;
};

} // namespace virtdeck::backup
