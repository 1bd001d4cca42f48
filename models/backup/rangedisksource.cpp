// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangedisksource.h"

namespace virtdeck::backup {

RangeDiskSource::RangeDiskSource(RangeReader read, quint64 size)
    : m_read(std::move(read))
    , m_size(size) {}

bool RangeDiskSource::readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) {
    out->unchanged.clear();
    out->kind = ChunkRead::Kind::Data;
    out->data.resize(qsizetype(length));
    out->bytesRead = length;
    return m_read(offset, length, out->data.data(), error);
}

} // namespace virtdeck::backup
