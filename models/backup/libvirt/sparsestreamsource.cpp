// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparsestreamsource.h"

#include <cstring>

namespace virtdeck {

using namespace virtdeck::backup;

SparseStreamSource::SparseStreamSource(virConnectPtr conn, virStorageVolPtr vol, quint64 size)
    : m_stream(virStreamNew(conn, 0))
    , m_size(size) {
    if (!m_stream || virStorageVolDownload(vol, m_stream.get(), 0, 0,
                                           VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) < 0)
        m_error = lv::lastError();
}

SparseStreamSource::~SparseStreamSource() {
    if (m_stream && !m_finished)
        virStreamAbort(m_stream.get());
}

bool SparseStreamSource::readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) {
    out->unchanged.clear();
    out->bytesRead = 0;
    if (!m_error.isEmpty() || offset != m_pos) {
        if (error)
            *error = m_error.isEmpty() ? tr("internal error: non-sequential read") : m_error;
        return false;
    }
    out->data.resize(qsizetype(length));
    if (!fill(out->data.data(), length, &out->bytesRead, error))
        return false;
    m_pos += length;
    out->kind = out->bytesRead ? ChunkRead::Kind::Data : ChunkRead::Kind::Zero;
    if (!out->bytesRead)
        out->data.clear();
    return true;
}

bool SparseStreamSource::fill(char *buf, quint64 length, quint64 *dataBytes, QString *error) {
    quint64 filled = 0;
    while (filled < length) {
        if (m_hole > 0) {
            const quint64 n = std::min(m_hole, length - filled);
            std::memset(buf + filled, 0, n);
            filled += n;
            m_hole -= n;
            continue;
        }
        if (m_eof) { // past the end of the volume
            std::memset(buf + filled, 0, length - filled);
            return true;
        }
        const int n = virStreamRecvFlags(m_stream.get(), buf + filled,
                                         size_t(std::min<quint64>(length - filled, 1 << 20)),
                                         VIR_STREAM_RECV_STOP_AT_HOLE);
        if (n == -3) { // at a hole: ask how long it is
            long long hole = 0;
            if (virStreamRecvHole(m_stream.get(), &hole, 0) < 0) {
                if (error)
                    *error = lv::lastError();
                return false;
            }
            m_hole = quint64(hole);
        } else if (n < 0) {
            if (error)
                *error = lv::lastError();
            return false;
        } else if (n == 0) {
            m_eof = true;
            m_finished = virStreamFinish(m_stream.get()) == 0;
        } else {
            filled += quint64(n);
            *dataBytes += quint64(n);
        }
    }
    return true;
}

} // namespace virtdeck
