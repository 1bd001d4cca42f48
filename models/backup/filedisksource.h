// A local raw image file as a DiskSource; holes (SEEK_HOLE) cost nothing. For tests, benchmarks
// and restores verified against a file. Used on one thread.
#pragma once

#include "disksource.h"

namespace virtdeck::backup {

class FileDiskSource : public DiskSource {
public:
    explicit FileDiskSource(const QString &path);
    ~FileDiskSource() override;
    bool isOpen() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

    quint64 size() const override { return m_size; }
    bool readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) override;

private:
    int m_fd = -1;
    quint64 m_size = 0;
    QString m_error;
};

} // namespace virtdeck::backup
