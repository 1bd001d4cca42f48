// SPDX-License-Identifier: GPL-3.0-or-later
// A raw volume as a DiskSource through one libvirt sparse download stream
// (virStorageVolDownload with VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM): holes cost nothing on the
// wire. Reads must come in order, from offset 0 (as backupDisk reads). Used on one thread, with a
// connection the caller may use.
#pragma once

#include "backup/disksource.h"
#include "core/libvirt/handles.h"

#include <QCoreApplication>

namespace virtdeck {

class SparseStreamSource : public backup::DiskSource {
    Q_DECLARE_TR_FUNCTIONS(SparseStreamSource)
public:
    SparseStreamSource(virConnectPtr conn, virStorageVolPtr vol, quint64 size);
    ~SparseStreamSource() override;

    // Set when the download could not be started.
    QString errorString() const { return m_error; }
    quint64 size() const override { return m_size; }
    bool readChunk(quint64 offset, quint64 length, backup::ChunkRead *out, QString *error) override;

private:
    // Receives into buf until `length` bytes are filled (holes as zeros) or the stream ends.
    bool fill(char *buf, quint64 length, quint64 *dataBytes, QString *error);

    lv::StreamPtr m_stream;
    quint64 m_size;
    quint64 m_pos = 0;
    quint64 m_hole = 0; // bytes of the current hole not handed out yet
    bool m_eof = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace virtdeck
