// SPDX-License-Identifier: GPL-3.0-or-later
// The guest-visible content of a qcow2 image, parsed from its L1/L2 tables and read through a
// RangeReader, so the same code reads a local file or a remote libvirt volume. Unallocated
// clusters read from the backing image (linked clones), as zeros, or — for the scratch image of
// an incremental push backup, where only changed clusters are allocated — as "unchanged".
// Compressed clusters, encryption, external data files and extended L2 entries are refused
// with a clear message. Every header field is range-checked before use (the limits QEMU
// itself sets), as is every table entry: the image may be damaged or hostile. Used on one thread.
#pragma once

#include "disksource.h"
#include "rangereader.h"

#include <QHash>

#include <memory>

namespace virtdeck::backup {

class Qcow2Source : public DiskSource {
public:
    enum class Unallocated { Zero, Backing, Unchanged };

    explicit Qcow2Source(RangeReader reader);
    ~Qcow2Source() override;

    // Parses the header and the L1 table.
    bool open(QString *error);
    // From the header: empty when the image has no backing file.
    QString backingFile() const { return m_backingFile; }
    QString backingFormat() const { return m_backingFormat; }
    quint64 clusterSize() const { return m_clusterSize; }

    // With a backing source, unallocated clusters read from it; without, as zeros.
    void setBacking(std::unique_ptr<DiskSource> backing);
    void setUnallocatedMeansUnchanged(bool on) { m_unchangedMode = on; }

    quint64 size() const override { return m_size; }
    bool readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) override;

    // True when `header` starts with the qcow2 magic.
    static bool isQcow2(const QByteArray &header);

private:
    void readExtensions(const QByteArray &header, quint32 headerLength);
    bool readL1(quint64 offset, quint32 entries, QString *error);
    bool l2Entry(quint64 guestCluster, quint64 *entry, QString *error);

    RangeReader m_read;
    std::unique_ptr<DiskSource> m_backing;
    bool m_unchangedMode = false;
    int m_version = 0;
    int m_clusterBits = 16;
    quint64 m_clusterSize = 65536;
    quint64 m_size = 0;
    std::vector<quint64> m_l1;
    QHash<quint64, std::vector<quint64>> m_l2Cache; // by L1 index
    QString m_backingFile;
    QString m_backingFormat;
};

} // namespace virtdeck::backup
