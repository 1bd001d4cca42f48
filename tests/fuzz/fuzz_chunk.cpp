// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: chunk files of a backup repository (one zstd frame each, named by the SHA-256
// of the plaintext). A damaged or hostile repository must give an error, never a crash or a
// huge allocation. The input is written as a chunk file and read back through ChunkStore::get.
#include "backup/chunkstore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {
// A fixed, valid chunk name: the file content is what is fuzzed.
const QString kHash =
    QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

struct Repo {
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/virtdeck-fuzz-chunk-XXXXXX")};
    std::unique_ptr<virtdeck::backup::ChunkStore> store;
    QString path;
    Repo() {
        store = std::make_unique<virtdeck::backup::ChunkStore>(dir.path());
        path = store->pathOf(kHash);
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static Repo repo;
    {
        QFile f(repo.path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QByteArray plain;
    QString error;
    const bool ok = repo.store->get(kHash, &plain, &error, true);
    if (ok &&
        virtdeck::backup::ChunkStore::sha256Hex(plain.constData(), size_t(plain.size())) != kHash)
        __builtin_trap(); // verified read returned data that does not match its name
    if (!ok && error.isEmpty())
        __builtin_trap(); // failures must say why
    // Unverified reads take the same decompression path without the checksum guard.
    repo.store->get(kHash, &plain, &error, false);
    // Round trip: whatever was decompressed can be stored again and read back identically.
    if (ok && plain.size() < (1 << 20)) {
        const auto put = repo.store->put(plain.constData(), size_t(plain.size()));
        QByteArray back;
        if (!put.ok || !repo.store->get(put.hash, &back, &error) || back != plain)
            __builtin_trap();
    }
    return 0;
}
