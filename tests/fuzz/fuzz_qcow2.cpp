// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the qcow2 header and tables, as `backup --image` and the backup of a VM read
// them from an image that may be damaged or hostile. The input is the image file; it is read
// through an in-memory RangeReader (past the end reads as zeros, like a file). A bad header must
// give a message, never a crash, a huge allocation or a read of unbounded length.
#include "backup/qcow2source.h"
#include "backup/validation.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {
// Reads larger than any table the reader may ask for are a bug of the reader.
constexpr quint64 kMaxRead = 32 * 1024 * 1024;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray image =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto reader = [image](quint64 offset, quint64 length, char *buf, QString *) {
        if (length > kMaxRead)
            __builtin_trap();
        std::memset(buf, 0, length);
        if (offset < quint64(image.size()))
            std::memcpy(buf, image.constData() + offset,
                        std::min<quint64>(length, quint64(image.size()) - offset));
        return true;
    };
    virtdeck::backup::Qcow2Source q(reader);
    QString error;
    if (!q.open(&error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    if (q.size() > virtdeck::backup::kMaxDiskBytes)
        __builtin_trap();
    // Read a few slices: the start, the middle and the end of the guest disk.
    const quint64 slice = 256 * 1024;
    for (const quint64 at : {quint64(0), q.size() / 2, q.size() > slice ? q.size() - slice : 0}) {
        if (at >= q.size())
            continue;
        virtdeck::backup::ChunkRead r;
        const quint64 len = std::min(slice, q.size() - at);
        if (q.readChunk(at, len, &r, &error) && r.kind == virtdeck::backup::ChunkRead::Kind::Data &&
            quint64(r.data.size()) != len)
            __builtin_trap(); // a data slice is exactly as long as asked
    }
    return 0;
}
