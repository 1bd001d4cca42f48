// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: backup manifests (backups/<id>.json) read from a repository on disk, which
// may be damaged or written by someone else.
#include "backup/manifest.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    virtdeck::backup::BackupManifest m;
    QString error;
    if (!virtdeck::backup::BackupManifest::fromJson(json, &m, &error))
        return 0;
    // Every disk's chunk list covers its capacity exactly (restore indexes it by offset).
    for (const auto &d : m.disks) {
        const quint64 n = quint64(d.chunks.size());
        if (n > 0 && (n - 1) > (d.capacity - 1) / m.chunkSize)
            __builtin_trap(); // more chunks than the capacity needs
        if (d.capacity > 0 && n <= (d.capacity - 1) / m.chunkSize)
            __builtin_trap(); // fewer chunks than the capacity needs
        if (d.capacity == 0 && n != 0)
            __builtin_trap();
    }
    // What was accepted must survive a round trip unchanged.
    (void)m.capacity();
    (void)m.dataBytes();
    (void)m.bytesRead();
    (void)m.newStoredBytes();
    virtdeck::backup::BackupManifest again;
    if (!virtdeck::backup::BackupManifest::fromJson(m.toJson(), &again, &error))
        __builtin_trap();
    return 0;
}
